import { describe, expect, it } from 'vitest';
import { visibleUnits, type Actor, type Operation } from '../../../shared/access/policy.ts';
import { ROLES, type Role } from '../../../shared/organization/model.ts';
import { CALENDAR_MANAGERS, DIRECTORY_MANAGERS, NAV, USER_READERS, mayListUsers, mayManageCalendar, mayManageDirectory, navigationFor, plannedFor, recordIdIn, routeFor } from '../../../web/src/nav.ts';

function actor(role: Role): Actor {
  return { userId: 'u1', email: 'u1@example.gov.vn', agencyId: 'so-khcn-quang-ngai', roles: [role], unitId: 'van-phong' };
}

/** Granted for all data, or at least for the user's own unit. */
function mayPerform(role: Role, operation: Operation): boolean {
  const reach = visibleUnits(actor(role), operation);
  return reach === 'all' || reach.length > 0;
}

describe('navigation', () => {
  it('lists each page with a unique id and path, and labels in both languages', () => {
    expect(new Set(NAV.map((entry) => entry.id)).size).toBe(NAV.length);
    expect(new Set(NAV.map((entry) => entry.path)).size).toBe(NAV.length);
    for (const entry of NAV) {
      expect(entry.path).toMatch(/^\/([a-z-]+(\/[a-z-]+)*)?$/);
      expect(entry.label.vi && entry.label.en && entry.description.vi && entry.description.en, entry.id).toBeTruthy();
    }
  });

  it.each(NAV.filter((entry) => entry.operations.length > 0).map((entry) => [entry.id, entry] as const))(
    'offers %s exactly to the roles the server policy lets use it',
    (_id, entry) => {
      const granted = ROLES.filter((role) => entry.operations.some((operation) => mayPerform(role, operation)));
      expect([...entry.roles].sort()).toEqual([...granted].sort());
    },
  );

  it('shows the office the units and users, but never shows a reporter the users', () => {
    expect(navigationFor(['office']).map((entry) => entry.id)).toEqual(expect.arrayContaining(['home', 'units', 'users']));
    const reporter = navigationFor(['reporter']).map((entry) => entry.id);
    expect(reporter).toEqual(expect.arrayContaining(['home', 'deadlines', 'deadline-calculator', 'units', 'calendar']));
    expect(reporter).not.toContain('users');
    // Inspectors assign cases to colleagues, so they may read the user list.
    expect(navigationFor(['inspector']).map((entry) => entry.id)).toContain('users');
  });

  it('announces planned pages only to the roles that will use them, and never routes them', () => {
    expect(plannedFor(['admin']).map((entry) => entry.id)).toEqual(expect.arrayContaining(['deadline-rules']));
    expect(plannedFor(['reporter']).map((entry) => entry.id)).not.toContain('misconduct');
    expect(routeFor('/deadline-rules')).toBeUndefined();
    expect(routeFor('/users')?.id).toBe('users');
  });

  it('offers compiled reports and the dashboard to the office and leaders, and routes one compiled report under the list', () => {
    for (const role of ['office', 'leader'] as const) {
      expect(navigationFor([role]).map((entry) => entry.id)).toEqual(expect.arrayContaining(['compiled', 'dashboard']));
    }
    expect(navigationFor(['reporter']).map((entry) => entry.id)).not.toContain('dashboard');
    const entry = routeFor('/compiled/tong-hop-bao-cao-nam-2025');
    expect(entry?.id).toBe('compiled');
    expect(recordIdIn('/compiled/tong-hop-bao-cao-nam-2025', entry!)).toBe('tong-hop-bao-cao-nam-2025');
    expect(routeFor('/dashboard')?.id).toBe('dashboard');
  });

  it('gives a user with several roles the union of their entries', () => {
    const ids = navigationFor(['reporter', 'leader']).map((entry) => entry.id);
    expect(ids).toContain('users');
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('deadline and calendar pages', () => {
  it('offers the calculator, the tracked deadlines and the calendar to every role', () => {
    for (const role of ROLES) {
      expect(navigationFor([role]).map((entry) => entry.id)).toEqual(expect.arrayContaining(['deadlines', 'deadline-calculator', 'calendar']));
    }
  });

  it('routes the calculator on its own path and a tracked deadline under the list', () => {
    expect(routeFor('/deadlines/calculator')?.id).toBe('deadline-calculator');
    expect(routeFor('/deadlines')?.id).toBe('deadlines');
    const entry = routeFor('/deadlines/dl-01JABC');
    expect(entry?.id).toBe('deadlines');
    expect(recordIdIn('/deadlines/dl-01JABC', entry!)).toBe('dl-01JABC');
    expect(recordIdIn('/deadlines', entry!)).toBeNull();
    expect(routeFor('/deadlines/dl-1/more')).toBeUndefined();
    expect(routeFor('/units/van-phong')).toBeUndefined();
  });

  it('shows calendar edit controls exactly to the roles the server lets manage the calendar', () => {
    const granted = ROLES.filter((role) => mayPerform(role, 'calendar.manage'));
    expect([...CALENDAR_MANAGERS].sort()).toEqual(granted.sort());
    expect(mayManageCalendar(['reporter', 'office', 'leader', 'inspector'])).toBe(false);
    expect(mayManageCalendar(['reporter', 'admin'])).toBe(true);
  });
});

describe('directory pages', () => {
  it('shows the administration of units and users exactly to the roles the server lets manage the directory', () => {
    const granted = ROLES.filter((role) => mayPerform(role, 'organization.manage'));
    expect([...DIRECTORY_MANAGERS].sort()).toEqual(granted.sort());
    expect(mayManageDirectory(['office', 'leader', 'inspector', 'reporter'])).toBe(false);
    expect(mayManageDirectory(['reporter', 'admin'])).toBe(true);
  });

  it('lists users, to show names, exactly for the roles the server lets read them', () => {
    const granted = ROLES.filter((role) => mayPerform(role, 'users.read'));
    expect([...USER_READERS].sort()).toEqual(granted.sort());
    expect(mayListUsers(['reporter'])).toBe(false);
    expect(mayListUsers(['inspector'])).toBe(true);
  });
});
