import * as z from 'zod';
import { type Actor, can } from '../access/policy.ts';
import { type WorkingCalendar, localDateOf } from '../deadlines/calendar.ts';
import { type CivilDate, CivilDateSchema, formatVi, instantMs, isCivilDate } from '../deadlines/civil-date.ts';
import type { RuleSet } from '../deadlines/rules.ts';
import { ForbiddenError } from '../errors.ts';
import { type ClosedStep, type ComputedStep, computeStep } from './deadline-steps.ts';
import { CaseRuleError, CaseValidationError, IllegalTransitionError } from './errors.ts';
import { CaseDeadlineSchema, CaseEventSchema } from './model.ts';
import { OfficialSchema, type Official } from '../organization/official.ts';

export const MISCONDUCT_STATUSES = [
  'screening',
  'inspection',
  'concluded-no-violation',
  'concluded-violation',
  'discipline-review',
  'discipline-council',
  'decided',
  'closed',
] as const;
export const MisconductStatusSchema = z.enum(MISCONDUCT_STATUSES);
export type MisconductStatus = z.infer<typeof MisconductStatusSchema>;

export const DISCIPLINE_FORMS = ['khien-trach', 'canh-cao', 'cach-chuc', 'buoc-thoi-viec'] as const;
export const DisciplineFormSchema = z.enum(DISCIPLINE_FORMS);
export type DisciplineForm = z.infer<typeof DisciplineFormSchema>;

export const DISCIPLINE_FORM_LABELS: Record<DisciplineForm, { vi: string; en: string }> = {
  'khien-trach': { vi: 'Khiển trách', en: 'Reprimand' },
  'canh-cao': { vi: 'Cảnh cáo', en: 'Warning' },
  'cach-chuc': { vi: 'Cách chức', en: 'Dismissal from post' },
  'buoc-thoi-viec': { vi: 'Buộc thôi việc', en: 'Dismissal' },
};

/**
 * Thời hiệu xử lý kỷ luật, in years from the violation (legal-rules.md: "5 years for khiển trách, 10 years
 * for other forms, some violations with none" — Luật Cán bộ, công chức Điều 80 as amended in 2019, and NĐ
 * 234/2026 Điều 5 for viên chức, lower reliability).
 */
export const DISCIPLINE_LIMITATION_YEARS: Record<DisciplineForm, number> = { 'khien-trach': 5, 'canh-cao': 10, 'cach-chuc': 10, 'buoc-thoi-viec': 10 };

const text = (max: number) => z.string().trim().min(1).max(max);

export const MisconductOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('citizen-case'), caseId: text(128) }),
  z.object({ kind: z.literal('inspection'), reference: text(200) }),
  z.object({ kind: z.literal('office'), note: text(2000) }),
]);

/** The subject of a misconduct case is always someone in the agency's directory. */
export const AccusedOfficialInputSchema = z.object({ kind: z.literal('directory'), userId: z.string().min(1).max(128) }, { error: 'Chọn cán bộ bị xem xét từ danh bạ / Pick the official from the directory' }).strict();

export const MisconductOpeningSchema = z.object({
  origin: MisconductOriginSchema,
  official: AccusedOfficialInputSchema,
  allegation: text(20_000),
  /** The day the violation was discovered: the handling time limit counts from it (`ky-luat/xu-ly`). */
  discoveredOn: CivilDateSchema,
  /** The day it was committed: thời hiệu counts from it. May be settled only by the inspection. */
  violationOn: CivilDateSchema.optional(),
  complex: z.boolean().default(false),
  /** A violation the law exempts from thời hiệu, with the ground (e.g. use of forged diplomas). */
  noLimitation: z.object({ ground: text(500) }).optional(),
});
export type MisconductOpeningInput = z.input<typeof MisconductOpeningSchema>;

