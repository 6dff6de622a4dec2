import { describe, expect, it } from 'vitest';
import { CalendarYearSchema, lunarNewYearVn, proposeCalendarYear, solarOfLunarVn, vnCalendarData } from '../../../shared/deadlines/index.ts';

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it.each([
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
  ])('puts Tết %i on %s', (year, expected) => {
    expect(lunarNewYearVn(year)).toBe(expected);
  });

  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('puts Giỗ Tổ (10/3 lunar) %i on %s', (year, expected) => {
    expect(solarOfLunarVn(year, 3, 10)).toBe(expected);
  });

  it('corrects the Chinese (UTC+8) date when the new moon falls before 01:00 Beijing time: Tết 2007 was 17/02 in Vietnam', () => {
    expect(lunarNewYearVn(2007)).toBe('2007-02-17');
  });
});

describe('proposeCalendarYear', () => {
  it('proposes Tết and Giỗ Tổ days that the official tables of 2021–2026 confirm', () => {
    for (const entry of vnCalendarData().years.filter((y) => y.status === 'official')) {
      const official = new Set(entry.daysOff.map((d) => d.date));
      const lunar = proposeCalendarYear(entry.year).daysOff.filter((d) => d.kind === 'tet' || d.nameEn.startsWith('Hung Kings'));
      expect(lunar.filter((d) => !official.has(d.date)).map((d) => d.date)).toEqual([]);
    }
  });

  it('labels 2027 as an unverified proposal with compensatory days for weekend holidays', () => {
    const y2027 = CalendarYearSchema.parse(proposeCalendarYear(2027));
    expect(y2027).toMatchObject({ year: 2027, status: 'proposal', verified: false });
    // Tết 2027: mùng 1 is Saturday 06/02; the 5 days are 05–09/02, the weekend two are made up on 10 and 11/02.
    expect(y2027.daysOff.map((d) => `${d.date} ${d.kind}`)).toEqual([
      '2027-01-01 holiday',
      '2027-02-05 tet',
      '2027-02-06 tet',
      '2027-02-07 tet',
      '2027-02-08 tet',
      '2027-02-09 tet',
      '2027-02-10 compensatory',
      '2027-02-11 compensatory',
      '2027-04-16 holiday',
      '2027-04-30 holiday',
      '2027-05-01 holiday',
      '2027-05-03 compensatory',
      '2027-09-02 holiday',
      '2027-09-03 holiday',
    ]);
  });
});
