import type { DeadlineEvent, DeadlineNotice, TrackedDeadline } from './model.ts';

export interface DeadlineRepository {
  /** Creates the deadline and its first history event; false when it exists already (idempotent). */
  create(deadline: TrackedDeadline, event: DeadlineEvent): Promise<boolean>;
  get(agencyId: string, deadlineId: string): Promise<TrackedDeadline | undefined>;
  /** Bulk load (migration from another register, benchmarks): writes as they are, no history events. */
  importMany(deadlines: TrackedDeadline[]): Promise<void>;
  list(agencyId: string): Promise<TrackedDeadline[]>;
  /** Open deadlines due at or after `fromInstant`, read from the sparse due index (never a scan). */
  openDueFrom(agencyId: string, fromInstant: string): Promise<TrackedDeadline[]>;
  /** Open deadlines due in [from, to], from the sparse due index: what a check reads grows with what is due, not with history. */
  openDueBetween(agencyId: string, from: string, to: string): Promise<TrackedDeadline[]>;
  /**
   * Moves a deadline, appends the history event and queues the notices, atomically; refused with a
   * VersionConflictError when the deadline changed since it was read.
   */
  move(deadline: TrackedDeadline, to: Pick<TrackedDeadline, 'due' | 'dueInstant' | 'ruleVersion' | 'updatedAt'>, event: DeadlineEvent, notices: DeadlineNotice[]): Promise<TrackedDeadline>;
  history(agencyId: string, deadlineId: string): Promise<DeadlineEvent[]>;
  /** Marks the deadline met or cancelled, which takes it out of the due index; appends the event. */
  close(deadline: TrackedDeadline, status: 'met' | 'cancelled', event: DeadlineEvent): Promise<void>;
}

export interface NoticeRepository {
  pending(agencyId: string, batchId: string): Promise<DeadlineNotice[]>;
  markSent(notices: DeadlineNotice[], sentAt: string, messageId: string): Promise<void>;
}
