import type { CalendarYearSchema } from '../../../shared/deadlines/calendar.ts';
import type { DEV_ROUTES } from '../../../shared/http/dev-routes.ts';
import type { CASE_DOCUMENT_ROUTES } from '../../../shared/http/routes/case-documents.ts';
import type { CASE_ROUTES } from '../../../shared/http/routes/cases.ts';
import type { COMPILED_ROUTES } from '../../../shared/http/routes/compiled.ts';
import type { DEADLINE_ROUTES } from '../../../shared/http/routes/deadlines.ts';
import type { INBOUND_ROUTES } from '../../../shared/http/routes/inbound.ts';
import type { ORGANIZATION_ROUTES } from '../../../shared/http/routes/organization.ts';
import type { PUBLIC_ROUTES } from '../../../shared/http/routes/public.ts';
import type { REPORTING_ROUTES } from '../../../shared/http/routes/reporting.ts';
import type * as z from 'zod';
import type { ClientRoute } from '../../../shared/http/route.ts';
import type { ResponseOf } from './client.ts';

/*
 * The names the web app gives to what the API answers, each read from its route's response schema
 * (type-only imports: no route ships to the browser through this file).
 */
type ItemOf<R extends ClientRoute> = ResponseOf<R> extends { items: readonly (infer T)[] } ? T : never;

export type Me = ResponseOf<typeof ORGANIZATION_ROUTES.getMe>;
export type UnitView = ItemOf<typeof ORGANIZATION_ROUTES.listUnits>;
export type UserView = ItemOf<typeof ORGANIZATION_ROUTES.listUsers>;
export type AgencyView = ResponseOf<typeof ORGANIZATION_ROUTES.updateAgency>;
export type DirectoryEvent = ItemOf<typeof ORGANIZATION_ROUTES.listDirectoryEvents>;
export type DevUser = ItemOf<typeof DEV_ROUTES.listDevUsers>;

export type CaseView = ItemOf<typeof CASE_ROUTES.listCases>;
export type CaseDetail = ResponseOf<typeof CASE_ROUTES.getCase>;
export type CaseDocumentList = ResponseOf<typeof CASE_DOCUMENT_ROUTES.listCaseDocuments>;
export type CaseDocumentView = CaseDocumentList['items'][number];
export type RegistrationResponse = ResponseOf<typeof CASE_ROUTES.registerCase>;
export type MisconductView = ItemOf<typeof CASE_ROUTES.listMisconduct>;
export type MisconductDetail = ResponseOf<typeof CASE_ROUTES.getMisconduct>;
export type MisconductOpened = ResponseOf<typeof CASE_ROUTES.openMisconduct>;
export type PublicCaseView = ResponseOf<typeof PUBLIC_ROUTES.trackPublicCase>;
export type PublicSubmission = ResponseOf<typeof PUBLIC_ROUTES.submitPublicCase>;
export type AlertView = ItemOf<typeof DEADLINE_ROUTES.listAlerts>;

export type CompiledReportView = ResponseOf<typeof COMPILED_ROUTES.getCompiledReport>;
export type CompiledContentView = CompiledReportView['content'];
export type CompiledReportSummaryView = ItemOf<typeof COMPILED_ROUTES.listCompiledReports>;
export type CompiledDocuments = ResponseOf<typeof COMPILED_ROUTES.getCompiledDocuments>;
export type DashboardView = ResponseOf<typeof COMPILED_ROUTES.getDashboard>;
export type PublicStatisticsView = ResponseOf<typeof PUBLIC_ROUTES.getPublicStatistics>;

export type RuleView = ItemOf<typeof DEADLINE_ROUTES.listDeadlineRules>;
export type DeadlineResultView = ResponseOf<typeof DEADLINE_ROUTES.previewDeadline>;
export type TrackedDeadlineView = ItemOf<typeof DEADLINE_ROUTES.listDeadlines>;
export type DeadlineDetail = ResponseOf<typeof DEADLINE_ROUTES.getDeadline>;
export type StoredCalendarYearView = ResponseOf<typeof DEADLINE_ROUTES.putCalendarYear>;
export type CalendarYearView = z.infer<typeof CalendarYearSchema>;

export type HeldMessageView = ItemOf<typeof INBOUND_ROUTES.listHeldMail>;
export type HeldAssigned = ResponseOf<typeof INBOUND_ROUTES.assignHeldMail>;
export type HeldRegistered = ResponseOf<typeof INBOUND_ROUTES.registerHeldMailAsCase>;

export type ReportingPlanView = ResponseOf<typeof REPORTING_ROUTES.getReportingPlan>;
export type ObligationItem = ItemOf<typeof REPORTING_ROUTES.listObligations>;
export type ObligationDetailView = ResponseOf<typeof REPORTING_ROUTES.getObligation>;
export type SubmissionView = ResponseOf<typeof REPORTING_ROUTES.submitReport>;
export type ReceiptView = ResponseOf<typeof REPORTING_ROUTES.getReceipt>;
export type UploadTicket = ResponseOf<typeof REPORTING_ROUTES.requestUpload>;
export type ComplianceView = ResponseOf<typeof REPORTING_ROUTES.getCompliance>;
export type ObstacleView = ItemOf<typeof REPORTING_ROUTES.listObstacles>;
