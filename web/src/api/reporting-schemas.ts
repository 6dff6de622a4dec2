import * as z from 'zod';
import {
  DraftSchema as SharedDraftSchema,
  ObstacleSchema as SharedObstacleSchema,
  ReportingPlanSchema as SharedReportingPlanSchema,
  SubmissionSchema as SharedSubmissionSchema,
} from '../../../shared/reporting/model.ts';
import {
  AttachmentLinkSchema as SharedAttachmentLinkSchema,
  ComplianceMatrixSchema,
  ObligationDetailSchema as SharedObligationDetailSchema,
  ObligationViewSchema,
  ReceiptSchema as SharedReceiptSchema,
} from '../../../shared/reporting/views.ts';

/*
 * Unit reporting (routes getReportingPlan … listObstacles), built from shared/reporting as the routes are.
 * A module of its own, so only the lazily loaded reporting pages carry it;
 * `test/unit/web/reporting-schemas.test.ts` checks each one against its route.
 */
export const ReportingPlanSchema = SharedReportingPlanSchema;
export type ReportingPlanView = z.infer<typeof ReportingPlanSchema>;
export const AddPeriodResultSchema = z.object({ plan: SharedReportingPlanSchema, created: z.number().int() });
export const ObligationsSchema = z.object({ items: z.array(ObligationViewSchema) });
export type ObligationItem = z.infer<typeof ObligationViewSchema>;
export const ObligationDetailSchema = SharedObligationDetailSchema;
export type ObligationDetailView = z.infer<typeof ObligationDetailSchema>;
export const DraftSchema = SharedDraftSchema;
export const SubmissionSchema = SharedSubmissionSchema;
export type SubmissionView = z.infer<typeof SubmissionSchema>;
export const ReceiptSchema = SharedReceiptSchema;
export const AttachmentLinkSchema = SharedAttachmentLinkSchema;
export type ReceiptView = z.infer<typeof ReceiptSchema>;
export const UploadTicketSchema = z.object({ key: z.string(), uploadUrl: z.string(), headers: z.record(z.string(), z.string()) });
export type UploadTicket = z.infer<typeof UploadTicketSchema>;
export const ComplianceSchema = ComplianceMatrixSchema;
export type ComplianceView = z.infer<typeof ComplianceSchema>;
export const ComplianceExportSchema = z.object({ filename: z.string(), contentType: z.string(), contentBase64: z.string() });
export const ObstacleSchema = SharedObstacleSchema;
export type ObstacleView = z.infer<typeof ObstacleSchema>;
export const ObstaclesSchema = z.object({ items: z.array(SharedObstacleSchema) });
