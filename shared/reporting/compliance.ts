import { unitNameOn, type Unit } from '../organization/model.ts';
import { addDays } from '../deadlines/civil-date.ts';
import type { Obligation, ObligationStatus, ReportingPlan } from './model.ts';
import { obligationStatus } from './rules.ts';
import type { ComplianceMatrix } from './views.ts';

const STATUSES: ObligationStatus[] = ['not-yet-due', 'due-soon', 'overdue', 'submitted-on-time', 'submitted-late', 'missing'];

/**
 * Units × reporting periods, each cell with its status at `now`, and how many cells are in each status.
 * `all` is every unit of the agency: the reporting ones, and those since merged or split, which keep
 * the rows of the periods they owed (under the name they had then) next to their successors' rows.
 */
export function complianceMatrix(plan: ReportingPlan, all: Unit[], obligations: Obligation[], now: Date): ComplianceMatrix {
  const owing = new Set(obligations.map((o) => o.unitId));
  const units = all.filter((u) => u.kind !== 'union' && ((u.active && !u.endedOn) || (u.endedOn !== undefined && owing.has(u.unitId))));
  const unitIds = new Set(units.map((u) => u.unitId));
  const cells = obligations
    .filter((o) => unitIds.has(o.unitId))
    .map((o) => ({
      unitId: o.unitId,
      templateId: o.templateId,
      obligationId: o.obligationId,
      status: obligationStatus(o, now, plan),
      latestVersion: o.latestVersion,
      ...(o.firstSubmittedAt ? { firstSubmittedAt: o.firstSubmittedAt } : {}),
    }));
  const totals = Object.fromEntries(STATUSES.map((s) => [s, cells.filter((c) => c.status === s).length])) as Record<ObligationStatus, number>;
  return {
    planId: plan.planId,
    units: units
      .map((u) => ({
        unitId: u.unitId,
        name: u.endedOn ? unitNameOn(u, previousDay(u.endedOn)) : u.name,
        ...(u.endedOn ? { endedOn: u.endedOn, successorNames: (u.successorUnitIds ?? []).map((id) => all.find((x) => x.unitId === id)?.name ?? id) } : {}),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    periods: [...plan.templates]
      .sort((a, b) => a.dueInstant.localeCompare(b.dueInstant))
      .map((t) => ({ templateId: t.templateId, kind: t.kind, titleVi: t.titleVi, titleEn: t.titleEn, dueInstant: new Date(t.dueInstant).toISOString() })),
    cells,
    totals,
  };
}

const previousDay = (date: string) => addDays(date, -1);

export const STATUS_LABELS: Record<ObligationStatus, { vi: string; en: string }> = {
  'not-yet-due': { vi: 'Chưa đến hạn', en: 'Not yet due' },
  'due-soon': { vi: 'Sắp đến hạn', en: 'Due soon' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  'submitted-on-time': { vi: 'Đã nộp đúng hạn', en: 'Submitted on time' },
  'submitted-late': { vi: 'Đã nộp muộn', en: 'Submitted late' },
  missing: { vi: 'Không nộp', en: 'Missing' },
};
