import { RATING_LEVELS } from '../cases/labels.ts';
import { CASE_TYPE_LABELS, CASE_TYPES, decidedOnTime, type CitizenCase } from '../cases/model.ts';
import { ratingCounts, type CaseRating } from '../cases/rating.ts';
import type { Unit } from '../organization/model.ts';
import type { Obligation, ObligationStatus, ReportingPlan } from '../reporting/model.ts';
import { obligationStatus } from '../reporting/rules.ts';
import type { TrackedDeadline } from '../tracked-deadlines/model.ts';
import { localDateOf } from '../deadlines/calendar.ts';
import type { Dashboard, PublicStatistics } from './model.ts';
import { localMidnight } from '../time-zone.ts';

const DAY_MS = 86_400_000;
const RESOLVED = new Set(['resolved', 'closed']);

/** Case counts by type: received, resolved, resolved by the resolution deadline, still open. Counts only. */
export function caseStatistics(cases: CitizenCase[]) {
  return CASE_TYPES.map((type) => {
    const ofType = cases.filter((c) => c.type === type);
    const resolved = ofType.filter((c) => c.resolution && RESOLVED.has(c.status));
    const onTime = resolved.filter(decidedOnTime);
    return {
      type,
      labelVi: CASE_TYPE_LABELS[type].vi,
      labelEn: CASE_TYPE_LABELS[type].en,
      received: ofType.length,
      resolved: resolved.length,
      resolvedOnTime: onTime.length,
      open: ofType.filter((c) => ['received', 'accepted', 'in-progress', 'extended', 'suspended'].includes(c.status)).length,
    };
  });
}

/** The office's and leaders' dashboard: compliance per period and per unit, the case pipeline, what is overdue. */
export function dashboard(plan: ReportingPlan, units: Unit[], obligations: Obligation[], cases: CitizenCase[], ratings: CaseRating[], open: TrackedDeadline[], now: Date): Dashboard {
  const seen = new Set(cases.map((c) => c.id));
  const rated = ratings.filter((r) => seen.has(r.caseId));
  const status = (o: Obligation) => obligationStatus(o, now, plan);
  const count = (list: Obligation[]) => {
    const counts: Record<string, number> = {};
    for (const o of list) counts[status(o)] = (counts[status(o)] ?? 0) + 1;
    return counts;
  };
  const is = (o: Obligation, ...statuses: ObligationStatus[]) => statuses.includes(status(o));
  return {
    generatedAt: now.toISOString(),
    periods: [...plan.templates]
      .sort((a, b) => a.dueInstant.localeCompare(b.dueInstant))
      .map((t) => ({ templateId: t.templateId, titleVi: t.titleVi, titleEn: t.titleEn, dueInstant: new Date(t.dueInstant).toISOString(), counts: count(obligations.filter((o) => o.templateId === t.templateId)) })),
    units: units.map((u) => {
      const own = obligations.filter((o) => o.unitId === u.unitId);
      return {
        unitId: u.unitId,
        name: u.name,
        onTime: own.filter((o) => is(o, 'submitted-on-time')).length,
        late: own.filter((o) => is(o, 'submitted-late')).length,
        overdue: own.filter((o) => is(o, 'overdue')).length,
        missing: own.filter((o) => is(o, 'missing')).length,
        pending: own.filter((o) => is(o, 'not-yet-due', 'due-soon')).length,
      };
    }),
    cases: caseStatistics(cases),
    overdue: open
      .filter((d) => d.dueInstant && Date.parse(d.dueInstant) <= now.getTime())
      .sort((a, b) => (a.dueInstant ?? '').localeCompare(b.dueInstant ?? ''))
      .map((d) => ({ deadlineId: d.deadlineId, title: d.subject.title, kind: d.subject.kind, due: d.due, daysOverdue: Math.floor((now.getTime() - Date.parse(d.dueInstant!)) / DAY_MS) })),
    ratings: { total: rated.length, byLevel: ratingCounts(rated) },
  };
}

/**
 * What the public page shows ("dân biết, dân kiểm tra"): the plan and aggregate counts, nothing that
 * names a unit's people, a citizen or an official.
 */
/** Below this, a public count of cases is not published: one filing must not be visible from outside. */
export const MINIMUM_PUBLIC_CELL = 5;

/**
 * The public page's figures: reports per period (units are public bodies), and cases by type as they
 * stood at the end of yesterday in Vietnam, with small counts suppressed. Polling before and after a
 * filing shows nothing; a count under {@link MINIMUM_PUBLIC_CELL} reads "fewer than", and a total is
 * suppressed where one of its cells is.
 */
export function publicStatistics(plan: ReportingPlan, obligations: Obligation[], cases: CitizenCase[], ratings: CaseRating[], now: Date): PublicStatistics {
  const today = localDateOf(now.toISOString());
  const asOfInstant = Date.parse(localMidnight(today));
  const asOf = localDateOf(new Date(asOfInstant - 1).toISOString());
  const then = cases
    .filter((c) => Date.parse(c.receivedAt) < asOfInstant)
    .map((c) => (c.resolution && c.resolution.decidedOn >= today ? { ...c, resolution: undefined } : c));
  const rows = caseStatistics(then);
  const suppress = (n: number) => (n > 0 && n < MINIMUM_PUBLIC_CELL ? null : n);
  const byLevel = ratingCounts(ratings.filter((r) => Date.parse(r.ratedAt) < asOfInstant));
  const levels = RATING_LEVELS.map((level) => suppress(byLevel[level]));
  const total = (key: 'received' | 'resolved' | 'resolvedOnTime') => (rows.some((row) => suppress(row[key]) === null) ? null : suppress(rows.reduce((sum, row) => sum + row[key], 0)));
  return {
    plan: { titleVi: plan.titleVi, reference: plan.reference },
    asOf,
    refreshedAt: now.toISOString(),
    minimumCell: MINIMUM_PUBLIC_CELL,
    reporting: [...plan.templates]
      .filter((t) => Date.parse(t.dueInstant) <= now.getTime() && t.kind !== 'ad-hoc')
      .sort((a, b) => a.dueInstant.localeCompare(b.dueInstant))
      .map((t) => {
        const of = obligations.filter((o) => o.templateId === t.templateId);
        const statuses = of.map((o) => obligationStatus(o, now, plan));
        return {
          titleVi: t.titleVi,
          dueInstant: new Date(t.dueInstant).toISOString(),
          units: of.length,
          onTime: statuses.filter((s) => s === 'submitted-on-time').length,
          late: statuses.filter((s) => s === 'submitted-late').length,
          notReported: statuses.filter((s) => s === 'overdue' || s === 'missing').length,
        };
      }),
    cases: rows.map((row) => ({ type: row.type, labelVi: row.labelVi, labelEn: row.labelEn, received: suppress(row.received), resolved: suppress(row.resolved), resolvedOnTime: suppress(row.resolvedOnTime) })),
    casesTotal: { received: total('received'), resolved: total('resolved'), resolvedOnTime: total('resolvedOnTime') },
    ratings: {
      total: levels.includes(null) ? null : suppress(RATING_LEVELS.reduce((sum, level) => sum + byLevel[level], 0)),
      byLevel: Object.fromEntries(RATING_LEVELS.map((level, i) => [level, levels[i] ?? null])) as Record<(typeof RATING_LEVELS)[number], number | null>,
    },
  };
}
