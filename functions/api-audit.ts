import { createHttpHandler } from '../shared/http/handler.ts';
import { AUDIT_ROUTES } from '../shared/http/routes/audit.ts';
import { createAuditServices } from '../shared/platform/audit-services.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createCore } from '../shared/platform/core.ts';

const core = createCore(loadConfig());
const { audit } = createAuditServices(core);

export const handler = createHttpHandler('api-audit', AUDIT_ROUTES, {
  verifyAuditChain: ({ actor }) => audit.verify(actor),
}, { signedIn: core.signedIn });
