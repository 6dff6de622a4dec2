import { defineRoute, type RouteDefinition } from '../route.ts';
import { AuditVerificationSchema } from '../../audit/model.ts';

/** The audit hash chain (api-audit). */
export const AUDIT_ROUTES = {
  verifyAuditChain: defineRoute({
    method: 'GET',
    path: '/api/audit/verify',
    function: 'api-audit',
    auth: 'user',
    summary: 'Kiểm tra chuỗi băm của nhật ký kiểm toán, chỉ ra mắt xích hỏng đầu tiên / Verify the audit hash chain and name its first broken link',
    tags: ['audit'],
    response: AuditVerificationSchema,
  }),
} as const satisfies Record<string, RouteDefinition>;
