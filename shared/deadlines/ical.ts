import ICAL from 'ical.js';
import * as z from 'zod';
import { type CalendarData, CalendarDataSchema } from './calendar.ts';
import { addDays } from './civil-date.ts';
import { DeadlineDataError } from './errors.ts';
import { VN_TIME_ZONE } from '../time-zone.ts';

/*
 * One all-day VEVENT per day off or make-up day, so any calendar app shows them; the fields a calendar app
 * has no place for (kind, English name, confidence, the year's source) travel in X-DVM-* properties, which
 * other apps ignore and `fromICalendar` reads back.
 */

const MAKE_UP = 'make-up';
const YearInfoSchema = z.object({
  year: z.number(),
  status: z.enum(['official', 'proposal']),
  verified: z.boolean(),
  source: z.string(),
  note: z.string().optional(),
});

function addText(component: ICAL.Component, name: string, value: string): void {
  // Typed as TEXT so commas, semicolons and newlines are escaped (X- properties default to raw).
  const property = new ICAL.Property(name, component);
  property.resetType('text');
  property.setValue(value);
  component.addProperty(property);
}

function textOf(component: ICAL.Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? undefined : String(value);
}

function event(
  date: string,
  year: number,
  category: string,
  nameVi: string,
  nameEn: string,
  stamp: ICAL.Time,
  agencyId: string,
): ICAL.Component {
  const vevent = new ICAL.Component('vevent');
  vevent.addPropertyWithValue('uid', `${date}-${category}-${agencyId}@dan-van-monitor`);
  vevent.addPropertyWithValue('dtstamp', stamp);
  vevent.addPropertyWithValue('dtstart', ICAL.Time.fromDateString(date));
  vevent.addPropertyWithValue('dtend', ICAL.Time.fromDateString(addDays(date, 1)));
  addText(vevent, 'summary', nameVi);
  addText(vevent, 'categories', category);
  vevent.addPropertyWithValue('transp', category === MAKE_UP ? 'OPAQUE' : 'TRANSPARENT');
  addText(vevent, 'x-dvm-name-en', nameEn);
  addText(vevent, 'x-dvm-year', String(year));
  return vevent;
}

/** Exports days off and make-up days to iCalendar text; `generatedAt` (an ISO instant) fills DTSTAMP. */
export function toICalendar(data: CalendarData, generatedAt: string): string {
  const stamp = ICAL.Time.fromDateTimeString(new Date(generatedAt).toISOString().replace(/\.\d{3}Z$/, 'Z'));
  const vcalendar = new ICAL.Component(['vcalendar', [], []]);
  vcalendar.addPropertyWithValue('prodid', '-//dan-van-monitor//working calendar//VI');
  vcalendar.addPropertyWithValue('version', '2.0');
  vcalendar.addPropertyWithValue('calscale', 'GREGORIAN');
  addText(vcalendar, 'x-wr-calname', `Lịch làm việc ${data.agencyId}`);
  addText(vcalendar, 'x-wr-timezone', data.timeZone);
  addText(vcalendar, 'x-dvm-agency', data.agencyId);
  for (const year of data.years) {
    const { daysOff: _daysOff, makeUpDays: _makeUpDays, ...info } = year;
    addText(vcalendar, 'x-dvm-year-info', JSON.stringify(info));
    for (const off of year.daysOff) {
      const vevent = event(off.date, year.year, off.kind, off.nameVi, off.nameEn, stamp, data.agencyId);
      addText(vevent, 'x-dvm-confidence', off.confidence);
      if (off.note) addText(vevent, 'comment', off.note);
      vcalendar.addSubcomponent(vevent);
    }
    for (const makeUp of year.makeUpDays) {
      const vevent = event(makeUp.date, year.year, MAKE_UP, makeUp.nameVi, makeUp.nameEn, stamp, data.agencyId);
      if (makeUp.replaces) addText(vevent, 'x-dvm-replaces', makeUp.replaces);
      vcalendar.addSubcomponent(vevent);
    }
  }
  return vcalendar.toString();
}

