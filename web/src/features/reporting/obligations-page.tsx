import { useState } from 'preact/hooks';
import type { ObligationStatus } from '../../../../shared/reporting/model.ts';
import { useApp } from '../../app-context.ts';
import { ResourceStatus } from '../../components/error-message.tsx';
import { FilterSelect } from '../../components/filter-bar.tsx';
import { DueText, StatusBadge } from './status-badge.tsx';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { parseObligationPath, obligationPaths } from './routes.ts';
import { byDueForWork, STATUS_ORDER, statusLook } from './status.ts';
import { href, usePath } from '../../router.ts';
import { useResource } from '../../use-resource.ts';
import { NotFoundPage } from '../../shell/status-pages.tsx';
import { ReceiptPage } from './receipt-page.tsx';
import { ReportPage, ReportVersionPage } from './report-page.tsx';
import type { ObligationItem } from '../../api/types.ts';
import { REPORTING_ROUTES } from '../../../../shared/http/routes/reporting.ts';

/** `#/obligations` lists the reports owed; `…/{id}` is one report; `…/{id}/versions/{n}` and `…/{id}/receipt/{n}` a version. */
export function ObligationsPage() {
  const path = usePath();
  const route = parseObligationPath(path);
  switch (route.view) {
    case 'list':
      return <ObligationListPage />;
    case 'detail':
      return <ReportPage key={route.obligationId} obligationId={route.obligationId} />;
    case 'version':
      return <ReportVersionPage key={`${route.obligationId}/${route.version}`} obligationId={route.obligationId} version={route.version} />;
    case 'receipt':
      return <ReceiptPage key={`${route.obligationId}/${route.version}`} obligationId={route.obligationId} version={route.version} />;
    default:
      return <NotFoundPage path={path} />;
  }
}

function ObligationListPage() {
  const { api, me } = useApp();
  const { t } = useI18n();
  const list = useResource(() => api.call(REPORTING_ROUTES.listObligations), [api]);
  const [status, setStatus] = useState<ObligationStatus | ''>('');
  const [unitId, setUnitId] = useState('');
  const allUnits = me.roles.some((role) => role === 'office' || role === 'leader');

  return (
    <>
      <h1>{allUnits || !me.unit ? t('obligations.title') : t('obligations.titleUnit', { unit: me.unit.name })}</h1>
      <p class="lead">{allUnits ? t('obligations.introOffice') : t('obligations.intro')}</p>
      <ResourceStatus resource={list} />
      {list.state === 'ready' &&
        (list.data.items.length === 0 ? (
          <div class="empty-state">
            <p class="empty-state-title">{t('obligations.empty')}</p>
          </div>
        ) : (
          <ObligationTable
            items={list.data.items}
            showUnit={allUnits}
            status={status}
            unitId={unitId}
            onStatus={setStatus}
            onUnit={setUnitId}
          />
        ))}
    </>
  );
}

function ObligationTable(props: {
  items: ObligationItem[];
  showUnit: boolean;
  status: ObligationStatus | '';
  unitId: string;
  onStatus: (status: ObligationStatus | '') => void;
  onUnit: (unitId: string) => void;
}) {
  const { t, pick, language } = useI18n();
  const units = [...new Map(props.items.map((item) => [item.unitId, item.unitName])).entries()].sort((a, b) => a[1].localeCompare(b[1], language));
  const shown = props.items
    .filter((item) => (props.status === '' || item.status === props.status) && (props.unitId === '' || item.unitId === props.unitId))
    .sort(byDueForWork);
  return (
    <>
      <div class="filters" role="group" aria-label={t('compliance.filters')}>
        <FilterSelect
          id="filter-status"
          label={t('obligations.filterStatus')}
          value={props.status}
          allLabel={t('obligations.all')}
          options={STATUS_ORDER.map((status) => ({ value: status, label: t(statusLook(status).label) }))}
          onChange={(value) => props.onStatus(value as ObligationStatus | '')}
        />
        {props.showUnit && (
          <FilterSelect
            id="filter-unit"
            label={t('obligations.filterUnit')}
            value={props.unitId}
            allLabel={t('obligations.all')}
            options={units.map(([id, name]) => ({ value: id, label: name }))}
            onChange={(value) => props.onUnit(value)}
          />
        )}
      </div>
      <div class="table-wrap">
        <table>
          <caption>
            {t('obligations.caption')}
            <span class="caption-count">{t('obligations.count', { shown: shown.length, count: props.items.length })}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('obligations.report')}</th>
              {props.showUnit && <th scope="col">{t('obligations.unit')}</th>}
              <th scope="col">{t('obligations.due')}</th>
              <th scope="col">{t('obligations.status')}</th>
              <th scope="col">{t('obligations.latest')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 && (
              <tr>
                <td colSpan={props.showUnit ? 5 : 4} class="muted">
                  {t('obligations.noMatch')}
                </td>
              </tr>
            )}
            {shown.map((item) => (
              <tr key={item.obligationId}>
                <th scope="row">
                  <a href={href(obligationPaths.detail(item.obligationId))}>{pick({ vi: item.titleVi, en: item.titleEn })}</a>
                  <span class="cell-note">
                    {t(`reporting.kind.${item.kind}`)}
                    {item.periodFrom && item.periodTo && ` · ${t('reporting.period', { from: formatDate(item.periodFrom), to: formatDate(item.periodTo) })}`}
                  </span>
                </th>
                {props.showUnit && <td>{item.unitName}</td>}
                <td>
                  <DueText dueInstant={item.dueInstant} />
                </td>
                <td>
                  <StatusBadge status={item.status} />
                </td>
                <td class="nowrap">
                  {item.latestVersion > 0 ? t('reporting.versionN', { version: item.latestVersion }) : <span class="muted">{t('reporting.notSubmitted')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
