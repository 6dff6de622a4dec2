import { useApp } from '../../app-context.ts';
import { DataTable } from '../../components/data-table.tsx';
import { ResourceStatus } from '../../components/error-message.tsx';
import { FilterBar, FilterSelect } from '../../components/filter-bar.tsx';
import { Badge } from '../../components/badge.tsx';
import { WEEKDAY_KEYS } from './trace-view.tsx';
import { formatDate, weekdayOf } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { NAV, recordIdIn } from '../../nav.ts';
import { href, navigate, usePath, useQuery } from '../../router.ts';
import { useResource } from '../../use-resource.ts';
import type { TrackedDeadlineView } from '../../api/types.ts';
import { DEADLINE_ROUTES } from '../../../../shared/http/routes/deadlines.ts';
import { DeadlineDetailPage } from './deadline-detail-page.tsx';
import { SUBJECT_KIND, STATUS, DaysLeft } from './deadline-parts.tsx';

const ENTRY = NAV.find((entry) => entry.id === 'deadlines')!;

/** `#/deadlines` lists the tracked deadlines; `#/deadlines/{id}` shows one of them. */
export function DeadlinesPage() {
  const id = recordIdIn(usePath(), ENTRY);
  return id ? <DeadlineDetailPage key={id} deadlineId={id} /> : <DeadlineListPage />;
}

/** Open deadlines first, the most pressing on top; closed ones after, latest first. */
function byUrgency(a: TrackedDeadlineView, b: TrackedDeadlineView): number {
  if ((a.status === 'open') !== (b.status === 'open')) return a.status === 'open' ? -1 : 1;
  const ax = a.dueInstant ?? '9999';
  const bx = b.dueInstant ?? '9999';
  return a.status === 'open' ? ax.localeCompare(bx) : bx.localeCompare(ax);
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
                  <Badge tone={deadline.status === 'open' ? 'success' : 'off'}>{t(STATUS[deadline.status])}</Badge>
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
