import type { ObligationStatus } from '../../../../shared/reporting/model.ts';
import type { BadgeLook } from '../../components/badge.tsx';

const LOOKS: Record<ObligationStatus, BadgeLook> = {
  'not-yet-due': { label: 'reporting.status.not-yet-due', tone: 'neutral', symbol: '○' },
  'due-soon': { label: 'reporting.status.due-soon', tone: 'warning', symbol: '◔' },
  overdue: { label: 'reporting.status.overdue', tone: 'danger', symbol: '!' },
  'submitted-on-time': { label: 'reporting.status.submitted-on-time', tone: 'success', symbol: '✓' },
  'submitted-late': { label: 'reporting.status.submitted-late', tone: 'late', symbol: '✓' },
  missing: { label: 'reporting.status.missing', tone: 'missing', symbol: '✕' },
};

/** The statuses in the order a reader scans them: open ones, then done, then the failures. */
export const STATUS_ORDER: readonly ObligationStatus[] = ['not-yet-due', 'due-soon', 'overdue', 'missing', 'submitted-on-time', 'submitted-late'];

export function statusLook(status: ObligationStatus): BadgeLook {
  return LOOKS[status];
}

const WORK_RANK: Record<ObligationStatus, number> = {
  'due-soon': 0,
  overdue: 1,
  'not-yet-due': 2,
  missing: 3,
  'submitted-late': 4,
  'submitted-on-time': 4,
};

/**
 * What to work on first: due soon, overdue, not yet due (earliest due on top); then the missed
 * ones and the submitted ones, the latest period first.
 */
export function byDueForWork<T extends { status: ObligationStatus; dueInstant: string }>(a: T, b: T): number {
  const rank = WORK_RANK[a.status] - WORK_RANK[b.status];
  if (rank !== 0) return rank;
  return WORK_RANK[a.status] <= 2 ? a.dueInstant.localeCompare(b.dueInstant) : b.dueInstant.localeCompare(a.dueInstant);
}
