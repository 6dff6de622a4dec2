import * as z from 'zod';
import { RegistrationResponseSchema } from '../../../shared/cases/views.ts';
import { HeldMessageSchema as SharedHeldMessageSchema } from '../../../shared/inbound/model.ts';
import { SubmissionSchema } from '../../../shared/reporting/model.ts';

/*
 * The holding area of inbound e-mail (routes listHeldMail … registerHeldMailAsCase), built from
 * shared/inbound as the routes are. A module of its own, so only the lazily loaded inbound page carries it;
 * `test/unit/web/inbound.test.ts` checks each one against its route.
 */
export const HeldMessageSchema = SharedHeldMessageSchema;
export type HeldMessageView = z.infer<typeof HeldMessageSchema>;
export const HeldListSchema = z.object({ items: z.array(SharedHeldMessageSchema) });
export const HeldAssignedSchema = z.object({ held: SharedHeldMessageSchema, submission: SubmissionSchema });
export type HeldAssigned = z.infer<typeof HeldAssignedSchema>;
export const HeldRegisteredSchema = RegistrationResponseSchema.extend({ held: SharedHeldMessageSchema });
export type HeldRegistered = z.infer<typeof HeldRegisteredSchema>;
