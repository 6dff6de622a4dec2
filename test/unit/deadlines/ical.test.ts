import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { CalendarDataSchema, DeadlineDataError, fromICalendar, toICalendar, vnCalendarData } from '../../../shared/deadlines/index.ts';

const data = CalendarDataSchema.parse(vnCalendarData('so-noi-vu'));
const ics = toICalendar(data, '2026-03-01T08:00:00Z');

describe('iCalendar export and import', () => {
  it('round-trips the whole calendar: days off, make-up days and year metadata', () => {
    expect(fromICalendar(ics)).toEqual(data);
  });

  it('writes standard all-day events any calendar app can read', () => {
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    const tet = events.find((e) => String(e.getFirstPropertyValue('dtstart')) === '2025-01-29');
    expect(tet?.getFirstPropertyValue('summary')).toBe('Tết Nguyên đán');
    expect(String(tet?.getFirstPropertyValue('dtend'))).toBe('2025-01-30');
    const makeUp = events.find((e) => String(e.getFirstPropertyValue('dtstart')) === '2024-05-04');
    expect(makeUp?.getFirstPropertyValue('categories')).toBe('make-up');
    expect(events).toHaveLength(data.years.reduce((n, y) => n + y.daysOff.length + y.makeUpDays.length, 0));
  });

  it('refuses a file that is not iCalendar', () => {
    expect(() => fromICalendar('not a calendar')).toThrow(DeadlineDataError);
  });
});

describe('iCalendar from elsewhere', () => {
  it('reads all-day events of another calendar as an unverified proposal of days off', () => {
    const foreign = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Other//Holidays//VI',
      'BEGIN:VEVENT',
      'UID:tet-2030@example',
      'DTSTART;VALUE=DATE:20300202',
      'DTEND;VALUE=DATE:20300205',
      'SUMMARY:Tết Nguyên đán',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const data = fromICalendar(foreign, 'so-khcn-quang-ngai');
    expect(data.agencyId).toBe('so-khcn-quang-ngai');
    expect(data.years).toHaveLength(1);
    expect(data.years[0]).toMatchObject({ year: 2030, status: 'proposal', verified: false });
    expect(data.years[0]?.daysOff.map((d) => d.date)).toEqual(['2030-02-02', '2030-02-03', '2030-02-04']);
    expect(data.years[0]?.daysOff.every((d) => d.confidence === 'weak' && d.nameVi === 'Tết Nguyên đán')).toBe(true);
  });

  it('refuses unreadable text with a message in both languages and no raw parser output', () => {
    expect(() => fromICalendar('this is not a calendar')).toThrow(/Tệp iCalendar không đọc được/);
  });
});
