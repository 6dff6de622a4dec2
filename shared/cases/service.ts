import { ulid } from 'ulid';
import { maySeeRecord, recusedFrom, type ProtectedRecord } from '../access/case-access.ts';
import { authorize, can, type Actor } from '../access/policy.ts';
import type { CalendarService } from '../calendar/service.ts';
import type { Clock } from '../clock.ts';
import type { RuleSet } from '../deadlines/rules.ts';
import { ForbiddenError, NotFoundError, RateLimitedError, ValidationError } from '../errors.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { Directory } from '../organization/directory.ts';
import { reportedOfficial, resolveOfficial, type Official } from '../organization/official.ts';
import type { OrganizationRepository } from '../organization/repository.ts';
import type { RateLimiter } from '../rate-limiter.ts';
import type { DeadlineService } from '../tracked-deadlines/service.ts';
import { caseAcknowledgementEmail } from './acknowledgement.ts';
import type { ClosedStep, ComputedStep } from './deadline-steps.ts';
import { availableCommands, transition, type CaseCommand } from './lifecycle.ts';
import { allowedMisconductCommands, canHandleMisconduct, MisconductOpeningSchema, openMisconductCase, transitionMisconduct, type MisconductCase, type MisconductCommand, type MisconductOpeningInput } from './misconduct.ts';
import { CASE_TYPE_LABELS, CaseRegistrationSchema, CLOSED_CASE_STATUSES, NAMES_OFFICIAL, type CaseRegistrationInput, type CitizenCase } from './model.ts';
import { canSeeDenouncerIdentity, redactCase, type RedactedCase } from './redaction.ts';
import type { PublicCaseForm } from './views.ts';
import { registerCase, type RegistrationWarning } from './registration.ts';
import type { AccessLogEntry, CaseRepository } from './repository.ts';
import { generateTrackingCode, hashTrackingCode } from './tracking-code.ts';

const DAY_MS = 86_400_000;

/** Limits of the public form per source address, on top of API Gateway's throttling. */
export const PUBLIC_LIMITS = { perHour: 5, perDay: 20 } as const;
/** Calls to the API's own domain, not through the web app: counted apart, and tighter (nothing but a script calls it so). */
export const DIRECT_LIMITS = { perHour: 2, perDay: 5 } as const;

export const caseDeadlineId = (caseId: string, step: string) => `case--${caseId}--${step}`;

/** How each step reads in a deadline's title, in alerts and on the deadline page. */
const STEP_LABELS: Record<string, string> = {
  acceptance: 'hạn thụ lý',
  transfer: 'hạn chuyển đơn',
  notification: 'hạn thông báo thụ lý',
  resolution: 'hạn giải quyết',
  provision: 'hạn cung cấp thông tin',
  'complex-notice': 'hạn thông báo thời hạn (yêu cầu phức tạp)',
  handling: 'thời hạn xử lý kỷ luật',
};

export interface CaseDependencies {
  cases: CaseRepository;
  organization: OrganizationRepository;
  calendars: CalendarService;
  deadlines: DeadlineService;
  ruleSet: RuleSet;
  mailer: () => Mailer;
  limiter: RateLimiter;
  clock: Clock;
  appUrl: string;
}

/**
 * Use cases of citizen cases (the plan's II.6) and misconduct cases (II.5): registration from every
 * channel, the legal lifecycle with its deadlines, the public status page, and the protections: the
 * denouncer's identity redacted for all but the handler and the office head, misconduct cases hidden
 * from the accused and their unit head, and every read of a protected record logged.
 */
export class CaseService {
  constructor(private readonly deps: CaseDependencies) {}

