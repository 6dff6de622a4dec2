import { createHttpHandler } from '../shared/http/handler.ts';
import { CASE_ROUTES } from '../shared/http/routes/cases.ts';
import { createCaseServices } from '../shared/platform/case-services.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createCore } from '../shared/platform/core.ts';

const core = createCore(loadConfig());
const { cases } = createCaseServices(core);

export const handler = createHttpHandler('api-cases', CASE_ROUTES, {
  registerCase: ({ actor, body }) => cases.register(actor, body),
  listCases: async ({ actor, query }) => ({ items: await cases.list(actor, query) }),
  getCase: ({ actor, params }) => cases.get(actor, params.caseId),
  commandCase: ({ actor, params, body }) => cases.command(actor, params.caseId, body.version, body.command),
  getCaseAccessLog: async ({ actor, params }) => ({ items: await cases.accessLog(actor, params.caseId) }),
  openMisconduct: ({ actor, body }) => cases.openMisconduct(actor, body),
  listMisconduct: async ({ actor }) => ({ items: await cases.listMisconduct(actor) }),
  getMisconduct: ({ actor, params }) => cases.getMisconduct(actor, params.caseId),
  commandMisconduct: ({ actor, params, body }) => cases.commandMisconduct(actor, params.caseId, body.version, body.command),
}, { signedIn: core.signedIn });
