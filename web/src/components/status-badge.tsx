import type { ObligationStatus } from '../../../shared/reporting/model.ts';
import type { MessageKey } from '../i18n/dictionaries.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { dueText } from '../features/reporting/due.ts';
import { statusLook } from '../features/reporting/status.ts';

/** How a badge shows a status: a colour tone, a symbol, and the words. */
export interface BadgeLook {
  tone: string;
  symbol: string;
  label: MessageKey;
}

/** A status as colour, symbol and words: readable without colour, and by screen readers as words only. */
export function Badge(props: { status: string; look: BadgeLook }) {
  const { t } = useI18n();
  const { look } = props;
  return (
    <span class={`report-status report-status-${look.tone}`} data-status={props.status}>
      <span aria-hidden="true" class="report-status-symbol">
        {look.symbol}
      </span>
      {t(look.label)}
    </span>
  );
}

export function StatusBadge(props: { status: ObligationStatus }) {
  return <Badge status={props.status} look={statusLook(props.status)} />;
}

/** "Before 05/11/2026", with the last day spelled out for those who read the title. */
export function DueText(props: { dueInstant: string; explain?: boolean }) {
  const { t } = useI18n();
  const due = dueText(props.dueInstant);
  if (due.kind === 'before-instant') return <>{t('reporting.dueAt', { dateTime: due.dateTime })}</>;
  return (
    <>
      <span class="nowrap" title={t('reporting.dueExplained', { date: due.date, lastDay: due.lastDay })}>
        {t('reporting.dueBefore', { date: due.date })}
      </span>
      {props.explain && <span class="cell-note">{t('reporting.dueExplained', { date: due.date, lastDay: due.lastDay })}</span>}
    </>
  );
}