  async register(
    actor: Actor,
    input: CaseRegistrationInput,
    source: 'office-form' | 'email-triage' = 'office-form',
  ): Promise<{ case: RedactedCase; warnings: RegistrationWarning[]; duplicates: { caseId: string; score: number; signals: string[] }[]; trackingCode: string }> {
    authorize(actor, 'case.register', { agencyId: actor.agencyId });
    const directory = await this.deps.organization.directory(actor.agencyId);
    const official = this.officialOf(input, directory);
    if (input.handlerUserId) {
      if (input.handlerUserId !== actor.userId && actor.userId !== directory.officeHead()) throw new ForbiddenError('case.assign');
      this.assertEligibleHandler({ agencyId: actor.agencyId, kind: 'case', official }, input.handlerUserId, directory);
    }
    const { officialConcerned: _entered, ...rest } = input;
    // The stored case (`created`) is unredacted: only its redacted view leaves.
    const { created, ...result } = await this.create(actor.agencyId, rest, official, actor.userId, source);
    return { ...result, duplicates: await this.visibleDuplicates(actor, result.duplicates, directory), case: redactCase(created, actor, { directory, audience: 'screen' }) };
  }

  /** The official a registration names, checked against the directory; invalid input is left to the schema's messages. */
  private officialOf(input: CaseRegistrationInput, directory: Directory): Official | undefined {
    const parsed = CaseRegistrationSchema.safeParse(input);
    if (!parsed.success || !parsed.data.officialConcerned) return undefined;
    return resolveOfficial(parsed.data.officialConcerned, directory, 'body.officialConcerned');
  }

  /**
   * The public form: no account, limited per viewer address (through the web app) or, for a direct call
   * to the API's domain, per source address under its own tighter limits; always answered with a tracking code.
   */
  async registerPublic(agencyId: string, input: PublicCaseForm, client: { ip: string; direct: boolean }): Promise<{ trackingCode: string; receivedAt: string; acknowledgementSent: boolean }> {
    const now = this.deps.clock.now();
    const [limits, via] = client.direct ? [DIRECT_LIMITS, 'direct'] : [PUBLIC_LIMITS, 'web'];
    const underHour = await this.deps.limiter.hit(`public-case-${via}#${client.ip}`, now, 3600, limits.perHour);
    const underDay = await this.deps.limiter.hit(`public-case-${via}-day#${client.ip}`, now, 86_400, limits.perDay);
    if (!underHour || !underDay) throw new RateLimitedError();
    const receivedAt = now.toISOString();
    const { officialConcerned, ...rest } = input;
    // A citizen's words about an official are kept as written; recusal protects every namesake until the office identifies them.
    const official = NAMES_OFFICIAL.includes(input.type) ? reportedOfficial(officialConcerned) : undefined;
    const result = await this.create(agencyId, { ...rest, channel: 'web', receivedAt }, official, 'citizen', 'public-form');
    return { trackingCode: result.trackingCode, receivedAt, acknowledgementSent: result.acknowledgementSent };
  }

  async list(actor: Actor, filter: { type?: string; status?: string; due?: 'soon' | 'overdue'; unitId?: string }): Promise<RedactedCase[]> {
    authorize(actor, 'case.read', { agencyId: actor.agencyId });
    const directory = await this.deps.organization.directory(actor.agencyId);
    const now = this.deps.clock.now().getTime();
    const nextDue = (c: CitizenCase) => c.deadlines.filter((d) => d.status === 'open' && d.dueInstant).map((d) => Date.parse(d.dueInstant ?? '')).sort()[0];
    const cases = (await this.deps.cases.list(actor.agencyId))
      .filter((c) => maySeeRecord(actor, caseRecord(c), directory))
      .filter((c) => (filter.type ? c.type === filter.type : true))
      .filter((c) => (filter.status ? c.status === filter.status : true))
      .filter((c) => (filter.unitId ? c.unitConcerned?.unitId === filter.unitId : true))
      .filter((c) => {
        if (!filter.due) return true;
        const due = nextDue(c);
        if (due === undefined) return false;
        return filter.due === 'overdue' ? due <= now : due > now && due - now <= 7 * DAY_MS;
      })
      .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    for (const c of cases) await this.logIfProtected(actor, c, 'list');
    return cases.map((c) => redactCase(c, actor, { directory, audience: 'list' }));
  }

  async get(actor: Actor, caseId: string): Promise<{ case: RedactedCase; availableCommands: string[]; deadlineIds: Record<string, string> }> {
    const { c, directory } = await this.visible(actor, caseId);
    await this.logIfProtected(actor, c, 'read');
    return this.detail(actor, c, directory);
  }

