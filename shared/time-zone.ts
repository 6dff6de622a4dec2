/**
 * Vietnam's time, the one place its offset is written. Asia/Ho_Chi_Minh has kept UTC+07:00 all year
 * since 13/06/1975, with no daylight saving, so a fixed offset is exact for every date the platform
 * handles and needs no time-zone database (in a Lambda or a browser alike).
 */
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

type Instant = Date | string | number;
const msOf = (at: Instant) => (at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at));

/** The wall clock in Vietnam at an instant, as `YYYY-MM-DDTHH:mm:ss.sss` (no offset). */
const wallClock = (at: Instant) => new Date(msOf(at) + VN_OFFSET_MS).toISOString();

/** The calendar date an instant falls on in Vietnam: `localDate('2025-01-24T17:01:00Z')` → `'2025-01-25'`. */
export const localDate = (at: Instant): string => wallClock(at).slice(0, 10);

/** The last calendar date before an instant: a report due at `2025-11-05T00:00+07:00` is due by `2025-11-04`. */
export const localDateBefore = (at: Instant): string => localDate(msOf(at) - 1);

/** `HH:mm` in Vietnam: `localTime('2025-10-20T02:05:00Z')` → `'09:05'`. */
export const localTime = (at: Instant): string => wallClock(at).slice(11, 16);

/** Minutes since local midnight. */
export const localMinutes = (at: Instant): number => Math.floor(((msOf(at) + VN_OFFSET_MS) % DAY_MS) / 60_000);

/** The instant of a local date and time, with its offset: `localInstant('2026-11-16', '09:00')` → `'2026-11-16T09:00:00+07:00'`. */
export const localInstant = (date: string, time = '00:00'): string => `${date}T${time}:00+07:00`;

/** The UTC instant local midnight starts `date`: `localMidnight('2025-02-04')` → `'2025-02-03T17:00:00.000Z'`. */
export const localMidnight = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) - VN_OFFSET_MS).toISOString();

/** A calendar date as Vietnamese readers write it: `'2026-11-05'` → `'05/11/2026'`. */
export const ddmmyyyy = (date: string): string => date.split('-').reverse().join('/');

/** An instant's date in Vietnam, `dd/mm/yyyy`. */
export const formatLocalDate = (at: Instant): string => ddmmyyyy(localDate(at));

/** An instant in Vietnam, `dd/mm/yyyy HH:mm`: `formatLocalDateTime('2025-10-20T02:05:00Z')` → `'20/10/2025 09:05'`. */
export const formatLocalDateTime = (at: Instant): string => `${formatLocalDate(at)} ${localTime(at)}`;
