import * as z from 'zod';
import type { Actor } from '../access/policy.ts';
import { type WorkingCalendar, localDateOf } from '../deadlines/calendar.ts';
import { CivilDateSchema, formatVi, instantMs } from '../deadlines/civil-date.ts';
import type { RuleSet } from '../deadlines/rules.ts';
import { ForbiddenError } from '../errors.ts';
import { type ClosedStep, type ComputedStep, acceptanceSteps, computeStep } from './deadline-steps.ts';
import { CaseValidationError, IllegalTransitionError } from './errors.ts';
import {
  CASE_TYPE_LABELS,
  type CaseDeadline,
  type CaseEvent,
  type CaseStatus,
  type CaseType,
  CaseVariantSchema,
  type CitizenCase,
  type DeadlineStep,
  type DocumentRef,
  NotAcceptedReasonSchema,
  type Outcome,
  OutcomeSchema,
  RefusalReasonSchema,
} from './model.ts';

const ref = z.string().trim().min(1, 'Cần số, ký hiệu văn bản / A document reference is required').max(200);
const reason = z.string().trim().min(1, 'Cần nêu lý do / A reason is required').max(2000);
const summary = z.string().trim().min(1, 'Cần tóm tắt công khai / A public summary is required').max(2000);
/** The date on the decision itself, when it is recorded later than it was signed; defaults to the day of `at`. */
const decidedOn = CivilDateSchema.optional();
const userId = z.string().min(1).max(128);

/** Commands a citizen case accepts; `type` names the command. */
export const CaseCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('accept'), documentRef: ref.optional(), variants: z.array(CaseVariantSchema).optional(), handlerUserId: userId.optional(), decidedOn }),
  z.object({ type: z.literal('transfer'), to: z.string().trim().min(1).max(300), reason, documentRef: ref.optional(), publicSummary: summary.optional(), decidedOn }),
  z.object({ type: z.literal('reject'), reason: NotAcceptedReasonSchema, text: reason, documentRef: ref.optional(), publicSummary: summary.optional(), decidedOn }),
  z.object({ type: z.literal('start'), handlerUserId: userId.optional() }),
  z.object({ type: z.literal('notify'), documentRef: ref }),
  // A decision's number may be left out: the office then issues its document from the case page (case documents).
  z.object({ type: z.literal('extend'), days: z.number().int(), reason, documentRef: ref.optional(), decidedOn }),
  z.object({ type: z.literal('suspend'), reason, documentRef: ref.optional(), decidedOn }),
  z.object({ type: z.literal('resume'), documentRef: ref.optional(), reason: reason.optional(), decidedOn }),
  z.object({ type: z.literal('resolve'), outcome: OutcomeSchema, documentRef: ref.optional(), publicSummary: summary, decidedOn }),
  z.object({ type: z.literal('refuse'), reason: RefusalReasonSchema, text: reason, documentRef: ref.optional(), publicSummary: summary.optional(), decidedOn }),
  z.object({ type: z.literal('close'), reason: reason.optional() }),
]);
export type CaseCommand = z.input<typeof CaseCommandSchema>;
export type CaseCommandType = CaseCommand['type'];
export const CASE_COMMANDS: readonly CaseCommandType[] = CaseCommandSchema.options.map((o) => o.shape.type.value);

type Machine = Readonly<Partial<Record<CaseStatus, Readonly<Partial<Record<CaseCommandType, CaseStatus>>>>>>;

const intake = { accept: 'accepted', transfer: 'transferred', reject: 'not-accepted' } as const;
const ends = { transferred: { close: 'closed' }, 'not-accepted': { close: 'closed' }, resolved: { close: 'closed' } } as const;

/**
 * Khiếu nại: no extension exists (the longer periods are variants, Điều 28, 37). Suspension is listed,
 * but it is lawful only under the rule version in force on the thụ lý date (from 01/07/2026, Luật
 * 136/2025/QH15, Điều 11a): the engine checks the rule's `suspension` flag and refuses otherwise.
 */
const complaint: Machine = {
  received: intake,
  accepted: { start: 'in-progress' },
  'in-progress': { suspend: 'suspended', resolve: 'resolved' },
  suspended: { resume: 'in-progress' },
  ...ends,
};

/**
 * Tố cáo: an anonymous one is a `lead` for inspection (Điều 25), passed on or closed, never processed.
 * The resolution period runs from thụ lý (Điều 30), so from `accepted` on the case may be extended (counted
 * and capped by the engine, 2 × 30 days) or resolved; `start` only names who handles it. `notify` records
 * the notice of thụ lý to the parties (Điều 29) and leaves the status as it is.
 */