  async command(actor: Actor, caseId: string, expectedVersion: number, command: CaseCommand) {
    authorize(actor, 'case.handle', { agencyId: actor.agencyId });
    const { c, directory } = await this.visible(actor, caseId);
    if ('handlerUserId' in command && command.handlerUserId && command.handlerUserId !== c.handlerUserId) this.assertMayAssign(actor, c, command.handlerUserId, directory);
    const calendar = await this.deps.calendars.workingCalendar(actor.agencyId);
    const result = transition({ ...c, version: expectedVersion }, command, this.deps.clock.now().toISOString(), actor, this.deps.ruleSet, calendar);
    const saved = await this.deps.cases.save(result.case, expectedVersion);
    await this.syncDeadlines(caseRecord(saved), result.deadlines, result.closed, actor.userId);
    await this.logIfProtected(actor, saved, `command:${command.type}`);
    return this.detail(actor, saved, directory);
  }

  /**
   * Duplicates as this actor may learn of them: none they may not see, and for a denunciation whose
   * denouncer is hidden from them, only a match on content, never on the person.
   */
  private async visibleDuplicates(actor: Actor, duplicates: { caseId: string; score: number; signals: string[] }[], directory: Directory) {
    const visible: typeof duplicates = [];
    for (const duplicate of duplicates) {
      const other = await this.deps.cases.get(actor.agencyId, duplicate.caseId);
      if (!other || !maySeeRecord(actor, caseRecord(other), directory)) continue;
      const hidden = other.type === 'to-cao' && !canSeeDenouncerIdentity(actor, other, { directory, audience: 'screen' });
      const signals = hidden ? duplicate.signals.filter((s) => s === 'content') : duplicate.signals;
      if (signals.length > 0) visible.push({ ...duplicate, signals });
    }
    return visible;
  }

  /**
   * Who handles a case decides who may know a denouncer, so only the office head assigns it, and only to
   * an active office member or inspector who is not recused from it.
   */
  private assertMayAssign(actor: Actor, c: CitizenCase, handlerUserId: string, directory: Directory): void {
    if (actor.userId !== directory.officeHead()) throw new ForbiddenError('case.assign');
    this.assertEligibleHandler(caseRecord(c), handlerUserId, directory);
  }

  private assertEligibleHandler(record: ProtectedRecord, handlerUserId: string, directory: Directory): void {
    const handler = directory.user(handlerUserId);
    const eligible = handler?.active && (handler.roles.includes('office') || handler.roles.includes('inspector'));
    if (!eligible || recusedFrom(record.official, directory).has(handlerUserId)) {
      throw new ValidationError(
        'invalid-handler',
        'Người được giao không thể xử lý hồ sơ này (không phải cán bộ Văn phòng hoặc Thanh tra đang làm việc, hoặc phải tránh vì liên quan đến người bị phản ánh).',
        'This person cannot be assigned this case (not an active office member or inspector, or recused because of the official concerned).',
        [{ path: 'body.command.handlerUserId', message: handlerUserId }],
      );
    }
  }

  async accessLog(actor: Actor, caseId: string): Promise<AccessLogEntry[]> {
    const { c, directory } = await this.visible(actor, caseId);
    // Who looked at a protected record is itself protected: the office head and leadership only.
    if (actor.userId !== directory.officeHead() && !actor.roles.includes('leader')) throw new ForbiddenError('case.access-log');
    return this.deps.cases.accessLog(actor.agencyId, c.id);
  }

  async openMisconduct(actor: Actor, input: MisconductOpeningInput) {
    if (!can(actor, 'misconduct.handle', { agencyId: actor.agencyId }) && !can(actor, 'case.register', { agencyId: actor.agencyId })) throw new ForbiddenError('misconduct.open');
    const directory = await this.deps.organization.directory(actor.agencyId);
    const parsed = MisconductOpeningSchema.safeParse(input);
    // Invalid input is refused by the domain with the schema's messages; a valid one names a directory user.
    const official: Official = parsed.success ? resolveOfficial(parsed.data.official, directory, 'body.official') : { kind: 'reported' };
    const id = `VP-${ulid()}`;
    const result = openMisconductCase(input, { id, agencyId: actor.agencyId, at: this.deps.clock.now().toISOString(), actor, official, calendar: await this.deps.calendars.workingCalendar(actor.agencyId), ruleSet: this.deps.ruleSet });
    await this.deps.cases.createMisconduct(result.case);
    await this.syncDeadlines(misconductRecord(result.case), result.deadlines, result.closed, actor.userId);
    await this.deps.cases.logAccess(actor.agencyId, { at: this.deps.clock.now().toISOString(), userId: actor.userId, action: 'open', recordId: id });
    return { case: result.case, warnings: result.warnings };
  }

