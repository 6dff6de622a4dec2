import * as z from 'zod';
import { AgencySchema, RoleSchema, UnitChangesSchema, UnitIdSchema, UnitSchema, UserSchema } from '../organization/model.ts';
import { CalendarEditSchema, StoredCalendarYearSchema } from '../calendar/model.ts';
import { CalendarYearSchema } from '../deadlines/calendar.ts';
import type { DeadlineResult } from '../deadlines/compute.ts';
import { RuleSchema } from '../deadlines/rules.ts';
import { DeadlineEventSchema, TrackedDeadlineSchema } from '../tracking/model.ts';
import { defineRoute, type RouteDefinition } from './route.ts';

const MeSchema = z.object({
  user: UserSchema,
  agency: AgencySchema,
  unit: UnitSchema.nullable(),
  roles: z.array(RoleSchema),
});

const UnitParams = z.object({ unitId: UnitIdSchema });
const YearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/**
 * A computed deadline with its explanation, as the engine returns it. The schema checks the frame and
 * lets every trace field through; its type is the engine's own (shared/deadlines/compute.ts).
 */
const DeadlineResultSchema = z
  .object({
    status: z.enum(['running', 'suspended']),
    due: DateOnly.nullable(),
    dueInstant: z.string().nullable(),
    rule: z.object({ id: z.string(), version: z.string(), titleVi: z.string(), titleEn: z.string() }).loose(),
    trigger: z.object({ input: z.string(), instant: z.string().nullable(), localDate: DateOnly }),
    countedDays: z.number(),
    totalDays: z.number(),
    warnings: z.array(z.object({ kind: z.literal('warning'), code: z.string(), text: z.string() }).loose()),
    trace: z.array(z.object({ kind: z.string(), text: z.string() }).loose()),
  })
  .loose() as unknown as z.ZodType<DeadlineResult>;

/** Every HTTP route of the platform. The key is the OpenAPI operationId. */
export const ROUTES = {
  getOpenApi: defineRoute({
    method: 'GET',
    path: '/api/openapi.json',
    function: 'api-docs',
    auth: 'public',
    summary: 'Tài liệu OpenAPI của API / The OpenAPI document of this API',
    tags: ['docs'],
    response: z.record(z.string(), z.unknown()),
  }),
  getMe: defineRoute({
    method: 'GET',
    path: '/api/me',
    function: 'api-organization',
    auth: 'user',
    summary: 'Người dùng đang đăng nhập / The signed-in user, their agency and unit',
    tags: ['organization'],
    response: MeSchema,
  }),
  listUnits: defineRoute({
    method: 'GET',
    path: '/api/units',
    function: 'api-organization',
    auth: 'user',
    summary: 'Danh sách đơn vị / Units of the agency',
    tags: ['organization'],
    query: z.object({ includeInactive: z.enum(['true', 'false']).optional() }),
    response: z.object({ items: z.array(UnitSchema) }),
  }),
  getUnit: defineRoute({
    method: 'GET',
    path: '/api/units/{unitId}',
    function: 'api-organization',
    auth: 'user',
    summary: 'Một đơn vị / One unit',
    tags: ['organization'],
    params: UnitParams,
    response: UnitSchema,
  }),
  updateUnit: defineRoute({
    method: 'PATCH',
    path: '/api/units/{unitId}',
    function: 'api-organization',
    auth: 'user',
    summary: 'Sửa thông tin đơn vị (quản trị) / Change a unit (admin); optimistic locking by `version`',
    tags: ['organization'],
    params: UnitParams,
    body: z.object({ version: z.number().int().nonnegative(), changes: UnitChangesSchema }),
    response: UnitSchema,
  }),
  listUsers: defineRoute({
    method: 'GET',
    path: '/api/users',
    function: 'api-organization',
    auth: 'user',
    summary: 'Danh sách người dùng / Users of the agency',
    tags: ['organization'],
    query: z.object({ unitId: UnitIdSchema.optional() }),
    response: z.object({ items: z.array(UserSchema) }),
  }),
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
      trigger: z.string().min(10).max(40).meta({ description: 'YYYY-MM-DD, or an ISO 8601 instant with offset' }),
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
      reason: z.string().trim().min(5).max(500),
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
    body: z.object({ ics: z.string().min(20).max(500_000), reason: z.string().trim().min(5).max(500) }),
    response: z.object({ years: z.array(StoredCalendarYearSchema) }),
    maxBodyBytes: 600 * 1024,
  }),
} as const satisfies Record<string, RouteDefinition>;

export type RouteId = keyof typeof ROUTES;
export type Route<K extends RouteId> = (typeof ROUTES)[K];

export const routeEntries = Object.entries(ROUTES) as [RouteId, RouteDefinition][];
