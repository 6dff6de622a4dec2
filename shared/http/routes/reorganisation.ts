import * as z from 'zod';
import { ChangeReasonSchema, UnitSchema } from '../../organization/model.ts';
import { ReorganisationSchema } from '../../organization/reorganisation.ts';
import { defineRoute, type RouteDefinition } from '../route.ts';

/**
 * Reorganising units (api-reorganisation): a function of its own, because it is the one directory change
 * that reaches other capabilities (open report obligations and cases follow the successor unit).
 */
export const REORGANISATION_ROUTES = {
  reorganiseUnits: defineRoute({
    method: 'POST',
    path: '/api/units/reorganisations',
    function: 'api-reorganisation',
    auth: 'user',
    summary: 'Tổ chức lại đơn vị: đổi tên, sáp nhập, chia tách, có ngày hiệu lực (quản trị) / Rename, merge or split units with an effective date (admin)',
    tags: ['organization'],
    body: z.object({ reorganisation: ReorganisationSchema, reason: ChangeReasonSchema }),
    response: z.object({ units: z.array(UnitSchema), movedUsers: z.number().int(), movedRecords: z.number().int() }),
  }),
} as const satisfies Record<string, RouteDefinition>;
