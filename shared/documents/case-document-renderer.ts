import { ulid } from 'ulid';
import type { AlertLog } from '../alerts/alert-log.ts';
import { sendOnce, type SendOutcome } from '../alerts/send-once.ts';
import type { Clock } from '../clock.ts';
import { formatVi } from '../deadlines/civil-date.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { AttachmentStore } from '../storage/attachment-store.ts';
import { caseDocumentEmail } from './case-document-email.ts';
import type { CaseDocumentRepository } from './case-document-repository.ts';
import { documentAlertId, documentFilename, documentSubjectRef, DOCX_TYPE, type CaseDocument } from './case-documents.ts';
import { caseNoticeDocx } from './case-notice-docx.ts';
import { DOCUMENT_TYPE_ABBREVIATIONS } from './register.ts';

export interface CaseDocumentRendererDependencies {
  documents: CaseDocumentRepository;
  store: AttachmentStore;
  alerts: AlertLog;
  mailer: Mailer;
  clock: Clock;
}

/** The issued document as an official DOCX: its words as issued, its number, and what it replaces. */
export function caseDocumentDocx(doc: CaseDocument): Promise<Uint8Array> {
  const replaces = doc.replaces ? `Văn bản này thay thế văn bản số ${doc.replaces.symbol} ngày ${formatVi(doc.replaces.issuedOn)} (lý do: ${doc.replaces.reason}).` : undefined;
  return caseNoticeDocx(doc.text, { issuer: doc.issuer, signer: doc.signer, symbol: doc.symbol, documentDate: doc.issuedOn, typeCode: DOCUMENT_TYPE_ABBREVIATIONS[doc.documentType], ...(replaces ? { replaces } : {}) });
}

/**
 * What the `case-documents` function does for each issued document: builds its file once (a new object
 * per attempt, so no stored file is ever overwritten; the first one recorded is the document's), then
 * e-mails it to the citizen where it must, through the alert log, so it is sent once whatever the
 * retries. A refused e-mail is thrown, so the stream delivers the record again.
 */
export class CaseDocumentRenderer {
  constructor(private readonly deps: CaseDocumentRendererDependencies) {}

  async handle(ref: { agencyId: string; caseId: string; documentId: string }): Promise<{ built: boolean; email: SendOutcome['outcome'] | 'not-applicable' }> {
    const { documents, store } = this.deps;
    let doc = await documents.get(ref.agencyId, ref.caseId, ref.documentId);
    if (!doc) return { built: false, email: 'not-applicable' };
    let built = false;
    if (doc.status === 'pending') {
      const bytes = await caseDocumentDocx(doc);
      const key = `case-documents/${doc.agencyId}/${doc.caseId}/${doc.documentId}-${ulid()}.docx`;
      await store.put(key, bytes, DOCX_TYPE);
      doc = await documents.markReady(doc.agencyId, doc.caseId, doc.documentId, { key, filename: documentFilename(doc), size: bytes.length });
      if (doc.file?.key === key) built = true;
      else await store.delete(key);
    }
    const ready = doc;
    const { mailTo, file } = ready;
    if (!mailTo || !file) return { built, email: 'not-applicable' };
    const content = await store.get(file.key);
    if (!content) throw new Error(`The file of ${ready.symbol} is missing from the store (${file.key})`);
    const now = this.deps.clock.now();
    const alert = {
      agencyId: ready.agencyId,
      alertId: documentAlertId(ready.caseId, ready.documentId),
      kind: 'case-document',
      subjectRef: documentSubjectRef(ready.caseId, ready.documentId),
      // Alerts are listed and audited: the title names the document, never the citizen.
      subjectTitle: `${ready.text.typeName} ${ready.symbol}`,
      stage: ready.step,
      recipientUserId: 'citizen',
      createdAt: now.toISOString(),
      urgent: true,
    };
    const sent = await sendOnce({ alerts: this.deps.alerts, mailer: this.deps.mailer }, now, [alert], () => caseDocumentEmail({ ...ready, mailTo, file }, content));
    if (sent.outcome === 'refused') throw sent.error;
    return { built, email: sent.outcome };
  }
}
