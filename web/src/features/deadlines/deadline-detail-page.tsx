import { useApp } from '../../app-context.ts';
import { AlertHistory } from './alert-table.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { DueDate } from './due-date.tsx';
import { ResourceStatus } from '../../components/error-message.tsx';
import { TraceView } from './trace-view.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { href } from '../../router.ts';
import { useResource } from '../../use-resource.ts';
import { DEADLINE_ROUTES } from '../../../../shared/http/routes/deadlines.ts';
import { SUBJECT_KIND, STATUS, DaysLeft } from './deadline-parts.tsx';

const EVENT_TYPE: Record<'created' | 'recomputed' | 'closed', MessageKey> = {
  created: 'deadlines.event.created',
  recomputed: 'deadlines.event.recomputed',
  closed: 'deadlines.event.closed',
};

export function DeadlineDetailPage(props: { deadlineId: string }) {
  const { api } = useApp();
  const { t } = useI18n();
  const detail = useResource(() => api.call(DEADLINE_ROUTES.getDeadline, { params: { deadlineId: props.deadlineId } }), [api, props.deadlineId]);
  const now = new Date();

  return (
    <>
      <p class="breadcrumb">
        <a href={href('/deadlines')}>← {t('deadlines.back')}</a>
      </p>
      <ResourceStatus resource={detail} />
      {detail.state === 'ready' && (
        <>
          <h1>{detail.data.deadline.subject.title}</h1>
          <div class="columns">
            <section class="panel" aria-labelledby="deadline-due">
              <h2 id="deadline-due">{t('deadlines.due')}</h2>
              {detail.data.deadline.due ? (
                <DueDate due={detail.data.deadline.due} dueInstant={detail.data.deadline.dueInstant} />
              ) : (
                <p class="notice">{t('deadlines.suspended')}</p>
              )}
              <p>
                <DaysLeft deadline={detail.data.deadline} now={now} />
              </p>
            </section>
            <section class="panel" aria-labelledby="deadline-facts">
              <h2 id="deadline-facts">{t('deadlines.facts')}</h2>
              <dl class="facts">
                <dt>{t('deadlines.kind')}</dt>
                <dd>{t(SUBJECT_KIND[detail.data.deadline.subject.kind])}</dd>
                <dt>{t('deadlines.status')}</dt>
                <dd>{t(STATUS[detail.data.deadline.status])}</dd>
                <dt>{t('deadlines.basis')}</dt>
                <dd>
                  {detail.data.deadline.basis.type === 'rule' ? (
                    <>
                      <code>{detail.data.deadline.basis.input.ruleId}</code>
                      {detail.data.deadline.ruleVersion && <span class="muted"> ({t('calc.versionShort', { version: detail.data.deadline.ruleVersion })})</span>}
                    </>
                  ) : (
                    t('deadlines.fixed', { label: detail.data.deadline.basis.label })
                  )}
                </dd>
                <dt>{t('deadlines.updatedAt')}</dt>
                <dd>{formatDateTime(detail.data.deadline.updatedAt)}</dd>
              </dl>
            </section>
          </div>

          <h2>{t('trace.title')}</h2>
          {detail.data.computation ? (
            <TraceView trace={detail.data.computation.trace} />
          ) : (
            <p class="muted">{t('deadlines.noComputation')}</p>
          )}

          <h2>{t('deadlines.history')}</h2>
          {detail.data.history.length === 0 ? (
            <p class="muted">{t('deadlines.noHistory')}</p>
          ) : (
            <DataTable columns={[t('deadlines.event.at'), t('deadlines.event.type'), t('deadlines.event.change'), t('deadlines.event.reason'), t('deadlines.event.by')]}>
              {[...detail.data.history]
                .sort((a, b) => a.at.localeCompare(b.at))
                .map((event, i) => (
                  <tr key={i}>
                    <td class="nowrap">{formatDateTime(event.at)}</td>
                    <td>{t(EVENT_TYPE[event.type])}</td>
                    <td class="nowrap">
                      {event.oldDue ? formatDate(event.oldDue) : '—'} → <strong>{event.newDue ? formatDate(event.newDue) : '—'}</strong>
                    </td>
                    <td>{event.reason}</td>
                    <td>{event.by}</td>
                  </tr>
                ))}
            </DataTable>
          )}

          <AlertHistory deadlineId={props.deadlineId} />
        </>
      )}
    </>
  );
}
