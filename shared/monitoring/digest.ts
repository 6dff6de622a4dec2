import { sendOnce } from '../alerts/send-once.ts';
import type { AlertLog } from '../alerts/alert-log.ts';
import { emailDocument, html } from '../mail/html.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { OrganizationRepository } from '../organization/repository.ts';
import type { TrackedDeadline } from '../tracked-deadlines/model.ts';
import type { DeadlineRepository } from '../tracked-deadlines/repository.ts';
import { itemLink } from './alert-email.ts';
import { ddmmyyyy, localDate } from '../time-zone.ts';

const DAY_MS = 86_400_000;
const dueDate = (date: string | null) => (date ? ddmmyyyy(date) : '—');

/** ISO week of the local date, e.g. `2025-W45`: one digest per leader per week. */
export function isoWeek(at: Date): string {
  const local = new Date(`${localDate(at)}T00:00:00Z`);
  const day = (local.getUTCDay() + 6) % 7;
  local.setUTCDate(local.getUTCDate() - day + 3);
  const firstThursday = new Date(Date.UTC(local.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((local.getTime() - firstThursday.getTime()) / DAY_MS - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${local.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export interface WeeklyDigestDependencies {
  deadlines: DeadlineRepository;
  organization: OrganizationRepository;
  alerts: AlertLog;
  mailer: Mailer;
  appUrl: string;
}

/**
 * The weekly leadership digest: what is overdue and what falls due in the coming week, from the due
 * index. Sent once per leader per ISO week, whatever the number of runs.
 */
export class WeeklyDigest {
  constructor(private readonly deps: WeeklyDigestDependencies) {}

  async run(agencyId: string, now: Date): Promise<{ week: string; emailsSent: number; overdue: number; upcoming: number }> {
    const week = isoWeek(now);
    const items = (await this.deps.deadlines.openDueBetween(agencyId, '0000', new Date(now.getTime() + 7 * DAY_MS).toISOString())).filter((d) => d.subject.kind !== 'misconduct');
    const overdue = items.filter((d) => d.dueInstant && Date.parse(d.dueInstant) <= now.getTime());
    const upcoming = items.filter((d) => d.dueInstant && Date.parse(d.dueInstant) > now.getTime());
    const leaders = (await this.deps.organization.listUsers(agencyId)).filter((u) => u.active && u.roles.includes('leader'));
    let emailsSent = 0;
    for (const leader of leaders) {
      const alert = { agencyId, alertId: `digest:${week}:${leader.userId}`, kind: 'digest', subjectRef: week, subjectTitle: `Tổng hợp tuần ${week}`, stage: 'weekly', recipientUserId: leader.userId, createdAt: now.toISOString(), urgent: false };
      const list = (title: string, rows: TrackedDeadline[]) =>
        html`<h3>${title} (${rows.length})</h3>${
          rows.length === 0
            ? html`<p>Không có / None.</p>`
            : html`<ul>${rows.map((d) => html`<li><a href="${itemLink(this.deps.appUrl, d)}">${d.subject.title}</a> — hạn cuối ${dueDate(d.due)}</li>`)}</ul>`
        }`;
      const subject = `Tổng hợp tuần ${week}: ${overdue.length} việc quá hạn, ${upcoming.length} việc đến hạn trong tuần / Weekly digest`;
      const body = html`<p>Kính gửi ${leader.fullName},</p>${list('Đã quá hạn / Overdue', overdue)}${list('Đến hạn trong 7 ngày tới / Due in the next 7 days', upcoming)}`;
      const sent = await sendOnce({ alerts: this.deps.alerts, mailer: this.deps.mailer }, now, [alert], () => ({
        to: [leader.email],
        subject,
        html: emailDocument(subject, body),
        text: [
          `Kính gửi ${leader.fullName},`,
          '',
          `Đã quá hạn / Overdue (${overdue.length}):`,
          ...overdue.map((d) => `- ${d.subject.title} — ${dueDate(d.due)}`),
          '',
          `Đến hạn trong 7 ngày tới / Due in the next 7 days (${upcoming.length}):`,
          ...upcoming.map((d) => `- ${d.subject.title} — ${dueDate(d.due)}`),
        ].join('\n'),
      }));
      if (sent.outcome === 'sent') emailsSent += 1;
    }
    return { week, emailsSent, overdue: overdue.length, upcoming: upcoming.length };
  }
}
