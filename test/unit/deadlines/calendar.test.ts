import { describe, expect, it } from 'vitest';
import {
  DeadlineDataError,
  DeadlineInputError,
  WorkingCalendar,
  localDateOf,
  startOfLocalDay,
  vnCalendarData,
  type CalendarDataInput,
} from '../../../shared/deadlines/index.ts';

const calendar = new WorkingCalendar(vnCalendarData());

describe('localDateOf (Asia/Ho_Chi_Minh, UTC+7)', () => {
  it.each([
    ['2025-01-24T16:59:00Z', '2025-01-24'], // 23:59 local
    ['2025-01-24T17:01:00Z', '2025-01-25'], // 00:01 local the next day
    ['2025-01-24T23:59:00+07:00', '2025-01-24'],
    ['2024-02-28T17:00:00.000Z', '2024-02-29'], // local midnight starts the leap day
    ['2024-12-31T17:00:00Z', '2025-01-01'],
  ])('reads %s as the local date %s', (instant, expected) => {
    expect(localDateOf(instant)).toBe(expected);
  });

  it.each(['2025-01-24T16:59:00', '2025-13-01T00:00:00Z', 'yesterday'])('refuses the ambiguous or malformed instant %s', (instant) => {
    expect(() => localDateOf(instant)).toThrow(DeadlineInputError);
  });

  it('gives local midnight as a UTC instant', () => {
    expect(startOfLocalDay('2025-02-04')).toBe('2025-02-03T17:00:00.000Z');
  });
});

describe('WorkingCalendar.isWorkingDay', () => {
  it.each([
    ['2024-05-04', true, 'make-up Saturday 2024'],
    ['2025-04-26', true, 'make-up Saturday 2025'],
    ['2026-01-10', true, 'make-up Saturday 2026 (January)'],
    ['2026-08-22', true, 'make-up Saturday 2026 (August)'],
    ['2024-05-11', false, 'ordinary Saturday'],
    ['2024-05-12', false, 'Sunday'],
    ['2024-02-12', false, 'Monday in Tết 2024'],
    ['2025-01-31', false, 'Friday in Tết 2025'],
    ['2026-02-20', false, 'Friday in Tết 2026'],
    ['2024-04-29', false, 'bridge day paid back on 04/05/2024'],
    ['2025-05-02', false, 'bridge day paid back on 26/04/2025'],
    ['2026-01-02', false, 'bridge day paid back on 10/01/2026'],
    ['2026-08-31', false, 'bridge day paid back on 22/08/2026'],
    ['2026-04-27', false, 'compensatory day for Giỗ Tổ on Sunday 26/04/2026'],
    ['2026-11-24', true, '24/11 was not a day off in 2026'],
    ['2024-02-15', true, 'first working day after Tết 2024'],
  ])('%s is working: %s (%s)', (date, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });
});

describe('WorkingCalendar.whyNotWorking', () => {
  it('names the holiday of a day off, even on a weekend inside the block', () => {
    expect(calendar.whyNotWorking('2024-02-10')).toMatchObject({ kind: 'day-off', dayOff: { kind: 'tet', nameVi: 'Tết Nguyên đán' } });
  });

  it('names the weekend day of an ordinary weekend', () => {
    expect(calendar.whyNotWorking('2024-02-17')).toEqual({ kind: 'weekend', date: '2024-02-17', weekday: 'saturday' });
    expect(calendar.whyNotWorking('2024-02-18')).toEqual({ kind: 'weekend', date: '2024-02-18', weekday: 'sunday' });
  });

  it('returns null on a working day, including a make-up Saturday', () => {
    expect(calendar.whyNotWorking('2024-02-16')).toBeNull();
    expect(calendar.whyNotWorking('2024-05-04')).toBeNull();
  });

  it('tells a compensatory day from the holiday it makes up for', () => {
    expect(calendar.whyNotWorking('2026-04-27')).toMatchObject({ dayOff: { kind: 'compensatory' } });
    expect(calendar.whyNotWorking('2026-04-26')).toMatchObject({ dayOff: { kind: 'holiday', nameVi: 'Giỗ Tổ Hùng Vương' } });
  });
});

