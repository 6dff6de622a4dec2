import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api/errors.ts';
import { useApp } from '../../app-context.ts';
import { nameOf, useUsers } from '../../components/use-users.ts';
import { recipientAddresses, saveDocument } from './documents.ts';
import { compilablePeriods, type CompiledStatus } from './reports.ts';
import { CompiledDocument } from './compiled-document.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { ErrorMessage, Loading, ResourceStatus } from '../../components/error-message.tsx';
import { Badge, type BadgeLook } from '../../components/status-badge.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { NAV, recordIdIn } from '../../nav.ts';
import { href, navigate, usePath } from '../../router.ts';
import { useResource } from '../../use-resource.ts';
import type { CompiledDocuments, CompiledReportSummaryView, CompiledReportView } from '../../api/types.ts';
import { COMPILED_ROUTES } from '../../../../shared/http/routes/compiled.ts';
import { REPORTING_ROUTES } from '../../../../shared/http/routes/reporting.ts';

const ENTRY = NAV.find((entry) => entry.id === 'compiled')!;

const STATUS: Record<CompiledStatus, BadgeLook> = {
  draft: { label: 'compiled.status.draft', tone: 'warning', symbol: '✎' },
  approved: { label: 'compiled.status.approved', tone: 'neutral', symbol: '✓' },
  sent: { label: 'compiled.status.sent', tone: 'success', symbol: '✉' },
};

function CompiledStatusBadge(props: { status: CompiledStatus }) {
  return <Badge status={props.status} look={STATUS[props.status]} />;
}

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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (plan.state !== 'ready') return <ResourceStatus resource={plan} />;
  const periods = compilablePeriods(plan.data.templates, props.reports, new Date());
  const templateId = chosen || (periods.find((p) => p.suggested)?.templateId ?? periods[0]?.templateId ?? '');

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!templateId) return;
    setBusy(true);
    setError(null);
    try {
      const report = await api.call(COMPILED_ROUTES.compileReport, { body: { templateId } });
      navigate(`/compiled/${encodeURIComponent(report.reportId)}`);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
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

function CompiledDetailPage(props: { reportId: string }) {
  const { api, me } = useApp();
  const { t } = useI18n();
  const users = useUsers();
  const params = { reportId: props.reportId };
  const loaded = useResource(() => api.call(COMPILED_ROUTES.getCompiledReport, { params }), [api, props.reportId]);
  const [updated, setUpdated] = useState<CompiledReportView | null>(null);
  const [documents, setDocuments] = useState<{ version: number; files: CompiledDocuments } | null>(null);
  const [busy, setBusy] = useState<'docx' | 'xlsx' | 'recompile' | 'approve' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const confirmPanel = useRef<HTMLElement>(null);
  // The confirmation opens below the buttons: take keyboard and screen-reader users to it.
  useEffect(() => {
    if (confirming) confirmPanel.current?.focus();
  }, [confirming]);

  const report = updated ?? (loaded.state === 'ready' ? loaded.data : null);
  const back = (
    <p class="breadcrumb">
      <a href={href('/compiled')}>← {t('compiled.back')}</a>
    </p>
  );
  if (!report) {
    return (
      <>
        {back}
        {loaded.state === 'failed' ? <ErrorMessage error={loaded.error} onRetry={loaded.retry} /> : <Loading />}
      </>
    );
  }

  const run = async (action: NonNullable<typeof busy>, work: () => Promise<void>) => {
    setBusy(action);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(failure);
      // Someone recompiled the draft meanwhile: show what will really be approved.
      if (failure instanceof ApiError && failure.status === 409) setUpdated(await api.call(COMPILED_ROUTES.getCompiledReport, { params }).catch(() => report));
    } finally {
      setBusy(null);
    }
  };
  const download = (which: 'docx' | 'xlsx') =>
    run(which, async () => {
      const files = documents?.version === report.version ? documents.files : await api.call(COMPILED_ROUTES.getCompiledDocuments, { params });
      setDocuments({ version: report.version, files });
      saveDocument(files, which);
    });
  const recompile = () =>
    run('recompile', async () => {
      setUpdated(await api.call(COMPILED_ROUTES.compileReport, { body: { templateId: report.content.period.templateIds[0] ?? '' } }));
      setConfirming(false);
    });
  const approve = () =>
    run('approve', async () => {
      setUpdated(await api.call(COMPILED_ROUTES.approveCompiledReport, { params, body: { version: report.version } }));
      setConfirming(false);
    });

  const prepares = me.roles.includes('office');
  const approves = me.roles.includes('leader');
  const addresses = recipientAddresses(report.content.recipients);

  return (
    <>
      {back}
      <h1>{report.content.title}</h1>
      <dl class="facts facts-compact">
        <dt>{t('compiled.status')}</dt>
        <dd>
          <CompiledStatusBadge status={report.status} />
        </dd>
        <dt>{t('compiled.createdAt')}</dt>
        <dd>{t('compiled.createdBy', { at: formatDateTime(report.createdAt), by: report.createdBy === 'system' ? t('compiled.system') : nameOf(users, report.createdBy) })}</dd>
        {report.approvedAt && (
          <>
            <dt>{t('compiled.approvedAt')}</dt>
            <dd>{t('compiled.createdBy', { at: formatDateTime(report.approvedAt), by: nameOf(users, report.approvedBy ?? '') })}</dd>
          </>
        )}
        {report.sentAt && (
          <>
            <dt>{t('compiled.sentAt')}</dt>
            <dd>{formatDateTime(report.sentAt)}</dd>
          </>
        )}
      </dl>

      <div class="tool-row compiled-actions">
        <button type="button" class="button button-secondary" disabled={busy !== null} onClick={() => void download('docx')}>
          {busy === 'docx' ? t('compiled.preparing') : t('compiled.downloadDocx')}
        </button>
        <button type="button" class="button button-secondary" disabled={busy !== null} onClick={() => void download('xlsx')}>
          {busy === 'xlsx' ? t('compiled.preparing') : t('compiled.downloadXlsx')}
        </button>
        {prepares && report.status === 'draft' && (
          <button type="button" class="button button-secondary" disabled={busy !== null} onClick={() => void recompile()}>
            {busy === 'recompile' ? t('compiled.compiling') : t('compiled.recompile')}
          </button>
        )}
        {approves && report.status !== 'sent' && !confirming && (
          <button type="button" class="button" disabled={busy !== null} onClick={() => setConfirming(true)}>
            {report.status === 'approved' ? t('compiled.resend') : t('compiled.approve')}
          </button>
        )}
      </div>
      {error !== null && <ErrorMessage error={error} />}

      {confirming && report.status !== 'sent' && (
        <section ref={confirmPanel} tabIndex={-1} class="panel notice-prominent confirm-send" role="dialog" aria-modal="false" aria-labelledby="confirm-title">
          <h2 id="confirm-title">{t('compiled.confirmTitle')}</h2>
          <p>{t('compiled.confirmText', { title: report.content.title, count: addresses.length })}</p>
          <ul class="recipient-lists">
            {report.content.recipients.map((list) => (
              <li key={list.listId}>
                <strong>{list.name}</strong> {list.capacity}
                {list.emails.length > 0 ? <span class="email-list">{list.emails.join(', ')}</span> : <span class="muted"> — {t('compiled.noEmail')}</span>}
              </li>
            ))}
          </ul>
          {addresses.length === 0 && (
            <p class="notice notice-warning" role="alert">
              {t('compiled.noRecipients')}
            </p>
          )}
          <div class="form-actions">
            <button type="button" class="button" disabled={busy !== null || addresses.length === 0} onClick={() => void approve()}>
              {busy === 'approve' ? t('compiled.sending') : t('compiled.confirmSend')}
            </button>
            <button type="button" class="button button-secondary" disabled={busy !== null} onClick={() => setConfirming(false)}>
              {t('compiled.cancel')}
            </button>
          </div>
        </section>
      )}

      {report.status === 'sent' && <Delivery report={report} />}

      <h2>{t('compiled.documentHeading')}</h2>
      <CompiledDocument content={report.content} />
    </>
  );
}

