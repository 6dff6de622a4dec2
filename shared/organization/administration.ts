import { ulid } from 'ulid';
import { authorize, type Actor } from '../access/policy.ts';
import type { Clock } from '../clock.ts';
import { localDateOf } from '../deadlines/calendar.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { Directory } from './directory.ts';
import type { IdentityProvider } from './identity.ts';
import { directoryProblems } from './invariants.ts';
import {
  NewUnitSchema,
  NewUserSchema,
  type Agency,
  type AgencyChanges,
  type DirectoryEvent,
  type NewUnit,
  type NewUser,
  type Unit,
  type UnitChanges,
  type User,
  type UserChanges,
} from './model.ts';
import { planReorganisation, ReorganisationSchema, type ReorganisationInput, type UnitSuccession } from './reorganisation.ts';
import type { OrganizationRepository } from './repository.ts';

/** A new agency with its first directory: what onboarding (and the demo seed) hands in. */
export interface Onboarding {
  agency: Omit<Agency, 'version' | 'headUserId'> & { headUserId?: string };
  units: NewUnit[];
  /** `userId` is honoured where the identity provider lets ids be chosen (locally). */
  users: (NewUser & { userId?: string })[];
}

/**
 * Administration of the directory: units and users created, changed and deactivated (never deleted),
 * each change an event with who, when and why, the directory's rules checked on the state it leads to,
 * and the sign-in accounts kept in step. Records stay attributed to a deactivated user; their next
 * request is refused, since every request is checked against the directory.
 */
export class DirectoryAdministration {
  constructor(
    private readonly repository: OrganizationRepository,
    private readonly identity: IdentityProvider,
    private readonly clock: Clock,
    /** What follows a merged or split unit elsewhere (report obligations, citizen cases). */
    private readonly successions: readonly UnitSuccession[] = [],
  ) {}

  /**
   * Creates an agency and its first units and users at once, checked as a whole (an administrator and
   * an office head from the start). Safe to repeat: what exists is left as it is.
   */
  async onboard(by: string, input: Onboarding, reason: string): Promise<{ created: number }> {
    const agencyId = input.agency.agencyId;
    const existing = await this.repository.directory(agencyId);
    const units: Unit[] = input.units.map((u) => ({ ...NewUnitSchema.parse(u), agencyId, active: true, version: 0 }));
    const users: User[] = [];
    for (const raw of input.users) {
      const parsed = NewUserSchema.parse(raw);
      const known = existing.users.find((u) => u.email === parsed.email) ?? (raw.userId ? existing.user(raw.userId) : undefined);
      const { subject } = known ? { subject: known.userId } : await this.identity.createAccount({ agencyId, ...parsed }, raw.userId);
      users.push({ ...parsed, agencyId, userId: subject, active: true, version: 0 });
    }
    const agency: Agency = { ...input.agency, version: 0 };
    this.assertNoNewProblems(null, new Directory(agency, units, users));
    let created = 0;
    const event = (action: DirectoryEvent['action'], kind: DirectoryEvent['target']['kind'], id: string, record: object) => this.event(agencyId, by, action, { kind, id }, reason, {}, record);
    for (const unit of units.filter((u) => !existing.unit(u.unitId))) {
      await this.repository.saveUnit(unit, null, event('unit.created', 'unit', unit.unitId, unit));
      created += 1;
    }
    for (const user of users.filter((u) => !existing.user(u.userId))) {
      await this.repository.saveUser(user, null, event('user.created', 'user', user.userId, user));
      created += 1;
    }
    // The profile last: an agency that has one is complete, so a crash half-way is finished by a rerun.
    if (!existing.agency) {
      await this.repository.saveAgency(agency, null, event('agency.onboarded', 'agency', agencyId, agency));
      created += 1;
    }
    return { created };
  }

