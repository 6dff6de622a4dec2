import { daysLeft, urgencyOf } from './days-left.ts';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { TrackedDeadlineView } from '../../api/types.ts';
import { Badge } from '../../components/badge.tsx';

export const SUBJECT_KIND: Record<TrackedDeadlineView['subject']['kind'], MessageKey> = {
  case: 'deadlines.kind.case',
  report: 'deadlines.kind.report',
  misconduct: 'deadlines.kind.misconduct',
  other: 'deadlines.kind.other',
};

export const STATUS: Record<TrackedDeadlineView['status'], MessageKey> = {
  open: 'deadlines.status.open',
  met: 'deadlines.status.met',
  cancelled: 'deadlines.status.cancelled',
};

export function DaysLeft(props: { deadline: TrackedDeadlineView; now: Date }) {
  const { t } = useI18n();
  const { deadline } = props;
  if (deadline.status !== 'open') return <span class="muted">—</span>;
  if (!deadline.dueInstant) return <Badge tone="off">{t('deadlines.suspended')}</Badge>;
  const days = daysLeft(deadline.dueInstant, props.now);
  const urgency = urgencyOf(days);
  const text =
    urgency === 'overdue' ? t('deadlines.overdue', { count: -days }) : urgency === 'today' ? t('deadlines.dueToday') : t('deadlines.daysLeft', { count: days });
  return <span class={`days-left days-left-${urgency}`}>{text}</span>;
}
