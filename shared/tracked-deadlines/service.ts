import { ulid } from 'ulid';
import { maySeeRecord } from '../access/case-access.ts';
import { authorize, can, type Actor } from '../access/policy.ts';
import type { AlertLog, AlertRecord } from '../alerts/alert-log.ts';
import type { CalendarService } from '../calendar/service.ts';
import type { Clock } from '../clock.ts';
import { startOfLocalDay, WorkingCalendar, type CalendarYear } from '../deadlines/calendar.ts';
import { computeDeadline, type DeadlineResult } from '../deadlines/compute.ts';
import { maximumExtensions } from '../deadlines/preview.ts';
import { changedDays } from '../deadlines/recompute.ts';
import type { Rule, RuleSet } from '../deadlines/rules.ts';
import { NotFoundError } from '../errors.ts';
import type { Directory } from '../organization/directory.ts';
import type { OrganizationRepository } from '../organization/repository.ts';
import { DeadlineBasisSchema, type DeadlineBasisInput, type DeadlineEvent, type DeadlineNotice, type TrackedDeadline } from './model.ts';
import type { DeadlineRepository } from './repository.ts';
import { ddmmyyyy, localDateBefore, VN_TIME_ZONE } from '../time-zone.ts';

export interface TrackInput {
  agencyId: string;
  deadlineId?: string;
  subject: TrackedDeadline['subject'];
  assignees: string[];
  basis: DeadlineBasisInput;
  by: string;
}

export interface DeadlineDependencies {
  deadlines: DeadlineRepository;
  organization: OrganizationRepository;
  calendars: CalendarService;
  ruleSet: RuleSet;
  rules: readonly Rule[];
  /** The alert log, read for the alerts a deadline raised. */
  alerts: AlertLog;
  clock: Clock;
}

/** Use cases of deadlines: rules, previews, the tracked deadlines, and what a calendar edit moves. */
export class DeadlineService {
  constructor(private readonly deps: DeadlineDependencies) {}

  listRules(actor: Actor): readonly Rule[] {
    authorize(actor, 'deadline.preview', { agencyId: actor.agencyId });
    return this.deps.rules;
  }

  /** The calculator: a rule, a trigger, variants and a number of maximum extensions, on the agency's calendar. */
  async preview(actor: Actor, query: { ruleId: string; trigger: string; variants: string[]; extensions: number }): Promise<DeadlineResult> {
    authorize(actor, 'deadline.preview', { agencyId: actor.agencyId });
    const calendar = await this.deps.calendars.workingCalendar(actor.agencyId);
    const extensions = maximumExtensions(this.deps.ruleSet, query, query.extensions, actor.userId);
    return computeDeadline({ ...query, extensions }, calendar, this.deps.ruleSet);
  }

  /** Starts watching a deadline; the same `deadlineId` twice creates it once. */
  async track(input: TrackInput): Promise<{ deadline: TrackedDeadline; created: boolean }> {
    const now = this.deps.clock.now().toISOString();
    const deadlineId = input.deadlineId ?? ulid();
    const basis = DeadlineBasisSchema.parse(input.basis);
    const computed = basis.type === 'rule' ? computeDeadline(basis.input, await this.deps.calendars.workingCalendar(input.agencyId), this.deps.ruleSet) : undefined;
    const deadline: TrackedDeadline = {
      agencyId: input.agencyId,
      deadlineId,
      subject: input.subject,
      assignees: input.assignees,
      basis,
      due: computed ? computed.due : basis.type === 'fixed' ? localDateBefore(basis.dueInstant) : null,
      dueInstant: computed ? computed.dueInstant : basis.type === 'fixed' ? new Date(basis.dueInstant).toISOString() : null,
      ...(computed ? { ruleVersion: computed.rule.version } : {}),
      status: 'open',
      createdAt: now,
      updatedAt: now,
      version: 0,
    };
    const created = await this.deps.deadlines.create(deadline, { deadlineId, at: now, type: 'created', by: input.by, oldDue: null, newDue: deadline.due, reason: 'Bắt đầu theo dõi / tracking started' });
    if (created) return { deadline, created };
    return { deadline: (await this.deps.deadlines.get(input.agencyId, deadlineId)) ?? deadline, created };
  }

