import { describe, expect, it } from 'vitest';
import { authorize, can, OPERATIONS, visibleUnits, type Actor, type Operation } from '../../../shared/access/policy.ts';
import { ForbiddenError } from '../../../shared/errors.ts';
import { ROLES, type Role } from '../../../shared/organization/model.ts';

const AGENCY = 'so-khcn-quang-ngai';
const actor = (role: Role): Actor => ({ userId: `u-${role}`, email: `${role}@x.example`, agencyId: AGENCY, roles: [role], unitId: 'own-unit' });

/**
 * The expected answer for every role × operation, written out independently of the policy table:
 * `any` = allowed on every unit, `unit` = only on the actor's own unit, `-` = never.
 */
const EXPECTED: Record<Operation, Record<Role, 'any' | 'unit' | '-'>> = {
  'organization.read': { reporter: 'any', office: 'any', leader: 'any', inspector: 'any', admin: 'any' },
  'organization.manage': { reporter: '-', office: '-', leader: '-', inspector: '-', admin: 'any' },
  'users.read': { reporter: '-', office: 'any', leader: 'any', inspector: 'any', admin: 'any' },
  'calendar.read': { reporter: 'any', office: 'any', leader: 'any', inspector: 'any', admin: 'any' },
  'calendar.manage': { reporter: '-', office: '-', leader: '-', inspector: '-', admin: 'any' },
  'rules.manage': { reporter: '-', office: '-', leader: '-', inspector: '-', admin: 'any' },
  'plan.manage': { reporter: '-', office: '-', leader: '-', inspector: '-', admin: 'any' },
  'templates.manage': { reporter: '-', office: '-', leader: '-', inspector: '-', admin: 'any' },
  'deadlines.read': { reporter: 'unit', office: 'any', leader: 'any', inspector: 'unit', admin: 'any' },
  'deadline.preview': { reporter: 'any', office: 'any', leader: 'any', inspector: 'any', admin: 'any' },
  'report.read': { reporter: 'unit', office: 'any', leader: 'any', inspector: '-', admin: '-' },
  'report.submit': { reporter: 'unit', office: '-', leader: '-', inspector: '-', admin: '-' },
  'obligation.manage': { reporter: '-', office: 'any', leader: '-', inspector: '-', admin: 'any' },
  'compliance.read': { reporter: '-', office: 'any', leader: 'any', inspector: '-', admin: '-' },
  'case.register': { reporter: '-', office: 'any', leader: '-', inspector: '-', admin: '-' },
  'case.read': { reporter: '-', office: 'any', leader: 'any', inspector: 'any', admin: '-' },
  'case.handle': { reporter: '-', office: 'any', leader: '-', inspector: 'any', admin: '-' },
  'misconduct.read': { reporter: '-', office: '-', leader: 'any', inspector: 'any', admin: '-' },
  'misconduct.handle': { reporter: '-', office: '-', leader: '-', inspector: 'any', admin: '-' },
  'compiled.prepare': { reporter: '-', office: 'any', leader: '-', inspector: '-', admin: '-' },
  'compiled.approve': { reporter: '-', office: '-', leader: 'any', inspector: '-', admin: '-' },
  'alerts.read': { reporter: '-', office: 'any', leader: 'any', inspector: '-', admin: 'any' },
  'inbound.review': { reporter: '-', office: 'any', leader: '-', inspector: '-', admin: 'any' },
  'audit.verify': { reporter: '-', office: '-', leader: 'any', inspector: 'any', admin: 'any' },
};

describe('authorization policy', () => {
  it('has an expectation for every operation', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...OPERATIONS].sort());
  });

  const cases = OPERATIONS.flatMap((operation) =>
    ROLES.flatMap((role) => {
      const reach = EXPECTED[operation][role];
      return [
        { operation, role, unit: 'own unit', scope: { agencyId: AGENCY, unitId: 'own-unit' }, allowed: reach !== '-' },
        { operation, role, unit: 'other unit', scope: { agencyId: AGENCY, unitId: 'other-unit' }, allowed: reach === 'any' },
        { operation, role, unit: 'another agency', scope: { agencyId: 'so-khac', unitId: 'own-unit' }, allowed: false },
      ];
    }),
  );

  it.each(cases)('$role → $operation on $unit: allowed=$allowed', ({ operation, role, scope, allowed }) => {
    expect(can(actor(role), operation, scope)).toBe(allowed);
    if (allowed) expect(() => authorize(actor(role), operation, scope)).not.toThrow();
    else expect(() => authorize(actor(role), operation, scope)).toThrow(ForbiddenError);
  });

  it('never lets a unit-bound reporter act on unit-scoped data without a unit in the scope', () => {
    expect(can(actor('reporter'), 'report.read', { agencyId: AGENCY })).toBe(false);
  });

  it('combines several roles: the widest grant wins', () => {
    const both: Actor = { ...actor('reporter'), roles: ['reporter', 'office'] };
    expect(can(both, 'report.read', { agencyId: AGENCY, unitId: 'other-unit' })).toBe(true);
    expect(can(both, 'report.submit', { agencyId: AGENCY, unitId: 'other-unit' })).toBe(false);
  });

  it('lists the units a reporter may see as their own unit only, and all for the office', () => {
    expect(visibleUnits(actor('reporter'), 'report.read')).toEqual(['own-unit']);
    expect(visibleUnits(actor('office'), 'report.read')).toBe('all');
    expect(visibleUnits(actor('admin'), 'report.read')).toEqual([]);
  });
});
