import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.ts';
import { compilablePeriods } from './reports.ts';
import { DataTable } from '../../components/data-table.tsx';
import { ErrorMessage, ResourceStatus } from '../../components/error-message.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { NAV, recordIdIn } from '../../nav.ts';
import { href, navigate, usePath } from '../../router.ts';
import { useResource } from '../../use-resource.ts';
import type { CompiledReportSummaryView } from '../../api/types.ts';
import { COMPILED_ROUTES } from '../../../../shared/http/routes/compiled.ts';
import { REPORTING_ROUTES } from '../../../../shared/http/routes/reporting.ts';
import { CompiledDetailPage } from './compiled-detail-page.tsx';
import { STATUS, CompiledStatusBadge } from './compiled-status.tsx';
import { useMutation } from '../../use-mutation.ts';

const ENTRY = NAV.find((entry) => entry.id === 'compiled')!;

/** `#/compiled` lists the compiled reports (the office compiles a period); `#/compiled/{id}` is one report. */
export function CompiledPage() {
  const id = recordIdIn(usePath(), ENTRY);
  return id ? <CompiledDetailPage key={id} reportId={id} /> : <CompiledListPage />;
}

function CompiledListPage() {
  const { api, me } = useApp();
  const { t } = useI18n();
  const reports = useResource(() => api.call(COMPILED_ROUTES.listCompiledReports), [api]);
  const prepares = me.roles.includes('office');
  return (
    <>
      <h1>{t('compiled.title')}</h1>
      <p class="lead">{prepares ? t('compiled.introOffice') : t('compiled.introLeader')}</p>
      {prepares && <CompileForm reports={reports.state === 'ready' ? reports.data.items : []} />}
      <ResourceStatus resource={reports} />
      {reports.state === 'ready' &&
        (reports.data.items.length === 0 ? (
          <p class="empty-state">{t('compiled.empty')}</p>
        ) : (
          <DataTable class="compiled-list" caption={t('compiled.caption')} count={t('compiled.count', { count: reports.data.items.length })} columns={[t('compiled.reportTitle'), t('compiled.period'), t('compiled.status'), t('compiled.createdAt'), t('compiled.sentAt')]}>
            {reports.data.items.map((report) => (
              <tr key={report.reportId} data-report={report.reportId}>
                <th scope="row">
                  <a href={href(`/compiled/${encodeURIComponent(report.reportId)}`)}>{report.title}</a>
                </th>
                <td class="nowrap">
                  {formatDate(report.period.from)} – {formatDate(report.period.to)}
                </td>
                <td>
                  <CompiledStatusBadge status={report.status} />
                </td>
                <td>{formatDateTime(report.createdAt)}</td>
                <td>{report.sentAt ? formatDateTime(report.sentAt) : <span class="muted">{t('compiled.notSent')}</span>}</td>
              </tr>
            ))}
          </DataTable>
        ))}
    </>
  );
}

/** The office picks a period of the plan and compiles it; an existing draft of that period is compiled again. */
function CompileForm(props: { reports: readonly CompiledReportSummaryView[] }) {
  const { api } = useApp();
  const { t, pick } = useI18n();
  const plan = useResource(() => api.call(REPORTING_ROUTES.getReportingPlan), [api]);
  const [chosen, setChosen] = useState('');
  const { busy, error, run } = useMutation();

  if (plan.state !== 'ready') return <ResourceStatus resource={plan} />;
  const periods = compilablePeriods(plan.data.templates, props.reports, new Date());
  const templateId = chosen || (periods.find((p) => p.suggested)?.templateId ?? periods[0]?.templateId ?? '');

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!templateId) return;
    await run(async () => {
      const report = await api.call(COMPILED_ROUTES.compileReport, { body: { templateId } });
      navigate(`/compiled/${encodeURIComponent(report.reportId)}`);
    }, { keepBusy: true });
  };

  return (
    <form class="panel compile-form" onSubmit={(event) => void submit(event)} aria-labelledby="compile-title">
      <h2 id="compile-title">{t('compiled.compileTitle')}</h2>
      <p class="hint">{t('compiled.compileHint')}</p>
      <div class="inline-form">
        <div class="field">
          <label for="compile-period">{t('compiled.choosePeriod')}</label>
          <select id="compile-period" value={templateId} onChange={(event) => setChosen(event.currentTarget.value)}>
            {periods.map((period) => (
              <option key={period.templateId} value={period.templateId} disabled={period.existing === 'sent' || period.existing === 'approved'}>
                {pick({ vi: period.titleVi, en: period.titleEn })} — {t('reporting.dueBefore', { date: formatDate(period.dueDate) })}
                {period.existing ? ` (${t(STATUS[period.existing].label)})` : ''}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button" disabled={busy || !templateId}>
          {busy ? t('compiled.compiling') : t('compiled.compile')}
        </button>
      </div>
      {error !== null && <ErrorMessage error={error} />}
    </form>
  );
}