  async createUnit(actor: Actor, input: NewUnit, reason: string): Promise<Unit> {
    authorize(actor, 'organization.manage', { agencyId: actor.agencyId });
    const before = await this.repository.directory(actor.agencyId);
    const unit: Unit = { ...NewUnitSchema.parse(input), agencyId: actor.agencyId, active: true, version: 0 };
    if (before.unit(unit.unitId)) throw new ConflictError('unit-exists', `Mã đơn vị “${unit.unitId}” đã được dùng.`, `The unit id “${unit.unitId}” is taken.`);
    this.assertNoNewProblems(before, replace(before, { unit }));
    return this.repository.saveUnit(unit, null, this.event(actor.agencyId, actor.userId, 'unit.created', { kind: 'unit', id: unit.unitId }, reason, {}, unit));
  }

  async updateUnit(actor: Actor, unitId: string, expectedVersion: number, changes: UnitChanges, reason: string): Promise<Unit> {
    authorize(actor, 'organization.manage', { agencyId: actor.agencyId, unitId });
    const before = await this.repository.directory(actor.agencyId);
    const current = before.unit(unitId);
    if (!current) throw new NotFoundError('đơn vị / unit', unitId);
    const next = applyChanges(current, changes) as Unit;
    this.assertNoNewProblems(before, replace(before, { unit: next }));
    return this.repository.saveUnit(next, expectedVersion, this.event(actor.agencyId, actor.userId, 'unit.changed', { kind: 'unit', id: unitId }, reason, current, next));
  }

  async createUser(actor: Actor, input: NewUser, reason: string): Promise<User> {
    authorize(actor, 'organization.manage', { agencyId: actor.agencyId });
    const parsed = NewUserSchema.parse(input);
    const before = await this.repository.directory(actor.agencyId);
    if (await this.repository.findUserByEmail(parsed.email)) {
      throw new ConflictError('email-taken', `Địa chỉ ${parsed.email} đã được dùng cho một tài khoản khác.`, `${parsed.email} is already used by another account.`, [{ path: 'body.email', message: parsed.email }]);
    }
    // The rules first, with a stand-in id: no account is made for a user the directory would refuse.
    this.assertNoNewProblems(before, replace(before, { user: { ...parsed, agencyId: actor.agencyId, userId: '(new)', active: true, version: 0 } }));
    const { subject } = await this.identity.createAccount({ agencyId: actor.agencyId, ...parsed });
    const user: User = { ...parsed, agencyId: actor.agencyId, userId: subject, active: true, version: 0 };
    return this.repository.saveUser(user, null, this.event(actor.agencyId, actor.userId, 'user.created', { kind: 'user', id: user.userId }, reason, {}, user));
  }

  async updateUser(actor: Actor, userId: string, expectedVersion: number, changes: UserChanges, reason: string): Promise<User> {
    authorize(actor, 'organization.manage', { agencyId: actor.agencyId });
    const before = await this.repository.directory(actor.agencyId);
    const current = before.user(userId);
    if (!current) throw new NotFoundError('người dùng / user', userId);
    const next = applyChanges(current, changes) as User;
    this.assertNoNewProblems(before, replace(before, { user: next }));
    const saved = await this.repository.saveUser(next, expectedVersion, this.event(actor.agencyId, actor.userId, 'user.changed', { kind: 'user', id: userId }, reason, current, next), current.email);
    await this.identity.syncAccount(userId, { agencyId: saved.agencyId, email: saved.email, fullName: saved.fullName, roles: saved.roles, unitId: saved.unitId, active: saved.active, previousRoles: current.roles });
    return saved;
  }

  async updateAgency(actor: Actor, expectedVersion: number, changes: AgencyChanges, reason: string): Promise<Agency> {
    authorize(actor, 'organization.manage', { agencyId: actor.agencyId });
    const before = await this.repository.directory(actor.agencyId);
    if (!before.agency) throw new NotFoundError('cơ quan / agency', actor.agencyId);
    const next = applyChanges(before.agency, changes) as Agency;
    this.assertNoNewProblems(before, new Directory(next, before.units, before.users));
    return this.repository.saveAgency(next, expectedVersion, this.event(actor.agencyId, actor.userId, 'agency.changed', { kind: 'agency', id: actor.agencyId }, reason, before.agency, next));
  }

