import { createHttpHandler } from '../shared/http/handler.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createCore } from '../shared/platform/core.ts';

const { organization } = createCore(loadConfig());

export const handler = createHttpHandler('api-organization', {
  getMe: ({ actor }) => organization.getMe(actor),
  listUnits: async ({ actor, query }) => ({ items: await organization.listUnits(actor, query.includeInactive === 'true') }),
  getUnit: ({ actor, params }) => organization.getUnit(actor, params.unitId),
  updateUnit: ({ actor, params, body }) => organization.updateUnit(actor, params.unitId, body.version, body.changes),
  listUsers: async ({ actor, query }) => ({ items: await organization.listUsers(actor, query.unitId) }),
});
