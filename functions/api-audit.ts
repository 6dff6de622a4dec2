import { AuditService } from '../shared/audit/service.ts';
import { DynamoDbAuditChain } from '../shared/audit/dynamodb-audit-chain.ts';
import { createHttpHandler } from '../shared/http/handler.ts';
import { AUDIT_ROUTES } from '../shared/http/routes/audit.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createCore } from '../shared/platform/core.ts';

const core = createCore(loadConfig());
const audit = new AuditService(new DynamoDbAuditChain(core.db, core.config.TABLE_NAME));

export const handler = createHttpHandler('api-audit', AUDIT_ROUTES, {
  verifyAuditChain: ({ actor }) => audit.verify(actor),
}, { signedIn: core.signedIn });
