import { ForbiddenError } from '../errors.ts';
import type { Role, User } from '../organization/model.ts';

/** Who is acting: taken from the verified token claims (Cognito in AWS, the dev sign-in locally). */
export interface Actor {
  userId: string;
  email: string;
  agencyId: string;
  roles: readonly Role[];
  /** Set for users who belong to a unit; a reporter always has one. */
  unitId?: string;
}

/** A directory user as the one acting (their roles and unit as the directory holds them now). */
export const actorOf = (user: User): Actor => ({ userId: user.userId, email: user.email, agencyId: user.agencyId, roles: user.roles, ...(user.unitId ? { unitId: user.unitId } : {}) });

/** What an operation touches: always an agency, and the unit when the data belongs to one. */
export interface Scope {
  agencyId: string;
  unitId?: string;
}

/**
 * Every operation of the platform, and who may do it. `unit` means: a reporter only for their own unit.
 * One table, read by every handler; the matrix test in `test/unit/access` walks all of it.
 */
const GRANTS = {
  'organization.read': { reporter: 'any', office: 'any', leader: 'any', inspector: 'any', admin: 'any' },
  'organization.manage': { admin: 'any' },
  'users.read': { office: 'any', leader: 'any', inspector: 'any', admin: 'any' },
  'calendar.read': { reporter: 'any', office: 'any', leader: 'any', inspector: 'any', admin: 'any' },
  'calendar.manage': { admin: 'any' },
  'rules.manage': { admin: 'any' },
  'plan.manage': { admin: 'any' },
  /** The wording of the case documents (the templates shipped as data, adjusted per agency). */
  'templates.manage': { admin: 'any' },
  'deadlines.read': { reporter: 'unit', office: 'any', leader: 'any', inspector: 'unit', admin: 'any' },
  'deadline.preview': { reporter: 'any', office: 'any', leader: 'any', inspector: 'any', admin: 'any' },
  'report.read': { reporter: 'unit', office: 'any', leader: 'any' },
  'report.submit': { reporter: 'unit' },
  'obligation.manage': { office: 'any', admin: 'any' },
  'compliance.read': { office: 'any', leader: 'any' },
  'case.register': { office: 'any' },
  'case.read': { office: 'any', leader: 'any', inspector: 'any' },
  'case.handle': { office: 'any', inspector: 'any' },
  'misconduct.read': { inspector: 'any', leader: 'any' },
  'misconduct.handle': { inspector: 'any' },
  'compiled.prepare': { office: 'any' },
  'compiled.approve': { leader: 'any' },
  'alerts.read': { office: 'any', leader: 'any', admin: 'any' },
  /** The holding area of inbound e-mail: review, assign to an obligation, discard. */
  'inbound.review': { office: 'any', admin: 'any' },
  /** Checking the tamper-evident audit chain (it holds hashes and ids, never content). */
  'audit.verify': { leader: 'any', inspector: 'any', admin: 'any' },
} as const satisfies Record<string, Partial<Record<Role, 'any' | 'unit'>>>;

export type Operation = keyof typeof GRANTS;
export const OPERATIONS = Object.keys(GRANTS) as Operation[];

/** True when `actor` may perform `operation` on data in `scope`. Another agency's data is never visible. */
export function can(actor: Actor, operation: Operation, scope: Scope): boolean {
  if (actor.agencyId !== scope.agencyId) return false;
  const grant: Partial<Record<Role, 'any' | 'unit'>> = GRANTS[operation];
  return actor.roles.some((role) => {
    const reach = grant[role];
    if (reach === 'any') return true;
    if (reach === 'unit') return scope.unitId !== undefined && scope.unitId === actor.unitId;
    return false;
  });
}

/** Throws {@link ForbiddenError} unless {@link can} allows it. */
export function authorize(actor: Actor, operation: Operation, scope: Scope): void {
  if (!can(actor, operation, scope)) throw new ForbiddenError(operation);
}

/** The units whose data an actor may see for a unit-scoped operation: `'all'` or a list. */
export function visibleUnits(actor: Actor, operation: Operation): 'all' | string[] {
  const grant: Partial<Record<Role, 'any' | 'unit'>> = GRANTS[operation];
  if (actor.roles.some((role) => grant[role] === 'any')) return 'all';
  if (actor.unitId && actor.roles.some((role) => grant[role] === 'unit')) return [actor.unitId];
  return [];
}