  async listMisconduct(actor: Actor): Promise<MisconductCase[]> {
    authorize(actor, 'misconduct.read', { agencyId: actor.agencyId });
    const directory = await this.deps.organization.directory(actor.agencyId);
    return (await this.deps.cases.listMisconduct(actor.agencyId)).filter((mc) => maySeeRecord(actor, misconductRecord(mc), directory));
  }

  async getMisconduct(actor: Actor, caseId: string): Promise<{ case: MisconductCase; availableCommands: string[] }> {
    const { mc, recused } = await this.visibleMisconduct(actor, caseId);
    await this.deps.cases.logAccess(actor.agencyId, { at: this.deps.clock.now().toISOString(), userId: actor.userId, action: 'read', recordId: caseId });
    return { case: mc, availableCommands: canHandleMisconduct(actor, mc, recused) ? allowedMisconductCommands(mc.status) : [] };
  }

  async commandMisconduct(actor: Actor, caseId: string, expectedVersion: number, command: MisconductCommand) {
    const { mc, recused } = await this.visibleMisconduct(actor, caseId);
    if (!canHandleMisconduct(actor, mc, recused)) throw new ForbiddenError('misconduct.handle');
    const result = transitionMisconduct({ ...mc, version: expectedVersion }, command, this.deps.clock.now().toISOString(), actor, this.deps.ruleSet, await this.deps.calendars.workingCalendar(actor.agencyId), recused);
    const saved = await this.deps.cases.saveMisconduct(result.case, expectedVersion);
    // Every open step, so a newly assigned inspector becomes the assignee of the handling deadline.
    await this.syncDeadlines(misconductRecord(saved), openSteps(saved.deadlines), result.closed, actor.userId);
    await this.deps.cases.logAccess(actor.agencyId, { at: this.deps.clock.now().toISOString(), userId: actor.userId, action: `command:${command.type}`, recordId: caseId });
    return { case: saved, availableCommands: canHandleMisconduct(actor, saved, recused) ? allowedMisconductCommands(saved.status) : [] };
  }

  private async create(agencyId: string, input: Omit<CaseRegistrationInput, 'officialConcerned'>, official: Official | undefined, registeredBy: string, source: 'office-form' | 'public-form' | 'email-triage') {
    const trackingCode = generateTrackingCode();
    const openCases = (await this.deps.cases.list(agencyId)).filter((c) => !CLOSED_CASE_STATUSES.has(c.status));
    const result = registerCase(input, {
      id: `HS-${ulid()}`,
      agencyId,
      at: this.deps.clock.now().toISOString(),
      registeredBy,
      source,
      trackingCodeHash: hashTrackingCode(trackingCode),
      openCases,
      official,
      calendar: await this.deps.calendars.workingCalendar(agencyId),
      ruleSet: this.deps.ruleSet,
    });
    await this.deps.cases.create(result.case);
    await this.syncDeadlines(caseRecord(result.case), result.deadlines, [], registeredBy);
    const email = result.case.petitioner.email;
    let acknowledgementSent = false;
    if (email && !result.case.anonymous) {
      const agency = await this.deps.organization.getAgency(agencyId);
      // The case is stored: a failed acknowledgement must not turn the citizen away. The code is also on screen.
      acknowledgementSent = await this.deps.mailer()
        .send(caseAcknowledgementEmail(email, result.case, trackingCode, agency?.name ?? agencyId, `${this.deps.appUrl}/#/cong-dan/tra-cuu`))
        .then(
          () => true,
          () => false,
        );
    }
    return {
      created: result.case,
      warnings: result.warnings,
      duplicates: result.duplicates.map((d) => ({ caseId: d.caseId, score: d.score, signals: [...d.matchedOn] })),
      trackingCode,
      acknowledgementSent,
    };
  }

