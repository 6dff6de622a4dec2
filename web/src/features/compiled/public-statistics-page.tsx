import { useEffect } from 'preact/hooks';
import { caseTable, publicReportingTable, ratingTable } from './dashboard-tables.ts';
import { BarChart } from './bar-chart.tsx';
import { ResourceStatus } from '../../components/error-message.tsx';
import { FigureTableView } from './figure-table.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { PUBLIC_PATHS, usePublicApi } from '../../public-pages.tsx';
import { href } from '../../router.ts';
import { useResource } from '../../use-resource.ts';
import { PUBLIC_ROUTES } from '../../../../shared/http/routes/public.ts';

/**
 * `#/cong-khai`, without an account: the plan and its anonymised aggregate figures — how many units
 * reported on time per period, and citizen cases by type. Nothing here names a unit or a person: the API
 * returns counts only, and this page shows nothing else.
 */
export function PublicStatisticsPage() {
  const api = usePublicApi();
  const { t, language } = useI18n();
  const stats = useResource(() => api.call(PUBLIC_ROUTES.getPublicStatistics), [api]);
  useEffect(() => {
    document.title = `${t('publicStats.title')} · ${t('app.title')}`;
  }, [t]);

  const publicCases = stats.state === 'ready' ? caseTable(stats.data.cases, t, language, false, { totals: stats.data.casesTotal, minimumCell: stats.data.minimumCell }) : null;

  return (
    <div class="public-stats">
      <nav class="public-nav" aria-label={t('public.nav')}>
        <a href={href(PUBLIC_PATHS.statistics)} aria-current="page">
          {t('publicStats.title')}
        </a>
        <a href={href(PUBLIC_PATHS.file)}>{t('public.fileTitle')}</a>
        <a href={href(PUBLIC_PATHS.track)}>{t('public.trackTitle')}</a>
        <a href={href('/')}>{t('public.toSignIn')}</a>
      </nav>
      <h1>{t('publicStats.title')}</h1>
      <ResourceStatus resource={stats} />
      {stats.state === 'ready' && publicCases && (
        <>
          <section class="panel plan-card" aria-labelledby="plan-title">
            <p class="muted">{t('publicStats.plan')}</p>
            <h2 id="plan-title">{stats.data.plan.titleVi}</h2>
            <p>{t('publicStats.reference', { reference: stats.data.plan.reference })}</p>
            <p class="hint">{t('publicStats.intro')}</p>
          </section>

          <section aria-labelledby="public-reporting">
            <h2 id="public-reporting">{t('publicStats.reportingTitle')}</h2>
            {stats.data.reporting.length === 0 ? (
              <p class="empty-state">{t('dashboard.noPeriods')}</p>
            ) : (
              <>
                <BarChart id="chart-public-reporting" title={t('publicStats.reportingChart')} mode="stacked" {...publicReportingTable(stats.data, t, language).chart} />
                <FigureTableView id="public-reporting" table={publicReportingTable(stats.data, t, language)} caption={t('publicStats.reportingTitle')} />
              </>
            )}
          </section>

          <section aria-labelledby="public-cases">
            <h2 id="public-cases">{t('publicStats.casesTitle')}</h2>
            <p class="hint-block" data-testid="cases-as-of">
              {t('publicStats.casesAsOf', { date: formatDate(stats.data.asOf), refreshed: formatDateTime(stats.data.refreshedAt), min: stats.data.minimumCell })}
            </p>
            <BarChart id="chart-public-cases" title={t('publicStats.casesChart')} mode="grouped" {...publicCases.chart} />
            <FigureTableView id="public-cases" table={publicCases} caption={t('publicStats.casesTitle')} />
          </section>

          <section aria-labelledby="public-ratings">
            <h2 id="public-ratings">{t('publicStats.ratingsTitle')}</h2>
            <p class="hint-block">{t('publicStats.ratingsIntro')}</p>
            {/* Counts only, without a chart: a bar for a suppressed count would show what the table hides. */}
            <FigureTableView id="public-ratings" table={ratingTable(stats.data.ratings, t, language, stats.data.minimumCell)} caption={t('publicStats.ratingsTitle')} />
          </section>
        </>
      )}
    </div>
  );
}
