import * as z from 'zod';
import { OfficialInputSchema, OfficialSchema } from '../organization/official.ts';
import { localDateOf } from '../deadlines/calendar.ts';
import { CivilDateSchema, isCivilDate, isInstant } from '../deadlines/civil-date.ts';
import { requiredText } from '../text-schema.ts';
import { DeadlineInputSchema } from '../deadlines/compute.ts';

/** A field message in both languages, the platform's convention (`vi / en`). */
const m = (vi: string, en: string) => ({ error: `${vi} / ${en}` });

export const CASE_TYPES = ['khieu-nai-lan-1', 'khieu-nai-lan-2', 'to-cao', 'kien-nghi-phan-anh', 'yeu-cau-thong-tin'] as const;
export const CaseTypeSchema = z.enum(CASE_TYPES, m('Loại đơn không hợp lệ', 'Unknown case type'));
export type CaseType = z.infer<typeof CaseTypeSchema>;

export const CASE_TYPE_LABELS: Record<CaseType, { vi: string; en: string }> = {
  'khieu-nai-lan-1': { vi: 'Khiếu nại lần đầu', en: 'First complaint' },
  'khieu-nai-lan-2': { vi: 'Khiếu nại lần hai', en: 'Second complaint' },
  'to-cao': { vi: 'Tố cáo', en: 'Denunciation' },
  'kien-nghi-phan-anh': { vi: 'Kiến nghị, phản ánh', en: 'Petition or feedback' },
  'yeu-cau-thong-tin': { vi: 'Yêu cầu cung cấp thông tin', en: 'Access-to-information request' },
};

export const CHANNELS = ['truc-tiep', 'buu-chinh', 'email', 'web', 'chuyen-den'] as const;
export const ChannelSchema = z.enum(CHANNELS, m('Kênh tiếp nhận không hợp lệ', 'Unknown channel'));
export type Channel = z.infer<typeof ChannelSchema>;

/** Who registered it: the office form, the public form (no account) or the triage of the cases mailbox. */
export const RegistrationSourceSchema = z.enum(['office-form', 'public-form', 'email-triage']);
export type RegistrationSource = z.infer<typeof RegistrationSourceSchema>;

/**
 * `lead`: an anonymous denunciation, not processed under Luật Tố cáo (Điều 25) but kept as a source for
 * inspection. `refused`: an information request refused with a reason (Luật Tiếp cận thông tin Điều 6, 28).
 */
export const CASE_STATUSES = [
  'received',
  'lead',
  'accepted',
  'transferred',
  'not-accepted',
  'in-progress',
  'extended',
  'suspended',
  'resolved',
  'refused',
  'closed',
] as const;
export const CaseStatusSchema = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

/** Statuses after which a case owes nothing more (no deadline runs). */
export const CLOSED_CASE_STATUSES: ReadonlySet<CaseStatus> = new Set<CaseStatus>(['closed', 'transferred', 'not-accepted', 'resolved', 'refused']);

/** Variants choose a longer legal period; they are not extensions (legal-rules.md, "Semantics"). */
export const CASE_VARIANTS = ['complex', 'remote', 'multi-location'] as const;
export const CaseVariantSchema = z.enum(CASE_VARIANTS, m('Trường hợp không hợp lệ', 'Unknown variant'));
export type CaseVariant = z.infer<typeof CaseVariantSchema>;

/** Which variants mean something for which type; anything else is refused rather than silently ignored. */
export const VARIANTS_BY_TYPE: Record<CaseType, readonly CaseVariant[]> = {
  'khieu-nai-lan-1': ['complex', 'remote'],
  'khieu-nai-lan-2': ['complex', 'remote'],
  // A complex denunciation gets extensions (Điều 30), not a longer base period.
  'to-cao': ['multi-location'],
  'kien-nghi-phan-anh': [],
  // complex → rule `tiep-can-thong-tin/phuc-tap`.
  'yeu-cau-thong-tin': ['complex'],
};

/** Required text as a person would type it: trimmed, NFC; refused when it shows nothing (only invisible characters) or is ill-formed. */
const text = (max: number, vi: string, en: string) => requiredText(vi, en, { max });

const optionalText = (max: number, vi: string, en: string) => text(max, vi, en).optional();

export const PhoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 .()-]{8,20}$/, m('Số điện thoại không hợp lệ', 'Invalid phone number'));

/** Everything that identifies the person: all optional, because a denunciation may be anonymous. */
export const PetitionerSchema = z.object({
  name: optionalText(120, 'Họ tên', 'Name'),
  address: optionalText(300, 'Địa chỉ', 'Address'),
  phone: PhoneSchema.optional(),
  email: z.email(m('Địa chỉ thư điện tử không hợp lệ', 'Invalid e-mail address')).optional(),
  /** Số CCCD / định danh cá nhân. */
  idNumber: z.string().trim().regex(/^[0-9A-Za-z]{6,20}$/, m('Số giấy tờ tùy thân không hợp lệ', 'Invalid identity number')).optional(),
});
export type Petitioner = z.infer<typeof PetitionerSchema>;

