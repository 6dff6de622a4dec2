import type { ObligationStatus } from '../../../../shared/reporting/model.ts';
import type { ComplianceMatrix } from '../../../../shared/reporting/views.ts';

export type MatrixCell = ComplianceMatrix['cells'][number];
export type MatrixPeriod = ComplianceMatrix['periods'][number];
export type MatrixUnit = ComplianceMatrix['units'][number];

export interface MatrixFilter {
  /** Period kind (`annual`, `ad-hoc`…), or '' for all. */
  kind: string;
  status: ObligationStatus | '';
  unitId: string;
}

export const NO_FILTER: MatrixFilter = { kind: '', status: '', unitId: '' };

export interface FilteredMatrix {
  units: MatrixUnit[];
  /** Chronological, earliest due first. */
  periods: MatrixPeriod[];
  /** The cell of a unit for a period, when it is owed and matches the status filter. */
  cell(unitId: string, templateId: string): MatrixCell | undefined;
  /** Cells shown, by status (every status present, 0 when none). */
  totals: Record<ObligationStatus, number>;
  shown: number;
}

const STATUSES: readonly ObligationStatus[] = ['not-yet-due', 'due-soon', 'overdue', 'submitted-on-time', 'submitted-late', 'missing'];

/**
 * Units × periods narrowed by kind, unit and status. With a status, only the rows and columns that
 * hold at least one cell of that status remain, so "who is late?" reads at a glance.
 */
export function filterMatrix(matrix: ComplianceMatrix, filter: MatrixFilter): FilteredMatrix {
  const periods = matrix.periods
    .filter((period) => filter.kind === '' || period.kind === filter.kind)
    .sort((a, b) => a.dueInstant.localeCompare(b.dueInstant));
  const periodIds = new Set(periods.map((period) => period.templateId));
  const units = matrix.units.filter((unit) => filter.unitId === '' || unit.unitId === filter.unitId);
  const unitIds = new Set(units.map((unit) => unit.unitId));
  const cells = matrix.cells.filter(
    (cell) => periodIds.has(cell.templateId) && unitIds.has(cell.unitId) && (filter.status === '' || cell.status === filter.status),
  );
  const index = new Map(cells.map((cell) => [`${cell.unitId}\u0000${cell.templateId}`, cell]));
  const totals = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<ObligationStatus, number>;
  for (const cell of cells) totals[cell.status]++;
  const keepUnits = filter.status === '' ? units : units.filter((unit) => cells.some((cell) => cell.unitId === unit.unitId));
  const keepPeriods = filter.status === '' ? periods : periods.filter((period) => cells.some((cell) => cell.templateId === period.templateId));
  return {
    units: keepUnits,
    periods: keepPeriods,
    cell: (unitId, templateId) => index.get(`${unitId}\u0000${templateId}`),
    totals,
    shown: cells.length,
  };
}

/** The period kinds present, in the plan's order of first appearance. */
export function periodKinds(matrix: ComplianceMatrix): string[] {
  return [...new Set(matrix.periods.map((period) => period.kind))];
}
