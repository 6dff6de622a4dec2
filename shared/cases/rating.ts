import * as z from 'zod';
import type { WorkingCalendar } from '../deadlines/calendar.ts';
import { CivilDateSchema, type CivilDate } from '../deadlines/civil-date.ts';
import { RATING_LEVELS, type RatingLevel } from './labels.ts';
import { CaseTypeSchema, type CaseStatus, type CitizenCase } from './model.ts';
import { checkFilingLimitation } from './registration.ts';

/*
 * After its handling ends, the citizen holding a case's tracking code may say how satisfied they were:
 * once per case, without an account, a level and nothing else (no free text that could name a handler
 * or carry personal data onto the figures). The public page also says what the citizen may do next and
 * by when, where the law gives a time limit.
 */

export const RatingInputSchema = z.object({
  level: z.enum(RATING_LEVELS, { message: 'Chọn một mức độ hài lòng / Choose how satisfied you are' }),
});
export type RatingInput = z.infer<typeof RatingInputSchema>;

export const CaseRatingSchema = z.object({
  agencyId: z.string(),
  caseId: z.string(),
  /** Kept with the rating so the figures by type need no case read. */
  type: CaseTypeSchema,
  level: z.enum(RATING_LEVELS),
  ratedAt: z.string(),
  ratedOn: CivilDateSchema,
});
export type CaseRating = z.infer<typeof CaseRatingSchema>;

/** Where ratings are kept: one per case, the first one stands. */
export interface RatingRepository {
  get(agencyId: string, caseId: string): Promise<CaseRating | undefined>;
  /** False when the case has a rating already. */
  create(rating: CaseRating): Promise<boolean>;
  list(agencyId: string): Promise<CaseRating[]>;
}

/** The statuses in which the agency's handling has ended: the citizen may rate it. */
const ENDED: ReadonlySet<CaseStatus> = new Set(['resolved', 'refused', 'not-accepted', 'transferred', 'closed']);
export const mayRate = (c: Pick<CitizenCase, 'status'>) => ENDED.has(c.status);

/** Counts per level, every level present. */
export function ratingCounts(ratings: readonly Pick<CaseRating, 'level'>[]): Record<RatingLevel, number> {
  const counts = Object.fromEntries(RATING_LEVELS.map((level) => [level, 0])) as Record<RatingLevel, number>;
  for (const r of ratings) counts[r.level] += 1;
  return counts;
}

/** What the citizen may do next, in their words; `lastDay` where the law gives a time limit, counted from `from`. */
export interface NextStep {
  vi: string;
  en: string;
  from: CivilDate | null;
  lastDay: CivilDate | null;
}

const SECOND_COMPLAINT = {
  vi: 'khiếu nại lần hai đến người có thẩm quyền giải quyết khiếu nại lần hai hoặc khởi kiện vụ án hành chính tại Tòa án, trong 30 ngày (vùng sâu, vùng xa đi lại khó khăn: 45 ngày)',
  en: 'make a second-round complaint to the authority that resolves it, or bring an administrative case before the court, within 30 days (45 in a remote area)',
};

/**
 * The next level open to the citizen, as the law gives it (Luật Khiếu nại Điều 33 for the second round,
 * Điều 9 for a complaint against a refusal of information; the later levels of a denunciation or a
 * petition have no time limit to state), or null when there is none to tell.
 */