  /**
   * Starts watching a deadline, or, when it is watched already with another basis (an extension, a
   * suspension, a resumption), recomputes it and records the move.
   */
  async retrack(input: TrackInput): Promise<TrackedDeadline> {
    const { deadline, created } = await this.track(input);
    if (created) return deadline;
    const basis = DeadlineBasisSchema.parse(input.basis);
    const same = JSON.stringify([basis, input.assignees, input.subject]) === JSON.stringify([deadline.basis, deadline.assignees, deadline.subject]);
    if (same && deadline.status === 'open') return deadline;
    const computed = basis.type === 'rule' ? computeDeadline(basis.input, await this.deps.calendars.workingCalendar(input.agencyId), this.deps.ruleSet) : undefined;
    const due = computed ? computed.due : basis.type === 'fixed' ? localDateBefore(basis.dueInstant) : null;
    const dueInstant = computed ? computed.dueInstant : basis.type === 'fixed' ? new Date(basis.dueInstant).toISOString() : null;
    const now = this.deps.clock.now().toISOString();
    return this.deps.deadlines.move(
      { ...deadline, basis, subject: input.subject, assignees: input.assignees.length > 0 ? input.assignees : deadline.assignees, status: 'open' },
      { due, dueInstant, ...(computed ? { ruleVersion: computed.rule.version } : {}), updatedAt: now },
      { deadlineId: deadline.deadlineId, at: now, type: 'recomputed', by: input.by, oldDue: deadline.due, newDue: due, reason: 'Quyết định gia hạn, tạm đình chỉ hoặc tiếp tục / extension, suspension or resumption decision' },
      [],
    );
  }

  /** Stops watching a deadline because it was met (e.g. the report arrived); no-op when already closed. */
  async close(agencyId: string, deadlineId: string, by: string, reason: string): Promise<void> {
    const deadline = await this.deps.deadlines.get(agencyId, deadlineId);
    if (!deadline || deadline.status !== 'open') return;
    const now = this.deps.clock.now().toISOString();
    await this.deps.deadlines.close(deadline, 'met', { deadlineId, at: now, type: 'closed', by, oldDue: deadline.due, newDue: deadline.due, reason });
  }

  /** The alert log (office, leaders, admin), or one deadline's alerts for anyone who may see that deadline. */
  async alerts(actor: Actor, deadlineId?: string): Promise<AlertRecord[]> {
    const alertLog = this.deps.alerts;
    if (deadlineId) {
      await this.get(actor, deadlineId);
      return alertLog.list(actor.agencyId, deadlineId);
    }
    authorize(actor, 'alerts.read', { agencyId: actor.agencyId });
    const [all, directory, deadlines] = await Promise.all([alertLog.list(actor.agencyId), this.deps.organization.directory(actor.agencyId), this.deps.deadlines.list(actor.agencyId)]);
    // The alert log names cases and misconduct cases only to those who may read them.
    const byId = new Map(deadlines.map((d) => [d.deadlineId, d]));
    return all.filter((a) => {
      const deadline = byId.get(a.subjectRef);
      if (a.kind === 'deadline-case' || a.kind === 'deadline-misconduct') {
        return deadline !== undefined && maySeeRecord(actor, { agencyId: actor.agencyId, kind: a.kind === 'deadline-case' ? 'case' : 'misconduct', official: deadline.subject.official }, directory);
      }
      return deadline === undefined || this.canSee(actor, deadline, directory);
    });
  }

  async list(actor: Actor, status?: TrackedDeadline['status']): Promise<TrackedDeadline[]> {
    const [all, directory] = await Promise.all([this.deps.deadlines.list(actor.agencyId), this.deps.organization.directory(actor.agencyId)]);
    return all
      .filter((d) => (status ? d.status === status : true))
      .filter((d) => this.canSee(actor, d, directory))
      .sort((a, b) => (a.dueInstant ?? '9999').localeCompare(b.dueInstant ?? '9999'));
  }

