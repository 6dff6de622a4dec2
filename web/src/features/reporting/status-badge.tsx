import type { ObligationStatus } from '../../../../shared/reporting/model.ts';
import { LookBadge } from '../../components/badge.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { dueText } from './due.ts';
import { statusLook } from './status.ts';

/** An obligation's status as the server computes it. */
export function StatusBadge(props: { status: ObligationStatus }) {
  return <LookBadge status={props.status} look={statusLook(props.status)} />;
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
