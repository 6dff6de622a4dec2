import { emailDocument, html } from '../mail/html.ts';
import type { MailMessage } from '../mail/mailer.ts';
import { CASE_TYPE_LABELS, type CitizenCase } from './model.ts';
import { formatLocalDateTime } from '../time-zone.ts';

/** The acknowledgement a citizen receives when they gave an address: the tracking code and where to use it. */
export function caseAcknowledgementEmail(to: string, c: CitizenCase, trackingCode: string, agencyName: string, trackingUrl: string): MailMessage {
  const received = formatLocalDateTime(c.receivedAt);
  const type = CASE_TYPE_LABELS[c.type];
  const subject = `${agencyName} đã nhận ${type.vi.toLowerCase()} của ông/bà — mã tra cứu ${trackingCode}`;
  const body = html`<p>Kính gửi ông/bà ${c.petitioner.name ?? ''},</p>
    <p>${agencyName} đã nhận <strong>${type.vi.toLowerCase()}</strong> “${c.subject}” lúc ${received} (giờ Việt Nam).</p>
    <p>Mã tra cứu: <strong style="font-size:18px;letter-spacing:1px">${trackingCode}</strong></p>
    <p>Ông/bà dùng mã này để theo dõi tình trạng giải quyết tại <a href="${trackingUrl}">${trackingUrl}</a>. Vui lòng giữ kín mã này.</p>
    <hr><p lang="en">${agencyName} received your ${type.en.toLowerCase()} on ${received} (Vietnam time). Tracking code: <strong>${trackingCode}</strong>. Follow it at ${trackingUrl}; keep the code private.</p>`;
  return {
    to: [to],
    subject,
    html: emailDocument(subject, body),
    text: `Kính gửi ông/bà ${c.petitioner.name ?? ''},\n\n${agencyName} đã nhận ${type.vi.toLowerCase()} “${c.subject}” lúc ${received}.\nMã tra cứu: ${trackingCode}\nTheo dõi tại: ${trackingUrl}\n\n---\nTracking code: ${trackingCode} — ${trackingUrl}`,
  };
}
