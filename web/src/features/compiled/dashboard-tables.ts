import { RATING_LABELS, RATING_LEVELS, type RatingLevel } from '../../../../shared/cases/labels.ts';
import type { ObligationStatus } from '../../../../shared/reporting/model.ts';
import { formatDate } from '../../format.ts';
import type { Language, MessageKey } from '../../i18n/dictionaries.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { ChartRow, ChartSeries } from './bar-chart.tsx';
import { statusLook } from '../reporting/status.ts';
import { formatPercent, percent } from './chart.ts';
import type { CsvValue } from './csv.ts';
import type { DashboardView, PublicStatisticsView } from '../../api/types.ts';

/**
 * The dashboard's and the public page's figures as tables: each is rendered as an HTML table, drawn as a
 * chart (`chart`) and exported as CSV (`csvRows`) from this one model, so the three never disagree.
 */
export interface FigureTable {
  columns: { label: string; numeric: boolean }[];
  rows: { key: string; cells: CsvValue[] }[];
  chart: { series: ChartSeries[]; rows: ChartRow[] };
}

/** Header row then data rows, as they go into the CSV file (rates as printed: `66,7%`). */
export function csvRows(table: FigureTable): CsvValue[][] {
  return [table.columns.map((column) => column.label), ...table.rows.map((row) => row.cells)];
}

/** The order a stacked bar reads, left to right: done on time, late, then the failures, then what is still open. */
export const PERIOD_STATUSES: readonly ObligationStatus[] = ['submitted-on-time', 'submitted-late', 'overdue', 'missing', 'due-soon', 'not-yet-due'];

/** Colours of the chart, by status or figure; the legend and the table say the same in words. */
export const COLORS = {
  onTime: '#2e7d4f',
  late: '#e07b24',
  overdue: '#c0392b',
  missing: '#6d0f12',
  dueSoon: '#e0b000',
  pending: '#9aa5b1',
  received: '#0b4f8a',
  resolved: '#5b9bd5',
  resolvedOnTime: '#2e7d4f',
} as const;

const STATUS_COLORS: Record<ObligationStatus, string> = {
  'submitted-on-time': COLORS.onTime,
  'submitted-late': COLORS.late,
  overdue: COLORS.overdue,
  missing: COLORS.missing,
  'due-soon': COLORS.dueSoon,
  'not-yet-due': COLORS.pending,
};

/** On time among the reports already due: open obligations do not count against a unit. */
export function onTimeRate(onTime: number, due: number): number | null {
  return percent(onTime, due);
}

export function periodTable(data: DashboardView, t: Translate, language: Language): FigureTable {
  const series = PERIOD_STATUSES.map((status) => ({ key: status, label: t(statusLook(status).label), color: STATUS_COLORS[status] }));
  const rows = data.periods.map((period) => {
    const count = (status: ObligationStatus) => period.counts[status] ?? 0;
    const total = PERIOD_STATUSES.reduce((sum, status) => sum + count(status), 0);
    const due = total - count('due-soon') - count('not-yet-due');
    return {
      key: period.templateId,
      label: language === 'vi' ? period.titleVi : period.titleEn,
      dueDate: formatDate(period.dueInstant),
      counts: PERIOD_STATUSES.map(count),
      total,
      rate: formatPercent(onTimeRate(count('submitted-on-time'), due), language),
      values: Object.fromEntries(PERIOD_STATUSES.map((status) => [status, count(status)])),
    };
  });
  return {
    columns: [
      { label: t('dashboard.period'), numeric: false },
      { label: t('dashboard.dueBefore'), numeric: false },
      ...series.map((s) => ({ label: s.label, numeric: true })),
      { label: t('dashboard.total'), numeric: true },
      { label: t('dashboard.onTimeRate'), numeric: true },
    ],
    rows: rows.map((row) => ({ key: row.key, cells: [row.label, row.dueDate, ...row.counts, row.total, row.rate] })),
    chart: { series, rows: rows.map((row) => ({ key: row.key, label: row.label, values: row.values })) },
  };
}