const denunciation: Machine = {
  received: intake,
  lead: { transfer: 'transferred', close: 'closed' },
  accepted: { notify: 'accepted', start: 'in-progress', extend: 'extended', resolve: 'resolved' },
  'in-progress': { notify: 'in-progress', extend: 'extended', resolve: 'resolved' },
  extended: { notify: 'extended', extend: 'extended', resolve: 'resolved' },
  ...ends,
};

/** Kiến nghị, phản ánh: classified within the xử lý đơn period, then processed, forwarded or filed. */
const petition: Machine = {
  received: intake,
  accepted: { start: 'in-progress' },
  'in-progress': { resolve: 'resolved' },
  ...ends,
};

/**
 * Yêu cầu cung cấp thông tin: a valid request is provided or refused with a reason (Điều 28, 34); only
 * a complex one may be extended, once (the engine refuses an extension of a simple one).
 */
const information: Machine = {
  received: { accept: 'accepted', reject: 'not-accepted' },
  accepted: { start: 'in-progress', extend: 'extended', resolve: 'resolved', refuse: 'refused' },
  'in-progress': { extend: 'extended', resolve: 'resolved', refuse: 'refused' },
  extended: { extend: 'extended', resolve: 'resolved', refuse: 'refused' },
  'not-accepted': { close: 'closed' },
  resolved: { close: 'closed' },
  refused: { close: 'closed' },
};

/** The transitions of each case type: `CASE_MACHINES[type][status][command]` is the next status. */
export const CASE_MACHINES: Readonly<Record<CaseType, Machine>> = {
  'khieu-nai-lan-1': complaint,
  'khieu-nai-lan-2': complaint,
  'to-cao': denunciation,
  'kien-nghi-phan-anh': petition,
  'yeu-cau-thong-tin': information,
};

const OUTCOMES_BY_TYPE: Record<CaseType, readonly Outcome[]> = {
  'khieu-nai-lan-1': ['upheld', 'partly-upheld', 'rejected', 'withdrawn'],
  'khieu-nai-lan-2': ['upheld', 'partly-upheld', 'rejected', 'withdrawn'],
  'to-cao': ['upheld', 'partly-upheld', 'rejected', 'withdrawn'],
  'kien-nghi-phan-anh': ['answered'],
  'yeu-cau-thong-tin': ['provided'],
};

/** The step an extension or a suspension moves. */
const EXTENDED_STEP: Partial<Record<CaseType, DeadlineStep>> = { 'to-cao': 'resolution', 'yeu-cau-thong-tin': 'provision' };
const SUSPENDED_STEP: DeadlineStep = 'resolution';

/** Commands the machine allows from a status, ignoring rule-version guards: `allowedCommands('to-cao', 'lead')` → `['transfer', 'close']`. */
export function allowedCommands(type: CaseType, status: CaseStatus): CaseCommandType[] {
  return Object.keys(CASE_MACHINES[type][status] ?? {}) as CaseCommandType[];
}

/** What the case page may offer now: the machine's commands minus a suspension the rule version forbids. */
export function availableCommands(c: CitizenCase, ruleSet: RuleSet): CaseCommandType[] {
  return allowedCommands(c.type, c.status).filter((command) => {
    if (command !== 'suspend') return true;
    const step = c.deadlines.find((d) => d.step === SUSPENDED_STEP && d.status === 'open');
    return step !== undefined && ruleSet.resolveRule(step.ruleId, localTrigger(step.input.trigger)).suspension;
  });
}

export interface TransitionResult {
  case: CitizenCase;
  event: CaseEvent;
  /** Deadlines created or moved by this transition: create or recompute their `TrackedDeadline`s. */
  deadlines: ComputedStep[];
  /** Deadlines no longer watched: close their `TrackedDeadline`s. */
  closed: ClosedStep[];
}

/**
 * Applies one command to a case: checks it against the type's machine, recomputes the deadlines it moves
 * through the engine, and appends one event. Pure: `c` is not modified.
 * @example transition(c, { type: 'extend', days: 30, reason: 'phức tạp', documentRef: 'QĐ 12/QĐ-SKHCN' }, at, actor, rules, cal)
 *   // a tố cáo thụ lý 03/03/2025: resolution due 02/04/2025 → 05/05/2025 (day 60 is 02/05, a day off)
 */
