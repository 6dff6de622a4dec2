import { formatDate, formatDateTime, weekdayOf } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { WEEKDAY_KEYS } from './trace-view.tsx';

/** The last day of a deadline, big, with its weekday and the instant it is over in Vietnam's time. */
export function DueDate(props: { due: string; dueInstant: string | null; label?: string }) {
  const { t } = useI18n();
  return (
    <div class="due">
      <span class="due-label">{props.label ?? t('due.label')}</span>
      <span class="due-date" data-testid="due-date">
        {formatDate(props.due)}
      </span>
      <span class="due-weekday">{t(WEEKDAY_KEYS[weekdayOf(props.due)]!)}</span>
      {props.dueInstant && (
        <span class="due-instant">{t('due.instant', { date: formatDate(props.due), instant: formatDateTime(props.dueInstant) })}</span>
      )}
    </div>
  );
}
