import type { Draft, Obligation, Obstacle, ReportingPlan, Submission } from './model.ts';

export interface ReportingRepository {
  getPlan(agencyId: string): Promise<ReportingPlan | undefined>;
  /** `expectedVersion` null creates the plan (false if it exists); otherwise optimistic locking. */
  savePlan(plan: ReportingPlan, expectedVersion: number | null): Promise<boolean>;
  /** Creates the obligations that do not exist yet; returns those it created. */
  createObligations(obligations: Obligation[]): Promise<Obligation[]>;
  /** What the units owe: an obligation a merger superseded is kept (found by id) but not listed. */
  listObligations(agencyId: string): Promise<Obligation[]>;
  /** Saves an obligation moved to a successor unit or superseded (optimistic locking). */
  saveObligation(obligation: Obligation, expectedVersion: number): Promise<Obligation>;
  getObligation(agencyId: string, obligationId: string): Promise<Obligation | undefined>;
  findObligationByCode(code: string): Promise<Obligation | undefined>;
  getDraft(agencyId: string, obligationId: string): Promise<Draft | undefined>;
  /** `expectedVersion` null creates the draft; a stale version is a VersionConflictError. */
  saveDraft(draft: Draft, expectedVersion: number | null): Promise<Draft>;
  listSubmissions(agencyId: string, obligationId: string): Promise<Submission[]>;
  /**
   * Stores a new version and advances the obligation, atomically. With an idempotency key, a second
   * call with the same key stores nothing and returns the version the first one stored.
   */
  addSubmission(obligation: Obligation, submission: Submission, idempotencyKey: string | undefined): Promise<{ submission: Submission; created: boolean }>;
  /** Next number in the agency's receipt register for `year`. */
  nextReceiptNumber(agencyId: string, year: number): Promise<number>;
  addObstacle(obstacle: Obstacle): Promise<void>;
  listObstacles(agencyId: string): Promise<Obstacle[]>;
}
