import * as z from 'zod';
import { SubmissionSchema } from '../../reporting/model.ts';
import { CaseRegistrationFieldsSchema } from '../../cases/model.ts';
import { RegistrationResponseSchema } from '../../cases/views.ts';
import { defineRoute, type RouteDefinition } from '../route.ts';
import { requiredText } from '../../text-schema.ts';
import { HeldMessageSchema, HeldStatusSchema } from '../../inbound/model.ts';

const HeldParams = z.object({ heldId: z.string().regex(/^[0-9a-f]{32}$/) });

/** The holding area of inbound e-mail (api-inbound). */
export const INBOUND_ROUTES = {
  listHeldMail: defineRoute({
    method: 'GET',
    path: '/api/inbound/held',
    function: 'api-inbound',
    auth: 'user',
    summary: 'Thư điện tử đang giữ chờ Văn phòng xem xét / Inbound e-mail held for the office to review',
    tags: ['inbound'],
    query: z.object({ status: HeldStatusSchema.optional() }),
    response: z.object({ items: z.array(HeldMessageSchema) }),
  }),
  getHeldMail: defineRoute({
    method: 'GET',
    path: '/api/inbound/held/{heldId}',
    function: 'api-inbound',
    auth: 'user',
    summary: 'Một thư đang giữ / One held message',
    tags: ['inbound'],
    params: HeldParams,
    response: HeldMessageSchema,
  }),
  assignHeldMail: defineRoute({
    method: 'POST',
    path: '/api/inbound/held/{heldId}/assign',
    function: 'api-inbound',
    auth: 'user',
    summary: 'Ghi nhận thư đang giữ vào một báo cáo, thay mặt đơn vị / File a held message as a version of an obligation, for its unit',
    tags: ['inbound'],
    params: HeldParams,
    body: z.object({ obligationId: z.string().min(1).max(120) }),
    response: z.object({ held: HeldMessageSchema, submission: SubmissionSchema }),
  }),
  discardHeldMail: defineRoute({
    method: 'POST',
    path: '/api/inbound/held/{heldId}/discard',
    function: 'api-inbound',
    auth: 'user',
    summary: 'Bỏ qua thư đang giữ, ghi rõ lý do / Discard a held message, with a reason',
    tags: ['inbound'],
    params: HeldParams,
    body: z.object({ reason: requiredText('Lý do', 'Reason', { min: 3, max: 500 }) }),
    response: HeldMessageSchema,
  }),
  registerHeldMailAsCase: defineRoute({
    method: 'POST',
    path: '/api/inbound/held/{heldId}/register-case',
    function: 'api-inbound',
    auth: 'user',
    summary: 'Vào sổ một đơn thư gửi qua thư điện tử (hàng chờ) / Register a letter from the e-mail triage queue as a case',
    tags: ['inbound', 'cases'],
    params: HeldParams,
    body: CaseRegistrationFieldsSchema.omit({ channel: true, receivedAt: true, forwardedBy: true }),
    response: RegistrationResponseSchema.extend({ held: HeldMessageSchema }),
    successStatus: 201,
  }),
} as const satisfies Record<string, RouteDefinition>;