  /**
   * Renames, merges or splits units with an effective date: units that end keep their history (their
   * past reports stay theirs), members move to the successors, open report obligations and cases follow.
   */
  async reorganise(actor: Actor, input: ReorganisationInput, reason: string): Promise<{ units: Unit[]; movedUsers: number; movedRecords: number }> {
    authorize(actor, 'organization.manage', { agencyId: actor.agencyId });
    const r = ReorganisationSchema.parse(input);
    const before = await this.repository.directory(actor.agencyId);
    const now = this.clock.now();
    const plan = planReorganisation(before, r, localDateOf(now.toISOString()));
    let after = before;
    for (const { unit } of plan.units) after = replace(after, { unit });
    for (const { user } of plan.users) after = replace(after, { user });
    this.assertNoNewProblems(before, after);
    const units: Unit[] = [];
    for (const { unit, expectedVersion, action } of plan.units) {
      units.push(await this.repository.saveUnit(unit, expectedVersion, this.event(actor.agencyId, actor.userId, action, { kind: 'unit', id: unit.unitId }, reason, before.unit(unit.unitId) ?? {}, unit)));
    }
    for (const { user, expectedVersion } of plan.users) {
      const current = before.user(user.userId) as User;
      await this.repository.saveUser(user, expectedVersion, this.event(actor.agencyId, actor.userId, 'user.changed', { kind: 'user', id: user.userId }, reason, current, user), current.email);
      await this.identity.syncAccount(user.userId, { agencyId: user.agencyId, email: user.email, fullName: user.fullName, roles: user.roles, unitId: user.unitId, active: user.active, previousRoles: current.roles });
    }
    let movedRecords = 0;
    if (plan.openWork) {
      if (this.successions.length === 0) throw new Error('This administration has no successions: reorganise through createReorganisation');
      for (const succession of this.successions) movedRecords += await succession.moveOpenWork(actor.agencyId, plan.openWork.from, plan.openWork.to, r.effectiveOn, actor.userId);
    }
    return { units, movedUsers: plan.users.length, movedRecords };
  }

  async history(actor: Actor): Promise<DirectoryEvent[]> {
    authorize(actor, 'organization.manage', { agencyId: actor.agencyId });
    return this.repository.listEvents(actor.agencyId);
  }

  /** Refuses a change for the rules it would break; problems the directory had before (if any) are not its fault. */
  private assertNoNewProblems(before: Directory | null, after: Directory): void {
    const known = new Set(before ? directoryProblems(before).map((p) => p.key) : []);
    const introduced = directoryProblems(after).filter((p) => !known.has(p.key));
    if (introduced.length === 0) return;
    throw new ConflictError(
      'directory-rule',
      introduced.map((p) => p.vi).join(' '),
      introduced.map((p) => p.en).join(' '),
      introduced.map((p) => ({ path: p.key, message: `${p.vi} / ${p.en}` })),
    );
  }

  private event(agencyId: string, by: string, action: DirectoryEvent['action'], target: DirectoryEvent['target'], reason: string, before: object, after: object): DirectoryEvent {
    return { agencyId, eventId: ulid(), at: this.clock.now().toISOString(), by, action, target, reason, changes: differences(before, after) };
  }
}

/** `null` in a change removes the field (a vacant head, a user without a unit). */
function applyChanges<T extends object>(record: T, changes: object): T {
  const next: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const [field, value] of Object.entries(changes)) {
    if (value === null) delete next[field];
    else if (value !== undefined) next[field] = value;
  }
  return next as T;
}

function replace(d: Directory, change: { unit?: Unit; user?: User }): Directory {
  const units = change.unit ? [...d.units.filter((u) => u.unitId !== change.unit?.unitId), change.unit] : [...d.units];
  const users = change.user ? [...d.users.filter((u) => u.userId !== change.user?.userId), change.user] : [...d.users];
  return new Directory(d.agency, units, users);
}

function differences(before: object, after: object): DirectoryEvent['changes'] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((field) => field !== 'version' && JSON.stringify(a[field]) !== JSON.stringify(b[field]))
    .map((field) => ({ field, from: a[field] ?? null, to: b[field] ?? null }));
}
