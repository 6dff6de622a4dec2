import { formatLocalDate, formatLocalDateTime, localDate } from '../../shared/time-zone.ts';

/** All dates and times are shown in Vietnam's time zone, whatever the browser's zone (shared/time-zone.ts). */
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toInstant(value: Date | string): Date {
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  return instant;
}

/**
 * `dd/mm/yyyy` in Vietnam. A calendar date (`2026-11-05`, as deadlines are) is shown as is, never
 * shifted by a time zone; an instant is converted: `formatDate('2026-11-04T18:00:00Z')` → `05/11/2026`.
 */
export function formatDate(value: Date | string): string {
  if (typeof value === 'string') {
    const calendar = CALENDAR_DATE.exec(value);
    if (calendar) return `${calendar[3]}/${calendar[2]}/${calendar[1]}`;
  }
  return formatLocalDate(toInstant(value));
}

/** `dd/mm/yyyy HH:mm` in Vietnam: `formatDateTime('2026-11-04T18:30:00Z')` → `05/11/2026 01:30`. */
export function formatDateTime(value: Date | string): string {
  return formatLocalDateTime(toInstant(value));
}

/** The calendar date (`YYYY-MM-DD`) an instant falls on in Vietnam: `'2024-02-23T17:00:00Z'` → `'2024-02-24'`. */
export function calendarDateOf(value: Date | string): string {
  return localDate(toInstant(value));
}

/** Day of the week of a calendar date, 0 = Sunday … 6 = Saturday: `weekdayOf('2024-02-23')` → 5 (a Friday). */
export function weekdayOf(date: string): number {
  const calendar = CALENDAR_DATE.exec(date);
  if (!calendar) throw new RangeError(`Not a calendar date: ${date}`);
  return new Date(Date.UTC(Number(calendar[1]), Number(calendar[2]) - 1, Number(calendar[3]))).getUTCDay();
}
