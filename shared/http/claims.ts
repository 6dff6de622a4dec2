import * as z from 'zod';
import type { Actor } from '../access/policy.ts';
import { UnauthenticatedError } from '../errors.ts';
import { RoleSchema } from '../organization/model.ts';

/**
 * The claims both identity providers put in the ID token: Cognito (custom attributes and groups) in AWS,
 * and the development sign-in locally. API Gateway's JWT authorizer hands array claims to Lambda as
 * a string such as `[office leader]`, so groups are accepted in either form.
 */
export const CLAIM = {
  agencyId: 'custom:agency_id',
  unitId: 'custom:unit_id',
  groups: 'cognito:groups',
} as const;

const GroupsSchema = z
  .union([z.array(z.string()), z.string()])
  .transform((value) => (Array.isArray(value) ? value : value.replace(/^\[|\]$/g, '').split(/[\s,]+/).filter(Boolean)));

const ClaimsSchema = z.object({
  sub: z.string().min(1),
  email: z.email(),
  [CLAIM.agencyId]: z.string().min(1),
  [CLAIM.unitId]: z.string().optional(),
  [CLAIM.groups]: GroupsSchema,
});

/** Builds the {@link Actor} from authorizer claims; unknown groups are ignored, no role at all is refused. */
export function actorFromClaims(claims: unknown): Actor {
  const parsed = ClaimsSchema.safeParse(claims);
  if (!parsed.success) throw new UnauthenticatedError({ cause: parsed.error });
  const c = parsed.data;
  const roles = c[CLAIM.groups].flatMap((group) => {
    const role = RoleSchema.safeParse(group);
    return role.success ? [role.data] : [];
  });
  if (roles.length === 0) throw new UnauthenticatedError();
  const unitId = c[CLAIM.unitId];
  return { userId: c.sub, email: c.email, agencyId: c[CLAIM.agencyId], roles, ...(unitId ? { unitId } : {}) };
}
