import * as z from 'zod';
import { AgencySchema, RoleSchema, UnitChangesSchema, UnitIdSchema, UnitSchema, UserSchema } from '../organization/model.ts';
import { CalendarEditSchema, StoredCalendarYearSchema } from '../calendar/model.ts';
import { CalendarYearSchema } from '../deadlines/calendar.ts';
import type { DeadlineResult } from '../deadlines/compute.ts';
import { RuleSchema } from '../deadlines/rules.ts';
import { DeadlineEventSchema, TrackedDeadlineSchema } from '../tracking/model.ts';
import { AttachmentSchema, DraftSchema, ObligationTemplateSchema, ObstacleSchema, ReportContentSchema, ReportingPlanSchema, SubmissionSchema, ALLOWED_ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, type AttachmentContentType } from '../reporting/model.ts';
import { ComplianceMatrixSchema, ObligationDetailSchema, ObligationViewSchema, ReceiptSchema } from '../reporting/views.ts';
import { defineRoute, type RouteDefinition } from './route.ts';
import { HeldMessageSchema, HeldStatusSchema } from '../inbound/model.ts';

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
export const DeadlineResultSchema = z
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

const ObligationParams = z.object({ obligationId: z.string().min(1).max(120) });
const HeldParams = z.object({ heldId: z.string().regex(/^[0-9a-f]{32}$/) });
const AttachmentRefs = z.array(AttachmentSchema.pick({ key: true, filename: true })).max(MAX_ATTACHMENTS);
const ContentTypeSchema = z.enum(Object.keys(ALLOWED_ATTACHMENT_TYPES) as [AttachmentContentType, ...AttachmentContentType[]]);

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
  getReportingPlan: defineRoute({
    method: 'GET',
    path: '/api/reporting/plan',
    function: 'api-reporting',
    auth: 'user',
    summary: 'Kế hoạch báo cáo: các mục, các kỳ báo cáo / The reporting plan: sections and periods',
    tags: ['reporting'],
    response: ReportingPlanSchema,
  }),
  addReportingPeriod: defineRoute({
    method: 'POST',
    path: '/api/reporting/plan/periods',
    function: 'api-reporting',
    auth: 'user',
    summary: 'Thêm kỳ báo cáo và tạo nghĩa vụ cho mọi đơn vị (quản trị) / Add a period and its obligations for every unit (admin)',
    tags: ['reporting'],
    body: ObligationTemplateSchema,
    response: z.object({ plan: ReportingPlanSchema, created: z.number().int() }),
    successStatus: 201,
  }),
  listObligations: defineRoute({
    method: 'GET',
    path: '/api/obligations',
    function: 'api-reporting',
    auth: 'user',
    summary: 'Nghĩa vụ báo cáo và tình trạng / Reporting obligations with their status (a unit sees its own)',
    tags: ['reporting'],
    query: z.object({ unitId: z.string().optional(), status: z.string().optional(), templateId: z.string().optional() }),
    response: z.object({ items: z.array(ObligationViewSchema) }),
  }),
  createObligation: defineRoute({
    method: 'POST',
    path: '/api/obligations',
    function: 'api-reporting',
    auth: 'user',
    summary: 'Giao báo cáo đột xuất cho các đơn vị (Văn phòng) / Ask units for an ad-hoc report (office)',
    tags: ['reporting'],
    body: z.object({
      titleVi: z.string().trim().min(5).max(200),
      titleEn: z.string().trim().min(3).max(200).optional(),
      /** Last day to submit, inclusive (local date). */
      dueDate: DateOnly,
      unitIds: z.array(UnitIdSchema).min(1).max(100),
    }),
    response: z.object({ items: z.array(ObligationViewSchema) }),
    successStatus: 201,
  }),
  getObligation: defineRoute({
    method: 'GET',
    path: '/api/obligations/{obligationId}',
    function: 'api-reporting',
    auth: 'user',
    summary: 'Một nghĩa vụ: bản nháp và các phiên bản đã gửi / One obligation: draft and submitted versions',
    tags: ['reporting'],
    params: ObligationParams,
    response: ObligationDetailSchema,
  }),
  saveDraft: defineRoute({
    method: 'PUT',
    path: '/api/obligations/{obligationId}/draft',
    function: 'api-reporting',
    auth: 'user',
    summary: 'Lưu nháp / Save the draft (optimistic locking by version; null creates it)',
    tags: ['reporting'],
    params: ObligationParams,
    body: z.object({ version: z.number().int().nonnegative().nullable(), content: ReportContentSchema, attachments: AttachmentRefs }),
    response: DraftSchema,
  }),
  submitReport: defineRoute({
    method: 'POST',
    path: '/api/obligations/{obligationId}/submissions',
    function: 'api-reporting',
    auth: 'user',
    summary: 'Gửi báo cáo (mỗi lần gửi là một phiên bản; gửi lại cùng Idempotency-Key không tạo bản mới) / Submit (one version per submit; the same Idempotency-Key makes one version)',
    tags: ['reporting'],
    params: ObligationParams,
    body: z.object({ content: ReportContentSchema, attachments: AttachmentRefs }),
    response: SubmissionSchema,
    successStatus: 201,
  }),
  getReceipt: defineRoute({
    method: 'GET',
    path: '/api/obligations/{obligationId}/submissions/{version}/receipt',
    function: 'api-reporting',
    auth: 'user',
    summary: 'Giấy biên nhận của một phiên bản / Receipt for a submitted version',
    tags: ['reporting'],
    params: ObligationParams.extend({ version: z.coerce.number().int().min(1) }),
    response: ReceiptSchema,
  }),
  requestUpload: defineRoute({
    method: 'POST',
    path: '/api/uploads',
    function: 'api-reporting',
    auth: 'user',
    summary: 'Xin địa chỉ tải tệp đính kèm lên (PDF, DOCX, XLSX, ODT; tối đa 10 MB) / Get an upload URL for an attachment',
    tags: ['reporting'],
    body: z.object({
      filename: z.string().trim().min(1).max(200),
      contentType: ContentTypeSchema,
      size: z.number().int().min(1).max(MAX_ATTACHMENT_BYTES),
    }),
    response: z.object({ key: z.string(), uploadUrl: z.string(), headers: z.record(z.string(), z.string()) }),
    successStatus: 201,
  }),
  getCompliance: defineRoute({
    method: 'GET',
    path: '/api/compliance',
    function: 'api-reporting',
    auth: 'user',
    summary: 'Bảng theo dõi: đơn vị × kỳ báo cáo / Units × reporting periods with status',
    tags: ['reporting'],
    response: ComplianceMatrixSchema,
  }),
  exportCompliance: defineRoute({
    method: 'GET',
    path: '/api/compliance/export',
    function: 'api-reporting',
    auth: 'user',
    summary: 'Xuất bảng theo dõi ra Excel / Export the matrix as XLSX',
    tags: ['reporting'],
    response: z.object({ filename: z.string(), contentType: z.string(), contentBase64: z.string() }),
  }),
  reportObstacle: defineRoute({
    method: 'POST',
    path: '/api/obstacles',
    function: 'api-reporting',
    auth: 'user',
    summary: 'Báo cáo vướng mắc về Văn phòng Sở / Report an obstacle to the office',
    tags: ['reporting'],
    body: z.object({ title: z.string().trim().min(5).max(200), description: z.string().trim().min(10).max(20_000), attachments: AttachmentRefs }),
    response: ObstacleSchema,
    successStatus: 201,
  }),
  listObstacles: defineRoute({
    method: 'GET',
    path: '/api/obstacles',
    function: 'api-reporting',
    auth: 'user',
    summary: 'Các vướng mắc đã báo cáo / Obstacles reported (a unit sees its own)',
    tags: ['reporting'],
    response: z.object({ items: z.array(ObstacleSchema) }),
  }),
  listHeldMail: defineRoute({
    method: 'GET',
    path: '/api/inbound/held',
    function: 'api-inbound',
    auth: 'user',
    summary: 'Thư điện tử đang giữ chờ Văn phòng xem xét / Inbound e-mail held for the office to review',
    tags: ['inbound'],
    query: z.object({ status: HeldStatusSchema.optional() }),
    response: z.object({ items: z.array(HeldMessageSchema) }),
  }),
  getHeldMail: defineRoute({
    method: 'GET',
    path: '/api/inbound/held/{heldId}',
    function: 'api-inbound',
    auth: 'user',
    summary: 'Một thư đang giữ / One held message',
    tags: ['inbound'],
    params: HeldParams,
    response: HeldMessageSchema,
  }),
  assignHeldMail: defineRoute({
    method: 'POST',
    path: '/api/inbound/held/{heldId}/assign',
    function: 'api-inbound',
    auth: 'user',
    summary: 'Ghi nhận thư đang giữ vào một báo cáo, thay mặt đơn vị / File a held message as a version of an obligation, for its unit',
    tags: ['inbound'],
    params: HeldParams,
    body: z.object({ obligationId: z.string().min(1).max(120) }),
    response: z.object({ held: HeldMessageSchema, submission: SubmissionSchema }),
  }),
  discardHeldMail: defineRoute({
    method: 'POST',
    path: '/api/inbound/held/{heldId}/discard',
    function: 'api-inbound',
    auth: 'user',
    summary: 'Bỏ qua thư đang giữ, ghi rõ lý do / Discard a held message, with a reason',
    tags: ['inbound'],
    params: HeldParams,
    body: z.object({ reason: z.string().trim().min(3).max(500) }),
    response: HeldMessageSchema,
  }),
} as const satisfies Record<string, RouteDefinition>;



export type RouteId = keyof typeof ROUTES;
export type Route<K extends RouteId> = (typeof ROUTES)[K];

export const routeEntries = Object.entries(ROUTES) as [RouteId, RouteDefinition][];
