import { createHttpHandler } from '../shared/http/handler.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createServices } from '../shared/platform/container.ts';

const services = createServices(loadConfig());
const inbound = services.inboundMail();

export const handler = createHttpHandler('api-inbound', {
  listHeldMail: async ({ actor, query }) => ({ items: await inbound.listHeld(actor, query.status) }),
  getHeldMail: ({ actor, params }) => inbound.getHeld(actor, params.heldId),
  assignHeldMail: ({ actor, params, body }) => inbound.assign(actor, params.heldId, body.obligationId),
  discardHeldMail: ({ actor, params, body }) => inbound.discard(actor, params.heldId, body.reason),
  registerHeldMailAsCase: ({ actor, params, body }) => inbound.registerAsCase(actor, params.heldId, services.cases, body),
});
