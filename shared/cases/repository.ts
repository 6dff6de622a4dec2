import type { MisconductCase } from './misconduct.ts';
import type { CitizenCase } from './model.ts';

export interface AccessLogEntry {
  at: string;
  userId: string;
  action: string;
  recordId: string;
}

export interface CaseRepository {
  /** False when the id exists already. */
  create(c: CitizenCase): Promise<boolean>;
  get(agencyId: string, caseId: string): Promise<CitizenCase | undefined>;
  list(agencyId: string): Promise<CitizenCase[]>;
  findByTrackingHash(hash: string): Promise<CitizenCase | undefined>;
  /** Replaces the record if it is still at `expectedVersion` (VersionConflictError otherwise). */
  save(c: CitizenCase, expectedVersion: number): Promise<CitizenCase>;
  createMisconduct(mc: MisconductCase): Promise<void>;
  getMisconduct(agencyId: string, caseId: string): Promise<MisconductCase | undefined>;
  listMisconduct(agencyId: string): Promise<MisconductCase[]>;
  saveMisconduct(mc: MisconductCase, expectedVersion: number): Promise<MisconductCase>;
  /** Append-only record of who read a protected record. */
  logAccess(agencyId: string, entry: AccessLogEntry): Promise<void>;
  accessLog(agencyId: string, recordId: string): Promise<AccessLogEntry[]>;
}