  async get(actor: Actor, deadlineId: string): Promise<{ deadline: TrackedDeadline; computation: DeadlineResult | null; history: DeadlineEvent[] }> {
    const [deadline, directory] = await Promise.all([this.deps.deadlines.get(actor.agencyId, deadlineId), this.deps.organization.directory(actor.agencyId)]);
    // Someone who may not see a deadline learns nothing of it, not even that it exists.
    if (!deadline || !this.canSee(actor, deadline, directory)) throw new NotFoundError('thời hạn / deadline', deadlineId);
    const computation = deadline.basis.type === 'rule' ? computeDeadline(deadline.basis.input, await this.deps.calendars.workingCalendar(actor.agencyId), this.deps.ruleSet) : null;
    return { deadline, computation, history: await this.deps.deadlines.history(actor.agencyId, deadlineId) };
  }

  /**
   * After a calendar year was saved: recomputes every open rule-based deadline that a changed day can
   * move, stores each move with its reason and queues a notice for each assignee. Safe to repeat: a
   * deadline already moved computes to its stored date and is left alone.
   */
  async onCalendarYearSaved(agencyId: string, before: CalendarYear | null, after: CalendarYear, batchId: string): Promise<DeadlineNotice[]> {
    const current = await this.deps.calendars.workingCalendar(agencyId);
    const otherYears = current.data.years.filter((y) => y.year !== after.year);
    const previous = new WorkingCalendar({ agencyId, timeZone: VN_TIME_ZONE, years: before ? [...otherYears, before] : otherYears });
    const days = changedDays(previous, current, `${after.year}-01-01`, `${after.year}-12-31`);
    const first = days[0];
    if (!first) return [];

    const notices: DeadlineNotice[] = [];
    const now = this.deps.clock.now().toISOString();
    for (const deadline of await this.deps.deadlines.openDueFrom(agencyId, startOfLocalDay(first.date))) {
      if (deadline.basis.type !== 'rule') continue;
      const result = computeDeadline(deadline.basis.input, current, this.deps.ruleSet);
      if (result.due === deadline.due) continue;
      const inPeriod = days.filter((d) => d.date >= result.trigger.localDate && d.date <= maxDate(deadline.due, result.due));
      const reason = `Lịch năm ${after.year} thay đổi: ${inPeriod.map((d) => `${ddmmyyyy(d.date)} (${d.before} → ${d.after})`).join('; ')}`;
      const queued = deadline.assignees.map((userId) => ({
        agencyId,
        batchId,
        userId,
        deadlineId: deadline.deadlineId,
        subjectTitle: deadline.subject.title,
        oldDue: deadline.due,
        newDue: result.due,
        reason,
        status: 'pending' as const,
        createdAt: now,
      }));
      await this.deps.deadlines.move(
        deadline,
        { due: result.due, dueInstant: result.dueInstant, ruleVersion: result.rule.version, updatedAt: now },
        { deadlineId: deadline.deadlineId, at: now, type: 'recomputed', by: 'system', oldDue: deadline.due, newDue: result.due, reason },
        queued,
      );
      notices.push(...queued);
    }
    return notices;
  }

  /** Whether `actor` may see a deadline: a case's or misconduct case's deadline is part of that record. */
  canSee(actor: Actor, deadline: TrackedDeadline, directory: Directory): boolean {
    const { kind } = deadline.subject;
    if (kind === 'case' || kind === 'misconduct') return maySeeRecord(actor, { agencyId: deadline.agencyId, kind, official: deadline.subject.official }, directory);
    if (deadline.assignees.includes(actor.userId)) return true;
    return can(actor, 'deadlines.read', { agencyId: deadline.agencyId, ...(deadline.subject.unitId ? { unitId: deadline.subject.unitId } : {}) });
  }
}

const maxDate = (a: string | null, b: string | null): string => [a ?? '', b ?? ''].sort().at(-1) ?? '';

