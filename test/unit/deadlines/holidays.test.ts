import { proposeCalendarYear } from '../../../shared/deadlines/lunar.ts';
import { describe, expect, it } from 'vitest';
import { CalendarDataSchema, addDays, vnCalendarData } from '../../../shared/deadlines/index.ts';

const data = CalendarDataSchema.parse(vnCalendarData());
const year = (y: number) => {
  const found = data.years.find((entry) => entry.year === y);
  if (!found) throw new Error(`no ${y}`);
  return found;
};

function range(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

// The table of docs/legal-rules.md, written out independently of the data file.
const TABLE: Record<number, { off: [string, string][]; makeUp: string[] }> = {
  2021: { off: [['2021-01-01', '2021-01-01'], ['2021-02-10', '2021-02-16'], ['2021-04-21', '2021-04-21'], ['2021-04-30', '2021-05-03'], ['2021-09-02', '2021-09-05']], makeUp: [] },
  2022: { off: [['2022-01-01', '2022-01-03'], ['2022-01-29', '2022-02-06'], ['2022-04-09', '2022-04-11'], ['2022-04-30', '2022-05-03'], ['2022-09-01', '2022-09-04']], makeUp: [] },
  2023: { off: [['2022-12-31', '2023-01-02'], ['2023-01-20', '2023-01-26'], ['2023-04-29', '2023-05-03'], ['2023-09-01', '2023-09-04']], makeUp: [] },
  2024: { off: [['2024-01-01', '2024-01-01'], ['2024-02-08', '2024-02-14'], ['2024-04-18', '2024-04-18'], ['2024-04-27', '2024-05-01'], ['2024-08-31', '2024-09-03']], makeUp: ['2024-05-04'] },
  2025: { off: [['2025-01-01', '2025-01-01'], ['2025-01-25', '2025-02-02'], ['2025-04-07', '2025-04-07'], ['2025-04-30', '2025-05-04'], ['2025-08-30', '2025-09-02']], makeUp: ['2025-04-26'] },
  2026: { off: [['2026-01-01', '2026-01-04'], ['2026-02-14', '2026-02-22'], ['2026-04-25', '2026-04-27'], ['2026-04-30', '2026-05-03'], ['2026-08-29', '2026-09-02']], makeUp: ['2026-01-10', '2026-08-22'] },
};

describe('holiday data 2021–2027', () => {
  it.each(Object.entries(TABLE))('%s holds exactly the days off and make-up days of the legal-rules table', (y, expected) => {
    const entry = year(Number(y));
    expect(entry.daysOff.map((d) => d.date)).toEqual(expected.off.flatMap(([from, to]) => range(from, to)));
    expect(entry.makeUpDays.map((d) => d.date)).toEqual(expected.makeUp);
    expect(entry.source.length).toBeGreaterThan(5);
    expect(entry.status).toBe('official');
  });

  it('marks the weak entries of 2021 and 2023 and leaves those years unverified', () => {
    const weak = (y: number) => year(y).daysOff.filter((d) => d.confidence === 'weak').map((d) => d.date);
    expect(weak(2021)).toEqual(['2021-01-01', '2021-04-30', '2021-05-01', '2021-05-02', '2021-05-03']);
    expect(weak(2023)).toEqual(['2022-12-31', '2023-01-01', '2023-01-02']);
    expect([2021, 2022, 2023, 2024, 2025, 2026].map((y) => year(y).verified)).toEqual([false, true, false, true, true, true]);
  });

  it('labels compensatory and bridge days', () => {
    const kind = (y: number, date: string) => year(y).daysOff.find((d) => d.date === date)?.kind;
    expect(kind(2022, '2022-04-11')).toBe('compensatory');
    expect(kind(2021, '2021-05-03')).toBe('compensatory');
    expect(kind(2024, '2024-04-29')).toBe('bridge');
    expect(kind(2026, '2026-08-31')).toBe('bridge');
    expect(kind(2025, '2025-01-29')).toBe('tet');
    expect(year(2024).makeUpDays[0]?.replaces).toBe('2024-04-29');
  });

  it('carries 2027 as an unverified proposal generated from the lunar calendar', () => {
    const y2027 = year(2027);
    expect(y2027).toMatchObject({ status: 'proposal', verified: false });
    expect(y2027.daysOff.every((d) => d.confidence === 'weak')).toBe(true);
    expect(y2027.daysOff.filter((d) => d.kind === 'tet').map((d) => d.date)).toEqual(range('2027-02-05', '2027-02-09'));
    // Written out in the data (so the default calendar does not load the lunar library): still the proposal.
    expect(y2027).toEqual(proposeCalendarYear(2027));
  });
});