export function nextStepOf(c: CitizenCase, today: CivilDate, calendar: WorkingCalendar): NextStep | null {
  const resolutionDue = c.deadlines.find((d) => d.step === 'resolution')?.due ?? null;
  const secondRound = (from: CivilDate) => checkFilingLimitation('khieu-nai-lan-2', c.variants, { firstDecisionReceivedOn: from }, from, calendar)?.lastDay ?? null;
  if (c.type === 'khieu-nai-lan-1' && c.resolution && c.resolution.outcome !== 'withdrawn') {
    const from = c.resolution.decidedOn;
    return { vi: `Nếu không đồng ý với quyết định giải quyết khiếu nại lần đầu, ông (bà) có quyền ${SECOND_COMPLAINT.vi} kể từ ngày nhận được quyết định (Luật Khiếu nại, Điều 33).`, en: `If you disagree with the decision on your complaint, you may ${SECOND_COMPLAINT.en} of receiving the decision (Law on Complaints, Article 33).`, from, lastDay: secondRound(from) };
  }
  if (c.type === 'khieu-nai-lan-1' && !c.resolution && c.acceptance && c.status !== 'suspended' && resolutionDue !== null && resolutionDue < today) {
    return { vi: `Đã hết thời hạn giải quyết mà khiếu nại chưa được giải quyết: ông (bà) có quyền ${SECOND_COMPLAINT.vi} kể từ ngày hết thời hạn (Luật Khiếu nại, Điều 33).`, en: `The time limit has passed without a decision: you may ${SECOND_COMPLAINT.en} of the time limit’s end (Law on Complaints, Article 33).`, from: resolutionDue, lastDay: secondRound(resolutionDue) };
  }
  if (c.type === 'khieu-nai-lan-2' && c.resolution && c.resolution.outcome !== 'withdrawn') {
    return { vi: 'Nếu không đồng ý với quyết định giải quyết khiếu nại lần hai, ông (bà) có quyền khởi kiện vụ án hành chính tại Tòa án theo quy định của Luật Tố tụng hành chính.', en: 'If you disagree with the second-round decision, you may bring an administrative case before the court under the Law on Administrative Procedure.', from: null, lastDay: null };
  }
  if (c.type === 'to-cao' && c.resolution && c.resolution.outcome !== 'withdrawn') {
    return { vi: 'Nếu có căn cứ cho rằng việc giải quyết tố cáo không đúng pháp luật, ông (bà) có quyền tố cáo tiếp đến cơ quan, người có thẩm quyền cấp trên trực tiếp của người đã giải quyết tố cáo.', en: 'If you have grounds to believe the denunciation was not resolved lawfully, you may denounce again to the superior of the person who resolved it.', from: null, lastDay: null };
  }
  if (c.type === 'kien-nghi-phan-anh' && c.resolution) {
    return { vi: 'Nếu chưa đồng ý với nội dung trả lời, ông (bà) có thể tiếp tục kiến nghị, phản ánh đến cơ quan cấp trên.', en: 'If you disagree with the answer, you may petition the superior body.', from: null, lastDay: null };
  }
  if (c.type === 'yeu-cau-thong-tin' && c.refusal) {
    const from = c.refusal.decidedOn;
    const lastDay = checkFilingLimitation('khieu-nai-lan-1', [], { actKnownOn: from }, from, calendar)?.lastDay ?? null;
    return { vi: 'Nếu cho rằng việc từ chối cung cấp thông tin không đúng pháp luật, ông (bà) có quyền khiếu nại trong 90 ngày kể từ ngày nhận được thông báo từ chối (Luật Khiếu nại, Điều 9) hoặc khởi kiện theo quy định của pháp luật.', en: 'If you believe the refusal is unlawful, you may complain within 90 days of receiving it (Law on Complaints, Article 9) or go to court.', from, lastDay };
  }
  if (c.transfer && c.type.startsWith('khieu-nai')) {
    return { vi: `Khiếu nại không thuộc thẩm quyền giải quyết của cơ quan; ông (bà) gửi đơn đến ${c.transfer.to} để được giải quyết.`, en: `The complaint is outside this body’s competence; file it with ${c.transfer.to}.`, from: null, lastDay: null };
  }
  if (c.transfer) {
    return { vi: `Đơn đã được chuyển đến ${c.transfer.to}; ông (bà) liên hệ cơ quan này để theo dõi việc giải quyết.`, en: `Your letter was passed to ${c.transfer.to}; follow it up with that body.`, from: null, lastDay: null };
  }
  return null;
}
