import { daysLeft, urgencyOf } from '../deadlines/days-left.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** Days left to a deadline, or overdue by, or due today, coloured by urgency. */
export function DaysLeftText(props: { dueInstant: string; now: Date }) {
  const { t } = useI18n();
  const days = daysLeft(props.dueInstant, props.now);
  const urgency = urgencyOf(days);
  const text = urgency === 'overdue' ? t('deadlines.overdue', { count: -days }) : urgency === 'today' ? t('deadlines.dueToday') : t('deadlines.daysLeft', { count: days });
  return <span class={`days-left days-left-${urgency}`}>{text}</span>;
}
