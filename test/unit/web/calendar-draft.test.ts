import { describe, expect, it } from 'vitest';
import { CalendarYearSchema } from '../../../shared/deadlines/calendar.ts';
import { vnCalendarData } from '../../../shared/deadlines/data/holidays-vn.ts';
import { proposeCalendarYear } from '../../../shared/deadlines/lunar.ts';
import { checkDraft, draftOf, emptyDayOff, emptyMakeUpDay, nextYearToAdd, summarizeEdit, yearOfDraft } from '../../../web/src/features/calendar/draft.ts';

const YEAR_2026 = CalendarYearSchema.parse(vnCalendarData().years.find((year) => year.year === 2026));
const REASON = 'CV 12729/VPCP-KGVX';

describe('calendar draft', () => {
  it('gives back the same year when nothing is edited', () => {
    expect(yearOfDraft(draftOf(YEAR_2026))).toEqual({ ...YEAR_2026, daysOff: [...YEAR_2026.daysOff].sort((a, b) => a.date.localeCompare(b.date)) });
    expect(checkDraft(draftOf(YEAR_2026), REASON)).toEqual([]);
  });

  it('accepts a lunar-calendar proposal as it is, once a reason is given', () => {
    const draft = draftOf(proposeCalendarYear(2027));
    expect(checkDraft(draft, '')).toEqual([{ key: 'calendar.problem.reason' }]);
    expect(checkDraft(draft, 'Đề xuất Tết 2027')).toEqual([]);
    expect(CalendarYearSchema.safeParse(yearOfDraft(draft)).success).toBe(true);
  });

  it('sorts the rows by date and leaves out empty optional fields', () => {
    const draft = draftOf(YEAR_2026);
    draft.daysOff.unshift({ ...emptyDayOff(), date: '2026-11-24', nameVi: ' Ngày Văn hóa Việt Nam ', nameEn: 'Vietnam Culture Day' });
    const year = yearOfDraft(draft);
    expect(year.daysOff.at(-1)).toEqual({ date: '2026-11-24', nameVi: 'Ngày Văn hóa Việt Nam', nameEn: 'Vietnam Culture Day', kind: 'holiday', confidence: 'strong' });
  });

  it('refuses what the calendar cannot hold: a date twice, a weekday make-up day, a day both off and worked', () => {
    // Prepare
    const draft = draftOf(YEAR_2026);
    draft.daysOff.push({ ...emptyDayOff(), date: '2026-01-01', nameVi: 'Tết Dương lịch', nameEn: "New Year's Day" });
    draft.makeUpDays.push({ ...emptyMakeUpDay(), date: '2026-01-09', nameVi: 'Làm bù', nameEn: 'Make-up' });
    draft.makeUpDays.push({ ...emptyMakeUpDay(), date: '2026-01-03', nameVi: 'Làm bù', nameEn: 'Make-up' });
    draft.daysOff.push({ ...emptyDayOff(), date: '2028-01-01', nameVi: 'Xa', nameEn: 'Far' });
    draft.daysOff.push(emptyDayOff());
    draft.source = ' ';

    // Act
    const problems = checkDraft(draft, 'ok');

    // Assess
    expect(problems).toEqual([
      { key: 'calendar.problem.source' },
      { key: 'calendar.problem.duplicate', params: { date: '01/01/2026' } },
      { key: 'calendar.problem.outsideYear', params: { date: '01/01/2028', year: 2026 } },
      { key: 'calendar.problem.date' },
      { key: 'calendar.problem.makeUpWeekday', params: { date: '09/01/2026' } },
      { key: 'calendar.problem.bothOffAndWorked', params: { date: '03/01/2026' } },
      { key: 'calendar.problem.reason' },
    ]);
  });

  it('asks for both names of a day', () => {
    const draft = draftOf(YEAR_2026);
    draft.makeUpDays[0] = { ...draft.makeUpDays[0]!, nameEn: '' };
    expect(checkDraft(draft, REASON)).toEqual([{ key: 'calendar.problem.name', params: { date: '10/01/2026' } }]);
  });
});

describe('edit summary', () => {
  it('names the dates an edit added, removed or changed, and the year fields it touched', () => {
    const after = structuredClone(YEAR_2026);
    after.daysOff = after.daysOff.filter((day) => day.date !== '2026-01-02');
    after.daysOff.push({ date: '2026-11-24', nameVi: 'Ngày Văn hóa Việt Nam', nameEn: 'Vietnam Culture Day', kind: 'holiday', confidence: 'weak' });
    after.daysOff[0] = { ...after.daysOff[0]!, confidence: 'weak' };
    after.makeUpDays = after.makeUpDays.filter((day) => day.date !== '2026-01-10');
    after.verified = false;

    expect(summarizeEdit(YEAR_2026, after)).toEqual({
      added: ['2026-11-24'],
      removed: ['2026-01-02'],
      renamed: ['2026-01-01'],
      makeUpAdded: [],
      makeUpRemoved: ['2026-01-10'],
      fields: ['verified'],
    });
  });

  it('treats a first save as adding every day', () => {
    const summary = summarizeEdit(null, YEAR_2026);
    expect(summary.added).toHaveLength(YEAR_2026.daysOff.length);
    expect(summary.fields).toEqual([]);
  });
});

describe('next year to add', () => {
  it('is the year after the last one stored, or this year when none is', () => {
    expect(nextYearToAdd([2024, 2026, 2025], '2026-11-26')).toBe(2027);
    expect(nextYearToAdd([], '2026-11-26')).toBe(2026);
  });
});
