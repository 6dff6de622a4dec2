import type { CaseStatus, Channel, RefusalReason } from './model.ts';

/*
 * The words for a case's channel and status, in both languages: the web app's dictionary, the registers
 * and every export read them from here (no zod, so the web app's first chunk stays small).
 */

export const CHANNEL_LABELS: Record<Channel, { vi: string; en: string }> = {
  'truc-tiep': { vi: 'Trực tiếp', en: 'In person' },
  'buu-chinh': { vi: 'Bưu chính', en: 'Post' },
  'email': { vi: 'Thư điện tử', en: 'Email' },
  'web': { vi: 'Cổng trực tuyến', en: 'Online form' },
  'chuyen-den': { vi: 'Cơ quan khác, báo chí chuyển đến', en: 'Forwarded by another body or the press' },
};

export const CASE_STATUS_LABELS: Record<CaseStatus, { vi: string; en: string }> = {
  'received': { vi: 'Đã tiếp nhận', en: 'Received' },
  'lead': { vi: 'Nguồn tin (tố cáo nặc danh)', en: 'Lead (anonymous denunciation)' },
  'accepted': { vi: 'Đã thụ lý', en: 'Accepted' },
  'transferred': { vi: 'Đã chuyển đơn', en: 'Transferred' },
  'not-accepted': { vi: 'Không thụ lý', en: 'Not accepted' },
  'in-progress': { vi: 'Đang giải quyết', en: 'In progress' },
  'extended': { vi: 'Đang giải quyết (đã gia hạn)', en: 'In progress (extended)' },
  'suspended': { vi: 'Tạm đình chỉ', en: 'Suspended' },
  'resolved': { vi: 'Đã giải quyết', en: 'Resolved' },
  'refused': { vi: 'Từ chối cung cấp', en: 'Information refused' },
  'closed': { vi: 'Đã kết thúc', en: 'Closed' },
};

/** The grounds for refusing information (Luật Tiếp cận thông tin 2016, Điều 6 and 28). */
export const REFUSAL_REASON_LABELS: Record<RefusalReason, { vi: string; en: string }> = {
  'restricted': { vi: 'Thông tin không được tiếp cận', en: 'Information not accessible' },
  'conditional-not-met': { vi: 'Không đủ điều kiện tiếp cận có điều kiện', en: 'Conditions for access not met' },
  'not-held': { vi: 'Cơ quan không nắm giữ thông tin', en: 'Information not held' },
  'already-provided': { vi: 'Đã cung cấp trước đó', en: 'Already provided' },
  'beyond-capacity': { vi: 'Vượt quá khả năng đáp ứng', en: 'Beyond the body’s capacity' },
  'other': { vi: 'Lý do khác', en: 'Other reason' },
};

/** How satisfied a citizen was with the handling of their case, best first (the five levels of the public-service satisfaction surveys). */
export const RATING_LEVELS = ['rat-hai-long', 'hai-long', 'binh-thuong', 'khong-hai-long', 'rat-khong-hai-long'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const RATING_LABELS: Record<RatingLevel, { vi: string; en: string }> = {
  'rat-hai-long': { vi: 'Rất hài lòng', en: 'Very satisfied' },
  'hai-long': { vi: 'Hài lòng', en: 'Satisfied' },
  'binh-thuong': { vi: 'Bình thường', en: 'Neutral' },
  'khong-hai-long': { vi: 'Không hài lòng', en: 'Dissatisfied' },
  'rat-khong-hai-long': { vi: 'Rất không hài lòng', en: 'Very dissatisfied' },
};