export const MisconductCaseSchema = z.object({
  id: z.string().min(1),
  agencyId: z.string().min(1),
  origin: MisconductOriginSchema,
  official: OfficialSchema,
  allegation: z.string(),
  discoveredOn: CivilDateSchema,
  violationOn: CivilDateSchema.optional(),
  complex: z.boolean(),
  noLimitation: z.object({ ground: z.string() }).optional(),
  status: MisconductStatusSchema,
  openedAt: z.string(),
  openedBy: z.string(),
  inspectorUserId: z.string().optional(),
  findings: z.array(z.object({ at: z.string(), by: z.string(), text: z.string(), documentRef: z.string().optional() })),
  conclusion: z.object({ violation: z.boolean(), summary: z.string(), documentRef: z.string(), on: CivilDateSchema }).optional(),
  reviewMeeting: z.object({ heldOn: CivilDateSchema, minutesRef: z.string() }).optional(),
  council: z.object({ convenedOn: CivilDateSchema, documentRef: z.string() }).optional(),
  decision: z.object({ form: DisciplineFormSchema, documentRef: z.string(), decidedOn: CivilDateSchema, by: z.string() }).optional(),
  closure: z.object({ reason: z.string(), on: CivilDateSchema }).optional(),
  deadlines: z.array(CaseDeadlineSchema),
  timeline: z.array(CaseEventSchema.extend({ from: MisconductStatusSchema.nullable(), to: MisconductStatusSchema })),
  version: z.number().int().nonnegative(),
});
export type MisconductCase = z.infer<typeof MisconductCaseSchema>;
export type MisconductEvent = MisconductCase['timeline'][number];

const ref = text(200);
const onDate = CivilDateSchema.optional();

export const MisconductCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start-inspection'), inspectorUserId: text(128) }),
  z.object({ type: z.literal('assign-inspector'), inspectorUserId: text(128) }),
  z.object({ type: z.literal('dismiss'), reason: text(2000) }),
  z.object({ type: z.literal('record-findings'), findings: text(20_000), documentRef: ref.optional(), violationOn: onDate }),
  z.object({ type: z.literal('conclude-violation'), summary: text(5000), documentRef: ref, violationOn: onDate, on: onDate }),
  z.object({ type: z.literal('conclude-no-violation'), summary: text(5000), documentRef: ref, on: onDate }),
  z.object({ type: z.literal('hold-review-meeting'), minutesRef: ref, heldOn: onDate }),
  z.object({ type: z.literal('convene-council'), documentRef: ref, on: onDate }),
  z.object({ type: z.literal('decide'), form: DisciplineFormSchema, documentRef: ref, on: onDate }),
  z.object({ type: z.literal('close'), reason: text(2000) }),
]);
export type MisconductCommand = z.input<typeof MisconductCommandSchema>;
export type MisconductCommandType = MisconductCommand['type'];
export const MISCONDUCT_COMMANDS: readonly MisconductCommandType[] = MisconductCommandSchema.options.map((o) => o.shape.type.value);

/**
 * The discipline workflow. A council is the usual path, but a decision straight after the review meeting
 * is allowed where no council is required; `close` from a concluded violation is "no discipline" (thời
 * hiệu expired, exemption) and needs its reason.
 */
export const MISCONDUCT_MACHINE: Readonly<Record<MisconductStatus, Readonly<Partial<Record<MisconductCommandType, MisconductStatus>>>>> = {
  screening: { 'start-inspection': 'inspection', dismiss: 'closed' },
  inspection: { 'assign-inspector': 'inspection', 'record-findings': 'inspection', 'conclude-violation': 'concluded-violation', 'conclude-no-violation': 'concluded-no-violation' },
  'concluded-no-violation': { close: 'closed' },
  'concluded-violation': { 'hold-review-meeting': 'discipline-review', close: 'closed' },
  'discipline-review': { 'convene-council': 'discipline-council', decide: 'decided', close: 'closed' },
  'discipline-council': { decide: 'decided', close: 'closed' },
  decided: { close: 'closed' },
  closed: {},
};

/** `allowedMisconductCommands('screening')` → `['start-inspection', 'dismiss']`. */
export function allowedMisconductCommands(status: MisconductStatus): MisconductCommandType[] {
  return Object.keys(MISCONDUCT_MACHINE[status]) as MisconductCommandType[];
}

export type MisconductWarningCode = 'violation-date-unknown' | 'limitation-reprimand-expired' | 'limitation-expired' | 'handling-overdue';
export interface MisconductWarning {
  code: MisconductWarningCode;
  messageVi: string;
  messageEn: string;
}

