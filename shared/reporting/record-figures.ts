import { isRecused } from '../access/case-access.ts';
import type { Actor } from '../access/policy.ts';
import { CASE_TYPE_LABELS, CASE_TYPES, decidedOnTime, type CitizenCase } from '../cases/model.ts';
import { localDateOf } from '../deadlines/calendar.ts';
import type { Directory } from '../organization/directory.ts';
import type { SectionDefinition } from './model.ts';
import type { RecordFigures } from './views.ts';

/*
 * The numbers of section 6 (citizen reception and cases) as the platform's records give them for one
 * unit and one reporting period: the cases its members handle. Received: cases received in the period;
 * resolved: cases decided in the period, whenever received; on time: of those, decided by their
 * resolution (or provision) deadline. A report's form starts from these, and a number the unit changes
 * is flagged beside the record's figure to whoever reads the report.
 */

export const drawsFromRecords = (sections: readonly SectionDefinition[]) => sections.some((s) => s.metrics.some((m) => m.fromRecords !== undefined));

/**
 * The unit's cases as this reader may count them: handled by a member of the unit now, and never one
 * the reader is recused from (a count must not tell an accused official that a case about them exists).
 */
export function casesOfUnit(cases: readonly CitizenCase[], unitId: string, actor: Actor, directory: Directory): CitizenCase[] {
  return cases.filter((c) => c.handlerUserId !== undefined && directory.user(c.handlerUserId)?.unitId === unitId && !isRecused(actor.userId, { kind: 'case', agencyId: c.agencyId, official: c.officialConcerned }, directory));
}

export function recordFigures(cases: readonly CitizenCase[], period: { from: string; to: string }): Omit<RecordFigures, 'available' | 'period'> {
  const within = (date: string | undefined) => date !== undefined && period.from <= date && date <= period.to;
  const byType = CASE_TYPES.map((type) => {
    const ofType = cases.filter((c) => c.type === type);
    const decided = ofType.filter((c) => c.resolution && within(c.resolution.decidedOn));
    const onTime = decided.filter(decidedOnTime);
    return { type, labelVi: CASE_TYPE_LABELS[type].vi, labelEn: CASE_TYPE_LABELS[type].en, received: ofType.filter((c) => within(localDateOf(c.receivedAt))).length, resolved: decided.length, resolvedOnTime: onTime.length };
  });
  const sum = (key: 'received' | 'resolved' | 'resolvedOnTime') => byType.reduce((n, row) => n + row[key], 0);
  return { totals: { 'cases-received': sum('received'), 'cases-resolved': sum('resolved'), 'cases-resolved-on-time': sum('resolvedOnTime') }, byType };
}
