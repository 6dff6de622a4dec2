import { CASE_STATUSES, CASE_TYPES, type CaseDeadline, type CaseStatus, type CaseType } from '../../../../shared/cases/model.ts';
import { daysLeft } from '../deadlines/days-left.ts';

export interface CaseFilters {
  type: CaseType | '';
  status: CaseStatus | '';
  due: '' | 'soon' | 'overdue';
  unitId: string;
}

/** The list's filters from the hash query (`#/cases?type=to-cao&due=overdue`); unknown values are dropped. */
export function readCaseFilters(query: string): CaseFilters {
  const params = new URLSearchParams(query);
  const type = params.get('type') ?? '';
  const status = params.get('status') ?? '';
  const due = params.get('due') ?? '';
  return {
    type: CASE_TYPES.find((known) => known === type) ?? '',
    status: CASE_STATUSES.find((known) => known === status) ?? '',
    due: due === 'soon' || due === 'overdue' ? due : '',
    unitId: (params.get('unitId') ?? '').slice(0, 64),
  };
}

/** The query of `GET /cases` for the filters, the empty ones left out. */
export function caseQuery(filters: CaseFilters) {
  return { type: filters.type || undefined, status: filters.status || undefined, due: filters.due || undefined, unitId: filters.unitId || undefined };
}

/** The open deadline that comes first (the one to watch), or null when none is running. */
export function nextDeadline(deadlines: readonly CaseDeadline[]): CaseDeadline | null {
  const open = deadlines.filter((d) => d.status === 'open' && d.dueInstant !== null);
  open.sort((a, b) => (a.dueInstant ?? '').localeCompare(b.dueInstant ?? ''));
  return open[0] ?? null;
}

export interface DeadlineRow {
  step: CaseDeadline['step'];
  due: string | null;
  dueInstant: string | null;
  status: CaseDeadline['status'];
  /** Whole days left, negative when overdue; null when closed or suspended. */
  days: number | null;
  /** The tracked deadline with its explanation (`#/deadlines/{id}`), when the server names one. */
  deadlineId: string | null;
}

/** One row per step, open ones first by due date, then closed ones; each with its tracked deadline id. */
export function deadlineRows(deadlines: readonly CaseDeadline[], ids: Readonly<Record<string, string>>, now: Date): DeadlineRow[] {
  const rank = (d: CaseDeadline) => (d.status === 'open' ? 0 : 1);
  return [...deadlines]
    .sort((a, b) => rank(a) - rank(b) || (a.dueInstant ?? '9999').localeCompare(b.dueInstant ?? '9999'))
    .map((d) => ({
      step: d.step,
      due: d.due,
      dueInstant: d.dueInstant,
      status: d.status,
      days: d.status === 'open' && d.dueInstant ? daysLeft(d.dueInstant, now) : null,
      deadlineId: ids[d.step] ?? null,
    }));
}

/**
 * Discipline thời hiệu ends: 5 years after the violation for a reprimand, 10 for the other forms, the same
 * day and month (29/02 → 28/02). The server also rolls an end on a day off to the next working day.
 * @example limitationEnds('2021-02-28') → { reprimand: '2026-02-28', other: '2031-02-28' }
 */
export function limitationEnds(violationOn: string): { reprimand: string; other: string } {
  const [y, m, d] = violationOn.split('-').map(Number) as [number, number, number];
  const at = (years: number) => {
    const year = y + years;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const day = m === 2 && d === 29 && !leap ? 28 : d;
    return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };
  return { reprimand: at(5), other: at(10) };
}

/**
 * What a citizen typed, in the code's canonical shape where it can be: upper case, separators
 * normalised (`dv 7k2q 9mxc…` → `DV-7K2Q-9MXC-…`). The server checks the check character.
 */
export function cleanTrackingCode(input: string): string {
  const chars = input.toUpperCase().replace(/[^0-9A-Z]/g, '');
  const body = chars.startsWith('DV') && chars.length === 22 ? chars.slice(2) : chars;
  if (body.length !== 20) return input.trim().toUpperCase();
  return `DV-${body.match(/.{4}/g)!.join('-')}`;
}
