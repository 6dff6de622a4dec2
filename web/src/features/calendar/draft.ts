import type { Params } from '../../i18n/translate.ts';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { weekdayOf } from '../../format.ts';
import type { CalendarYearView } from '../../api/types.ts';

/**
 * A calendar year while an admin edits it: every field a plain string or flag an input can hold, each row
 * with a stable key so removing one row does not shift the others' inputs.
 */
export type DayOffKind = CalendarYearView['daysOff'][number]['kind'];
export const DAY_OFF_KINDS: readonly DayOffKind[] = ['holiday', 'tet', 'compensatory', 'bridge'];

export interface DayOffDraft {
  key: string;
  date: string;
  nameVi: string;
  nameEn: string;
  kind: DayOffKind;
  confidence: 'strong' | 'weak';
  note: string;
}

export interface MakeUpDraft {
  key: string;
  date: string;
  nameVi: string;
  nameEn: string;
  replaces: string;
}

export interface YearDraft {
  year: number;
  status: 'official' | 'proposal';
  verified: boolean;
  source: string;
  note: string;
  daysOff: DayOffDraft[];
  makeUpDays: MakeUpDraft[];
}

let keys = 0;
export const rowKey = (): string => `row-${++keys}`;

export function draftOf(year: CalendarYearView): YearDraft {
  return {
    year: year.year,
    status: year.status,
    verified: year.verified,
    source: year.source,
    note: year.note ?? '',
    daysOff: year.daysOff.map((off) => ({ key: rowKey(), ...off, note: off.note ?? '' })),
    makeUpDays: year.makeUpDays.map((day) => ({ key: rowKey(), ...day, replaces: day.replaces ?? '' })),
  };
}

export function emptyDayOff(): DayOffDraft {
  return { key: rowKey(), date: '', nameVi: '', nameEn: '', kind: 'holiday', confidence: 'strong', note: '' };
}

export function emptyMakeUpDay(): MakeUpDraft {
  return { key: rowKey(), date: '', nameVi: '', nameEn: '', replaces: '' };
}

/** The year to send: trimmed, sorted by date, empty optional fields left out. */
export function yearOfDraft(draft: YearDraft): CalendarYearView {
  const note = draft.note.trim();
  return {
    year: draft.year,
    status: draft.status,
    verified: draft.verified,
    source: draft.source.trim(),
    ...(note ? { note } : {}),
    daysOff: draft.daysOff
      .map((off) => ({
        date: off.date,
        nameVi: off.nameVi.trim(),
        nameEn: off.nameEn.trim(),
        kind: off.kind,
        confidence: off.confidence,
        ...(off.note.trim() ? { note: off.note.trim() } : {}),
      }))
      .sort((a, b) => a.date.localeCompare(b.date)),
    makeUpDays: draft.makeUpDays
      .map((day) => ({
        date: day.date,
        nameVi: day.nameVi.trim(),
        nameEn: day.nameEn.trim(),
        ...(day.replaces ? { replaces: day.replaces } : {}),
      }))
      .sort((a, b) => a.date.localeCompare(b.date)),
  };
}

export interface DraftProblem {
  key: MessageKey;
  params?: Params;
}

const isDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/**
 * What the server would refuse, said before saving: missing names, a date twice, a make-up day that is
 * not a weekend day or is also a day off, a day far from its year, a reason too short to explain the edit.
 */
export function checkDraft(draft: YearDraft, reason: string): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!draft.source.trim()) problems.push({ key: 'calendar.problem.source' });
  const offDates = new Set<string>();
  for (const off of draft.daysOff) {
    if (!isDate(off.date)) {
      problems.push({ key: 'calendar.problem.date' });
      continue;
    }
    const shown = off.date.split('-').reverse().join('/');
    if (!off.nameVi.trim() || !off.nameEn.trim()) problems.push({ key: 'calendar.problem.name', params: { date: shown } });
    if (offDates.has(off.date)) problems.push({ key: 'calendar.problem.duplicate', params: { date: shown } });
    if (Math.abs(Number(off.date.slice(0, 4)) - draft.year) > 1) problems.push({ key: 'calendar.problem.outsideYear', params: { date: shown, year: draft.year } });
    offDates.add(off.date);
  }
  const makeUpDates = new Set<string>();
  for (const day of draft.makeUpDays) {
    if (!isDate(day.date)) {
      problems.push({ key: 'calendar.problem.date' });
      continue;
    }
    const shown = day.date.split('-').reverse().join('/');
    if (!day.nameVi.trim() || !day.nameEn.trim()) problems.push({ key: 'calendar.problem.name', params: { date: shown } });
    const weekday = weekdayOf(day.date);
    if (weekday !== 0 && weekday !== 6) problems.push({ key: 'calendar.problem.makeUpWeekday', params: { date: shown } });
    if (offDates.has(day.date)) problems.push({ key: 'calendar.problem.bothOffAndWorked', params: { date: shown } });
    if (makeUpDates.has(day.date)) problems.push({ key: 'calendar.problem.duplicate', params: { date: shown } });
    if (day.replaces && !isDate(day.replaces)) problems.push({ key: 'calendar.problem.date' });
    makeUpDates.add(day.date);
  }
  if (reason.trim().length < 5) problems.push({ key: 'calendar.problem.reason' });
  return problems;
}

export interface EditSummary {
  added: string[];
  removed: string[];
  renamed: string[];
  makeUpAdded: string[];
  makeUpRemoved: string[];
  /** Year-level fields that changed: status, verified, source, note. */
  fields: Array<'status' | 'verified' | 'source' | 'note'>;
}

/** What an edit changed, for the history: dates added, removed or renamed, and the year's own fields. */
export function summarizeEdit(before: CalendarYearView | null, after: CalendarYearView): EditSummary {
  const beforeOff = new Map((before?.daysOff ?? []).map((off) => [off.date, off]));
  const afterOff = new Map(after.daysOff.map((off) => [off.date, off]));
  const beforeMakeUp = new Set((before?.makeUpDays ?? []).map((day) => day.date));
  const afterMakeUp = new Set(after.makeUpDays.map((day) => day.date));
  const fields = before
    ? (['status', 'verified', 'source', 'note'] as const).filter((field) => (before[field] ?? '') !== (after[field] ?? ''))
    : [];
  return {
    added: [...afterOff.keys()].filter((date) => !beforeOff.has(date)).sort(),
    removed: [...beforeOff.keys()].filter((date) => !afterOff.has(date)).sort(),
    renamed: [...afterOff.values()]
      .filter((off) => {
        const old = beforeOff.get(off.date);
        return old && (old.nameVi !== off.nameVi || old.kind !== off.kind || old.confidence !== off.confidence);
      })
      .map((off) => off.date)
      .sort(),
    makeUpAdded: [...afterMakeUp].filter((date) => !beforeMakeUp.has(date)).sort(),
    makeUpRemoved: [...beforeMakeUp].filter((date) => !afterMakeUp.has(date)).sort(),
    fields,
  };
}

/** The year an admin most likely wants to add next: the one after the last stored, or this year if none. */
export function nextYearToAdd(stored: readonly number[], today: string): number {
  return stored.length === 0 ? Number(today.slice(0, 4)) : Math.max(...stored) + 1;
}
