import { useApp } from '../../app-context.ts';
import { caseTable, overdueTable, periodTable, ratingTable, unitTable, type FigureTable } from './dashboard-tables.ts';
import { BarChart } from './bar-chart.tsx';
import { ErrorMessage, ResourceStatus } from '../../components/error-message.tsx';
import { CsvButton, FigureTableView } from './figure-table.tsx';
import { calendarDateOf, formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useComplianceExport } from '../reporting/use-compliance-export.ts';
import { href } from '../../router.ts';
import { useResource } from '../../use-resource.ts';
import type { DashboardView } from '../../api/types.ts';
import { COMPILED_ROUTES } from '../../../../shared/http/routes/compiled.ts';

/**
 * `#/dashboard`: for the office and leaders, reporting compliance per period and per unit, the citizen-case
 * pipeline and what is overdue — each as a chart and the same figures as a table, exportable as CSV; the
 * compliance matrix as XLSX.
 */
export function DashboardPage() {
  const { api } = useApp();
  const { t, language } = useI18n();
  const dashboard = useResource(() => api.call(COMPILED_ROUTES.getDashboard), [api]);
  const { exporting, exportError, exportXlsx } = useComplianceExport();

  if (dashboard.state !== 'ready') return <ResourceStatus resource={dashboard} />;
  const data: DashboardView = dashboard.data;
  const stamp = calendarDateOf(data.generatedAt);

  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <p class="lead">{t('dashboard.intro', { at: formatDateTime(data.generatedAt) })}</p>
      <div class="tool-row">
        <button type="button" class="button" disabled={exporting} onClick={() => void exportXlsx()}>
          {exporting ? t('compliance.exporting') : t('dashboard.exportXlsx')}
        </button>
      </div>
      {exportError !== null && <ErrorMessage error={exportError} />}

      {(
        [
          ['periods', 'dashboard.periodsTitle', 'dashboard.periodsChart', periodTable(data, t, language), 'stacked', `theo-doi-ky-bao-cao-${stamp}.csv`, 'dashboard.noPeriods'],
          ['units', 'dashboard.unitsTitle', 'dashboard.unitsChart', unitTable(data, t, language), 'stacked', `theo-doi-don-vi-${stamp}.csv`, 'dashboard.noUnits'],
          ['cases', 'dashboard.casesTitle', 'dashboard.casesChart', caseTable(data.cases, t, language, true), 'grouped', `don-thu-${stamp}.csv`, 'dashboard.noCases'],
          ['ratings', 'dashboard.ratingsTitle', 'dashboard.ratingsChart', ratingTable(data.ratings, t, language), 'grouped', `danh-gia-hai-long-${stamp}.csv`, 'dashboard.noRatings'],
        ] as const
      ).map(([id, title, chart, table, mode, filename, empty]) => (
        <Figure key={id} id={id} title={t(title)} chartTitle={t(chart)} table={table} mode={mode} filename={filename} empty={t(empty)} />
      ))}

      <section aria-labelledby="overdue-title">
        <div class="section-head">
          <h2 id="overdue-title">{t('dashboard.overdueTitle')}</h2>
          {data.overdue.length > 0 && <CsvButton table={overdueTable(data, t)} filename={`qua-han-${stamp}.csv`} label={t('dashboard.overdueTitle')} />}
        </div>
        {data.overdue.length === 0 ? (
          <p class="empty-state">{t('dashboard.noOverdue')}</p>
        ) : (
          <FigureTableView
            id="overdue"
            table={overdueTable(data, t)}
            caption={t('dashboard.overdueCaption', { count: data.overdue.length })}
            cell={(key, column, text) => (column === 0 ? <a href={href(`/deadlines/${encodeURIComponent(key)}`)}>{text}</a> : text)}
          />
        )}
      </section>
    </>
  );
}

function Figure(props: { id: string; title: string; chartTitle: string; table: FigureTable; mode: 'stacked' | 'grouped'; filename: string; empty: string }) {
  return (
    <section aria-labelledby={`${props.id}-heading`} class="figure-section">
      <div class="section-head">
        <h2 id={`${props.id}-heading`}>{props.title}</h2>
        {props.table.rows.length > 0 && <CsvButton table={props.table} filename={props.filename} label={props.title} />}
      </div>
      {props.table.chart.rows.length === 0 ? (
        <p class="empty-state">{props.empty}</p>
      ) : (
        <>
          <BarChart id={`chart-${props.id}`} title={props.chartTitle} series={props.table.chart.series} rows={props.table.chart.rows} mode={props.mode} />
          <FigureTableView id={props.id} table={props.table} caption={props.title} />
        </>
      )}
    </section>
  );
}