/** Case types that may name an official (an information request asks for information, not about a person). */
export const NAMES_OFFICIAL: readonly CaseType[] = ['khieu-nai-lan-1', 'khieu-nai-lan-2', 'to-cao', 'kien-nghi-phan-anh'];

export const UnitConcernedSchema = z.object({
  unitId: z.string().min(1).max(64).optional(),
  name: optionalText(200, 'Tên đơn vị', 'Unit name'),
});

export const ForwardedBySchema = z.object({
  kind: z.enum(['body', 'press'], m('Nguồn chuyển đến phải là cơ quan hoặc báo chí', 'Forwarded by must be a body or the press')),
  name: text(200, 'Tên cơ quan chuyển đơn', 'Forwarding body'),
  documentRef: optionalText(100, 'Số văn bản chuyển', 'Forwarding letter reference'),
});

/**
 * Facts the filing time limits (thời hiệu) are counted from. Khiếu nại lần đầu: the day the complainant
 * received or learned of the act (Luật Khiếu nại Điều 9). Lần hai: the day they received the first
 * decision, or the day the first resolution period ran out without one (Điều 33).
 */
export const FilingFactsSchema = z.object({
  actKnownOn: CivilDateSchema.optional(),
  firstDecisionReceivedOn: CivilDateSchema.optional(),
  firstResolutionDueOn: CivilDateSchema.optional(),
});
export type FilingFacts = z.infer<typeof FilingFactsSchema>;

export const DocumentKindSchema = z.enum(['letter', 'attachment', 'decision', 'notice', 'minutes', 'report', 'other']);

/** A reference to a document (its number and symbol, or an attachment id); the file itself lives in S3. */
export const DocumentRefSchema = z.object({
  ref: z.string().min(1).max(200),
  kind: DocumentKindSchema,
  title: z.string().max(300).optional(),
  /** Reveals who filed it (the letter, its envelope, a scan): hidden wherever the identity is. */
  confidential: z.boolean().default(false),
  addedAt: z.string(),
  addedBy: z.string(),
});
export type DocumentRef = z.infer<typeof DocumentRefSchema>;

/** The steps a case watches a deadline for; each maps to one `TrackedDeadline`. */
export const DEADLINE_STEPS = ['acceptance', 'transfer', 'notification', 'resolution', 'provision', 'complex-notice', 'handling'] as const;
export const DeadlineStepSchema = z.enum(DEADLINE_STEPS);
export type DeadlineStep = z.infer<typeof DeadlineStepSchema>;

export const CaseDeadlineSchema = z.object({
  step: DeadlineStepSchema,
  ruleId: z.string().min(1),
  /** Exactly what the engine was given, extensions and suspensions included, so it can be recomputed. */
  input: DeadlineInputSchema,
  ruleVersion: z.string(),
  /** Null while a suspension pauses the count. */
  due: CivilDateSchema.nullable(),
  dueInstant: z.string().nullable(),
  status: z.enum(['open', 'met', 'cancelled']),
  closedAt: z.string().optional(),
});
export type CaseDeadline = z.infer<typeof CaseDeadlineSchema>;

/** A recorded decision that moves a deadline: it re-enters the engine as an extension or a suspension. */
export const CaseDecisionSchema = z.object({
  kind: z.enum(['extension', 'suspension', 'resumption']),
  step: DeadlineStepSchema,
  decidedOn: CivilDateSchema,
  /** Days added, for an extension. */
  days: z.number().int().positive().optional(),
  reason: z.string().min(1),
  by: z.string().min(1),
  /** The step's end as this decision left it (null while the counting is suspended): its document prints this, not a later one. Absent on decisions recorded before it was kept. */
  dueAfter: CivilDateSchema.nullable().optional(),
  /** The decision's number as typed, when it was issued outside the platform; otherwise its case document has it. */
  documentRef: z.string().min(1).optional(),
  recordedAt: z.string(),
});
export type CaseDecision = z.infer<typeof CaseDecisionSchema>;

export const OUTCOMES = ['upheld', 'partly-upheld', 'rejected', 'withdrawn', 'answered', 'provided'] as const;
export const OutcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof OutcomeSchema>;

