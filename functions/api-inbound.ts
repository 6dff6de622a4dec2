import { createHttpHandler } from '../shared/http/handler.ts';
import { INBOUND_ROUTES } from '../shared/http/routes/inbound.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createCaseServices } from '../shared/platform/case-services.ts';
import { createCore } from '../shared/platform/core.ts';
import { heldMail } from '../shared/platform/inbound-services.ts';
import { createReportingServices } from '../shared/platform/reporting-services.ts';

const core = createCore(loadConfig());
const held = heldMail(core, createReportingServices(core), createCaseServices(core).cases);

export const handler = createHttpHandler('api-inbound', INBOUND_ROUTES, {
  listHeldMail: async ({ actor, query }) => ({ items: await held.list(actor, query.status) }),
  getHeldMail: ({ actor, params }) => held.get(actor, params.heldId),
  assignHeldMail: ({ actor, params, body }) => held.assign(actor, params.heldId, body.obligationId),
  discardHeldMail: ({ actor, params, body }) => held.discard(actor, params.heldId, body.reason),
  registerHeldMailAsCase: ({ actor, params, body }) => held.registerAsCase(actor, params.heldId, body),
}, { signedIn: core.signedIn });
