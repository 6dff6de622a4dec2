import type { AlertLog } from '../alerts/alert-log.ts';
import { sendOnce } from '../alerts/send-once.ts';
import type { Clock } from '../clock.ts';
import { emailDocument, html } from '../mail/html.ts';
import type { Mailer, MailMessage } from '../mail/mailer.ts';
import type { User } from '../organization/model.ts';
import type { OrganizationRepository } from '../organization/repository.ts';
import type { DeadlineNotice } from './model.ts';
import type { NoticeRepository } from './repository.ts';

const ddmmyyyy = (date: string | null): string => (date ? date.split('-').reverse().join('/') : '—');

export interface DeadlineNoticeDependencies {
  notices: NoticeRepository;
  organization: OrganizationRepository;
  alerts: AlertLog;
  mailer: Mailer;
  appUrl: string;
  clock: Clock;
}

/**
 * Sends the queued notices of one batch: one e-mail per person listing all their moved deadlines,
 * sent once through the alert log, then marks them sent. A notice whose e-mail SES refused stays
 * pending and is sent on the stream's retry; one already sent (an earlier attempt died before
 * marking it) is only marked.
 */
export class DeadlineNoticeSender {
  constructor(private readonly deps: DeadlineNoticeDependencies) {}

  async sendPending(agencyId: string, batchId: string, cause: { vi: string; en: string }): Promise<{ emails: number; notices: number }> {
    const pending = await this.deps.notices.pending(agencyId, batchId);
    const byUser = new Map<string, DeadlineNotice[]>();
    for (const notice of pending) byUser.set(notice.userId, [...(byUser.get(notice.userId) ?? []), notice]);
    let emails = 0;
    for (const [userId, notices] of byUser) {
      const user = await this.deps.organization.getUser(agencyId, userId);
      if (!user?.active) continue;
      const now = this.deps.clock.now();
      const alert = { agencyId, alertId: `deadline-notice:${batchId}:${userId}`, kind: 'deadline-notice', subjectRef: batchId, subjectTitle: cause.vi.slice(0, 200), stage: 'moved', recipientUserId: userId, createdAt: now.toISOString(), urgent: false };
      const sent = await sendOnce({ alerts: this.deps.alerts, mailer: this.deps.mailer }, now, [alert], () => deadlinesMovedEmail(user, notices, cause, this.deps.appUrl));
      if (sent.outcome === 'refused') throw sent.error;
      if (sent.outcome === 'sent') {
        await this.deps.notices.markSent(notices, now.toISOString(), sent.messageId);
        emails += 1;
      } else if (sent.outcome === 'none') {
        const earlier = (await this.deps.alerts.list(agencyId, batchId)).find((a) => a.alertId === alert.alertId && a.status === 'sent');
        if (earlier?.messageId) await this.deps.notices.markSent(notices, earlier.sentAt ?? now.toISOString(), earlier.messageId);
      }
    }
    return { emails, notices: pending.length };
  }
}

/** Vietnamese first, then English; every value escaped. */
export function deadlinesMovedEmail(user: User, notices: DeadlineNotice[], cause: { vi: string; en: string }, appUrl: string): MailMessage {
  const link = (n: DeadlineNotice) => `${appUrl}/#/deadlines/${encodeURIComponent(n.deadlineId)}`;
  const rows = notices.map(
    (n) => html`<tr><td style="padding:4px 8px;border:1px solid #ccc"><a href="${link(n)}">${n.subjectTitle}</a></td><td style="padding:4px 8px;border:1px solid #ccc">${ddmmyyyy(n.oldDue)}</td><td style="padding:4px 8px;border:1px solid #ccc"><strong>${ddmmyyyy(n.newDue)}</strong></td><td style="padding:4px 8px;border:1px solid #ccc">${n.reason}</td></tr>`,
  );
  const table = (headers: string[]) =>
    html`<table style="border-collapse:collapse"><thead><tr>${headers.map((h) => html`<th style="padding:4px 8px;border:1px solid #ccc;text-align:left">${h}</th>`)}</tr></thead><tbody>${rows}</tbody></table>`;
  const subject = `Thời hạn thay đổi do điều chỉnh lịch nghỉ (${notices.length}) / Deadlines moved by a calendar change`;
  const body = html`
    <p>Kính gửi ${user.fullName},</p>
    <p>${cause.vi} Các thời hạn sau do anh/chị phụ trách đã được tính lại:</p>
    ${table(['Việc', 'Hạn cũ', 'Hạn mới', 'Lý do'])}
    <p>Thư này được gửi tự động từ hệ thống theo dõi công tác dân vận.</p>
    <hr>
    <p lang="en">Dear ${user.fullName},</p>
    <p lang="en">${cause.en} These deadlines you handle were recomputed:</p>
    ${table(['Item', 'Old due date', 'New due date', 'Reason (Vietnamese)'])}`;
  const text = [
    `Kính gửi ${user.fullName},`,
    '',
    `${cause.vi} Các thời hạn sau do anh/chị phụ trách đã được tính lại:`,
    ...notices.map((n) => `- ${n.subjectTitle}: ${ddmmyyyy(n.oldDue)} → ${ddmmyyyy(n.newDue)} (${n.reason}) ${link(n)}`),
    '',
    '---',
    `Dear ${user.fullName},`,
    `${cause.en} These deadlines you handle were recomputed:`,
    ...notices.map((n) => `- ${n.subjectTitle}: ${ddmmyyyy(n.oldDue)} -> ${ddmmyyyy(n.newDue)} ${link(n)}`),
  ].join('\n');
  return { to: [user.email], subject, text, html: emailDocument(subject, body) };
}
