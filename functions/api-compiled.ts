import { createHttpHandler } from '../shared/http/handler.ts';
import { COMPILED_ROUTES } from '../shared/http/routes/compiled.ts';
import { createCaseServices } from '../shared/platform/case-services.ts';
import { createCompiledServices } from '../shared/platform/compiled-services.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createCore } from '../shared/platform/core.ts';
import { createReportingServices } from '../shared/platform/reporting-services.ts';
import { statistics } from '../shared/platform/statistics-services.ts';

const core = createCore(loadConfig());
const reporting = createReportingServices(core);
const { compiledReports } = createCompiledServices(core, reporting.reportingRepository, createCaseServices(core).caseRepository, reporting.attachments);
const figures = statistics(core);

export const handler = createHttpHandler('api-compiled', COMPILED_ROUTES, {
  listCompiledReports: async ({ actor }) => ({ items: await compiledReports.list(actor) }),
  compileReport: ({ actor, body }) => compiledReports.draft(actor, actor.agencyId, body.templateId),
  getCompiledReport: ({ actor, params }) => compiledReports.get(actor, params.reportId),
  getCompiledDocuments: ({ actor, params }) => compiledReports.documents(actor, params.reportId),
  approveCompiledReport: ({ actor, params, body }) => compiledReports.approveAndSend(actor, params.reportId, body.version),
  getRecipientLists: async ({ actor }) => ({ items: await compiledReports.recipientLists(actor) }),
  putRecipientLists: async ({ actor, body }) => ({ items: await compiledReports.saveRecipientLists(actor, body.items) }),
  getDashboard: ({ actor }) => figures.dashboard(actor),
}, { signedIn: core.signedIn });
