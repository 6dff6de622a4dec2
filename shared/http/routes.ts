import * as z from 'zod';
import { AgencySchema, RoleSchema, UnitChangesSchema, UnitIdSchema, UnitSchema, UserSchema } from '../organization/model.ts';
import { defineRoute, type RouteDefinition } from './route.ts';

const MeSchema = z.object({
  user: UserSchema,
  agency: AgencySchema,
  unit: UnitSchema.nullable(),
  roles: z.array(RoleSchema),
});

const UnitParams = z.object({ unitId: UnitIdSchema });

/** Every HTTP route of the platform. The key is the OpenAPI operationId. */
export const ROUTES = {
  getOpenApi: defineRoute({
    method: 'GET',
    path: '/api/openapi.json',
    function: 'api-docs',
    auth: 'public',
    summary: 'Tài liệu OpenAPI của API / The OpenAPI document of this API',
    tags: ['docs'],
    response: z.record(z.string(), z.unknown()),
  }),
  getMe: defineRoute({
    method: 'GET',
    path: '/api/me',
    function: 'api-organization',
    auth: 'user',
    summary: 'Người dùng đang đăng nhập / The signed-in user, their agency and unit',
    tags: ['organization'],
    response: MeSchema,
  }),
  listUnits: defineRoute({
    method: 'GET',
    path: '/api/units',
    function: 'api-organization',
    auth: 'user',
    summary: 'Danh sách đơn vị / Units of the agency',
    tags: ['organization'],
    query: z.object({ includeInactive: z.enum(['true', 'false']).optional() }),
    response: z.object({ items: z.array(UnitSchema) }),
  }),
  getUnit: defineRoute({
    method: 'GET',
    path: '/api/units/{unitId}',
    function: 'api-organization',
    auth: 'user',
    summary: 'Một đơn vị / One unit',
    tags: ['organization'],
    params: UnitParams,
    response: UnitSchema,
  }),
  updateUnit: defineRoute({
    method: 'PATCH',
    path: '/api/units/{unitId}',
    function: 'api-organization',
    auth: 'user',
    summary: 'Sửa thông tin đơn vị (quản trị) / Change a unit (admin); optimistic locking by `version`',
    tags: ['organization'],
    params: UnitParams,
    body: z.object({ version: z.number().int().nonnegative(), changes: UnitChangesSchema }),
    response: UnitSchema,
  }),
  listUsers: defineRoute({
    method: 'GET',
    path: '/api/users',
    function: 'api-organization',
    auth: 'user',
    summary: 'Danh sách người dùng / Users of the agency',
    tags: ['organization'],
    query: z.object({ unitId: UnitIdSchema.optional() }),
    response: z.object({ items: z.array(UserSchema) }),
  }),
} as const satisfies Record<string, RouteDefinition>;

export type RouteId = keyof typeof ROUTES;
export type Route<K extends RouteId> = (typeof ROUTES)[K];

export const routeEntries = Object.entries(ROUTES) as [RouteId, RouteDefinition][];
