import type { AlertLog, AlertRecord } from '../alerts/alert-log.ts';
import { LEASE_MS, sendOnce } from '../alerts/send-once.ts';
import type { CalendarService } from '../calendar/service.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { OrganizationRepository } from '../organization/repository.ts';
import type { User } from '../organization/model.ts';
import type { Directory } from '../organization/directory.ts';
import type { TrackedDeadline } from '../tracked-deadlines/model.ts';
import type { DeadlineRepository } from '../tracked-deadlines/repository.ts';
import { deadlineAlertEmail, type AlertLine } from './alert-email.ts';
import { ALERT_POLICIES, DEFAULT_POLICY, currentStage, window, withinOfficeHours, type AlertPolicy } from './policy.ts';
import { recipientsOf } from './recipients.ts';
import { localDate } from '../time-zone.ts';


export interface CheckReport {
  agencyId: string;
  at: string;
  /** Items the due index returned (the window), against all it holds: the check never scans. */
  itemsRead: number;
  alertsDue: number;
  deferred: number;
  emailsSent: number;
  alertsSent: number;
  failedEmails: number;
}

interface Candidate {
  line: AlertLine;
  alertId: string;
  user: User;
}

const policyOf = (deadline: TrackedDeadline): AlertPolicy => ALERT_POLICIES[deadline.subject.kind] ?? DEFAULT_POLICY;

export interface DeadlineCheckDependencies {
  deadlines: DeadlineRepository;
  organization: OrganizationRepository;
  calendars: CalendarService;
  alerts: AlertLog;
  mailer: Mailer;
  appUrl: string;
}

/**
 * The scheduled deadline check: reads the open items in the alert window from the sparse due index,
 * finds the stage each has reached and who it reaches, and sends each person one e-mail listing all
 * their items. Every (item, stage, person) alert is claimed before sending and marked sent after: two
 * checks at once, a crash half-way or an SES failure neither doubles nor loses an alert.
 */
export class DeadlineCheck {
  constructor(private readonly deps: DeadlineCheckDependencies) {}

  async run(agencyId: string, now: Date): Promise<CheckReport> {
    const policies = Object.values(ALERT_POLICIES);
    const range = window(now, policies);
    const [items, directory, calendar] = await Promise.all([
      this.deps.deadlines.openDueBetween(agencyId, range.from, range.to),
      this.deps.organization.directory(agencyId),
      this.deps.calendars.workingCalendar(agencyId),
    ]);
    const today = localDate(now);
    const workingNow = (policy: AlertPolicy) => calendar.isWorkingDay(today) && withinOfficeHours(now, policy);

    const report: CheckReport = { agencyId, at: now.toISOString(), itemsRead: items.length, alertsDue: 0, deferred: 0, emailsSent: 0, alertsSent: 0, failedEmails: 0 };
    const byUser = new Map<string, Candidate[]>();
    const add = (candidate: Candidate) => byUser.set(candidate.user.userId, [...(byUser.get(candidate.user.userId) ?? []), candidate]);

    const open = new Map(items.map((d) => [d.deadlineId, d]));
    for (const deadline of items) {
      if (!deadline.dueInstant) continue;
      const policy = policyOf(deadline);
      const stage = currentStage(deadline.dueInstant, now, policy);
      if (!stage) continue;
      for (const user of recipientsOf(deadline, stage.audience, directory)) {
        report.alertsDue += 1;
        if (!stage.urgent && !workingNow(policy)) {
          report.deferred += 1;
          continue;
        }
        add({ line: { deadline, stage }, alertId: `deadline:${deadline.deadlineId}:${stage.id}:${user.userId}`, user });
      }
    }
    // Alerts an earlier run recorded but could not send go out now, even if their item moved on a stage.
    for (const unsent of await this.deps.alerts.unsent(agencyId)) {
      const candidate = this.retry(unsent, open, directory);
      if (!candidate || byUser.get(candidate.user.userId)?.some((c) => c.alertId === candidate.alertId)) continue;
      if (!candidate.line.stage.urgent && !workingNow(policyOf(candidate.line.deadline))) continue;
      add(candidate);
    }

    for (const [userId, candidates] of byUser) {
      // Another run at the same moment is sending this person's e-mail: it has the same items.
      if (!(await this.deps.alerts.lockRecipient(agencyId, userId, now, new Date(now.getTime() + LEASE_MS)))) continue;
      try {
        await this.sendTo(agencyId, candidates, now, today, report);
      } finally {
        await this.deps.alerts.unlockRecipient(agencyId, userId);
      }
    }
    return report;
  }

  /** Claims each of one person's alerts, sends what was claimed as one e-mail, records the outcome. */
  private async sendTo(agencyId: string, candidates: Candidate[], now: Date, localDate: string, report: CheckReport): Promise<void> {
    const byId = new Map(candidates.map((c) => [c.alertId, c]));
    const alerts = candidates.map(({ line: { deadline, stage }, alertId, user }) => ({
      agencyId,
      alertId,
      kind: `deadline-${deadline.subject.kind}`,
      subjectRef: deadline.deadlineId,
      subjectTitle: deadline.subject.title,
      stage: stage.id,
      recipientUserId: user.userId,
      createdAt: now.toISOString(),
      urgent: stage.urgent,
    }));
    const sent = await sendOnce({ alerts: this.deps.alerts, mailer: this.deps.mailer }, now, alerts, (claimed) => {
      const lines = claimed.map((alert) => (byId.get(alert.alertId) as Candidate).line);
      return deadlineAlertEmail((candidates[0] as Candidate).user, lines, this.deps.appUrl, localDate);
    });
    if (sent.outcome === 'none') return;
    if (sent.outcome !== 'sent') {
      report.failedEmails += 1;
      return;
    }
    report.emailsSent += 1;
    report.alertsSent += sent.alerts.length;
  }

  /** An alert recorded but not sent, if its recipient still is one (a change of unit head may have recused them). */
  private retry(unsent: AlertRecord, open: Map<string, TrackedDeadline>, directory: Directory): Candidate | undefined {
    if (!unsent.kind.startsWith('deadline-')) return undefined;
    const deadline = open.get(unsent.subjectRef);
    const stage = deadline && policyOf(deadline).stages.find((s) => s.id === unsent.stage);
    const user = deadline && stage ? recipientsOf(deadline, stage.audience, directory).find((u) => u.userId === unsent.recipientUserId) : undefined;
    return deadline && user && stage ? { line: { deadline, stage }, alertId: unsent.alertId, user } : undefined;
  }
}