export const OUTCOME_LABELS: Record<Outcome, { vi: string; en: string }> = {
  upheld: { vi: 'Đúng', en: 'Upheld' },
  'partly-upheld': { vi: 'Đúng một phần', en: 'Partly upheld' },
  rejected: { vi: 'Sai', en: 'Not upheld' },
  withdrawn: { vi: 'Rút đơn, đình chỉ giải quyết', en: 'Withdrawn; resolution discontinued' },
  answered: { vi: 'Đã trả lời', en: 'Answered' },
  provided: { vi: 'Đã cung cấp thông tin', en: 'Information provided' },
};

/** Grounds for not accepting (không thụ lý) a case, e.g. Luật Khiếu nại Điều 11; `other` needs the free text. */
export const NOT_ACCEPTED_REASONS = [
  'limitation-expired',
  'no-standing',
  'already-resolved',
  'court-proceedings',
  'incomplete-information',
  'withdrawn',
  'not-a-case',
  'other',
] as const;
export const NotAcceptedReasonSchema = z.enum(NOT_ACCEPTED_REASONS);
export type NotAcceptedReason = z.infer<typeof NotAcceptedReasonSchema>;

export const NOT_ACCEPTED_REASON_LABELS: Record<NotAcceptedReason, { vi: string; en: string }> = {
  'limitation-expired': { vi: 'Hết thời hiệu mà không có lý do chính đáng', en: 'Filed after the time limit without a valid reason' },
  'no-standing': { vi: 'Người gửi đơn không có quyền, lợi ích liên quan hoặc không có năng lực hành vi', en: 'The petitioner has no standing or legal capacity' },
  'already-resolved': { vi: 'Đã được giải quyết bằng quyết định có hiệu lực', en: 'Already resolved by a decision in force' },
  'court-proceedings': { vi: 'Tòa án đã thụ lý', en: 'A court has taken up the matter' },
  'incomplete-information': { vi: 'Đơn không đủ nội dung, không rõ người gửi', en: 'Incomplete letter or unknown sender' },
  withdrawn: { vi: 'Người gửi đã rút đơn', en: 'Withdrawn by the petitioner' },
  'not-a-case': { vi: 'Nội dung không thuộc loại đơn đã đăng ký', en: 'Not a case of the registered type' },
  other: { vi: 'Lý do khác', en: 'Other reason' },
};

/** Grounds for refusing information (Luật Tiếp cận thông tin 2016, Điều 6 and 28). */
export const REFUSAL_REASONS = ['restricted', 'conditional-not-met', 'not-held', 'already-provided', 'beyond-capacity', 'other'] as const;
export const RefusalReasonSchema = z.enum(REFUSAL_REASONS);
export type RefusalReason = z.infer<typeof RefusalReasonSchema>;

export const CaseEventSchema = z.object({
  seq: z.number().int().nonnegative(),
  at: z.string(),
  by: z.string(),
  command: z.string(),
  from: CaseStatusSchema.nullable(),
  to: CaseStatusSchema,
  reason: z.string().optional(),
  documentRefs: z.array(z.string()),
});
export type CaseEvent = z.infer<typeof CaseEventSchema>;

export const PublicDecisionSchema = z.object({ decidedOn: CivilDateSchema, summary: z.string().min(1).max(2000) });
export type PublicDecision = z.infer<typeof PublicDecisionSchema>;

export const CitizenCaseSchema = z.object({
  id: z.string().min(1),
  agencyId: z.string().min(1),
  type: CaseTypeSchema,
  channel: ChannelSchema,
  forwardedBy: ForwardedBySchema.optional(),
  source: RegistrationSourceSchema,
  /** Instant with offset; its local date (Asia/Ho_Chi_Minh) is the receipt date the law counts from. */
  receivedAt: z.string(),
  registeredBy: z.string(),
  anonymous: z.boolean(),
  petitioner: PetitionerSchema,
  subject: z.string(),
  content: z.string(),
  unitConcerned: UnitConcernedSchema.optional(),
  /** Stored from the directory at registration; recusal is derived from it and the directory at each read. */
  officialConcerned: OfficialSchema.optional(),
  variants: z.array(CaseVariantSchema),
  filingFacts: FilingFactsSchema,
  /** The first complaint a second one follows, when it is on the platform. */
  priorCaseId: z.string().optional(),
  handlerUserId: z.string().optional(),
  status: CaseStatusSchema,
  acceptance: z.object({ acceptedOn: CivilDateSchema, by: z.string(), documentRef: z.string().optional() }).optional(),
  transfer: z.object({ to: z.string(), reason: z.string(), transferredOn: CivilDateSchema, documentRef: z.string().optional() }).optional(),
  notAccepted: z.object({ reason: NotAcceptedReasonSchema, text: z.string(), decidedOn: CivilDateSchema, documentRef: z.string().optional() }).optional(),
  resolution: z.object({ outcome: OutcomeSchema, documentRef: z.string().optional(), decidedOn: CivilDateSchema, by: z.string() }).optional(),
  refusal: z.object({ reason: RefusalReasonSchema, text: z.string(), documentRef: z.string().optional(), decidedOn: CivilDateSchema }).optional(),
  deadlines: z.array(CaseDeadlineSchema),
  decisions: z.array(CaseDecisionSchema),
  documents: z.array(DocumentRefSchema),
  /** The only decision text a citizen sees on the status page. */
  publicDecisions: z.array(PublicDecisionSchema),
  timeline: z.array(CaseEventSchema),
  /** SHA-256 of the tracking code; the code itself is never stored. */
  trackingCodeHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  version: z.number().int().nonnegative(),
});
export type CitizenCase = z.infer<typeof CitizenCaseSchema>;

