import * as z from 'zod';
import { AgencySchema, DirectoryEventSchema, UnitSchema, UserSchema } from '../../../shared/organization/model.ts';

/*
 * The directory as its administration reads and writes it (routes listUnits … listDirectoryEvents in
 * shared/http/organization-routes.ts): whole records with their versions, since a change is sent against
 * the version on screen. `test/unit/web/directory.test.ts` checks each one against its route.
 */
export const DirectoryUnitSchema = UnitSchema;
export type DirectoryUnit = z.infer<typeof DirectoryUnitSchema>;
export const DirectoryUnitsSchema = z.object({ items: z.array(UnitSchema) });

export const DirectoryUserSchema = UserSchema;
export type DirectoryUser = z.infer<typeof DirectoryUserSchema>;
export const DirectoryUsersSchema = z.object({ items: z.array(UserSchema) });

export const AgencyViewSchema = AgencySchema;
export type AgencyView = z.infer<typeof AgencyViewSchema>;
/** `GET /me`, read for the agency only: its head and version, which the sign-in's copy may no longer match. */
export const MeAgencySchema = z.object({ agency: AgencySchema });

export const DirectoryEventsSchema = z.object({ items: z.array(DirectoryEventSchema) });
export type { DirectoryEvent } from '../../../shared/organization/model.ts';
