import type { Obligation } from './model.ts';

export const reportDeadlineId = (obligationId: string) => `report--${obligationId}`;

/** What a report obligation's watched deadline says of it, in alerts and lists. */
export const reportDeadlineSubject = (obligation: Obligation, unitName: string | undefined) => ({
  kind: 'report' as const,
  id: obligation.obligationId,
  title: `${obligation.titleVi} — ${unitName ?? obligation.unitId}`,
  unitId: obligation.unitId,
});
