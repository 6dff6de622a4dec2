import { CASE_STATUSES, CASE_TYPE_LABELS, CASE_TYPES } from '../../../../shared/cases/model.ts';
import { useApp } from '../../app-context.ts';
import { caseQuery, nextDeadline, readCaseFilters, type CaseFilters } from './case-list.ts';
import { DataTable } from '../../components/data-table.tsx';
import { ResourceStatus } from '../../components/error-message.tsx';
import { FilterBar, FilterSelect } from '../../components/filter-bar.tsx';
import { formatDate } from '../../format.ts';
import { DaysLeftText } from './days-left.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { NAV, recordIdIn } from '../../nav.ts';
import { href, navigate, usePath, useQuery } from '../../router.ts';
import { useResource } from '../../use-resource.ts';
import { CaseStatusBadge, DueCell } from './case-parts.tsx';
import type { CaseView } from '../../api/types.ts';
import { CASE_ROUTES } from '../../../../shared/http/routes/cases.ts';
import { ORGANIZATION_ROUTES } from '../../../../shared/http/routes/organization.ts';
import { CaseDetailPage } from './case-detail-page.tsx';
import { PageHead } from '../../components/page-head.tsx';

const ENTRY = NAV.find((entry) => entry.id === 'cases')!;

/** `#/cases` lists the citizen cases; `#/cases/{id}` shows one, with its timeline, deadlines and actions. */
export function CasesPage() {
  const id = recordIdIn(usePath(), ENTRY);
  return id ? <CaseDetailPage key={id} caseId={id} /> : <CaseListPage />;
}

/** Who filed it, as this viewer may know: a name, "anonymous", or the redaction label. */
function PetitionerName(props: { c: CaseView }) {
  const { t } = useI18n();
  if (props.c.redacted.includes('petitioner')) return <span class="redacted">{t('cases.redacted')}</span>;
  if (props.c.anonymous || !props.c.petitioner.name) return <span class="muted">{t('cases.anonymous')}</span>;
  return <>{props.c.petitioner.name}</>;
}

function CaseListPage() {
  const { api, me } = useApp();
  const { t, pick } = useI18n();
  const filters = readCaseFilters(useQuery());
  const units = useResource(() => api.call(ORGANIZATION_ROUTES.listUnits), [api]);
  const list = useResource(() => api.call(CASE_ROUTES.listCases, { query: caseQuery(filters) }), [api, filters.type, filters.status, filters.due, filters.unitId]);
  const setFilter = (key: keyof CaseFilters, value: string) => navigate('/cases', { ...filters, [key]: value });
  const filtered = Object.values(filters).some((value) => value !== '');
  const now = new Date();
  const unitName = (unitId: string | undefined) => (unitId && units.state === 'ready' ? units.data.items.find((u) => u.unitId === unitId)?.name : undefined) ?? unitId;
  const items = list.state === 'ready' ? [...list.data.items].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt)) : [];

  return (
    <>
      <PageHead title={t('cases.title')} lead={t('cases.intro')}>
        {me.roles.includes('office') && (
          <a class="button" href={href('/cases/new')}>
            {t('cases.register')}
          </a>
        )}
      </PageHead>
      <FilterBar label={t('cases.filters')}>
        <FilterSelect
          id="filter-type"
          label={t('cases.filterType')}
          value={filters.type}
          allLabel={t('cases.all')}
          options={CASE_TYPES.map((type) => ({ value: type, label: pick(CASE_TYPE_LABELS[type]) }))}
          onChange={(value) => setFilter('type', value)}
        />
        <FilterSelect
          id="filter-status"
          label={t('cases.filterStatus')}
          value={filters.status}
          allLabel={t('cases.all')}
          options={CASE_STATUSES.map((status) => ({ value: status, label: t(`case.status.${status}`) }))}
          onChange={(value) => setFilter('status', value)}
        />
        <FilterSelect
          id="filter-due"
          label={t('cases.filterDue')}
          value={filters.due}
          allLabel={t('cases.all')}
          options={[{ value: 'soon', label: t('cases.filterDue.soon') }, { value: 'overdue', label: t('cases.filterDue.overdue') }]}
          onChange={(value) => setFilter('due', value)}
        />
        <FilterSelect
          id="filter-unit"
          label={t('cases.filterUnit')}
          value={filters.unitId}
          allLabel={t('cases.all')}
          options={units.state === 'ready' ? units.data.items.map((unit) => ({ value: unit.unitId, label: unit.name })) : []}
          onChange={(value) => setFilter('unitId', value)}
        />
      </FilterBar>
      <ResourceStatus resource={list} />
      {list.state === 'ready' &&
        (items.length === 0 ? (
          <p class="empty-state">{filtered ? t('cases.noMatch') : t('cases.empty')}</p>
        ) : (
          <DataTable caption={t('cases.caption')} count={t('cases.count', { count: items.length })} columns={[t('cases.received'), t('cases.subject'), t('cases.type'), t('cases.petitioner'), t('cases.status'), t('cases.nextDeadline'), t('cases.unit')]}>
            {items.map((c) => {
              const next = nextDeadline(c.deadlines);
              return (
                <tr key={c.id}>
                  <td class="nowrap">{formatDate(c.receivedAt)}</td>
                  <th scope="row">
                    <a href={href(`/cases/${encodeURIComponent(c.id)}`)}>{c.subject}</a>
                    <span class="cell-note">{c.id}</span>
                  </th>
                  <td>{pick(CASE_TYPE_LABELS[c.type])}</td>
                  <td>
                    <PetitionerName c={c} />
                  </td>
                  <td>
                    <CaseStatusBadge status={c.status} />
                  </td>
                  <td class="nowrap">
                    {next?.dueInstant ? (
                      <>
                        <DueCell due={next.due} />
                        <span class="cell-note">
                          <DaysLeftText dueInstant={next.dueInstant} now={now} />
                        </span>
                      </>
                    ) : (
                      <span class="muted">—</span>
                    )}
                  </td>
                  <td>{c.unitConcerned?.name ?? unitName(c.unitConcerned?.unitId) ?? <span class="muted">—</span>}</td>
                </tr>
              );
            })}
          </DataTable>
        ))}
    </>
  );
}