const UNIT_FIGURES = [
  { key: 'onTime', label: 'dashboard.onTime', color: COLORS.onTime },
  { key: 'late', label: 'dashboard.late', color: COLORS.late },
  { key: 'overdue', label: 'dashboard.overdue', color: COLORS.overdue },
  { key: 'missing', label: 'dashboard.missing', color: COLORS.missing },
  { key: 'pending', label: 'dashboard.pending', color: COLORS.pending },
] as const satisfies readonly { key: keyof DashboardView['units'][number]; label: MessageKey; color: string }[];

export function unitTable(data: DashboardView, t: Translate, language: Language): FigureTable {
  const series = UNIT_FIGURES.map((f) => ({ key: f.key, label: t(f.label), color: f.color }));
  const units = [...data.units].sort((a, b) => a.name.localeCompare(b.name, language));
  return {
    columns: [
      { label: t('dashboard.unit'), numeric: false },
      ...series.map((s) => ({ label: s.label, numeric: true })),
      { label: t('dashboard.onTimeRate'), numeric: true },
    ],
    rows: units.map((unit) => ({
      key: unit.unitId,
      cells: [unit.name, ...UNIT_FIGURES.map((f) => unit[f.key]), formatPercent(onTimeRate(unit.onTime, unit.onTime + unit.late + unit.overdue + unit.missing), language)],
    })),
    chart: { series, rows: units.map((unit) => ({ key: unit.unitId, label: unit.name, values: Object.fromEntries(UNIT_FIGURES.map((f) => [f.key, unit[f.key]])) })) },
  };
}

type Count = number | null;
type CaseRow = { type: string; labelVi: string; labelEn: string; received: Count; resolved: Count; resolvedOnTime: Count; open?: number };
type CaseCounts = Pick<CaseRow, 'received' | 'resolved' | 'resolvedOnTime'> & { open?: number };

/**
 * Cases by type, with a total row. The public page passes its counts as published: a suppressed count
 * (`null`) reads "fewer than {minimumCell}" and is drawn as nothing, and its total comes from the server.
 */
export function caseTable(cases: readonly CaseRow[], t: Translate, language: Language, withOpen: boolean, published?: { totals: CaseCounts; minimumCell: number }): FigureTable {
  const series = [
    { key: 'received', label: t('dashboard.received'), color: COLORS.received },
    { key: 'resolved', label: t('dashboard.resolved'), color: COLORS.resolved },
    { key: 'resolvedOnTime', label: t('dashboard.resolvedOnTime'), color: COLORS.resolvedOnTime },
  ];
  const label = (row: CaseRow) => (language === 'vi' ? row.labelVi : row.labelEn);
  const sum = (key: 'received' | 'resolved' | 'resolvedOnTime' | 'open') => cases.reduce((total, row) => total + (row[key] ?? 0), 0);
  const totals: CaseCounts = published?.totals ?? { received: sum('received'), resolved: sum('resolved'), resolvedOnTime: sum('resolvedOnTime'), open: sum('open') };
  const cell = (value: Count): CsvValue => (value === null ? t('publicStats.suppressed', { min: published?.minimumCell ?? 0 }) : value);
  const rate = (onTime: Count, resolved: Count) => (onTime === null || resolved === null ? '—' : formatPercent(percent(onTime, resolved), language));
  const cells = (name: string, row: CaseCounts) => [name, cell(row.received), cell(row.resolved), cell(row.resolvedOnTime), ...(withOpen ? [row.open ?? 0] : []), rate(row.resolvedOnTime, row.resolved)];
  return {
    columns: [
      { label: t('dashboard.caseType'), numeric: false },
      ...series.map((s) => ({ label: s.label, numeric: true })),
      ...(withOpen ? [{ label: t('dashboard.open'), numeric: true }] : []),
      { label: t('dashboard.onTimeRate'), numeric: true },
    ],
    rows: [...cases.map((row) => ({ key: row.type, cells: cells(label(row), row) })), { key: 'total', cells: cells(t('dashboard.total'), totals) }],
    chart: { series, rows: cases.map((row) => ({ key: row.type, label: label(row), values: { received: row.received ?? 0, resolved: row.resolved ?? 0, resolvedOnTime: row.resolvedOnTime ?? 0 } })) },
  };
}

