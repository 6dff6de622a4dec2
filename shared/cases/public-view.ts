import { localDateOf, type WorkingCalendar } from '../deadlines/calendar.ts';
import type { CivilDate } from '../deadlines/civil-date.ts';
import type { RatingLevel } from './labels.ts';
import { mayRate, nextStepOf, type CaseRating, type NextStep } from './rating.ts';
import { CASE_TYPE_LABELS, type CaseStatus, type CaseType, type CitizenCase, type PublicDecision } from './model.ts';

/** Status words a citizen understands, rather than the office's terms. */
export const PUBLIC_STATUS_LABELS: Record<CaseStatus, { vi: string; en: string }> = {
  received: { vi: 'Đã tiếp nhận, đang xem xét', en: 'Received, being reviewed' },
  lead: { vi: 'Đã tiếp nhận; đơn không rõ danh tính người gửi nên được xem xét như nguồn thông tin', en: 'Received; without the sender’s identity it is reviewed as information' },
  accepted: { vi: 'Đã thụ lý', en: 'Accepted for resolution' },
  transferred: { vi: 'Đã chuyển đến cơ quan có thẩm quyền', en: 'Transferred to the competent body' },
  'not-accepted': { vi: 'Không thụ lý (xem thông báo)', en: 'Not accepted (see the notice)' },
  'in-progress': { vi: 'Đang giải quyết', en: 'Being resolved' },
  extended: { vi: 'Đang giải quyết (đã gia hạn)', en: 'Being resolved (time limit extended)' },
  suspended: { vi: 'Tạm đình chỉ giải quyết', en: 'Resolution suspended' },
  resolved: { vi: 'Đã có kết quả giải quyết', en: 'Resolved' },
  refused: { vi: 'Từ chối cung cấp thông tin (xem thông báo)', en: 'Information refused (see the notice)' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
};

/** Everything the public status page shows; the exact key set is asserted in tests. */
export interface PublicCaseView {
  type: CaseType;
  typeLabel: { vi: string; en: string };
  receivedOn: CivilDate;
  status: CaseStatus;
  statusLabel: { vi: string; en: string };
  /** The earliest open deadline, or null (none, or counting suspended). */
  nextDeadline: CivilDate | null;
  decisions: PublicDecision[];
  /** What the citizen may do next and by when, once there is something to tell. */
  nextStep: NextStep | null;
  /** Whether the handling has ended and the case has no rating yet. */
  mayRate: boolean;
  rating: { level: RatingLevel; ratedOn: CivilDate } | null;
}

/**
 * What a citizen holding the tracking code may see: no name, contact, content, handler, unit or
 * official, because the code may be shared or shoulder-surfed and the page is unauthenticated.
 */
export function toPublicView(c: CitizenCase, context: { rating: CaseRating | undefined; today: CivilDate; calendar: WorkingCalendar }): PublicCaseView {
  const open = c.deadlines
    .filter((d) => d.status === 'open' && d.due !== null)
    .map((d) => d.due as CivilDate)
    .sort();
  return {
    type: c.type,
    typeLabel: { ...CASE_TYPE_LABELS[c.type] },
    receivedOn: localDateOf(c.receivedAt),
    status: c.status,
    statusLabel: { ...PUBLIC_STATUS_LABELS[c.status] },
    nextDeadline: c.status === 'suspended' ? null : (open[0] ?? null),
    decisions: c.publicDecisions.map((d) => ({ decidedOn: d.decidedOn, summary: d.summary })),
    nextStep: nextStepOf(c, context.today, context.calendar),
    mayRate: mayRate(c) && !context.rating,
    rating: context.rating ? { level: context.rating.level, ratedOn: context.rating.ratedOn } : null,
  };
}
