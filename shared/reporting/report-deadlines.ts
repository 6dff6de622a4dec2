import type { Unit, User } from '../organization/model.ts';
import { formatLocalDate } from '../time-zone.ts';
import type { TrackInput } from '../tracked-deadlines/service.ts';
import type { Obligation } from './model.ts';

export const reportDeadlineId = (obligationId: string) => `report--${obligationId}`;

/** What a report obligation's watched deadline says of it, in alerts and lists. */
export const reportDeadlineSubject = (obligation: Obligation, unitName: string | undefined) => ({
  kind: 'report' as const,
  id: obligation.obligationId,
  title: `${obligation.titleVi} — ${unitName ?? obligation.unitId}`,
  unitId: obligation.unitId,
});

/** The watched deadline of a report obligation: due at its instant, assigned to the unit's active reporters and its head. */
export function reportDeadline(obligation: Obligation, unit: Unit | undefined, users: readonly User[], by: string): TrackInput {
  const reporters = users.filter((u) => u.active && u.unitId === obligation.unitId && u.roles.includes('reporter')).map((u) => u.userId);
  return {
    agencyId: obligation.agencyId,
    deadlineId: reportDeadlineId(obligation.obligationId),
    subject: reportDeadlineSubject(obligation, unit?.name),
    assignees: [...new Set([...reporters, ...(unit?.headUserId ? [unit.headUserId] : [])])],
    basis: { type: 'fixed', dueInstant: obligation.dueInstant, label: `Trước ${formatLocalDate(obligation.dueInstant)}` },
    by,
  };
}
