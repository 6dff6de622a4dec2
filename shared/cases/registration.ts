import { type WorkingCalendar, localDateOf } from '../deadlines/calendar.ts';
import { type CivilDate, addDays, daysBetween, formatVi } from '../deadlines/civil-date.ts';
import type { RuleSet } from '../deadlines/rules.ts';
import { type ComputedStep, computeStep, receiptSteps } from './deadline-steps.ts';
import type { Official } from '../organization/official.ts';
import { normalizeVietnamese } from '../text.ts';
import { CaseValidationError } from './errors.ts';
import {
  type CaseDeadline,
  type CaseEvent,
  type CaseRegistrationInput,
  CaseRegistrationSchema,
  type CaseStatus,
  type CaseType,
  type CaseVariant,
  type CitizenCase,
  type FilingFacts,
  type Petitioner,
  type RegistrationSource,
} from './model.ts';

export type RegistrationWarningCode = 'limitation-expired' | 'limitation-unknown' | 'identity-missing' | 'anonymous-lead' | 'possible-duplicate';

/** Something the office must look at; registration never refuses a case for it (legal-rules.md). */
export interface RegistrationWarning {
  code: RegistrationWarningCode;
  messageVi: string;
  messageEn: string;
}

export interface LimitationCheck {
  /** Days allowed by law (90; 30 or 45 for a second complaint). */
  limitDays: number;
  from: CivilDate;
  /** Last day to file, after rolling off a day off (BLDS 2015 Điều 148.5). */
  lastDay: CivilDate;
  /** Days from `from` to the receipt date. */
  elapsedDays: number;
  expired: boolean;
}

/**
 * The filing time limit (thời hiệu) of a complaint, or null when the type has none or the start date is
 * unknown. Lần đầu: 90 days from receiving or learning of the act (Luật Khiếu nại Điều 9). Lần hai: 30
 * days, 45 in a remote area, from receiving the first decision or from the end of the first resolution
 * period without one (Điều 33). Counted like every legal period: day 1 is the next day.
 * @example checkFilingLimitation('khieu-nai-lan-1', [], { actKnownOn: '2025-03-05' }, '2025-06-04', cal)
 *   // → { limitDays: 90, lastDay: '2025-06-03', elapsedDays: 91, expired: true, … }
 */
export function checkFilingLimitation(
  type: CaseType,
  variants: readonly CaseVariant[],
  facts: FilingFacts,
  receivedOn: CivilDate,
  calendar: WorkingCalendar,
): LimitationCheck | null {
  let from: CivilDate | undefined;
  let limitDays: number;
  if (type === 'khieu-nai-lan-1') {
    from = facts.actKnownOn;
    limitDays = 90;
  } else if (type === 'khieu-nai-lan-2') {
    // Either start applies; the later one is the citizen's, and a warning should never come too early.
    const starts = [facts.firstDecisionReceivedOn, facts.firstResolutionDueOn].filter((d): d is string => d !== undefined).sort();
    from = starts.at(-1);
    limitDays = variants.includes('remote') ? 45 : 30;
  } else {
    return null;
  }
  if (from === undefined) return null;
  const end = addDays(from, limitDays);
  const lastDay = calendar.isWorkingDay(end) ? end : calendar.nextWorkingDay(end);
  return { limitDays, from, lastDay, elapsedDays: daysBetween(from, receivedOn), expired: receivedOn > lastDay };
}

/** Word k-shingles of the normalised text; a text shorter than k words is one shingle. */
export function shingles(text: string, k = 3): Set<string> {
  const words = normalizeVietnamese(text).split(' ').filter(Boolean);
  if (words.length === 0) return new Set();
  if (words.length < k) return new Set([words.join(' ')]);
  const out = new Set<string>();
  for (let i = 0; i + k <= words.length; i++) out.add(words.slice(i, i + k).join(' '));
  return out;
}

/** |A ∩ B| / |A ∪ B|; 0 for two empty sets, so blank texts never look alike. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / (a.size + b.size - common);
}

const normalPhone = (p: string | undefined) => {
  const digits = p?.replace(/\D/g, '') ?? '';
  return digits.startsWith('84') && digits.length >= 11 ? `0${digits.slice(2)}` : digits;
};
const normalEmail = (e: string | undefined) => e?.trim().toLowerCase() ?? '';
const normalId = (id: string | undefined) => id?.replace(/\s/g, '').toUpperCase() ?? '';

export type DuplicateSignal = 'id-number' | 'phone' | 'email' | 'content';

export interface DuplicateCandidate {
  caseId: string;
  /** 0–1: 1 for the same identity number, 0.9 for the same phone or e-mail, else the content similarity. */
  score: number;
  contentSimilarity: number;
  matchedOn: DuplicateSignal[];
}