/** The days an all-day event covers (DTEND is exclusive), at most a month. */
function foreignDaysOff(vevent: ICAL.Component, start: string): string[] {
  const end = textOf(vevent, 'dtend')?.slice(0, 10);
  const days = [start];
  if (!end) return days;
  for (let d = addDays(start, 1); d < end && days.length < 31; d = addDays(d, 1)) days.push(d);
  return days;
}

/**
 * Reads iCalendar text into validated `CalendarData`. Files written by `toICalendar` come back whole;
 * all-day events from elsewhere (another calendar's holiday feed) become days off of a year marked as
 * an unverified proposal, for an admin to review before relying on it.
 */
export function fromICalendar(ics: string, agencyId = 'default'): CalendarData {
  let vcalendar: ICAL.Component;
  try {
    vcalendar = new ICAL.Component(ICAL.parse(ics));
  } catch (error) {
    throw new DeadlineDataError('invalid-calendar', 'Tệp iCalendar không đọc được', 'Unreadable iCalendar file', { cause: error });
  }
  // Left loose here: CalendarDataSchema below validates every field read from the file.
  const years = new Map<number, z.infer<typeof YearInfoSchema> & { daysOff: unknown[]; makeUpDays: unknown[] }>();
  for (const property of vcalendar.getAllProperties('x-dvm-year-info')) {
    const info = YearInfoSchema.parse(JSON.parse(String(property.getFirstValue())));
    years.set(info.year, { ...info, daysOff: [], makeUpDays: [] });
  }
  for (const vevent of vcalendar.getAllSubcomponents('vevent')) {
    const date = textOf(vevent, 'dtstart')?.slice(0, 10);
    if (!date) continue;
    if (!textOf(vevent, 'x-dvm-year')) {
      foreignDaysOff(vevent, date).forEach((day) => {
        const y = Number(day.slice(0, 4));
        if (!years.has(y)) years.set(y, { year: y, status: 'proposal', verified: false, source: 'Nhập từ tệp iCalendar bên ngoài / imported from an external iCalendar file', daysOff: [], makeUpDays: [] });
        const name = textOf(vevent, 'summary') ?? 'Ngày nghỉ';
        years.get(y)!.daysOff.push({ date: day, nameVi: name, nameEn: name, kind: 'holiday', confidence: 'weak' });
      });
      continue;
    }
    const year = years.get(Number(textOf(vevent, 'x-dvm-year')));
    if (!year) continue;
    const category = textOf(vevent, 'categories');
    const nameVi = textOf(vevent, 'summary') ?? '';
    const nameEn = textOf(vevent, 'x-dvm-name-en') ?? nameVi;
    if (category === MAKE_UP) {
      const replaces = textOf(vevent, 'x-dvm-replaces');
      year.makeUpDays.push({ date, nameVi, nameEn, ...(replaces ? { replaces } : {}) });
    } else {
      const note = textOf(vevent, 'comment');
      const confidence = textOf(vevent, 'x-dvm-confidence');
      year.daysOff.push({ date, nameVi, nameEn, kind: category, confidence, ...(note ? { note } : {}) });
    }
  }
  const parsed = CalendarDataSchema.safeParse({
    agencyId: textOf(vcalendar, 'x-dvm-agency') ?? agencyId,
    timeZone: textOf(vcalendar, 'x-wr-timezone') ?? VN_TIME_ZONE,
    years: [...years.values()],
  });
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new DeadlineDataError(
      'invalid-calendar',
      `Tệp iCalendar có dữ liệu không hợp lệ (${where}). Hãy dùng tệp xuất từ hệ thống này hoặc tệp lịch chỉ gồm các ngày nghỉ trọn ngày.`,
      `The iCalendar file has invalid data (${where}). Use a file exported by this platform, or one with all-day days off only.`,
      { cause: parsed.error },
    );
  }
  return parsed.data;
}
