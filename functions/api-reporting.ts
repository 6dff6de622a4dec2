import { createHttpHandler } from '../shared/http/handler.ts';
import { REPORTING_ROUTES } from '../shared/http/routes/reporting.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createCore } from '../shared/platform/core.ts';
import { createReportingServices } from '../shared/platform/reporting-services.ts';
import { complianceExport } from '../shared/reporting/compliance-xlsx.ts';
import { createRecordFiguresService } from '../shared/platform/record-figures-services.ts';

const core = createCore(loadConfig());
const { reporting, obstacles, reportingRepository } = createReportingServices(core);
const recordFigures = createRecordFiguresService(core, reportingRepository);

export const handler = createHttpHandler('api-reporting', REPORTING_ROUTES, {
  getReportingPlan: ({ actor }) => reporting.getPlan(actor),
  addReportingPeriod: ({ actor, body }) => reporting.addPeriod(actor, body),
  listObligations: async ({ actor, query }) => ({ items: await reporting.listObligations(actor, query) }),
  createObligation: async ({ actor, body }) => ({ items: await reporting.createAdHoc(actor, body) }),
  getObligation: ({ actor, params }) => reporting.getObligation(actor, params.obligationId),
  getRecordFigures: ({ actor, params }) => recordFigures.forObligation(actor, params.obligationId),
  saveDraft: ({ actor, params, body }) => reporting.saveDraft(actor, params.obligationId, body.version, body.content, body.attachments),
  submitReport: async ({ actor, params, body, headers }) => {
    const idempotencyKey = headers['idempotency-key']?.slice(0, 100);
    const { submission } = await reporting.submit(actor, params.obligationId, body.content, body.attachments, { channel: 'web', ...(idempotencyKey ? { idempotencyKey } : {}) });
    return submission;
  },
  getReceipt: ({ actor, params }) => reporting.receipt(actor, params.obligationId, params.version),
  getSubmittedAttachment: ({ actor, params }) => reporting.attachmentDownload(actor, params.obligationId, params.version, params.index),
  requestUpload: ({ actor, body }) => reporting.requestUpload(actor, body),
  getCompliance: ({ actor }) => reporting.compliance(actor),
  exportCompliance: ({ actor }) => complianceExport(reporting, core.organizationRepository, core.clock, actor),
  reportObstacle: ({ actor, body }) => obstacles.report(actor, body),
  listObstacles: async ({ actor }) => ({ items: await obstacles.list(actor) }),
}, { signedIn: core.signedIn });
