import { useState } from 'preact/hooks';
import { type ObligationStatus } from '../../../../shared/reporting/model.ts';
import { useApp } from '../../app-context.ts';
import { ErrorMessage, ResourceStatus } from '../../components/error-message.tsx';
import { FilterSelect } from '../../components/filter-bar.tsx';
import { DueText, StatusBadge } from './status-badge.tsx';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { filterMatrix, NO_FILTER, periodKinds, type MatrixFilter } from './matrix.ts';
import { obligationPaths } from './routes.ts';
import { STATUS_ORDER, statusLook } from './status.ts';
import { useComplianceExport } from './use-compliance-export.ts';
import { href } from '../../router.ts';
import { useResource } from '../../use-resource.ts';
import { kindLabel, AdHocForm, PeriodAdmin } from './compliance-tools.tsx';
import type { ComplianceView } from '../../api/types.ts';
import { REPORTING_ROUTES } from '../../../../shared/http/routes/reporting.ts';

/**
 * `#/compliance`: the office and leaders read the units × periods matrix; the office asks units for
 * ad-hoc reports; the admin adds reporting periods to the plan.
 */
export function CompliancePage() {
  const { me } = useApp();
  const { t } = useI18n();
  const [reloads, setReloads] = useState(0);
  const readsMatrix = me.roles.some((role) => role === 'office' || role === 'leader');
  const asksReports = me.roles.includes('office');
  const addsPeriods = me.roles.includes('admin');
  const changed = () => setReloads((n) => n + 1);

  return (
    <>
      <h1>{t('compliance.title')}</h1>
      <p class="lead">{readsMatrix ? t('compliance.intro') : t('compliance.adminIntro')}</p>
      {readsMatrix && <Matrix reloads={reloads} />}
      {asksReports && <AdHocForm onCreated={changed} />}
      {addsPeriods && <PeriodAdmin onAdded={changed} />}
    </>
  );
}

function Matrix(props: { reloads: number }) {
  const { api } = useApp();
  const { t, pick, language } = useI18n();
  const matrix = useResource(() => api.call(REPORTING_ROUTES.getCompliance), [api, props.reloads]);
  const [filter, setFilter] = useState<MatrixFilter>(NO_FILTER);
  const { exporting, exportError, exportXlsx } = useComplianceExport();

  if (matrix.state !== 'ready') return <ResourceStatus resource={matrix} />;
  const data: ComplianceView = matrix.data;
  const view = filterMatrix(data, filter);
  const units = [...data.units].sort((a, b) => a.name.localeCompare(b.name, language));
  const filtered = filter.kind !== '' || filter.status !== '' || filter.unitId !== '';

  return (
    <>
      <div class="toolbar">
        <div class="filters" role="group" aria-label={t('compliance.filters')}>
          <FilterSelect
            id="matrix-kind"
            label={t('compliance.kind')}
            value={filter.kind}
            allLabel={t('compliance.all')}
            options={periodKinds(data).map((kind) => ({ value: kind, label: kindLabel(kind, t) }))}
            onChange={(value) => setFilter({ ...filter, kind: value })}
          />
          <FilterSelect
            id="matrix-status"
            label={t('compliance.status')}
            value={filter.status}
            allLabel={t('compliance.all')}
            options={STATUS_ORDER.map((status) => ({ value: status, label: t(statusLook(status).label) }))}
            onChange={(value) => setFilter({ ...filter, status: value as ObligationStatus | '' })}
          />
          <FilterSelect
            id="matrix-unit"
            label={t('compliance.unitFilter')}
            value={filter.unitId}
            allLabel={t('compliance.all')}
            options={units.map((unit) => ({ value: unit.unitId, label: unit.name }))}
            onChange={(value) => setFilter({ ...filter, unitId: value })}
          />
          {filtered && (
            <button type="button" class="button button-secondary" onClick={() => setFilter(NO_FILTER)}>
              {t('compliance.reset')}
            </button>
          )}
        </div>
        <button type="button" class="button" disabled={exporting} onClick={() => void exportXlsx()}>
          {exporting ? t('compliance.exporting') : t('compliance.export')}
        </button>
      </div>
      {exportError !== null && <ErrorMessage error={exportError} />}

      <section class="totals" aria-labelledby="matrix-totals">
        <h2 id="matrix-totals" class="visually-hidden">
          {t('compliance.totals')}
        </h2>
        <ul class="totals-list">
          {STATUS_ORDER.map((status) => (
            <li key={status} data-status={status}>
              <StatusBadge status={status} />
              <strong class="totals-count">{view.totals[status]}</strong>
            </li>
          ))}
        </ul>
        <p class="muted">{t('compliance.totalsShown', { count: view.shown })}</p>
      </section>

      {view.periods.length === 0 || view.units.length === 0 ? (
        <p class="empty-state">{t('compliance.noMatch')}</p>
      ) : (
        <div class="table-wrap">
          <table class="matrix">
            <caption>{t('compliance.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('compliance.unit')}</th>
                {view.periods.map((period) => (
                  <th key={period.templateId} scope="col" class="matrix-period">
                    {pick({ vi: period.titleVi, en: period.titleEn })}
                    <span class="cell-note">
                      <DueText dueInstant={period.dueInstant} />
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.units.map((unit) => (
                <tr key={unit.unitId} data-unit={unit.unitId}>
                  <th scope="row">
                    {unit.name}
                    {unit.endedOn && <span class="muted"> ({t('compliance.ended', { date: formatDate(unit.endedOn), successors: (unit.successorNames ?? []).join(', ') })})</span>}
                  </th>
                  {view.periods.map((period) => {
                    const cell = view.cell(unit.unitId, period.templateId);
                    if (!cell) {
                      return (
                        <td key={period.templateId} class="matrix-cell matrix-empty">
                          <span aria-hidden="true">—</span>
                          <span class="visually-hidden">{t('compliance.notOwed')}</span>
                        </td>
                      );
                    }
                    const periodTitle = pick({ vi: period.titleVi, en: period.titleEn });
                    return (
                      <td key={period.templateId} class="matrix-cell" data-period={period.templateId} data-status={cell.status}>
                        <a
                          href={href(obligationPaths.detail(cell.obligationId))}
                          title={t('compliance.cellTitle', { unit: unit.name, period: periodTitle, status: t(statusLook(cell.status).label) })}
                        >
                          <StatusBadge status={cell.status} />
                        </a>
                        {cell.latestVersion > 0 && <span class="cell-note">{t('reporting.versionN', { version: cell.latestVersion })}</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
