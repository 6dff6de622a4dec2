import { createHttpHandler } from '../shared/http/handler.ts';
import { ORGANIZATION_ROUTES } from '../shared/http/routes/organization.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createCore } from '../shared/platform/core.ts';
import { createDirectoryAdministration } from '../shared/platform/organization-services.ts';

const core = createCore(loadConfig());
const { organization } = core;
const administration = createDirectoryAdministration(core);

export const handler = createHttpHandler(
  'api-organization',
  ORGANIZATION_ROUTES,
  {
    getMe: ({ actor }) => organization.getMe(actor),
    listUnits: async ({ actor, query }) => ({ items: await organization.listUnits(actor, query.includeInactive === 'true') }),
    getUnit: ({ actor, params }) => organization.getUnit(actor, params.unitId),
    createUnit: ({ actor, body }) => administration.createUnit(actor, body.unit, body.reason),
    updateUnit: ({ actor, params, body }) => administration.updateUnit(actor, params.unitId, body.version, body.changes, body.reason),
    listUsers: async ({ actor, query }) => ({ items: await organization.listUsers(actor, query.unitId) }),
    createUser: ({ actor, body }) => administration.createUser(actor, body.user, body.reason),
    updateUser: ({ actor, params, body }) => administration.updateUser(actor, params.userId, body.version, body.changes, body.reason),
    updateAgency: ({ actor, body }) => administration.updateAgency(actor, body.version, body.changes, body.reason),
    listDirectoryEvents: async ({ actor }) => ({ items: await administration.history(actor) }),
  },
  { signedIn: core.signedIn },
);
