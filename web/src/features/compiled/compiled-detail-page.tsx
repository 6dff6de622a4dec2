import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api/errors.ts';
import { useApp } from '../../app-context.ts';
import { nameOf, useUsers } from '../../components/use-users.ts';
import { recipientAddresses, saveDocument } from './documents.ts';
import { CompiledDocument } from './compiled-document.tsx';
import { ErrorMessage, Loading } from '../../components/error-message.tsx';
import { formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { href } from '../../router.ts';
import { useResource } from '../../use-resource.ts';
import type { CompiledDocuments, CompiledReportView } from '../../api/types.ts';
import { COMPILED_ROUTES } from '../../../../shared/http/routes/compiled.ts';
import { CompiledStatusBadge } from './compiled-status.tsx';
import { useMutation } from '../../use-mutation.ts';

export function CompiledDetailPage(props: { reportId: string }) {
  const { api, me } = useApp();
  const { t } = useI18n();
  const users = useUsers();
  const params = { reportId: props.reportId };
  const loaded = useResource(() => api.call(COMPILED_ROUTES.getCompiledReport, { params }), [api, props.reportId]);
  const [updated, setUpdated] = useState<CompiledReportView | null>(null);
  const [documents, setDocuments] = useState<{ version: number; files: CompiledDocuments } | null>(null);
  const { doing: busy, error, run: send } = useMutation<'docx' | 'xlsx' | 'recompile' | 'approve'>();
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

  const run = (action: NonNullable<typeof busy>, work: () => Promise<void>) =>
    send(async () => {
      try {
        await work();
      } catch (failure) {
        // Someone recompiled the draft meanwhile: show what will really be approved.
        if (failure instanceof ApiError && failure.status === 409) setUpdated(await api.call(COMPILED_ROUTES.getCompiledReport, { params }).catch(() => report));
        throw failure;
      }
    }, { as: action });
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
