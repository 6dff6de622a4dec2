import * as z from 'zod';
import { TriggerSchema } from '../../deadlines/civil-date.ts';
import { AlertRecordSchema } from '../../alerts/alert-log.ts';
import { CalendarEditSchema, StoredCalendarYearSchema } from '../../calendar/model.ts';
import { CalendarYearSchema } from '../../deadlines/calendar.ts';
import type { DeadlineResult } from '../../deadlines/compute.ts';
import { DeadlineResultFrameSchema } from '../../deadlines/result-schema.ts';
import { RuleSchema } from '../../deadlines/rules.ts';
import { DeadlineEventSchema, TrackedDeadlineSchema } from '../../tracked-deadlines/model.ts';
import { defineRoute, type RouteDefinition } from '../route.ts';
import { requiredText } from '../../text-schema.ts';

const YearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
/** The engine's result: the shared frame, typed as the engine's own `DeadlineResult`. */
export const DeadlineResultSchema = DeadlineResultFrameSchema as unknown as z.ZodType<DeadlineResult>;

/** Deadline rules and previews, tracked deadlines and their alerts, the working calendar (api-deadlines). */
export const DEADLINE_ROUTES = {
  listDeadlineRules: defineRoute({
    method: 'GET',
    path: '/api/deadlines/rules',
    function: 'api-deadlines',
    auth: 'user',
    summary: 'Các quy tắc thời hạn theo luật, mọi phiên bản / The legal deadline rules, every version',
    tags: ['deadlines'],
    response: z.object({ items: z.array(RuleSchema) }),
  }),
  previewDeadline: defineRoute({
    method: 'GET',
    path: '/api/deadlines/preview',
    function: 'api-deadlines',
    auth: 'user',
    summary: 'Tính thử một thời hạn, kèm giải thích từng bước / Compute a deadline with its step-by-step explanation',
    tags: ['deadlines'],
    query: z.object({
      ruleId: z.string().min(1).max(80),
      trigger: TriggerSchema.meta({ description: 'YYYY-MM-DD, or an ISO 8601 instant with offset' }),
      variants: z.string().max(200).optional().meta({ description: 'comma-separated variant names, e.g. remote,complex' }),
      extensions: z.coerce.number().int().min(0).max(5).optional(),
    }),
    response: DeadlineResultSchema,
  }),
  listDeadlines: defineRoute({
    method: 'GET',
    path: '/api/deadlines',
    function: 'api-deadlines',
    auth: 'user',
    summary: 'Các thời hạn đang theo dõi / Tracked deadlines (office and leaders: all; others: their own)',
    tags: ['deadlines'],
    query: z.object({ status: z.enum(['open', 'met', 'cancelled']).optional() }),
    response: z.object({ items: z.array(TrackedDeadlineSchema) }),
  }),
  getDeadline: defineRoute({
    method: 'GET',
    path: '/api/deadlines/{deadlineId}',
    function: 'api-deadlines',
    auth: 'user',
    summary: 'Một thời hạn: cách tính và lịch sử thay đổi / One deadline: how it is computed and its history',
    tags: ['deadlines'],
    params: z.object({ deadlineId: z.string().min(1).max(64) }),
    response: z.object({ deadline: TrackedDeadlineSchema, computation: DeadlineResultSchema.nullable(), history: z.array(DeadlineEventSchema) }),
  }),
  listAlerts: defineRoute({
    method: 'GET',
    path: '/api/alerts',
    function: 'api-deadlines',
    auth: 'user',
    summary: 'Nhật ký cảnh báo: gửi gì, cho ai, khi nào, vì sao / Alert log: what was sent, to whom, when and why',
    tags: ['alerts'],
    query: z.object({ subjectRef: z.string().max(200).optional() }),
    response: z.object({ items: z.array(AlertRecordSchema) }),
  }),
  getDeadlineAlerts: defineRoute({
    method: 'GET',
    path: '/api/deadlines/{deadlineId}/alerts',
    function: 'api-deadlines',
    auth: 'user',
    summary: 'Các cảnh báo đã gửi về một thời hạn / Alerts sent about one deadline',
    tags: ['alerts'],
    params: z.object({ deadlineId: z.string().min(1).max(200) }),
    response: z.object({ items: z.array(AlertRecordSchema) }),
  }),
  getCalendar: defineRoute({
    method: 'GET',
    path: '/api/calendar',
    function: 'api-deadlines',
    auth: 'user',
    summary: 'Lịch ngày nghỉ, ngày làm bù của cơ quan theo năm / The agency\'s days off and make-up days, by year',
    tags: ['calendar'],
    response: z.object({ years: z.array(StoredCalendarYearSchema) }),
  }),
  putCalendarYear: defineRoute({
    method: 'PUT',
    path: '/api/calendar/{year}',
    function: 'api-deadlines',
    auth: 'user',
    summary: 'Lưu lịch một năm (quản trị); các thời hạn bị ảnh hưởng được tính lại / Save a year (admin); affected deadlines are recomputed',
    tags: ['calendar'],
    params: YearParams,
    body: z.object({
      /** The version read, or null to create a year that does not exist yet. */
      version: z.number().int().nonnegative().nullable(),
      data: CalendarYearSchema,
      reason: requiredText('Lý do', 'Reason', { min: 5, max: 500 }),
    }),
    response: StoredCalendarYearSchema,
  }),
  getCalendarHistory: defineRoute({
    method: 'GET',
    path: '/api/calendar/{year}/history',
    function: 'api-deadlines',
    auth: 'user',
    summary: 'Lịch sử sửa lịch của một năm / Edit history of a year',
    tags: ['calendar'],
    params: YearParams,
    response: z.object({ items: z.array(CalendarEditSchema) }),
  }),
  proposeCalendarYear: defineRoute({
    method: 'GET',
    path: '/api/calendar/{year}/proposal',
    function: 'api-deadlines',
    auth: 'user',
    summary: 'Đề xuất ngày nghỉ theo âm lịch, chờ xác nhận / Days off proposed from the lunar calendar, to confirm',
    tags: ['calendar'],
    params: YearParams,
    response: CalendarYearSchema,
  }),
  exportCalendar: defineRoute({
    method: 'GET',
    path: '/api/calendar/export',
    function: 'api-deadlines',
    auth: 'user',
    summary: 'Xuất lịch ra iCalendar (.ics) / Export the calendar as iCalendar (.ics)',
    tags: ['calendar'],
    response: z.object({ filename: z.string(), contentType: z.literal('text/calendar'), content: z.string() }),
  }),
  importCalendar: defineRoute({
    method: 'POST',
    path: '/api/calendar/import',
    function: 'api-deadlines',
    auth: 'user',
    summary: 'Nhập lịch từ iCalendar (.ics), thay các năm có trong tệp (quản trị) / Import iCalendar, replacing the years it contains (admin)',
    tags: ['calendar'],
    body: z.object({ ics: z.string().min(20).max(500_000), reason: requiredText('Lý do', 'Reason', { min: 5, max: 500 }) }),
    response: z.object({ years: z.array(StoredCalendarYearSchema) }),
    maxBodyBytes: 600 * 1024,
  }),
} as const satisfies Record<string, RouteDefinition>;
