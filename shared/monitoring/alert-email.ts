import { emailDocument, html } from '../mail/html.ts';
import type { MailMessage } from '../mail/mailer.ts';
import type { User } from '../organization/model.ts';
import type { TrackedDeadline } from '../tracked-deadlines/model.ts';
import type { Stage } from './policy.ts';

export interface AlertLine {
  deadline: TrackedDeadline;
  stage: Stage;
}

const KIND: Record<TrackedDeadline['subject']['kind'], { vi: string; en: string }> = {
  report: { vi: 'Báo cáo', en: 'Report' },
  case: { vi: 'Đơn thư', en: 'Citizen case' },
  misconduct: { vi: 'Vụ việc công vụ', en: 'Misconduct case' },
  other: { vi: 'Việc khác', en: 'Other' },
};

const ddmmyyyy = (date: string | null) => (date ? date.split('-').reverse().join('/') : '—');

export function itemLink(appUrl: string, deadline: TrackedDeadline): string {
  return deadline.subject.kind === 'report'
    ? `${appUrl}/#/obligations/${encodeURIComponent(deadline.subject.id)}`
    : `${appUrl}/#/deadlines/${encodeURIComponent(deadline.deadlineId)}`;
}

/**
 * One e-mail per person per run, listing every item that reached a stage for them. Vietnamese first;
 * English first for those who prefer it. Every value is escaped.
 */
export function deadlineAlertEmail(user: User, lines: AlertLine[], appUrl: string, runDate: string): MailMessage {
  const overdue = lines.filter((l) => l.stage.offsetDays >= 0).length;
  const subjectVi = `${overdue > 0 ? '[Quá hạn] ' : '[Nhắc hạn] '}${lines.length} việc cần xử lý — ${ddmmyyyy(runDate)}`;
  const subjectEn = `${overdue > 0 ? '[Overdue] ' : '[Reminder] '}${lines.length} item(s) need attention`;
  const cell = 'padding:4px 8px;border:1px solid #ccc;text-align:left';
  const table = (lang: 'vi' | 'en') =>
    html`<table style="border-collapse:collapse"><thead><tr>${(lang === 'vi' ? ['Việc', 'Loại', 'Hạn cuối', 'Tình trạng'] : ['Item', 'Kind', 'Last day', 'Status']).map((h) => html`<th style="${cell}">${h}</th>`)}</tr></thead><tbody>${lines.map(
      (l) =>
        html`<tr><td style="${cell}"><a href="${itemLink(appUrl, l.deadline)}">${l.deadline.subject.title}</a></td><td style="${cell}">${KIND[l.deadline.subject.kind][lang]}</td><td style="${cell}">${ddmmyyyy(l.deadline.due)}</td><td style="${cell}"><strong>${lang === 'vi' ? l.stage.labelVi : l.stage.labelEn}</strong></td></tr>`,
    )}</tbody></table>`;
  const vi = html`<div lang="vi"><p>Kính gửi ${user.fullName},</p><p>Các việc sau đang đến hạn hoặc đã quá hạn:</p>${table('vi')}<p>Thư gửi tự động từ hệ thống theo dõi công tác dân vận; mỗi ngày tối đa một thư.</p></div>`;
  const en = html`<div lang="en"><p>Dear ${user.fullName},</p><p>These items are due soon or overdue:</p>${table('en')}<p>Sent automatically by the mass-mobilization monitoring platform, at most once a day.</p></div>`;
  const textLines = (lang: 'vi' | 'en') =>
    lines.map((l) => `- ${l.deadline.subject.title} (${KIND[l.deadline.subject.kind][lang]}): ${lang === 'vi' ? 'hạn cuối' : 'last day'} ${ddmmyyyy(l.deadline.due)} — ${lang === 'vi' ? l.stage.labelVi : l.stage.labelEn} ${itemLink(appUrl, l.deadline)}`);
  const viText = [`Kính gửi ${user.fullName},`, '', 'Các việc sau đang đến hạn hoặc đã quá hạn:', ...textLines('vi')];
  const enText = [`Dear ${user.fullName},`, '', 'These items are due soon or overdue:', ...textLines('en')];
  const englishFirst = user.language === 'en';
  const subject = englishFirst ? `${subjectEn} / ${subjectVi}` : `${subjectVi} / ${subjectEn}`;
  return {
    to: [user.email],
    subject,
    html: emailDocument(subject, englishFirst ? html`${en}<hr>${vi}` : html`${vi}<hr>${en}`),
    text: (englishFirst ? [...enText, '', '---', ...viText] : [...viText, '', '---', ...enText]).join('\n'),
  };
}
