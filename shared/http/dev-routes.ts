import * as z from 'zod';
import { RoleSchema } from '../organization/model.ts';
import type { ClientRoute } from './route.ts';

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

/**
 * The demo sign-in of the local platform (`infra/local/gateway.ts` answers them; no Lambda, no deployment
 * has them): the demo users to choose from, and a signed token for the one chosen.
 */
export const DEV_ROUTES = {
  listDevUsers: { method: 'GET', path: '/api/dev/users', response: z.object({ items: z.array(DevUserSchema) }) },
  devSignIn: {
    method: 'POST',
    path: '/api/dev/sign-in',
    body: z.object({ userId: z.string().min(1) }),
    response: z.object({ idToken: z.string().min(1), expiresAt: z.iso.datetime({ offset: true }) }),
  },
} as const satisfies Record<string, ClientRoute>;
