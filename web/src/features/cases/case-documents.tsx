import { useEffect, useState } from 'preact/hooks';
import { CASE_DOCUMENT_ROUTES } from '../../../../shared/http/routes/case-documents.ts';
import type { BodyOf } from '../../api/client.ts';
import { fieldErrorsOf } from '../../api/field-errors.ts';
import type { CaseDocumentList, CaseDocumentView } from '../../api/types.ts';
import { useApp } from '../../app-context.ts';
import { Badge } from '../../components/badge.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { ErrorMessage, Loading } from '../../components/error-message.tsx';
import { Field } from '../../components/field.tsx';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useMutation } from '../../use-mutation.ts';
import { formatSize } from '../reporting/attachments.ts';

/** How often, and how long, the page asks again while a document's file is being built (seconds, off the request path). */
const POLL_MS = 1000;
const POLL_LIMIT = 60;

/**
 * The documents issued for a case, under their register numbers, each downloadable once built, and the
 * notices the law prescribes that the office may issue now (or why not yet). A correction asks its reason.
 */
export function CaseDocuments(props: { caseId: string; mayIssue: boolean; caseVersion: number }) {
  const { api } = useApp();
  const { t, pick, language } = useI18n();
  const [list, setList] = useState<CaseDocumentList | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [polls, setPolls] = useState(0);
  const [correcting, setCorrecting] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const mutation = useMutation<string>();

  const load = () => api.call(CASE_DOCUMENT_ROUTES.listCaseDocuments, { params: { caseId: props.caseId } }).then(setList, setLoadError);
  // The case's version moves with each command: a step taken may make a notice issuable.
  useEffect(() => void load(), [props.caseId, props.caseVersion]);
  const pending = list?.items.some((d) => d.status === 'pending') ?? false;
  useEffect(() => {
    if (!pending || polls >= POLL_LIMIT) return;
    const timer = setTimeout(() => {
      setPolls((n) => n + 1);
      void load();
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [pending, polls, list]);

  const issue = (body: BodyOf<typeof CASE_DOCUMENT_ROUTES.issueCaseDocument>, as: string) =>
    mutation.run(async () => {
      await api.call(CASE_DOCUMENT_ROUTES.issueCaseDocument, { params: { caseId: props.caseId }, body });
      setCorrecting(null);
      setReason('');
      setPolls(0);
      await load();
    }, { as });
  const download = (documentId: string) =>
    mutation.run(async () => {
      const { downloadUrl } = await api.call(CASE_DOCUMENT_ROUTES.getCaseDocument, { params: { caseId: props.caseId, documentId } });
      if (downloadUrl) window.location.assign(downloadUrl);
    }, { as: `download-${documentId}` });

  if (loadError) return <ErrorMessage error={loadError} onRetry={() => { setLoadError(null); void load(); }} />;
  if (!list) return <Loading />;
  const offered = props.mayIssue ? list.issuable.filter((n) => !n.issued) : [];
  const reasonErrors = fieldErrorsOf(mutation.error, language, (path) => (path === 'body.reason' ? 'reason' : null)).fields.reason;

  return (
    <section aria-labelledby="case-documents-title">
      <h2 id="case-documents-title">{t('caseDocuments.title')}</h2>
      {list.items.length === 0 ? (
        <p class="muted">{t('caseDocuments.none')}</p>
      ) : (
        <DataTable class="case-documents" columns={[t('caseDocuments.symbol'), t('caseDocuments.issuedOn'), t('caseDocuments.summary'), t('caseDocuments.addressee'), t('caseDocuments.file'), t('caseDocuments.email')]}>
          {list.items.map((d) => (
            <tr key={d.documentId} data-document={d.documentId}>
              <th scope="row" class="nowrap">
                {d.symbol}
                {d.replacedBy && (
                  <>
                    {' '}
                    <Badge tone="off">{t('caseDocuments.replacedBy', { symbol: d.replacedBy.symbol })}</Badge>
                  </>
                )}
              </th>
              <td class="nowrap">{formatDate(d.issuedOn)}</td>
              <td>
                {d.summary}
                {d.replaces && <p class="muted">{t('caseDocuments.replaces', { symbol: d.replaces.symbol, reason: d.replaces.reason })}</p>}
                <p class="muted">{t('caseDocuments.issuedBy', { name: d.issuedByName })}</p>
              </td>
              <td>{pick(d.addresseeLabel)}</td>
              <td>
                <DocumentFile document={d} busy={mutation.doing === `download-${d.documentId}`} onDownload={() => void download(d.documentId)} />
                {props.mayIssue && d.status === 'ready' && !d.replacedBy && correcting !== d.documentId && (
                  <button type="button" class="button button-secondary" onClick={() => setCorrecting(d.documentId)}>
                    {t('caseDocuments.correct')}
                  </button>
                )}
              </td>
              <td>{t(`caseDocuments.email.${d.email}`)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {correcting && (
        <form
          class="panel"
          onSubmit={(event) => {
            event.preventDefault();
            void issue({ replaces: correcting, reason }, 'correct');
          }}
        >
          <h3>{t('caseDocuments.correctTitle', { symbol: list.items.find((d) => d.documentId === correcting)?.symbol ?? '' })}</h3>
          <Field id="correction-reason" label={t('caseDocuments.reason')} errors={reasonErrors} hint={t('caseDocuments.reasonHint')}>
            <textarea id="correction-reason" required minLength={5} maxLength={500} value={reason} onInput={(e) => setReason((e.target as HTMLTextAreaElement).value)} />
          </Field>
          <div class="actions">
            <button type="submit" class="button" disabled={mutation.busy}>
              {mutation.doing === 'correct' ? t('caseDocuments.issuing') : t('caseDocuments.issueCorrection')}
            </button>
            <button type="button" class="button button-secondary" onClick={() => setCorrecting(null)}>
              {t('caseDocuments.cancel')}
            </button>
          </div>
        </form>
      )}
      {offered.length > 0 && (
        <div class="document-actions">
          <h3>{t('caseDocuments.issueTitle')}</h3>
          <ul class="plain-list">
            {offered.map((notice) => {
              const key = `${notice.step}/${notice.addressee}/${notice.decision ?? ''}`;
              return (
                <li key={key}>
                  {notice.refusal ? (
                    <span class="muted">
                      {pick(notice.label)}: {pick(notice.refusal)}
                    </span>
                  ) : (
                    <button type="button" class="button" disabled={mutation.busy} onClick={() => void issue({ step: notice.step, addressee: notice.addressee, ...(notice.decision === undefined ? {} : { decision: notice.decision }) }, key)}>
                      {mutation.doing === key ? t('caseDocuments.issuing') : t('caseDocuments.issue', { notice: pick(notice.label) })}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          <p class="hint">{t('caseDocuments.issueHint')}</p>
        </div>
      )}
      {mutation.error !== null && !reasonErrors && <ErrorMessage error={mutation.error} />}
    </section>
  );
}

function DocumentFile(props: { document: CaseDocumentView; busy: boolean; onDownload: () => void }) {
  const { t, language } = useI18n();
  const d = props.document;
  if (d.status === 'pending') return <span class="muted" role="status">{t('caseDocuments.building')}</span>;
  return (
    <button type="button" class="button-link button-download" onClick={props.onDownload} disabled={props.busy}>
      {t('caseDocuments.download')} <span class="muted">({d.size !== undefined ? formatSize(d.size, language) : ''})</span>
    </button>
  );
}
