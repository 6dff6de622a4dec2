import type { ComponentChildren } from 'preact';
import { formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** One step of a record's history, as cases and misconduct cases both keep it. */
export interface TimelineEvent<S extends string> {
  seq: number;
  at: string;
  by: string;
  command: string;
  from: S | null;
  to: S;
  reason?: string | undefined;
  documentRefs: readonly string[];
}

/**
 * A record's history, oldest first: who did what, the status it moved from and to, why, and under which
 * documents. The opening event names where the record came from (`opening.note`) instead of a reason.
 */
export function Timeline<S extends string>(props: {
  events: readonly TimelineEvent<S>[];
  commandLabel: (command: string) => string;
  statusLabel: (status: S) => string;
  nameOf: (userId: string) => string;
  opening: { command: string; note: ComponentChildren };
}) {
  const { t } = useI18n();
  const { commandLabel, statusLabel } = props;
  return (
    <ol class="timeline">
      {[...props.events]
        .sort((a, b) => a.seq - b.seq)
        .map((event) => (
          <li key={event.seq} class="timeline-event">
            <p class="timeline-head">
              <span class="timeline-at">{formatDateTime(event.at)}</span>
              <strong>
                {event.from
                  ? t('case.event', { command: commandLabel(event.command), from: statusLabel(event.from), to: statusLabel(event.to) })
                  : t('case.eventFirst', { command: commandLabel(event.command), to: statusLabel(event.to) })}
              </strong>
            </p>
            <p class="timeline-meta">
              {t('case.eventBy')}: {props.nameOf(event.by)}
              {event.command === props.opening.command ? (
                <>
                  {' · '}
                  {props.opening.note}
                </>
              ) : (
                event.reason && (
                  <>
                    {' · '}
                    {t('case.eventReason')}: {event.reason}
                  </>
                )
              )}
              {event.documentRefs.length > 0 && (
                <>
                  {' · '}
                  {t('case.eventDocuments')}: {event.documentRefs.join(', ')}
                </>
              )}
            </p>
          </li>
        ))}
    </ol>
  );
}
