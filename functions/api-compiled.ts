import { createHttpHandler } from '../shared/http/handler.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createServices } from '../shared/platform/container.ts';

const { compiledReports } = createServices(loadConfig());

export const handler = createHttpHandler('api-compiled', {
  listCompiledReports: async ({ actor }) => ({ items: await compiledReports.list(actor) }),
  compileReport: ({ actor, body }) => compiledReports.draft(actor, actor.agencyId, body.templateId),
  getCompiledReport: ({ actor, params }) => compiledReports.get(actor, params.reportId),
  getCompiledDocuments: ({ actor, params }) => compiledReports.documents(actor, params.reportId),
  approveCompiledReport: ({ actor, params, body }) => compiledReports.approveAndSend(actor, params.reportId, body.version),
  getRecipientLists: async ({ actor }) => ({ items: await compiledReports.recipientLists(actor) }),
  putRecipientLists: async ({ actor, body }) => ({ items: await compiledReports.saveRecipientLists(actor, body.items) }),
  getDashboard: ({ actor }) => compiledReports.dashboard(actor),
});
