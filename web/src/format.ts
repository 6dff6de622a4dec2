import { VN_TIME_ZONE } from '../../shared/time-zone.ts';

/** All dates and times are shown in Vietnam's time zone, whatever the browser's zone. */
const dateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: VN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(instant: Date): Record<'day' | 'month' | 'year' | 'hour' | 'minute', string> {
  const out = { day: '', month: '', year: '', hour: '', minute: '' };
  for (const part of dateParts.formatToParts(instant)) {
    if (part.type in out) out[part.type as keyof typeof out] = part.value;
  }
  return out;
}

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
  const p = parts(toInstant(value));
  return `${p.day}/${p.month}/${p.year}`;
}

/** `dd/mm/yyyy HH:mm` in Vietnam: `formatDateTime('2026-11-04T18:30:00Z')` → `05/11/2026 01:30`. */
export function formatDateTime(value: Date | string): string {
  const p = parts(toInstant(value));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** The calendar date (`YYYY-MM-DD`) an instant falls on in Vietnam: `'2024-02-23T17:00:00Z'` → `'2024-02-24'`. */
export function calendarDateOf(value: Date | string): string {
  const p = parts(toInstant(value));
  return `${p.year}-${p.month}-${p.day}`;
}

/** Day of the week of a calendar date, 0 = Sunday … 6 = Saturday: `weekdayOf('2024-02-23')` → 5 (a Friday). */
export function weekdayOf(date: string): number {
  const calendar = CALENDAR_DATE.exec(date);
  if (!calendar) throw new RangeError(`Not a calendar date: ${date}`);
  return new Date(Date.UTC(Number(calendar[1]), Number(calendar[2]) - 1, Number(calendar[3]))).getUTCDay();
}