/** Statuses in which a case is still being handled, so a new letter may be the same matter. */
const OPEN_STATUSES: ReadonlySet<CaseStatus> = new Set(['received', 'lead', 'accepted', 'in-progress', 'extended', 'suspended']);

/**
 * Likely duplicates of a new case among open ones: the same type and the same petitioner (identity
 * number, phone or e-mail), or a very similar text of any type (Jaccard on word 3-shingles of the
 * normalised subject and content, ≥ `threshold`). Best first.
 */
export function findDuplicates(
  candidate: { type: CaseType; petitioner: Petitioner; subject: string; content: string },
  openCases: readonly Pick<CitizenCase, 'id' | 'type' | 'status' | 'petitioner' | 'subject' | 'content'>[],
  threshold = 0.5,
): DuplicateCandidate[] {
  const mine = shingles(`${candidate.subject} ${candidate.content}`);
  const id = normalId(candidate.petitioner.idNumber);
  const phone = normalPhone(candidate.petitioner.phone);
  const email = normalEmail(candidate.petitioner.email);
  const found: DuplicateCandidate[] = [];
  for (const other of openCases) {
    if (!OPEN_STATUSES.has(other.status)) continue;
    const matchedOn: DuplicateSignal[] = [];
    let score = 0;
    if (other.type === candidate.type) {
      if (id && id === normalId(other.petitioner.idNumber)) {
        matchedOn.push('id-number');
        score = 1;
      }
      if (phone && phone === normalPhone(other.petitioner.phone)) {
        matchedOn.push('phone');
        score = Math.max(score, 0.9);
      }
      if (email && email === normalEmail(other.petitioner.email)) {
        matchedOn.push('email');
        score = Math.max(score, 0.9);
      }
    }
    const contentSimilarity = jaccard(mine, shingles(`${other.subject} ${other.content}`));
    if (contentSimilarity >= threshold) matchedOn.push('content');
    if (matchedOn.length === 0) continue;
    found.push({ caseId: other.id, score: Math.max(score, contentSimilarity), contentSimilarity, matchedOn });
  }
  return found.sort((a, b) => b.score - a.score || b.contentSimilarity - a.contentSimilarity);
}

export interface RegistrationContext {
  id: string;
  agencyId: string;
  /** When it is registered (now); `receivedAt` may be earlier (a letter entered the next morning). */
  at: string;
  /** The office user, or a pseudo-user for the public form and e-mail triage (`citizen`, `mail-triage`). */
  registeredBy: string;
  source: RegistrationSource;
  /** `hashTrackingCode(code)`; the code itself is returned to the citizen once and never stored. */
  trackingCodeHash?: string;
  /** The agency's open cases, for duplicate detection. */
  openCases: readonly CitizenCase[];
  /** The official the case names, resolved against the directory by the caller (or as a citizen wrote it). */
  official?: Official | undefined;
  calendar: WorkingCalendar;
  ruleSet: RuleSet;
}

export interface RegistrationResult {
  case: CitizenCase;
  event: CaseEvent;
  deadlines: ComputedStep[];
  warnings: RegistrationWarning[];
  duplicates: DuplicateCandidate[];
  limitation: LimitationCheck | null;
}

/**
 * Registers a case from any channel. Never refuses for lateness, anonymity or duplication: each only
 * warns. An anonymous denunciation, or one that does not give a name and an address (Luật Tố cáo Điều 23,
 * 25), is kept with status `lead` for inspection and owes no legal deadline.
 */
