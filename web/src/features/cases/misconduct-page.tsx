import { useApp } from '../../app-context.ts';
import { nextDeadline } from './case-list.ts';
import { officialParts } from './official.ts';
import { nameOf, useUsers } from '../../components/use-users.ts';
import { DataTable } from '../../components/data-table.tsx';
import { ResourceStatus } from '../../components/error-message.tsx';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { NAV, recordIdIn } from '../../nav.ts';
import { href, usePath } from '../../router.ts';
import { useResource } from '../../use-resource.ts';
import { DaysLeftText } from './days-left.tsx';
import { MisconductNewPage } from './misconduct-new.tsx';
import { CASE_ROUTES } from '../../../../shared/http/routes/cases.ts';
import { MisconductDetailPage } from './misconduct-detail-page.tsx';
import { MisconductStatusBadge, officialPlace, useUnitNames } from './misconduct-parts.tsx';
import { PageHead } from '../../components/page-head.tsx';

const ENTRY = NAV.find((entry) => entry.id === 'misconduct')!;

/** `#/misconduct` lists the cases, `#/misconduct/new` opens one, `#/misconduct/{id}` shows one. */
export function MisconductPage() {
  const id = recordIdIn(usePath(), ENTRY);
  if (id === 'new') return <MisconductNewPage />;
  return id ? <MisconductDetailPage key={id} caseId={id} /> : <MisconductListPage />;
}

function MisconductListPage() {
  const { api, me } = useApp();
  const { t } = useI18n();
  const list = useResource(() => api.call(CASE_ROUTES.listMisconduct), [api]);
  const users = useUsers();
  const unitName = useUnitNames();
  const now = new Date();
  const items = list.state === 'ready' ? [...list.data.items].sort((a, b) => b.openedAt.localeCompare(a.openedAt)) : [];
  return (
    <>
      <PageHead title={t('misconduct.title')} lead={t('misconduct.intro')}>
        {me.roles.includes('inspector') && (
          <a class="button" href={href('/misconduct/new')}>
            {t('misconduct.open')}
          </a>
        )}
      </PageHead>
      <ResourceStatus resource={list} />
      {list.state === 'ready' &&
        (items.length === 0 ? (
          <p class="empty-state">{t('misconduct.empty')}</p>
        ) : (
          <DataTable caption={t('misconduct.caption')} count={t('misconduct.count', { count: items.length })} columns={[t('misconduct.openedAt'), t('misconduct.official'), t('misconduct.unit'), t('misconduct.status'), t('misconduct.handlingDue'), t('misconduct.inspector')]}>
            {items.map((mc) => {
              const next = nextDeadline(mc.deadlines);
              return (
                <tr key={mc.id}>
                  <td class="nowrap">{formatDate(mc.openedAt)}</td>
                  <th scope="row">
                    <a href={href(`/misconduct/${encodeURIComponent(mc.id)}`)}>{officialParts(mc.official).name || '—'}</a>
                    <span class="cell-note">{mc.id}</span>
                  </th>
                  <td>{officialPlace(mc.official, unitName)}</td>
                  <td>
                    <MisconductStatusBadge status={mc.status} />
                  </td>
                  <td class="nowrap">
                    {next?.due && next.dueInstant ? (
                      <>
                        {formatDate(next.due)}
                        <span class="cell-note">
                          <DaysLeftText dueInstant={next.dueInstant} now={now} />
                        </span>
                      </>
                    ) : (
                      <span class="muted">—</span>
                    )}
                  </td>
                  <td>{mc.inspectorUserId ? nameOf(users, mc.inspectorUserId) : <span class="muted">{t('misconduct.noInspector')}</span>}</td>
                </tr>
              );
            })}
          </DataTable>
        ))}
    </>
  );
}
