import type { Directory } from './directory.ts';
import type { Agency, DirectoryEvent, Unit, User } from './model.ts';

/** Agencies, their units and users, and the history of every change to them. */
export interface OrganizationRepository {
  getAgency(agencyId: string): Promise<Agency | undefined>;
  /** Every agency of the deployment. */
  listAgencies(): Promise<Agency[]>;
  listUnits(agencyId: string): Promise<Unit[]>;
  getUnit(agencyId: string, unitId: string): Promise<Unit | undefined>;
  listUsers(agencyId: string): Promise<User[]>;
  getUser(agencyId: string, userId: string): Promise<User | undefined>;
  findUserByEmail(email: string): Promise<User | undefined>;
  /** The agency, its units and users, read together. */
  directory(agencyId: string): Promise<Directory>;
  /**
   * Writes one directory record with the event that explains it, all or nothing. `expectedVersion` null
   * creates it. Throws a VersionConflictError when it changed meanwhile, a ConflictError when a new
   * record's id or a user's e-mail is taken.
   */
  saveAgency(agency: Agency, expectedVersion: number | null, event: DirectoryEvent): Promise<Agency>;
  saveUnit(unit: Unit, expectedVersion: number | null, event: DirectoryEvent): Promise<Unit>;
  saveUser(user: User, expectedVersion: number | null, event: DirectoryEvent, previousEmail?: string): Promise<User>;
  /** Every change, newest first. */
  listEvents(agencyId: string): Promise<DirectoryEvent[]>;
}