export function registerCase(input: CaseRegistrationInput, ctx: RegistrationContext): RegistrationResult {
  const parsed = CaseRegistrationSchema.safeParse(input);
  if (!parsed.success) throw CaseValidationError.fromZod('invalid-registration', { vi: 'Đơn đăng ký', en: 'registration' }, parsed.error);
  const r = parsed.data;
  if (Date.parse(r.receivedAt) > Date.parse(ctx.at)) {
    throw new CaseValidationError(
      'invalid-registration',
      'Thời điểm nhận đơn không thể sau thời điểm đăng ký.',
      'The receipt time cannot be after the registration time.',
      [{ path: 'receivedAt', message: r.receivedAt }],
    );
  }
  const receivedOn = localDateOf(r.receivedAt);
  const warnings: RegistrationWarning[] = [];
  const noIdentity = !r.petitioner.name || !r.petitioner.address;
  const lead = r.type === 'to-cao' && (r.anonymous || noIdentity);
  if (lead) {
    warnings.push({
      code: 'anonymous-lead',
      messageVi: 'Tố cáo không rõ họ tên, địa chỉ người tố cáo: không thụ lý theo Luật Tố cáo (Điều 25) nhưng được lưu làm nguồn thông tin để thanh tra, kiểm tra.',
      messageEn: 'A denunciation without the denouncer’s name and address is not processed under the Law (Art. 25) but is kept as an inspection lead.',
    });
  } else if (r.type !== 'to-cao' && (r.anonymous || noIdentity) && r.type !== 'kien-nghi-phan-anh') {
    warnings.push({
      code: 'identity-missing',
      messageVi: 'Đơn không ghi rõ họ tên, địa chỉ người gửi: có thể không đủ điều kiện thụ lý.',
      messageEn: 'The letter does not give the sender’s name and address: it may not qualify for acceptance.',
    });
  }

  const limitation = checkFilingLimitation(r.type, r.variants, r.filingFacts, receivedOn, ctx.calendar);
  if (limitation?.expired) {
    warnings.push({
      code: 'limitation-expired',
      messageVi:
        `Có thể đã hết thời hiệu: ${limitation.limitDays} ngày kể từ ${formatVi(limitation.from)}, hạn cuối ${formatVi(limitation.lastDay)}, ` +
        `đơn nhận ngày ${formatVi(receivedOn)} (${limitation.elapsedDays} ngày). Xem xét trở ngại khách quan trước khi quyết định không thụ lý.`,
      messageEn:
        `The filing time limit may have passed: ${limitation.limitDays} days from ${limitation.from}, last day ${limitation.lastDay}, ` +
        `received ${receivedOn} (${limitation.elapsedDays} days). Consider objective obstacles before refusing.`,
    });
  } else if (limitation === null && (r.type === 'khieu-nai-lan-1' || r.type === 'khieu-nai-lan-2')) {
    warnings.push({
      code: 'limitation-unknown',
      messageVi: 'Chưa có ngày để tính thời hiệu khiếu nại; cần ghi ngày biết được quyết định, hành vi (hoặc ngày nhận quyết định lần đầu).',
      messageEn: 'No date to count the filing time limit from; record when the act became known (or the first decision was received).',
    });
  }

  const duplicates = findDuplicates(r, ctx.openCases.filter((c) => c.agencyId === ctx.agencyId && c.id !== ctx.id));
  if (duplicates.length > 0) {
    warnings.push({
      code: 'possible-duplicate',
      messageVi: `Có thể trùng với hồ sơ đang giải quyết: ${duplicates.map((d) => d.caseId).join(', ')}.`,
      messageEn: `May duplicate open case(s): ${duplicates.map((d) => d.caseId).join(', ')}.`,
    });
  }

  const status: CaseStatus = lead ? 'lead' : 'received';
  const computed: ComputedStep[] = [];
  const deadlines: CaseDeadline[] = [];
  if (!lead) {
    for (const s of receiptSteps(r.type, r.channel, r.variants, r.receivedAt)) {
      const { entry, computed: result } = computeStep(s.step, s.input, ctx.calendar, ctx.ruleSet);
      deadlines.push(entry);
      computed.push(result);
    }
  }
  const event: CaseEvent = { seq: 0, at: ctx.at, by: ctx.registeredBy, command: 'register', from: null, to: status, reason: ctx.source, documentRefs: r.documents.map((d) => d.ref) };
  const c: CitizenCase = {
    id: ctx.id,
    agencyId: ctx.agencyId,
    type: r.type,
    channel: r.channel,
    ...(r.forwardedBy ? { forwardedBy: r.forwardedBy } : {}),
    source: ctx.source,
    receivedAt: r.receivedAt,
    registeredBy: ctx.registeredBy,
    anonymous: r.anonymous,
    petitioner: r.petitioner,
    subject: r.subject,
    content: r.content,
    ...(r.unitConcerned ? { unitConcerned: r.unitConcerned } : {}),
    ...(ctx.official ? { officialConcerned: ctx.official } : {}),
    variants: r.variants,
    filingFacts: r.filingFacts,
    ...(r.priorCaseId ? { priorCaseId: r.priorCaseId } : {}),
    ...(r.handlerUserId ? { handlerUserId: r.handlerUserId } : {}),
    status,
    deadlines,
    decisions: [],
    // Whatever a denouncer sends may identify them (a signature, an envelope): confidential from the start.
    documents: r.documents.map((d) => ({ ...d, confidential: r.type === 'to-cao', addedAt: ctx.at, addedBy: ctx.registeredBy })),
    publicDecisions: [],
    timeline: [event],
    ...(ctx.trackingCodeHash ? { trackingCodeHash: ctx.trackingCodeHash } : {}),
    version: 0,
  };
  return { case: c, event, deadlines: computed, warnings, duplicates, limitation };
}
