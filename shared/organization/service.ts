import { actorOf, authorize, can, type Actor } from '../access/policy.ts';
import { NotFoundError, UnauthenticatedError } from '../errors.ts';
import type { Agency, Role, Unit, User } from './model.ts';
import type { OrganizationRepository } from './repository.ts';

/** Use cases on the organization: who am I, which units and users are there. Changes: `administration.ts`. */
export class OrganizationService {
  constructor(private readonly repository: OrganizationRepository) {}

  /** The caller as the directory knows them now: an unknown or deactivated user is not signed in. */
  async signedIn(claimed: Actor): Promise<Actor> {
    const user = await this.repository.getUser(claimed.agencyId, claimed.userId);
    if (!user || !user.active) throw new UnauthenticatedError();
    return actorOf(user);
  }

  async getMe(actor: Actor): Promise<{ user: User; agency: Agency; unit: Unit | null; roles: Role[] }> {
    const scope = { agencyId: actor.agencyId };
    authorize(actor, 'organization.read', scope);
    const [user, agency] = await Promise.all([
      this.repository.getUser(actor.agencyId, actor.userId),
      this.repository.getAgency(actor.agencyId),
    ]);
    if (!user) throw new NotFoundError('người dùng / user', actor.userId);
    if (!can(actor, 'organization.manage', { agencyId: actor.agencyId })) user.conflictedUserIds = [];
    if (!agency) throw new NotFoundError('cơ quan / agency', actor.agencyId);
    const unit = actor.unitId ? ((await this.repository.getUnit(actor.agencyId, actor.unitId)) ?? null) : null;
    return { user, agency, unit, roles: [...actor.roles] };
  }

  async listUnits(actor: Actor, includeInactive: boolean): Promise<Unit[]> {
    authorize(actor, 'organization.read', { agencyId: actor.agencyId });
    const units = await this.repository.listUnits(actor.agencyId);
    return units.filter((unit) => includeInactive || unit.active).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }

  async getUnit(actor: Actor, unitId: string): Promise<Unit> {
    authorize(actor, 'organization.read', { agencyId: actor.agencyId, unitId });
    const unit = await this.repository.getUnit(actor.agencyId, unitId);
    if (!unit) throw new NotFoundError('đơn vị / unit', unitId);
    return unit;
  }

  async listUsers(actor: Actor, unitId?: string): Promise<User[]> {
    authorize(actor, 'users.read', { agencyId: actor.agencyId, ...(unitId ? { unitId } : {}) });
    const users = await this.repository.listUsers(actor.agencyId);
    // Declared conflicts say who is related to whom: only the administrators who record them read them.
    const admin = can(actor, 'organization.manage', { agencyId: actor.agencyId });
    return users
      .filter((user) => (unitId ? user.unitId === unitId : true))
      .map((user) => (admin ? user : { ...user, conflictedUserIds: [] }))
      .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
  }
}
