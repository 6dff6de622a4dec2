import * as z from 'zod';
import {
  type CivilDate,
  CivilDateSchema,
  addDays,
  assertCivilDate,
  dayOfWeek,
  formatVi,
  instantMs,
  yearOf,
} from './civil-date.ts';
import { DeadlineDataError, DeadlineInputError } from './errors.ts';
import { localDate, localMidnight, VN_TIME_ZONE } from '../time-zone.ts';


/** Longest run of consecutive days off we accept before calling the calendar data broken. */
const MAX_DAYS_WITHOUT_WORK = 60;

export const DayOffKindSchema = z.enum(['holiday', 'compensatory', 'bridge', 'tet']);
export type DayOffKind = z.infer<typeof DayOffKindSchema>;

export const ConfidenceSchema = z.enum(['strong', 'weak']);

export const DayOffSchema = z.object({
  date: CivilDateSchema,
  nameVi: z.string().min(1),
  nameEn: z.string().min(1),
  kind: DayOffKindSchema,
  /** 'weak' = one low-quality source only: confirm before relying on it. */
  confidence: ConfidenceSchema.default('strong'),
  note: z.string().optional(),
});
export type DayOff = z.infer<typeof DayOffSchema>;

export const MakeUpDaySchema = z.object({
  date: CivilDateSchema,
  nameVi: z.string().min(1),
  nameEn: z.string().min(1),
  /** The bridge day off this Saturday pays back, when known. */
  replaces: CivilDateSchema.optional(),
});
export type MakeUpDay = z.infer<typeof MakeUpDaySchema>;

export const CalendarYearSchema = z.object({
  year: z.number().int().min(1976).max(2200),
  /** 'proposal' = generated (e.g. from the lunar calendar), awaiting an admin's confirmation. */
  status: z.enum(['official', 'proposal']),
  verified: z.boolean(),
  source: z.string().min(1),
  daysOff: z.array(DayOffSchema),
  makeUpDays: z.array(MakeUpDaySchema).default([]),
  note: z.string().optional(),
});
export type CalendarYear = z.infer<typeof CalendarYearSchema>;

export const CalendarDataSchema = z.object({
  agencyId: z.string().min(1),
  timeZone: z.literal(VN_TIME_ZONE),
  years: z.array(CalendarYearSchema),
});
export type CalendarData = z.infer<typeof CalendarDataSchema>;
/** What an admin or a database hands in: defaults (confidence, makeUpDays) may be left out. */
export type CalendarDataInput = z.input<typeof CalendarDataSchema>;

export type NonWorkingReason =
  | { kind: 'weekend'; date: CivilDate; weekday: 'saturday' | 'sunday' }
  | { kind: 'day-off'; date: CivilDate; dayOff: DayOff };

export interface YearCoverage {
  year: number;
  status: 'official' | 'proposal' | 'missing';
  verified: boolean;
  source?: string;
}

/**
 * `localDateOf('2025-01-24T16:59:00Z')` → `'2025-01-24'` (23:59 in Hà Nội);
 * `localDateOf('2025-01-24T17:01:00Z')` → `'2025-01-25'`.
 * The instant must carry its offset (`Z` or `±hh:mm`): a bare local time is ambiguous.
 */
export function localDateOf(instantIso: string): CivilDate {
  const ms = instantMs(instantIso);
  if (Number.isNaN(ms)) {
    throw new DeadlineInputError(
      'invalid-date',
      `Thời điểm không hợp lệ: "${instantIso}", cần ISO 8601 có múi giờ (ví dụ 2025-01-24T16:59:00Z)`,
      `Invalid instant: "${instantIso}", expected ISO 8601 with an offset (e.g. 2025-01-24T16:59:00Z)`,
    );
  }
  return localDate(ms);
}

/** The UTC instant at which local midnight starts `date`: `'2025-02-04'` → `'2025-02-03T17:00:00.000Z'`. */
export function startOfLocalDay(date: CivilDate): string {
  return localMidnight(assertCivilDate(date));
}

/** An agency's working calendar: Monday–Friday, minus its days off, plus its make-up Saturdays. */
export class WorkingCalendar {
  readonly data: CalendarData;
  private readonly daysOff = new Map<CivilDate, DayOff>();
  private readonly makeUpDays = new Map<CivilDate, MakeUpDay>();
  private readonly years = new Map<number, CalendarYear>();

  /** Validates `data` with `CalendarDataSchema` and cross-checks it; throws `DeadlineDataError`. */
  constructor(data: CalendarDataInput) {
    const parsed = CalendarDataSchema.safeParse(data);
    if (!parsed.success) {
      throw new DeadlineDataError(
        'invalid-calendar',
        `Dữ liệu lịch làm việc không hợp lệ: ${z.prettifyError(parsed.error)}`,
        `Invalid calendar data: ${z.prettifyError(parsed.error)}`,
        { cause: parsed.error },
      );
    }
    this.data = parsed.data;
    for (const year of this.data.years) this.addYear(year);
  }