/** The last day a form may be imposed: the same day and month N years after the violation (BLDS 2015 Điều 148.4), off a day off (148.5). */
export function disciplineLimitationEnd(violationOn: CivilDate, form: DisciplineForm, calendar: WorkingCalendar): CivilDate {
  const years = DISCIPLINE_LIMITATION_YEARS[form];
  const [y, mo, d] = violationOn.split('-').map(Number) as [number, number, number];
  let end = `${String(y + years).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  // 29/02 in a common year: the month has no such day, so the period ends on its last day.
  if (!isCivilDate(end)) end = `${String(y + years).padStart(4, '0')}-02-28`;
  return calendar.isWorkingDay(end) ? end : calendar.nextWorkingDay(end);
}

function limitationWarnings(mc: Pick<MisconductCase, 'violationOn' | 'noLimitation'>, on: CivilDate, calendar: WorkingCalendar): MisconductWarning[] {
  if (mc.noLimitation) return [];
  if (!mc.violationOn) {
    return [{ code: 'violation-date-unknown', messageVi: 'Chưa xác định ngày xảy ra vi phạm: chưa kiểm tra được thời hiệu kỷ luật.', messageEn: 'The violation date is not known yet: thời hiệu cannot be checked.' }];
  }
  const all = disciplineLimitationEnd(mc.violationOn, 'canh-cao', calendar);
  if (on > all) {
    return [{ code: 'limitation-expired', messageVi: `Đã hết thời hiệu xử lý kỷ luật 10 năm (hết ngày ${formatVi(all)}).`, messageEn: `The 10-year limitation period ended on ${all}: no form of discipline may be imposed.` }];
  }
  const reprimand = disciplineLimitationEnd(mc.violationOn, 'khien-trach', calendar);
  if (on > reprimand) {
    return [{ code: 'limitation-reprimand-expired', messageVi: `Đã hết thời hiệu 5 năm đối với hình thức khiển trách (hết ngày ${formatVi(reprimand)}).`, messageEn: `The 5-year limitation for a reprimand ended on ${reprimand}.` }];
  }
  return [];
}

export interface MisconductContext {
  id: string;
  agencyId: string;
  at: string;
  actor: Actor;
  /** The official, resolved from the directory by the caller. */
  official: Official;
  calendar: WorkingCalendar;
  ruleSet: RuleSet;
}

export interface MisconductResult {
  case: MisconductCase;
  event: MisconductEvent;
  deadlines: ComputedStep[];
  closed: ClosedStep[];
  warnings: MisconductWarning[];
}

/**
 * Opens a misconduct case in `screening`, with the handling time limit (`ky-luat/xu-ly`: 90 days from
 * discovery, 150 when complex) and a warning when thời hiệu is unknown or already partly or fully over.
 */
export function openMisconductCase(input: MisconductOpeningInput, ctx: MisconductContext): MisconductResult {
  const parsed = MisconductOpeningSchema.safeParse(input);
  if (!parsed.success) throw CaseValidationError.fromZod('invalid-misconduct', { vi: 'Hồ sơ vi phạm', en: 'misconduct case' }, parsed.error);
  const o = parsed.data;
  const today = localDateOf(ctx.at);
  if (o.discoveredOn > today || (o.violationOn !== undefined && o.violationOn > o.discoveredOn)) {
    throw new CaseValidationError(
      'invalid-misconduct',
      'Ngày phát hiện không thể sau hôm nay, và ngày vi phạm không thể sau ngày phát hiện.',
      'The discovery date cannot be in the future, nor the violation after its discovery.',
      [{ path: 'discoveredOn', message: o.discoveredOn }],
    );
  }
  const { entry, computed } = computeStep('handling', { ruleId: 'ky-luat/xu-ly', trigger: o.discoveredOn, variants: o.complex ? ['complex'] : [] }, ctx.calendar, ctx.ruleSet);
  const event: MisconductEvent = { seq: 0, at: ctx.at, by: ctx.actor.userId, command: 'open', from: null, to: 'screening', reason: o.origin.kind, documentRefs: [] };
  const mc: MisconductCase = {
    id: ctx.id,
    agencyId: ctx.agencyId,
    origin: o.origin,
    official: ctx.official,
    allegation: o.allegation,
    discoveredOn: o.discoveredOn,
    ...(o.violationOn ? { violationOn: o.violationOn } : {}),
    complex: o.complex,
    ...(o.noLimitation ? { noLimitation: o.noLimitation } : {}),
    status: 'screening',
    openedAt: ctx.at,
    openedBy: ctx.actor.userId,
    findings: [],
    deadlines: [entry],
    timeline: [event],
    version: 0,
  };
  return { case: mc, event, deadlines: [computed], closed: [], warnings: limitationWarnings(mc, today, ctx.calendar) };
}

/**
 * Applies one command to a misconduct case, like `transition` for citizen cases. The decision is refused
 * once thời hiệu for the chosen form has run out (see `decide` below); the handling time limit only warns.
 */
export function transitionMisconduct(
  mc: MisconductCase,
  command: MisconductCommand,
  at: string,
  actor: Actor,
  // The handling deadline is fixed at opening; the rule set is taken for the same signature as `transition`.
  _ruleSet: RuleSet,
  calendar: WorkingCalendar,
  /** Who is recused from this case (`recusedFrom` in shared/access/case-access.ts). */
  recused: ReadonlySet<string>,
): MisconductResult {
  const parsed = MisconductCommandSchema.safeParse(command);
  if (!parsed.success) throw CaseValidationError.fromZod('invalid-command', { vi: 'Thao tác', en: 'command' }, parsed.error);
  const cmd = parsed.data;
  if (actor.agencyId !== mc.agencyId || recused.has(actor.userId)) throw new ForbiddenError(`misconduct.${cmd.type}`);
  const to = MISCONDUCT_MACHINE[mc.status][cmd.type];
  if (to === undefined) throw new IllegalTransitionError('hồ sơ xử lý vi phạm / misconduct case', mc.status, cmd.type, allowedMisconductCommands(mc.status));

  const atMs = instantMs(at);
  const last = mc.timeline.at(-1)?.at ?? mc.openedAt;
  if (Number.isNaN(atMs)) throw new CaseValidationError('invalid-instant', `Thời điểm không hợp lệ: “${at}”.`, `Invalid instant: “${at}”.`, [{ path: 'at', message: at }]);
  if (atMs < Date.parse(last)) {
    throw new CaseValidationError('instant-before-last-event', `Thời điểm ${at} trước sự kiện gần nhất (${last}).`, `The instant ${at} is before the last event (${last}).`, [{ path: 'at', message: at }]);
  }
  const today = localDateOf(at);
  const dated = (given: string | undefined, path: string): CivilDate => {
    const on = given ?? today;
    if (on > today || on < mc.discoveredOn) {
      throw new CaseValidationError('invalid-decision-date', `Ngày ${formatVi(on)} phải từ ${formatVi(mc.discoveredOn)} đến ${formatVi(today)}.`, `The date ${on} must be between ${mc.discoveredOn} and ${today}.`, [{ path, message: on }]);
    }
    return on;
  };
  // A violation is committed before it is discovered, so its date is bounded by discovery, not by it.
  const violationDate = (given: string): CivilDate => {
    if (given > mc.discoveredOn) {
      throw new CaseValidationError('invalid-decision-date', `Ngày vi phạm ${formatVi(given)} sau ngày phát hiện ${formatVi(mc.discoveredOn)}.`, `The violation date ${given} is after its discovery on ${mc.discoveredOn}.`, [{ path: 'violationOn', message: given }]);
    }
    return given;
  };
  const checkInspector = (userId: string) => {
    if (recused.has(userId)) {
      throw new CaseRuleError('recused-inspector', 'Không thể giao cho người bị xem xét, thủ trưởng đơn vị của họ hoặc người có xung đột lợi ích.', 'The inspector cannot be the official concerned, the head of their unit or someone conflicted.');
    }
  };

  let next: MisconductCase = { ...mc, status: to };
  const warnings: MisconductWarning[] = [];
  const closed: ClosedStep[] = [];
  const refs: string[] = [];
  let reason: string | undefined;
  const closeDeadlines = (status: 'met' | 'cancelled') => {
    next.deadlines = mc.deadlines.map((d) => {
      if (d.status !== 'open') return d;
      closed.push({ step: d.step, status });
      return { ...d, status, closedAt: at };
    });
  };

  switch (cmd.type) {
    case 'start-inspection':
    case 'assign-inspector':
      checkInspector(cmd.inspectorUserId);
      next.inspectorUserId = cmd.inspectorUserId;
      break;
    case 'dismiss':
      reason = cmd.reason;
      next.closure = { reason: cmd.reason, on: today };
      closeDeadlines('met');
      break;
    case 'record-findings':
      next.findings = [...mc.findings, { at, by: actor.userId, text: cmd.findings, ...(cmd.documentRef ? { documentRef: cmd.documentRef } : {}) }];
      if (cmd.violationOn) next.violationOn = violationDate(cmd.violationOn);
      if (cmd.documentRef) refs.push(cmd.documentRef);
      break;
    case 'conclude-violation':
    case 'conclude-no-violation': {
      const on = dated(cmd.on, 'on');
      next.conclusion = { violation: cmd.type === 'conclude-violation', summary: cmd.summary, documentRef: cmd.documentRef, on };
      if (cmd.type === 'conclude-violation') {
        if (cmd.violationOn) next.violationOn = violationDate(cmd.violationOn);
        warnings.push(...limitationWarnings(next, on, calendar));
      }
      refs.push(cmd.documentRef);
      break;
    }
    case 'hold-review-meeting':
      next.reviewMeeting = { heldOn: dated(cmd.heldOn, 'heldOn'), minutesRef: cmd.minutesRef };
      refs.push(cmd.minutesRef);
      break;
    case 'convene-council':
      next.council = { convenedOn: dated(cmd.on, 'on'), documentRef: cmd.documentRef };
      refs.push(cmd.documentRef);
      break;
    case 'decide': {
      const on = dated(cmd.on, 'on');
      /*
       * Refused, not warned: thời hiệu is "the time after which the official may not be disciplined"
       * (legal-rules.md: 5 years for khiển trách, 10 for other forms; Luật CBCC Điều 80), so a decision
       * after it would be unlawful and void, not merely late. Hence also a refusal when the violation
       * date is unknown. A violation the law exempts (`noLimitation`) is not checked.
       */
      if (!mc.noLimitation) {
        if (!mc.violationOn) {
          throw new CaseValidationError('violation-date-required', 'Cần xác định ngày vi phạm để kiểm tra thời hiệu trước khi quyết định kỷ luật.', 'The violation date is needed to check thời hiệu before a discipline decision.', [{ path: 'violationOn', message: 'required' }]);
        }
        const end = disciplineLimitationEnd(mc.violationOn, cmd.form, calendar);
        if (on > end) {
          const label = DISCIPLINE_FORM_LABELS[cmd.form];
          const years = DISCIPLINE_LIMITATION_YEARS[cmd.form];
          throw new CaseRuleError(
            'discipline-limitation-expired',
            `Đã hết thời hiệu xử lý kỷ luật ${years} năm đối với hình thức ${label.vi.toLowerCase()} (vi phạm ngày ${formatVi(mc.violationOn)}, hết ngày ${formatVi(end)}).`,
            `The ${years}-year limitation for “${label.en}” has run out (violation on ${mc.violationOn}, ended ${end}).`,
          );
        }
      }
      // The handling time limit is the office's duty; missing it does not void the decision, so it only warns.
      const due = mc.deadlines.find((d) => d.status === 'open')?.due;
      if (due && on > due) {
        warnings.push({ code: 'handling-overdue', messageVi: `Quyết định sau thời hạn xử lý kỷ luật (${formatVi(due)}).`, messageEn: `The decision comes after the handling time limit (${due}).` });
      }
      next.decision = { form: cmd.form, documentRef: cmd.documentRef, decidedOn: on, by: actor.userId };
      closeDeadlines('met');
      refs.push(cmd.documentRef);
      break;
    }
    case 'close':
      reason = cmd.reason;
      next.closure = { reason: cmd.reason, on: today };
      closeDeadlines('met');
      break;
  }

  const event: MisconductEvent = { seq: mc.timeline.length, at, by: actor.userId, command: cmd.type, from: mc.status, to, ...(reason ? { reason } : {}), documentRefs: refs };
  next = { ...next, timeline: [...mc.timeline, event], version: mc.version + 1 };
  return { case: next, event, deadlines: [], closed, warnings };
}

/** Whether `actor` may act on it: an inspector who is not recused, and the assigned one once there is one. */
export function canHandleMisconduct(actor: Actor, mc: Pick<MisconductCase, 'agencyId' | 'inspectorUserId'>, recused: ReadonlySet<string>): boolean {
  if (!can(actor, 'misconduct.handle', { agencyId: mc.agencyId }) || recused.has(actor.userId)) return false;
  return mc.inspectorUserId === undefined || mc.inspectorUserId === actor.userId;
}
