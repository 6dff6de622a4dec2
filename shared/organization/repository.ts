import type { Agency, Unit, UnitChanges, User } from './model.ts';

/** Agencies, their units and users. */
export interface OrganizationRepository {
  getAgency(agencyId: string): Promise<Agency | undefined>;
  listUnits(agencyId: string): Promise<Unit[]>;
  getUnit(agencyId: string, unitId: string): Promise<Unit | undefined>;
  /** Throws a VersionConflictError when the unit changed since `expectedVersion` was read. */
  updateUnit(agencyId: string, unitId: string, expectedVersion: number, changes: UnitChanges): Promise<Unit>;
  listUsers(agencyId: string): Promise<User[]>;
  getUser(agencyId: string, userId: string): Promise<User | undefined>;
  findUserByEmail(email: string): Promise<User | undefined>;
  /** Creates what does not exist yet and leaves what exists untouched; returns how many were created. */
  createMissing(records: { agency: Agency; units: Unit[]; users: User[] }): Promise<number>;
}