  private addYear(year: CalendarYear): void {
    if (this.years.has(year.year)) invalid(`năm ${year.year} xuất hiện hai lần`, `year ${year.year} appears twice`);
    this.years.set(year.year, year);
    for (const off of year.daysOff) {
      // 31/12/2022 belongs to the 2023 New Year block, so a year may hold a day of the year before.
      if (Math.abs(yearOf(off.date) - year.year) > 1) {
        invalid(`ngày ${off.date} không thuộc năm ${year.year}`, `${off.date} is outside year ${year.year}`);
      }
      if (this.daysOff.has(off.date)) invalid(`ngày nghỉ ${off.date} lặp lại`, `day off ${off.date} is listed twice`);
      this.daysOff.set(off.date, off);
    }
    for (const makeUp of year.makeUpDays) {
      if (dayOfWeek(makeUp.date) !== 6 && dayOfWeek(makeUp.date) !== 0) {
        invalid(`ngày làm bù ${makeUp.date} không phải thứ Bảy/Chủ nhật`, `make-up day ${makeUp.date} is not a weekend day`);
      }
      if (this.daysOff.has(makeUp.date)) {
        invalid(`ngày ${makeUp.date} vừa nghỉ vừa làm bù`, `${makeUp.date} is both a day off and a make-up day`);
      }
      this.makeUpDays.set(makeUp.date, makeUp);
    }
  }

  /**
   * Which years have data, and how reliable it is; years in `[from, to]` without data show as 'missing'.
   * Without arguments: from the first to the last year that has data.
   */
  coverage(from = Math.min(...this.years.keys()), to = Math.max(...this.years.keys())): YearCoverage[] {
    const result: YearCoverage[] = [];
    for (let y = from; y <= to; y++) {
      const year = this.years.get(y);
      result.push(
        year
          ? { year: y, status: year.status, verified: year.verified, source: year.source }
          : { year: y, status: 'missing', verified: false },
      );
    }
    return result;
  }

  dayOff(date: CivilDate): DayOff | undefined {
    return this.daysOff.get(assertCivilDate(date));
  }

  makeUpDay(date: CivilDate): MakeUpDay | undefined {
    return this.makeUpDays.get(assertCivilDate(date));
  }

  /** `isWorkingDay('2026-01-10')` → true: a Saturday worked to pay back the bridge day 02/01/2026. */
  isWorkingDay(date: CivilDate): boolean {
    return this.whyNotWorking(date) === null;
  }

  /** Null on a working day; otherwise the weekend or the named day off. */
  whyNotWorking(date: CivilDate): NonWorkingReason | null {
    const dayOff = this.dayOff(date);
    if (dayOff) return { kind: 'day-off', date, dayOff };
    if (this.makeUpDays.has(date)) return null;
    const weekday = dayOfWeek(date);
    if (weekday === 6) return { kind: 'weekend', date, weekday: 'saturday' };
    if (weekday === 0) return { kind: 'weekend', date, weekday: 'sunday' };
    return null;
  }

  /** First working day strictly after `date`: `nextWorkingDay('2024-02-07')` → `'2024-02-15'` (Tết). */
  nextWorkingDay(date: CivilDate): CivilDate {
    let d = assertCivilDate(date);
    for (let i = 0; i < MAX_DAYS_WITHOUT_WORK; i++) {
      d = addDays(d, 1);
      if (this.isWorkingDay(d)) return d;
    }
    throw new DeadlineDataError(
      'calendar-exhausted',
      `Không có ngày làm việc nào trong ${MAX_DAYS_WITHOUT_WORK} ngày sau ${formatVi(date)}`,
      `No working day within ${MAX_DAYS_WITHOUT_WORK} days after ${date}`,
    );
  }

  /** The `n`th working day after `date` (`n = 0` gives `date` itself): `addWorkingDays('2024-02-07', 7)` → `'2024-02-23'`. */
  addWorkingDays(date: CivilDate, n: number): CivilDate {
    let d = assertCivilDate(date);
    for (let i = 0; i < n; i++) d = this.nextWorkingDay(d);
    return d;
  }
}

function invalid(vi: string, en: string): never {
  throw new DeadlineDataError('invalid-calendar', `Dữ liệu lịch làm việc không hợp lệ: ${vi}`, `Invalid calendar data: ${en}`);
}

/** Vietnamese description of why a day is not worked, for traces and messages. */
export function describeNonWorkingVi(reason: NonWorkingReason): string {
  if (reason.kind === 'weekend') return reason.weekday === 'saturday' ? 'thứ Bảy' : 'Chủ nhật';
  return `nghỉ ${reason.dayOff.nameVi}`;
}
