import { emailDocument, html } from '../mail/html.ts';
import type { MailMessage } from '../mail/mailer.ts';
import type { Receipt } from '../reporting/views.ts';
import { singleLine } from '../text.ts';
import type { HoldReason } from './model.ts';
import { HOLD_REASONS } from './reasons.ts';
import { formatLocalDateTime } from '../time-zone.ts';


/** Threading headers of an automatic reply (RFC 3834: marked auto-replied so no robot answers it). */
function replyHeaders(originalMessageId: string | undefined): Record<string, string> {
  const id = originalMessageId ? singleLine(originalMessageId) : '';
  return { 'Auto-Submitted': 'auto-replied', ...(/^<[^<>\s]+>$/.test(id) ? { 'In-Reply-To': id, References: id } : {}) };
}

export interface ReplyContext {
  to: string;
  originalMessageId?: string | undefined;
  originalSubject: string;
}

/** The receipt of a report filed by e-mail: Vietnamese first, then English. */
export function acceptedReply(context: ReplyContext, receipt: Receipt): MailMessage {
  const received = formatLocalDateTime(receipt.submittedAt);
  const statusVi = receipt.onTime ? 'Đúng hạn' : 'Trễ hạn';
  const statusEn = receipt.onTime ? 'On time' : 'Late';
  const subject = `[${receipt.receiptNumber}] Đã nhận báo cáo / Report received: ${singleLine(receipt.obligationTitleVi)}`;
  const files = receipt.attachments.map((a) => a.filename).join(', ');
  /** Label and value in Vietnamese, then in English. */
  const rows: [string, string, string, string][] = [
    ['Số biên nhận', receipt.receiptNumber, 'Receipt number', receipt.receiptNumber],
    ['Báo cáo', receipt.obligationTitleVi, 'Report', receipt.obligationTitleEn],
    ['Đơn vị', receipt.unitName, 'Unit', receipt.unitName],
    ['Phiên bản', String(receipt.version), 'Version', String(receipt.version)],
    ['Thời điểm nhận', `${received} (giờ Việt Nam)`, 'Received', `${received} (Vietnam time)`],
    ['Tình trạng', statusVi, 'Status', statusEn],
    ['Tệp đính kèm', files, 'Attachments', files],
  ];
  const table = (pick: (row: (typeof rows)[number]) => [string, string]) =>
    html`<table style="border-collapse:collapse">${rows.map((row) => {
      const [label, value] = pick(row);
      return html`<tr><th style="text-align:left;padding:2px 12px 2px 0">${label}</th><td>${value}</td></tr>`;
    })}</table>`;
  const body = html`
    <p>Văn phòng Sở đã nhận báo cáo của đơn vị qua thư điện tử.</p>
    ${table(([vi, value]) => [vi, value])}
    <p>Thư này được gửi tự động; vui lòng không trả lời.</p>
    <hr><div lang="en"><p>The Department office received your unit’s report by e-mail.</p>
    ${table(([, , en, value]) => [en, value])}
    <p>This message is automatic; please do not reply.</p></div>`;
  const text = [
    'Văn phòng Sở đã nhận báo cáo của đơn vị qua thư điện tử.',
    ...rows.map(([vi, value]) => `${vi}: ${value}`),
    'Thư này được gửi tự động; vui lòng không trả lời.',
    '',
    '---',
    'The Department office received your unit’s report by e-mail.',
    ...rows.map(([, , en, value]) => `${en}: ${value}`),
    'This message is automatic; please do not reply.',
  ].join('\n');
  return { to: [context.to], subject, text, html: emailDocument(subject, body), headers: replyHeaders(context.originalMessageId) };
}

/** Confirms an obstacle report received by e-mail. */
export function obstacleReply(context: ReplyContext, obstacle: { title: string; reportedAt: string }): MailMessage {
  const received = formatLocalDateTime(obstacle.reportedAt);
  const subject = `Đã nhận báo cáo vướng mắc / Obstacle report received: ${singleLine(obstacle.title)}`;
  const body = html`
    <p>Văn phòng Sở đã nhận báo cáo vướng mắc “${obstacle.title}” lúc ${received} và sẽ xem xét, phản hồi.</p>
    <hr><p lang="en">The Department office received the obstacle report “${obstacle.title}” at ${received} (Vietnam time) and will get back to you.</p>`;
  const text = `Văn phòng Sở đã nhận báo cáo vướng mắc “${obstacle.title}” lúc ${received} và sẽ xem xét, phản hồi.\n\n---\nThe Department office received the obstacle report “${obstacle.title}” at ${received} (Vietnam time) and will get back to you.`;
  return { to: [context.to], subject, text, html: emailDocument(subject, body), headers: replyHeaders(context.originalMessageId) };
}

/** Explains why a message was not filed and what to do. */
export function rejectedReply(context: ReplyContext, reason: HoldReason, detail: string | undefined): MailMessage {
  const text = HOLD_REASONS[reason];
  const original = singleLine(context.originalSubject) || '(không có tiêu đề / no subject)';
  const subject = `Chưa nhận được báo cáo / Report not accepted: ${original}`.slice(0, 250);
  const body = html`
    <p>Thư “${original}” gửi Văn phòng Sở <strong>chưa được ghi nhận</strong>.</p>
    <p><strong>Lý do:</strong> ${text.vi}${detail ? html` (${detail})` : ''}</p>
    <p><strong>Cách xử lý:</strong> ${text.actionVi}</p>
    <p>Thư đã được chuyển Văn phòng Sở xem xét. Thư này được gửi tự động.</p>
    <hr><div lang="en">
    <p>Your message “${original}” to the Department office was <strong>not accepted</strong>.</p>
    <p><strong>Reason:</strong> ${text.en}${detail ? html` (${detail})` : ''}</p>
    <p><strong>What to do:</strong> ${text.actionEn}</p>
    <p>The message was passed to the office for review. This message is automatic.</p></div>`;
  const plain = [
    `Thư “${original}” gửi Văn phòng Sở chưa được ghi nhận.`,
    `Lý do: ${text.vi}${detail ? ` (${detail})` : ''}`,
    `Cách xử lý: ${text.actionVi}`,
    'Thư đã được chuyển Văn phòng Sở xem xét. Thư này được gửi tự động.',
    '',
    '---',
    `Your message “${original}” to the Department office was not accepted.`,
    `Reason: ${text.en}${detail ? ` (${detail})` : ''}`,
    `What to do: ${text.actionEn}`,
    'The message was passed to the office for review. This message is automatic.',
  ].join('\n');
  return { to: [context.to], subject, text: plain, html: emailDocument(subject, body), headers: replyHeaders(context.originalMessageId) };
}