const KIND_LABELS: Record<string, MessageKey> = {
  case: 'deadlines.kind.case',
  report: 'deadlines.kind.report',
  misconduct: 'deadlines.kind.misconduct',
  other: 'deadlines.kind.other',
};

export function overdueTable(data: DashboardView, t: Translate): FigureTable {
  return {
    columns: [
      { label: t('dashboard.item'), numeric: false },
      { label: t('dashboard.kind'), numeric: false },
      { label: t('dashboard.due'), numeric: false },
      { label: t('dashboard.daysOverdue'), numeric: true },
    ],
    rows: data.overdue.map((item) => ({
      key: item.deadlineId,
      cells: [item.title, KIND_LABELS[item.kind] ? t(KIND_LABELS[item.kind]!) : item.kind, item.due ? formatDate(item.due) : '', item.daysOverdue],
    })),
    chart: { series: [], rows: [] },
  };
}

/** The public page's reporting table: units that had to report, on time, late, not reported, on-time rate. */
export function publicReportingTable(data: PublicStatisticsView, t: Translate, language: Language): FigureTable {
  const series = [
    { key: 'onTime', label: t('dashboard.onTime'), color: COLORS.onTime },
    { key: 'late', label: t('dashboard.late'), color: COLORS.late },
    { key: 'notReported', label: t('publicStats.notReported'), color: COLORS.overdue },
  ];
  return {
    columns: [
      { label: t('dashboard.period'), numeric: false },
      { label: t('dashboard.dueBefore'), numeric: false },
      { label: t('publicStats.units'), numeric: true },
      ...series.map((s) => ({ label: s.label, numeric: true })),
      { label: t('dashboard.onTimeRate'), numeric: true },
    ],
    rows: data.reporting.map((row) => ({
      key: row.dueInstant,
      cells: [row.titleVi, formatDate(row.dueInstant), row.units, row.onTime, row.late, row.notReported, formatPercent(percent(row.onTime, row.units), language)],
    })),
    chart: { series, rows: data.reporting.map((row) => ({ key: row.dueInstant, label: row.titleVi, values: { onTime: row.onTime, late: row.late, notReported: row.notReported } })) },
  };
}

type Ratings = { total: number | null; byLevel: Partial<Record<RatingLevel, number | null>> };

/** Citizens' ratings per level, with each level's share; on the public page, small counts read "under {min}" and no share is given. */
export function ratingTable(ratings: Ratings, t: Translate, language: Language, minimumCell?: number): FigureTable {
  const count = (value: number | null | undefined): CsvValue => (value === null ? t('publicStats.suppressed', { min: minimumCell ?? 0 }) : (value ?? 0));
  const share = (value: number | null | undefined) => (value === null || value === undefined || !ratings.total ? '—' : formatPercent(percent(value, ratings.total), language));
  return {
    columns: [
      { label: t('ratings.level'), numeric: false },
      { label: t('ratings.count'), numeric: true },
      { label: t('ratings.share'), numeric: true },
    ],
    rows: [
      ...RATING_LEVELS.map((level) => ({ key: level, cells: [RATING_LABELS[level][language], count(ratings.byLevel[level]), share(ratings.byLevel[level])] })),
      { key: 'total', cells: [t('dashboard.total'), count(ratings.total), ratings.total ? formatPercent(100, language) : '—'] },
    ],
    chart: { series: [{ key: 'count', label: t('ratings.count'), color: COLORS.received }], rows: ratings.total === 0 ? [] : RATING_LEVELS.map((level) => ({ key: level, label: RATING_LABELS[level][language], values: { count: ratings.byLevel[level] ?? 0 } })) },
  };
}
