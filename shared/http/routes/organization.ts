import * as z from 'zod';
import {
  AgencyChangesSchema,
  AgencySchema,
  ChangeReasonSchema,
  DirectoryEventSchema,
  NewUnitSchema,
  NewUserSchema,
  RoleSchema,
  UnitChangesSchema,
  UnitIdSchema,
  UnitSchema,
  UserChangesSchema,
  UserSchema,
} from '../../organization/model.ts';
import { defineRoute, type RouteDefinition } from '../route.ts';

const MeSchema = z.object({
  user: UserSchema,
  agency: AgencySchema,
  unit: UnitSchema.nullable(),
  roles: z.array(RoleSchema),
});

const UnitParams = z.object({ unitId: UnitIdSchema });
const UserParams = z.object({ userId: z.string().min(1).max(128) });
const Version = z.number().int().nonnegative();
const tags = ['organization'];

/** The directory: who am I, units and users, and their administration (each change with its reason). */
export const ORGANIZATION_ROUTES = {
  getMe: defineRoute({
    method: 'GET',
    path: '/api/me',
    function: 'api-organization',
    auth: 'user',
    summary: 'Người dùng đang đăng nhập / The signed-in user, their agency and unit',
    tags,
    response: MeSchema,
  }),
  updateAgency: defineRoute({
    method: 'PATCH',
    path: '/api/agency',
    function: 'api-organization',
    auth: 'user',
    summary: 'Sửa thông tin cơ quan, như Thủ trưởng cơ quan (quản trị) / Change the agency, e.g. its head (admin)',
    tags,
    body: z.object({ version: Version, changes: AgencyChangesSchema, reason: ChangeReasonSchema }),
    response: AgencySchema,
  }),
  listUnits: defineRoute({
    method: 'GET',
    path: '/api/units',
    function: 'api-organization',
    auth: 'user',
    summary: 'Danh sách đơn vị / Units of the agency',
    tags,
    query: z.object({ includeInactive: z.enum(['true', 'false']).optional() }),
    response: z.object({ items: z.array(UnitSchema) }),
  }),
  getUnit: defineRoute({
    method: 'GET',
    path: '/api/units/{unitId}',
    function: 'api-organization',
    auth: 'user',
    summary: 'Một đơn vị / One unit',
    tags,
    params: UnitParams,
    response: UnitSchema,
  }),
  createUnit: defineRoute({
    method: 'POST',
    path: '/api/units',
    function: 'api-organization',
    auth: 'user',
    summary: 'Tạo đơn vị (quản trị) / Create a unit (admin)',
    tags,
    body: z.object({ unit: NewUnitSchema, reason: ChangeReasonSchema }),
    response: UnitSchema,
    successStatus: 201,
  }),
  updateUnit: defineRoute({
    method: 'PATCH',
    path: '/api/units/{unitId}',
    function: 'api-organization',
    auth: 'user',
    summary: 'Sửa, đổi trưởng đơn vị, ngừng hoạt động (quản trị) / Change, set the head of, deactivate a unit (admin); optimistic locking by `version`',
    tags,
    params: UnitParams,
    body: z.object({ version: Version, changes: UnitChangesSchema, reason: ChangeReasonSchema }),
    response: UnitSchema,
  }),
  listUsers: defineRoute({
    method: 'GET',
    path: '/api/users',
    function: 'api-organization',
    auth: 'user',
    summary: 'Danh sách người dùng / Users of the agency',
    tags,
    query: z.object({ unitId: UnitIdSchema.optional() }),
    response: z.object({ items: z.array(UserSchema) }),
  }),
  createUser: defineRoute({
    method: 'POST',
    path: '/api/users',
    function: 'api-organization',
    auth: 'user',
    summary: 'Tạo người dùng và tài khoản đăng nhập (quản trị) / Create a user and their sign-in account (admin)',
    tags,
    body: z.object({ user: NewUserSchema, reason: ChangeReasonSchema }),
    response: UserSchema,
    successStatus: 201,
  }),
  updateUser: defineRoute({
    method: 'PATCH',
    path: '/api/users/{userId}',
    function: 'api-organization',
    auth: 'user',
    summary: 'Sửa, chuyển đơn vị, đổi vai trò, vô hiệu hóa người dùng (quản trị) / Change, move, re-role or deactivate a user (admin)',
    tags,
    params: UserParams,
    body: z.object({ version: Version, changes: UserChangesSchema, reason: ChangeReasonSchema }),
    response: UserSchema,
  }),
  listDirectoryEvents: defineRoute({
    method: 'GET',
    path: '/api/directory/events',
    function: 'api-organization',
    auth: 'user',
    summary: 'Lịch sử thay đổi danh bạ: ai, khi nào, vì sao (quản trị) / Directory history: who, when, why (admin)',
    tags,
    response: z.object({ items: z.array(DirectoryEventSchema) }),
  }),
} as const satisfies Record<string, RouteDefinition>;
