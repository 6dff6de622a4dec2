import { formatVi } from '../deadlines/civil-date.ts';
import { emailDocument, html } from '../mail/html.ts';
import type { MailMessage } from '../mail/mailer.ts';
import { documentSummary, DOCX_TYPE, type CaseDocument } from './case-documents.ts';

/** The e-mail that carries an issued notice to the citizen: who sends it, its number and date, the file. */
export function caseDocumentEmail(doc: CaseDocument & { mailTo: string; file: NonNullable<CaseDocument['file']> }, content: Uint8Array): MailMessage {
  const summary = documentSummary(doc.text);
  const issued = formatVi(doc.issuedOn);
  const subject = `${doc.issuer.name}: ${summary} (số ${doc.symbol})`;
  const replaces = doc.replaces ? ` Văn bản này thay thế văn bản số ${doc.replaces.symbol} ngày ${formatVi(doc.replaces.issuedOn)}.` : '';
  const body = html`<p>Kính gửi: ${doc.text.addressee},</p>
    <p>${doc.issuer.name} gửi ông/bà <strong>${summary}</strong>, số ${doc.symbol} ngày ${issued}, kèm theo thư này (tệp ${doc.file.filename}).${replaces}</p>
    <p>Thư này được gửi tự động, xin ông/bà không trả lời thư này.</p>
    <hr><p lang="en">${doc.issuer.name} sends you notice no. ${doc.symbol} of ${issued}, attached (${doc.file.filename}).</p>`;
  return {
    to: [doc.mailTo],
    subject,
    html: emailDocument(subject, body),
    text: `Kính gửi: ${doc.text.addressee},\n\n${doc.issuer.name} gửi ông/bà ${summary}, số ${doc.symbol} ngày ${issued}, kèm theo thư này (tệp ${doc.file.filename}).${replaces}\n\n---\n${doc.issuer.name} sends you notice no. ${doc.symbol} of ${issued}, attached.`,
    attachments: [{ filename: doc.file.filename, contentType: DOCX_TYPE, content }],
  };
}