function Delivery(props: { report: CompiledReportView }) {
  const { t } = useI18n();
  const { report } = props;
  return (
    <section class="panel delivery" aria-labelledby="delivery-title">
      <h2 id="delivery-title">{t('compiled.deliveryTitle')}</h2>
      <p role="status" class="notice notice-ok">
        {t('compiled.sentNotice', { at: report.sentAt ? formatDateTime(report.sentAt) : '—', count: report.recipientsSent.length })}
      </p>
      <h3>{t('compiled.recipientsSent')}</h3>
      <ul class="plain-list email-list">
        {report.recipientsSent.map((address) => (
          <li key={address}>{address}</li>
        ))}
      </ul>
      {report.messageId && <p class="muted">{t('compiled.messageId', { id: report.messageId })}</p>}
      <h3>{t('compiled.events')}</h3>
      {report.deliveryEvents.length === 0 ? (
        <p class="muted">{t('compiled.noEvents')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t('compiled.events')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('compiled.eventAt')}</th>
                <th scope="col">{t('compiled.eventType')}</th>
                <th scope="col">{t('compiled.eventRecipient')}</th>
                <th scope="col">{t('compiled.eventDetail')}</th>
              </tr>
            </thead>
            <tbody>
              {report.deliveryEvents.map((event, index) => (
                <tr key={index} data-event={event.type}>
                  <td>{formatDateTime(event.at)}</td>
                  <td>{t(`compiled.event.${event.type}`)}</td>
                  <td>{event.recipient}</td>
                  <td>{event.detail ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
