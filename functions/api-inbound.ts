import { createHttpHandler } from '../shared/http/handler.ts';
import { INBOUND_ROUTES } from '../shared/http/routes/inbound.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createCaseServices } from '../shared/platform/case-services.ts';
import { createCore } from '../shared/platform/core.ts';
import { inboundMail } from '../shared/platform/inbound-services.ts';
import { createReportingServices } from '../shared/platform/reporting-services.ts';

const core = createCore(loadConfig());
const inbound = inboundMail(core, createReportingServices(core));
const { cases } = createCaseServices(core);

export const handler = createHttpHandler('api-inbound', INBOUND_ROUTES, {
  listHeldMail: async ({ actor, query }) => ({ items: await inbound.listHeld(actor, query.status) }),
  getHeldMail: ({ actor, params }) => inbound.getHeld(actor, params.heldId),
  assignHeldMail: ({ actor, params, body }) => inbound.assign(actor, params.heldId, body.obligationId),
  discardHeldMail: ({ actor, params, body }) => inbound.discard(actor, params.heldId, body.reason),
  registerHeldMailAsCase: ({ actor, params, body }) => inbound.registerAsCase(actor, params.heldId, cases, body),
}, { signedIn: core.signedIn });