export function transition(c: CitizenCase, command: CaseCommand, at: string, actor: Actor, ruleSet: RuleSet, calendar: WorkingCalendar): TransitionResult {
  const parsed = CaseCommandSchema.safeParse(command);
  if (!parsed.success) throw CaseValidationError.fromZod('invalid-command', { vi: 'Thao tác', en: 'command' }, parsed.error);
  const cmd = parsed.data;
  if (actor.agencyId !== c.agencyId) throw new ForbiddenError(`case.${cmd.type}`);
  const to = CASE_MACHINES[c.type][c.status]?.[cmd.type];
  if (to === undefined) {
    const label = CASE_TYPE_LABELS[c.type];
    throw new IllegalTransitionError(`hồ sơ ${label.vi.toLowerCase()} / ${label.en.toLowerCase()}`, c.status, cmd.type, allowedCommands(c.type, c.status));
  }
  const today = checkInstant(c, at);
  const on = decisionDate(c, cmd, today);

  let next: CitizenCase = { ...c, status: to };
  let deadlines = [...c.deadlines];
  const computed: ComputedStep[] = [];
  const closed: ClosedStep[] = [];
  const documents: Omit<DocumentRef, 'addedAt' | 'addedBy'>[] = [];
  let eventReason: string | undefined;

  const upsert = (step: DeadlineStep, entry: CaseDeadline, result: ComputedStep) => {
    deadlines = [...deadlines.filter((d) => d.step !== step), entry];
    computed.push(result);
  };
  const closeSteps = (met: readonly DeadlineStep[]) => {
    deadlines = deadlines.map((d) => {
      if (d.status !== 'open') return d;
      const status = met.includes(d.step) ? 'met' : 'cancelled';
      closed.push({ step: d.step, status });
      return { ...d, status, closedAt: at };
    });
  };
  const openStep = (step: DeadlineStep): CaseDeadline => {
    const d = deadlines.find((x) => x.step === step && x.status === 'open');
    // The machine only offers extend/suspend/resume once the step exists, so this is a broken record.
    if (!d) throw new Error(`Case ${c.id} has no open ${step} deadline`);
    return d;
  };
  const decision = (kind: 'decision' | 'notice', documentRef: string | undefined) => documentRef && documents.push({ ref: documentRef, kind, confidential: false });

  switch (cmd.type) {
    case 'accept': {
      const variants = cmd.variants ?? c.variants;
      checkAcceptVariants(c, variants);
      next = { ...next, variants, acceptance: { acceptedOn: on, by: actor.userId, ...(cmd.documentRef ? { documentRef: cmd.documentRef } : {}) } };
      if (cmd.handlerUserId) next.handlerUserId = cmd.handlerUserId;
      // For an information request the notice that tells a complex request's time limit goes with acceptance.
      deadlines = deadlines.map((d) => {
        if (d.status !== 'open' || (d.step !== 'acceptance' && d.step !== 'complex-notice')) return d;
        closed.push({ step: d.step, status: 'met' });
        return { ...d, status: 'met', closedAt: at };
      });
      for (const s of acceptanceSteps(c.type, variants, on)) {
        const { entry, computed: result } = computeStep(s.step, s.input, calendar, ruleSet);
        upsert(s.step, entry, result);
      }
      decision('decision', cmd.documentRef);
      break;
    }
    case 'transfer': {
      next = { ...next, transfer: { to: cmd.to, reason: cmd.reason, transferredOn: on, ...(cmd.documentRef ? { documentRef: cmd.documentRef } : {}) } };
      eventReason = cmd.reason;
      if (c.type === 'to-cao' && c.status === 'received') {
        // Điều 24.2: outside competence, transfer within 5 working days of receipt. Recorded already met,
        // so the on-time figures can compare the transfer date with it.
        const { entry, computed: result } = computeStep('transfer', { ruleId: 'to-cao/chuyen-don', trigger: c.receivedAt }, calendar, ruleSet);
        upsert('transfer', entry, result);
        closeSteps(['acceptance', 'transfer']);
      } else {
        closeSteps(['acceptance']);
      }
      if (cmd.publicSummary) next.publicDecisions = [...c.publicDecisions, { decidedOn: on, summary: cmd.publicSummary }];
      decision('notice', cmd.documentRef);
      break;
    }
    case 'reject': {
      next = { ...next, notAccepted: { reason: cmd.reason, text: cmd.text, decidedOn: on, ...(cmd.documentRef ? { documentRef: cmd.documentRef } : {}) } };
      eventReason = `${cmd.reason}: ${cmd.text}`;
      closeSteps(['acceptance', 'provision']);
      if (cmd.publicSummary) next.publicDecisions = [...c.publicDecisions, { decidedOn: on, summary: cmd.publicSummary }];
      decision('notice', cmd.documentRef);
      break;
    }
    case 'start': {
      if (cmd.handlerUserId) next.handlerUserId = cmd.handlerUserId;
      break;
    }
    case 'notify': {
      deadlines = deadlines.map((d) => {
        if (d.step !== 'notification' || d.status !== 'open') return d;
        closed.push({ step: d.step, status: 'met' });
        return { ...d, status: 'met', closedAt: at };
      });
      decision('notice', cmd.documentRef);
      break;
    }
    case 'extend': {
      const step = EXTENDED_STEP[c.type];
      if (!step) throw new Error(`The ${c.type} machine allows extend but names no step`);
      const current = openStep(step);
      const extensions = [...(current.input.extensions ?? []), { days: cmd.days, decidedOn: on, reason: cmd.reason, by: actor.userId }];
      const { entry, computed: result } = computeStep(step, { ...current.input, extensions }, calendar, ruleSet);
      upsert(step, entry, result);
      next.decisions = [...c.decisions, { kind: 'extension', step, decidedOn: on, days: cmd.days, dueAfter: entry.due, reason: cmd.reason, by: actor.userId, ...(cmd.documentRef ? { documentRef: cmd.documentRef } : {}), recordedAt: at }];
      eventReason = cmd.reason;
      decision('decision', cmd.documentRef);
      break;
    }
    case 'suspend': {
      const current = openStep(SUSPENDED_STEP);
      const suspensions = [...(current.input.suspensions ?? []), { from: on }];
      const { entry, computed: result } = computeStep(SUSPENDED_STEP, { ...current.input, suspensions }, calendar, ruleSet);
      upsert(SUSPENDED_STEP, entry, result);
      next.decisions = [...c.decisions, { kind: 'suspension', step: SUSPENDED_STEP, decidedOn: on, dueAfter: entry.due, reason: cmd.reason, by: actor.userId, ...(cmd.documentRef ? { documentRef: cmd.documentRef } : {}), recordedAt: at }];
      eventReason = cmd.reason;
      decision('decision', cmd.documentRef);
      break;
    }
    case 'resume': {
      const current = openStep(SUSPENDED_STEP);
      const suspensions = [...(current.input.suspensions ?? [])];
      const last = suspensions.at(-1);
      if (!last || last.until !== undefined) throw new Error(`Case ${c.id} is suspended without an open suspension`);
      suspensions[suspensions.length - 1] = { from: last.from, until: on };
      const { entry, computed: result } = computeStep(SUSPENDED_STEP, { ...current.input, suspensions }, calendar, ruleSet);
      upsert(SUSPENDED_STEP, entry, result);
      const why = cmd.reason ?? 'Căn cứ tạm đình chỉ không còn / the ground for suspension has ended';
      next.decisions = [...c.decisions, { kind: 'resumption', step: SUSPENDED_STEP, decidedOn: on, dueAfter: entry.due, reason: why, by: actor.userId, ...(cmd.documentRef ? { documentRef: cmd.documentRef } : {}), recordedAt: at }];
      eventReason = why;
      decision('decision', cmd.documentRef);
      break;
    }
    case 'resolve': {
      if (!OUTCOMES_BY_TYPE[c.type].includes(cmd.outcome)) {
        throw new CaseValidationError(
          'invalid-outcome',
          `Kết quả “${cmd.outcome}” không áp dụng cho loại đơn này (được phép: ${OUTCOMES_BY_TYPE[c.type].join(', ')}).`,
          `Outcome “${cmd.outcome}” does not apply to this case type (allowed: ${OUTCOMES_BY_TYPE[c.type].join(', ')}).`,
          [{ path: 'outcome', message: cmd.outcome }],
        );
      }
      next = { ...next, resolution: { outcome: cmd.outcome, ...(cmd.documentRef ? { documentRef: cmd.documentRef } : {}), decidedOn: on, by: actor.userId } };
      next.publicDecisions = [...c.publicDecisions, { decidedOn: on, summary: cmd.publicSummary }];
      closeSteps(['resolution', 'provision']);
      decision('decision', cmd.documentRef);
      break;
    }
    case 'refuse': {
      next = { ...next, refusal: { reason: cmd.reason, text: cmd.text, ...(cmd.documentRef ? { documentRef: cmd.documentRef } : {}), decidedOn: on } };
      eventReason = `${cmd.reason}: ${cmd.text}`;
      if (cmd.publicSummary) next.publicDecisions = [...c.publicDecisions, { decidedOn: on, summary: cmd.publicSummary }];
      closeSteps(['provision']);
      decision('notice', cmd.documentRef);
      break;
    }
    case 'close': {
      eventReason = cmd.reason;
      closeSteps([]);
      break;
    }
  }

  const known = new Set(c.documents.map((d) => d.ref));
  const added = documents.filter((d) => !known.has(d.ref)).map((d) => ({ ...d, addedAt: at, addedBy: actor.userId }));
  const event: CaseEvent = {
    seq: c.timeline.length,
    at,
    by: actor.userId,
    command: cmd.type,
    from: c.status,
    to,
    ...(eventReason ? { reason: eventReason } : {}),
    documentRefs: documents.map((d) => d.ref),
  };
  next = { ...next, deadlines, documents: [...c.documents, ...added], timeline: [...c.timeline, event], version: c.version + 1 };
  return { case: next, event, deadlines: computed, closed };
}