  /** Keeps the platform's watched deadlines in step with the case: new or moved steps tracked, finished ones closed. */
  private async syncDeadlines(record: TrackedRecord, steps: { step: string; input: ComputedStep['input'] }[], closed: ClosedStep[], by: string): Promise<void> {
    for (const step of steps) {
      await this.deps.deadlines.retrack({
        agencyId: record.agencyId,
        deadlineId: caseDeadlineId(record.id, step.step),
        // The title names the record, never its content: it travels in alerts and lists.
        // The official travels with it, so recusal reaches the watched deadline and its alerts too.
        subject: { kind: record.kind, id: record.id, title: `${record.label} ${record.id} — ${STEP_LABELS[step.step] ?? step.step}`, ...(record.official ? { official: record.official } : {}) },
        assignees: record.assignee ? [record.assignee] : [],
        basis: { type: 'rule', input: step.input },
        by,
      });
    }
    for (const step of closed) await this.deps.deadlines.close(record.agencyId, caseDeadlineId(record.id, step.step), by, step.status === 'met' ? 'Bước đã hoàn thành / step done' : 'Không còn áp dụng / no longer applies');
  }

  private detail(actor: Actor, c: CitizenCase, directory: Directory) {
    const handler = can(actor, 'case.handle', { agencyId: actor.agencyId });
    return {
      case: redactCase(c, actor, { directory, audience: 'screen' }),
      availableCommands: handler ? availableCommands(c, this.deps.ruleSet) : [],
      deadlineIds: Object.fromEntries(c.deadlines.map((d) => [d.step, caseDeadlineId(c.id, d.step)])),
    };
  }

  private async visible(actor: Actor, caseId: string): Promise<{ c: CitizenCase; directory: Directory }> {
    authorize(actor, 'case.read', { agencyId: actor.agencyId });
    const [c, directory] = await Promise.all([this.deps.cases.get(actor.agencyId, caseId), this.deps.organization.directory(actor.agencyId)]);
    if (!c || !maySeeRecord(actor, caseRecord(c), directory)) throw new NotFoundError('hồ sơ / case', caseId);
    return { c, directory };
  }

  private async visibleMisconduct(actor: Actor, caseId: string): Promise<{ mc: MisconductCase; recused: ReadonlySet<string> }> {
    const [mc, directory] = await Promise.all([this.deps.cases.getMisconduct(actor.agencyId, caseId), this.deps.organization.directory(actor.agencyId)]);
    // The accused, their unit head and anyone without the role learn nothing, not even that it exists.
    if (!mc || !maySeeRecord(actor, misconductRecord(mc), directory)) throw new NotFoundError('hồ sơ / case', caseId);
    return { mc, recused: recusedFrom(mc.official, directory) };
  }

  /** A denunciation is a protected record (Luật Tố cáo Điều 47–48): every read is logged. */
  private async logIfProtected(actor: Actor, c: CitizenCase, action: string): Promise<void> {
    if (c.type !== 'to-cao') return;
    await this.deps.cases.logAccess(actor.agencyId, { at: this.deps.clock.now().toISOString(), userId: actor.userId, action, recordId: c.id });
  }
}

/** What a watched deadline needs to know of the record it belongs to. */
interface TrackedRecord extends ProtectedRecord {
  id: string;
  label: string;
  assignee: string | undefined;
}

const caseRecord = (c: CitizenCase): TrackedRecord => ({
  kind: 'case',
  id: c.id,
  agencyId: c.agencyId,
  label: CASE_TYPE_LABELS[c.type].vi,
  assignee: c.handlerUserId,
  official: c.officialConcerned,
});

const misconductRecord = (mc: MisconductCase): TrackedRecord => ({
  kind: 'misconduct',
  id: mc.id,
  agencyId: mc.agencyId,
  label: 'Hồ sơ vi phạm công vụ',
  assignee: mc.inspectorUserId,
  official: mc.official,
});

const openSteps = (deadlines: CitizenCase['deadlines']) => deadlines.filter((d) => d.status === 'open').map((d) => ({ step: d.step, input: d.input }));
