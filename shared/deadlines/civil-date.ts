import * as z from 'zod';
import { DeadlineInputError } from './errors.ts';

/** A civil (calendar) date `YYYY-MM-DD`, without time or zone. */
export type CivilDate = string;

const DAY_MS = 86_400_000;
const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function epochDay(date: string): number | null {
  const m = CIVIL_DATE.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC silently normalises 2025-02-30 to 2025-03-02: reject by reading it back.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

function fromEpochDay(day: number): CivilDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** True for a real `YYYY-MM-DD` date (`2024-02-29` yes, `2025-02-29` no). */
export function isCivilDate(value: string): boolean {
  return epochDay(value) !== null;
}

export const CivilDateSchema = z.string().refine(isCivilDate, { message: 'Ngày không tồn tại hoặc không đúng dạng YYYY-MM-DD / Not a real date in the form YYYY-MM-DD' });

const INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * True for an ISO 8601 instant with its offset whose calendar date exists: `2025-02-28T10:00:00Z`
 * yes; `2025-02-30T10:00:00Z` no (Date.parse would silently move it to 2 March), nor one without an offset.
 */
export function isInstant(value: string): boolean {
  const m = INSTANT.exec(value);
  return m !== null && isCivilDate(m[1] as string) && !Number.isNaN(Date.parse(value));
}

/** What starts a deadline: a real date `YYYY-MM-DD` or a real instant with its offset. */
export const TriggerSchema = z
  .string()
  .max(40)
  .refine((value) => isCivilDate(value) || isInstant(value), {
    message: 'Ngày không tồn tại hoặc sai dạng: cần YYYY-MM-DD, hoặc thời điểm ISO 8601 có múi giờ / Not a real date: expected YYYY-MM-DD, or an ISO 8601 instant with its offset',
  });

/** Milliseconds of a real instant (see {@link isInstant}), or NaN. */
export function instantMs(value: string): number {
  return isInstant(value) ? Date.parse(value) : Number.NaN;
}

function invalidDate(value: string, what: string): DeadlineInputError {
  return new DeadlineInputError(
    'invalid-date',
    `Ngày không hợp lệ (${what}): "${value}", cần dạng YYYY-MM-DD`,
    `Invalid date (${what}): "${value}", expected YYYY-MM-DD`,
  );
}

/** Throws `DeadlineInputError` (code `invalid-date`) unless `value` is a real `YYYY-MM-DD` date. */
export function assertCivilDate(value: string, what = 'date'): CivilDate {
  if (!isCivilDate(value)) throw invalidDate(value, what);
  return value;
}

function day(date: CivilDate): number {
  const n = epochDay(date);
  if (n === null) throw invalidDate(date, 'date');
  return n;
}

/** `addDays('2024-02-28', 2)` → `'2024-03-01'`. */
export function addDays(date: CivilDate, days: number): CivilDate {
  return fromEpochDay(day(date) + days);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return day(to) - day(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CivilDate): number {
  return new Date(day(date) * DAY_MS).getUTCDay();
}

export function yearOf(date: CivilDate): number {
  return Number(date.slice(0, 4));
}

/** Vietnamese display form: `'2025-01-24'` → `'24/01/2025'`. */
export function formatVi(date: CivilDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
