import * as z from 'zod';
import { AgencySchema, RoleSchema, UnitSchema, UserSchema } from '../../../shared/organization/model.ts';

/** `/config.json`, written by the deployment: which sign-in to use and where the API lives. */
export const AppConfigSchema = z.object({
  auth: z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('dev') }),
    z.object({
      mode: z.literal('cognito'),
      domain: z.url().transform((url) => url.replace(/\/+$/, '')),
      clientId: z.string().min(1),
      region: z.string().min(1),
    }),
  ]),
  apiBase: z.string().min(1).default('/api'),
});
export type AppConfig = z.infer<typeof AppConfigSchema>;
export type CognitoConfig = Extract<AppConfig['auth'], { mode: 'cognito' }>;

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    messageEn: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).default([]),
    correlationId: z.string().optional(),
  }),
});

export const DevUserSchema = z.object({
  userId: z.string().min(1),
  fullName: z.string(),
  email: z.string(),
  title: z.string().optional(),
  roles: z.array(RoleSchema).min(1),
  unitId: z.string().optional(),
  unitName: z.string().optional(),
});
export type DevUser = z.infer<typeof DevUserSchema>;
export const DevUsersSchema = z.object({ items: z.array(DevUserSchema) });

export const DevSignInSchema = z.object({ idToken: z.string().min(1), expiresAt: z.iso.datetime({ offset: true }) });

export const UserViewSchema = UserSchema.pick({
  userId: true,
  email: true,
  fullName: true,
  title: true,
  roles: true,
  unitId: true,
  language: true,
}).extend({ active: z.boolean().default(true) });
export type UserView = z.infer<typeof UserViewSchema>;

export const MeSchema = z.object({
  user: UserViewSchema,
  agency: AgencySchema.pick({ agencyId: true, name: true, shortName: true, province: true, placeName: true }),
  unit: UnitSchema.pick({ unitId: true, name: true, kind: true }).nullable(),
  roles: z.array(RoleSchema),
});
export type Me = z.infer<typeof MeSchema>;

export const UnitViewSchema = UnitSchema.omit({ agencyId: true });
export type UnitView = z.infer<typeof UnitViewSchema>;
export const UnitsSchema = z.object({ items: z.array(UnitViewSchema) });

export const UsersSchema = z.object({ items: z.array(UserViewSchema) });
