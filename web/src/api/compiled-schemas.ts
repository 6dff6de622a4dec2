import * as z from 'zod';
import { DashboardSchema as SharedDashboardSchema, PublicStatisticsSchema as SharedPublicStatisticsSchema } from '../../../shared/statistics/model.ts';
import { CompiledReportSchema as SharedCompiledReportSchema, CompiledReportSummarySchema } from '../../../shared/compiled/model.ts';

/*
 * Compiled reports, the dashboard and the public statistics (routes listCompiledReports …
 * getPublicStatistics), built from shared/compiled as the routes are. A module of its own, so only the
 * lazily loaded pages carry it; `test/unit/web/compiled.test.ts` checks each one against its route.
 */
export const CompiledReportSchema = SharedCompiledReportSchema;
export type CompiledReportView = z.infer<typeof CompiledReportSchema>;
export type CompiledContentView = CompiledReportView['content'];
export const CompiledReportsSchema = z.object({ items: z.array(CompiledReportSummarySchema) });
export type CompiledReportSummaryView = z.infer<typeof CompiledReportSummarySchema>;
const FileSchema = z.object({ filename: z.string(), contentBase64: z.string() });
export const CompiledDocumentsSchema = z.object({ docx: FileSchema, xlsx: FileSchema });
export type CompiledDocuments = z.infer<typeof CompiledDocumentsSchema>;

export const DashboardSchema = SharedDashboardSchema;
export type DashboardView = z.infer<typeof DashboardSchema>;
export const PublicStatisticsSchema = SharedPublicStatisticsSchema;
export type PublicStatisticsView = z.infer<typeof PublicStatisticsSchema>;