describe('WorkingCalendar navigation', () => {
  it.each([
    ['2024-02-07', '2024-02-15'], // over Tết 2024
    ['2025-01-24', '2025-02-03'], // over Tết 2025
    ['2024-05-03', '2024-05-04'], // onto a make-up Saturday
    ['2024-12-31', '2025-01-02'], // over New Year's Day
    ['2025-03-07', '2025-03-10'], // over a weekend
  ])('nextWorkingDay(%s) is %s', (date, expected) => {
    expect(calendar.nextWorkingDay(date)).toBe(expected);
  });

  it.each([
    ['2024-02-07', 7, '2024-02-23'],
    ['2026-02-12', 5, '2026-02-26'],
    ['2025-04-24', 5, '2025-05-05'],
    ['2025-03-05', 0, '2025-03-05'],
  ])('addWorkingDays(%s, %i) is %s', (date, n, expected) => {
    expect(calendar.addWorkingDays(date, n)).toBe(expected);
  });
});

describe('WorkingCalendar data', () => {
  it('reports years without data instead of treating them as holiday-free', () => {
    expect(calendar.coverage(2020, 2028).map((y) => [y.year, y.status, y.verified])).toEqual([
      [2020, 'missing', false],
      [2021, 'official', false],
      [2022, 'official', true],
      [2023, 'official', false],
      [2024, 'official', true],
      [2025, 'official', true],
      [2026, 'official', true],
      [2027, 'proposal', false],
      [2028, 'missing', false],
    ]);
  });

  it('takes a new day off from data alone (24/11 as a holiday) without code changes', () => {
    const data = vnCalendarData();
    data.years.find((y) => y.year === 2026)?.daysOff.push({
      date: '2026-11-24',
      nameVi: 'Ngày Văn hóa Việt Nam',
      nameEn: 'Vietnamese Culture Day',
      kind: 'holiday',
    });
    const edited = new WorkingCalendar(data);
    expect(edited.isWorkingDay('2026-11-24')).toBe(false);
    expect(edited.whyNotWorking('2026-11-24')).toMatchObject({ dayOff: { nameEn: 'Vietnamese Culture Day', confidence: 'strong' } });
  });

  const base = (patch: Partial<CalendarDataInput['years'][number]>): CalendarDataInput => ({
    agencyId: 'a',
    timeZone: 'Asia/Ho_Chi_Minh',
    years: [{ year: 2030, status: 'official', verified: true, source: 's', daysOff: [], ...patch }],
  });

  it.each([
    ['a make-up day on a weekday', base({ makeUpDays: [{ date: '2030-01-02', nameVi: 'x', nameEn: 'x' }] })],
    [
      'a day both off and worked',
      base({
        daysOff: [{ date: '2030-01-05', nameVi: 'x', nameEn: 'x', kind: 'bridge' }],
        makeUpDays: [{ date: '2030-01-05', nameVi: 'x', nameEn: 'x' }],
      }),
    ],
    ['an impossible date', base({ daysOff: [{ date: '2030-02-30', nameVi: 'x', nameEn: 'x', kind: 'holiday' }] })],
    ['an unknown kind of day off', base({ daysOff: [{ date: '2030-02-01', nameVi: 'x', nameEn: 'x', kind: 'party' as 'holiday' }] })],
    ['a day off far outside its year', base({ daysOff: [{ date: '2033-02-01', nameVi: 'x', nameEn: 'x', kind: 'holiday' }] })],
  ])('rejects calendar data with %s', (_label, data) => {
    expect(() => new WorkingCalendar(data)).toThrow(DeadlineDataError);
  });
});

describe('WorkingCalendar.coverage without arguments', () => {
  it('spans the years that have data', () => {
    expect(calendar.coverage().map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027]);
  });
});