/** The end of the period the case is resolved in: its resolution's, or for an information request its provision's; null while none is set. */
export const resolutionDueOf = (c: Pick<CitizenCase, 'deadlines'>): string | null => c.deadlines.find((d) => d.step === 'resolution' || d.step === 'provision')?.due ?? null;

/** Whether the case was decided by that end: what "resolved on time" counts everywhere. */
export const decidedOnTime = (c: Pick<CitizenCase, 'deadlines' | 'resolution'>): boolean => {
  const due = resolutionDueOf(c);
  return c.resolution !== undefined && due !== null && c.resolution.decidedOn <= due;
};

/** What the office form, the public form and e-mail triage hand in; validated before anything is stored. */
/** The fields of a registration, before the checks that relate them (for forms that take a subset). */
export const CaseRegistrationFieldsSchema = z.object({
    type: CaseTypeSchema,
    channel: ChannelSchema,
    forwardedBy: ForwardedBySchema.optional(),
    receivedAt: z.string(m('Thiếu thời điểm nhận đơn', 'Receipt time is required')).refine(isInstant, m('Thời điểm nhận đơn phải là một ngày có thật, theo ISO 8601, có múi giờ', 'Receipt time must be a real date, ISO 8601 with an offset')),
    anonymous: z.boolean().default(false),
    petitioner: PetitionerSchema.default({}),
    subject: text(300, 'Trích yếu nội dung', 'Subject'),
    content: text(20_000, 'Nội dung đơn', 'Content'),
    unitConcerned: UnitConcernedSchema.optional(),
    officialConcerned: OfficialInputSchema.optional(),
    variants: z.array(CaseVariantSchema).max(3).default([]),
    filingFacts: FilingFactsSchema.default({}),
    priorCaseId: z.string().min(1).max(128).optional(),
    handlerUserId: z.string().min(1).max(128).optional(),
    documents: z
      .array(z.object({ ref: z.string().min(1).max(200), kind: DocumentKindSchema, title: z.string().max(300).optional() }))
      .max(20, m('Tối đa 20 tài liệu', 'At most 20 documents'))
      .default([]),
});

export const CaseRegistrationSchema = CaseRegistrationFieldsSchema
  .superRefine((r, ctx) => {
    if (r.channel === 'chuyen-den' && !r.forwardedBy) {
      ctx.addIssue({ code: 'custom', path: ['forwardedBy'], message: 'Đơn chuyển đến phải ghi cơ quan chuyển / A forwarded case must name the forwarding body' });
    }
    if (r.channel !== 'chuyen-den' && r.forwardedBy) {
      ctx.addIssue({ code: 'custom', path: ['forwardedBy'], message: 'Chỉ ghi cơ quan chuyển khi kênh là “chuyển đến” / Only a forwarded case names a forwarding body' });
    }
    r.variants.forEach((v, i) => {
      if (!VARIANTS_BY_TYPE[r.type].includes(v)) {
        ctx.addIssue({ code: 'custom', path: ['variants', i], message: `Trường hợp “${v}” không áp dụng cho loại đơn này / Variant “${v}” does not apply to this case type` });
      }
    });
    if (r.officialConcerned && !NAMES_OFFICIAL.includes(r.type)) {
      ctx.addIssue({ code: 'custom', path: ['officialConcerned'], message: 'Yêu cầu cung cấp thông tin không ghi cán bộ bị phản ánh / An information request names no official' });
    }
    if (!isInstant(r.receivedAt)) return;
    const received = localDateOf(r.receivedAt);
    for (const key of ['actKnownOn', 'firstDecisionReceivedOn', 'firstResolutionDueOn'] as const) {
      const date = r.filingFacts[key];
      if (date !== undefined && isCivilDate(date) && date > received) {
        ctx.addIssue({ code: 'custom', path: ['filingFacts', key], message: 'Ngày này sau ngày nhận đơn / This date is after the receipt date' });
      }
    }
  });
export type CaseRegistration = z.infer<typeof CaseRegistrationSchema>;
export type CaseRegistrationInput = z.input<typeof CaseRegistrationSchema>;