/** The local date of a deadline trigger, whether stored as an instant or a date. */
function localTrigger(trigger: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(trigger) ? trigger : localDateOf(trigger);
}

/** `at` must be a real instant, not before receipt nor before the last recorded event (history is append-only). */
function checkInstant(c: CitizenCase, at: string): string {
  const ms = instantMs(at);
  if (Number.isNaN(ms)) {
    throw new CaseValidationError('invalid-instant', `Thời điểm không hợp lệ: “${at}”.`, `Invalid instant: “${at}”.`, [{ path: 'at', message: at }]);
  }
  const last = c.timeline.at(-1)?.at ?? c.receivedAt;
  if (ms < Date.parse(last) || ms < Date.parse(c.receivedAt)) {
    throw new CaseValidationError(
      'instant-before-last-event',
      `Thời điểm ${at} trước sự kiện gần nhất của hồ sơ (${last}).`,
      `The instant ${at} is before the case’s last event (${last}).`,
      [{ path: 'at', message: at }],
    );
  }
  return localDateOf(at);
}

/**
 * The date a decision counts from: the one on the document, or the day it is recorded. Never in the
 * future, and never before what it decides on (receipt, thụ lý, the suspension it lifts).
 */
function decisionDate(c: CitizenCase, cmd: z.infer<typeof CaseCommandSchema>, today: string): string {
  const given = 'decidedOn' in cmd ? cmd.decidedOn : undefined;
  const on = given ?? today;
  const receipt = localDateOf(c.receivedAt);
  let earliest = c.acceptance?.acceptedOn ?? receipt;
  if (cmd.type === 'accept' || cmd.type === 'transfer' || cmd.type === 'reject') earliest = receipt;
  if (cmd.type === 'resume') {
    const open = c.deadlines.find((d) => d.step === SUSPENDED_STEP && d.status === 'open')?.input.suspensions?.at(-1);
    if (open) earliest = open.from;
  }
  if (on > today || on < earliest) {
    throw new CaseValidationError(
      'invalid-decision-date',
      `Ngày quyết định ${formatVi(on)} phải từ ${formatVi(earliest)} đến ${formatVi(today)}.`,
      `The decision date ${on} must be between ${earliest} and ${today}.`,
      [{ path: 'decidedOn', message: on }],
    );
  }
  return on;
}

/**
 * Thụ lý may settle whether a complaint is complex or remote: those only lengthen the resolution period,
 * which starts now. Variants that set a receipt-counted period (multi-location, a complex information
 * request) were due before thụ lý, so they are fixed at registration.
 */
function checkAcceptVariants(c: CitizenCase, variants: readonly string[]): void {
  const changeable = c.type === 'khieu-nai-lan-1' || c.type === 'khieu-nai-lan-2' ? ['complex', 'remote'] : [];
  const changed = [...new Set([...variants, ...c.variants])].filter((v) => variants.includes(v) !== (c.variants as string[]).includes(v));
  const bad = changed.filter((v) => !changeable.includes(v));
  if (bad.length > 0) {
    throw new CaseValidationError(
      'invalid-command',
      `Không thể đổi trường hợp “${bad.join(', ')}” khi thụ lý loại đơn này.`,
      `Variant “${bad.join(', ')}” cannot be changed at acceptance for this case type.`,
      [{ path: 'variants', message: bad.join(', ') }],
    );
  }
}
