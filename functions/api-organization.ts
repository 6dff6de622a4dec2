import { createHttpHandler } from '../shared/http/handler.ts';
import { DynamoDbOrganizationRepository } from '../shared/organization/dynamodb-organization-repository.ts';
import { OrganizationService } from '../shared/organization/service.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createDocumentClient } from '../shared/storage/dynamodb.ts';

const config = loadConfig();
const organization = new OrganizationService(new DynamoDbOrganizationRepository(createDocumentClient(config), config.TABLE_NAME));

export const handler = createHttpHandler('api-organization', {
  getMe: ({ actor }) => organization.getMe(actor),
  listUnits: async ({ actor, query }) => ({ items: await organization.listUnits(actor, query.includeInactive === 'true') }),
  getUnit: ({ actor, params }) => organization.getUnit(actor, params.unitId),
  updateUnit: ({ actor, params, body }) => organization.updateUnit(actor, params.unitId, body.version, body.changes),
  listUsers: async ({ actor, query }) => ({ items: await organization.listUsers(actor, query.unitId) }),
});
