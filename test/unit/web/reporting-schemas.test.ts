import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ROUTES } from '../../../shared/http/routes/index.ts';
import {
  AddPeriodResultSchema,
  AttachmentLinkSchema,
  ComplianceExportSchema,
  ComplianceSchema,
  DraftSchema,
  ObligationDetailSchema,
  ObligationsSchema,
  ObstacleSchema,
  ObstaclesSchema,
  ReceiptSchema,
  ReportingPlanSchema,
  SubmissionSchema,
  UploadTicketSchema,
} from '../../../web/src/api/reporting-schemas.ts';

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });

describe('web schemas of the reporting routes', () => {
  it.each([
    ['getReportingPlan', ReportingPlanSchema, ROUTES.getReportingPlan.response],
    ['addReportingPeriod', AddPeriodResultSchema, ROUTES.addReportingPeriod.response],
    ['listObligations', ObligationsSchema, ROUTES.listObligations.response],
    ['createObligation', ObligationsSchema, ROUTES.createObligation.response],
    ['getObligation', ObligationDetailSchema, ROUTES.getObligation.response],
    ['saveDraft', DraftSchema, ROUTES.saveDraft.response],
    ['submitReport', SubmissionSchema, ROUTES.submitReport.response],
    ['getReceipt', ReceiptSchema, ROUTES.getReceipt.response],
    ['getSubmittedAttachment', AttachmentLinkSchema, ROUTES.getSubmittedAttachment.response],
    ['requestUpload', UploadTicketSchema, ROUTES.requestUpload.response],
    ['getCompliance', ComplianceSchema, ROUTES.getCompliance.response],
    ['exportCompliance', ComplianceExportSchema, ROUTES.exportCompliance.response],
    ['reportObstacle', ObstacleSchema, ROUTES.reportObstacle.response],
    ['listObstacles', ObstaclesSchema, ROUTES.listObstacles.response],
  ] as const)('read exactly what %s answers', (_route, web, route) => {
    expect(json(web)).toEqual(json(route));
  });
});
