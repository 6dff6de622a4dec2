import { useApp } from '../../app-context.ts';
import { AlertHistory } from './alert-table.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { DueDate } from './due-date.tsx';
import { ResourceStatus } from '../../components/error-message.tsx';
import { FilterBar, FilterSelect } from '../../components/filter-bar.tsx';
import { StatusPill } from '../../components/status-pill.tsx';
import { TraceView, WEEKDAY_KEYS } from './trace-view.tsx';
import { daysLeft, urgencyOf } from './days-left.ts';
import { formatDate, formatDateTime, weekdayOf } from '../../format.ts';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { NAV, recordIdIn } from '../../nav.ts';
import { href, navigate, usePath, useQuery } from '../../router.ts';
import { useResource } from '../../use-resource.ts';
import type { TrackedDeadlineView } from '../../api/types.ts';
import { DEADLINE_ROUTES } from '../../../../shared/http/routes/deadlines.ts';

const ENTRY = NAV.find((entry) => entry.id === 'deadlines')!;

/** `#/deadlines` lists the tracked deadlines; `#/deadlines/{id}` shows one of them. */
export function DeadlinesPage() {
  const id = recordIdIn(usePath(), ENTRY);
  return id ? <DeadlineDetailPage key={id} deadlineId={id} /> : <DeadlineListPage />;
}

const SUBJECT_KIND: Record<TrackedDeadlineView['subject']['kind'], MessageKey> = {
  case: 'deadlines.kind.case',
  report: 'deadlines.kind.report',
  misconduct: 'deadlines.kind.misconduct',
  other: 'deadlines.kind.other',
};

const STATUS: Record<TrackedDeadlineView['status'], MessageKey> = {
  open: 'deadlines.status.open',
  met: 'deadlines.status.met',
  cancelled: 'deadlines.status.cancelled',
};

/** Open deadlines first, the most pressing on top; closed ones after, latest first. */
function byUrgency(a: TrackedDeadlineView, b: TrackedDeadlineView): number {
  if ((a.status === 'open') !== (b.status === 'open')) return a.status === 'open' ? -1 : 1;
  const ax = a.dueInstant ?? '9999';
  const bx = b.dueInstant ?? '9999';
  return a.status === 'open' ? ax.localeCompare(bx) : bx.localeCompare(ax);
}

function DaysLeft(props: { deadline: TrackedDeadlineView; now: Date }) {
  const { t } = useI18n();
  const { deadline } = props;
  if (deadline.status !== 'open') return <span class="muted">—</span>;
  if (!deadline.dueInstant) return <span class="status status-off">{t('deadlines.suspended')}</span>;
  const days = daysLeft(deadline.dueInstant, props.now);
  const urgency = urgencyOf(days);
  const text =
    urgency === 'overdue' ? t('deadlines.overdue', { count: -days }) : urgency === 'today' ? t('deadlines.dueToday') : t('deadlines.daysLeft', { count: days });
  return <span class={`days-left days-left-${urgency}`}>{text}</span>;
}

const STATUSES = ['open', 'met', 'cancelled'] as const;
const KINDS = ['case', 'report', 'misconduct', 'other'] as const;

/** The list's filters live in the hash query (`#/deadlines?status=open&kind=case`), so a filtered view can be bookmarked. */
function readFilters(query: string): { status: (typeof STATUSES)[number] | ''; kind: string } {
  const params = new URLSearchParams(query);
  const status = params.get('status') ?? '';
  const kind = params.get('kind') ?? '';
  return {
    status: STATUSES.find((known) => known === status) ?? '',
    kind: (KINDS as readonly string[]).includes(kind) ? kind : '',
  };
}

function DeadlineListPage() {
  const { api } = useApp();
  const { t } = useI18n();
  const filters = readFilters(useQuery());
  const list = useResource(
    () => api.call(DEADLINE_ROUTES.listDeadlines, { query: { status: filters.status || undefined } }),
    [api, filters.status],
  );
  const now = new Date();
  const items = list.state === 'ready' ? list.data.items.filter((item) => !filters.kind || item.subject.kind === filters.kind) : [];
  const filtered = filters.status !== '' || filters.kind !== '';

  return (
    <>
      <h1>{t('deadlines.title')}</h1>
      <p class="lead">{t('deadlines.intro')}</p>
      <FilterBar label={t('deadlines.filters')}>
        <FilterSelect
          id="filter-status"
          label={t('deadlines.status')}
          value={filters.status}
          allLabel={t('deadlines.all')}
          options={STATUSES.map((status) => ({ value: status, label: t(STATUS[status]) }))}
          onChange={(value) => navigate('/deadlines', { ...filters, status: value })}
        />
        <FilterSelect
          id="filter-kind"
          label={t('deadlines.kind')}
          value={filters.kind}
          allLabel={t('deadlines.all')}
          options={KINDS.map((kind) => ({ value: kind, label: t(SUBJECT_KIND[kind]) }))}
          onChange={(value) => navigate('/deadlines', { ...filters, kind: value })}
        />
      </FilterBar>
      <ResourceStatus resource={list} />
      {list.state === 'ready' &&
        (items.length === 0 ? (
          filtered ? (
            <p class="empty-state">{t('deadlines.noneMatching')}</p>
          ) : (
            <div class="empty-state">
              <p class="empty-state-title">{t('deadlines.empty')}</p>
              <p>{t('deadlines.emptyHint')}</p>
              <p>
                <a href={href('/deadlines/calculator')}>{t('deadlines.toCalculator')}</a>
              </p>
            </div>
          )
        ) : (
          <DataTable caption={t('deadlines.caption')} count={t('deadlines.count', { count: items.length })} columns={[t('deadlines.subject'), t('deadlines.kind'), t('deadlines.due'), t('deadlines.status'), t('deadlines.remaining')]}>
            {[...items].sort(byUrgency).map((deadline) => (
              <tr key={deadline.deadlineId}>
                <th scope="row">
                  <a href={href(`/deadlines/${encodeURIComponent(deadline.deadlineId)}`)}>{deadline.subject.title}</a>
                </th>
                <td class="nowrap">{t(SUBJECT_KIND[deadline.subject.kind])}</td>
                <td class="nowrap">
                  {deadline.due ? (
                    <>
                      {formatDate(deadline.due)} <span class="muted">{t(WEEKDAY_KEYS[weekdayOf(deadline.due)]!)}</span>
                    </>
                  ) : (
                    <span class="muted">—</span>
                  )}
                </td>
                <td>
                  <StatusPill on={deadline.status === 'open'}>{t(STATUS[deadline.status])}</StatusPill>
                </td>
                <td class="nowrap">
                  <DaysLeft deadline={deadline} now={now} />
                </td>
              </tr>
            ))}
          </DataTable>
        ))}
    </>
  );
}

const EVENT_TYPE: Record<'created' | 'recomputed' | 'closed', MessageKey> = {
  created: 'deadlines.event.created',
  recomputed: 'deadlines.event.recomputed',
  closed: 'deadlines.event.closed',
};

function DeadlineDetailPage(props: { deadlineId: string }) {
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
