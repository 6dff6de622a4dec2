import { LunarMonth, ShouXingUtil } from 'lunar-typescript';
import { type CivilDate, addDays, dayOfWeek, formatVi } from './civil-date.ts';
import type { CalendarYear, DayOff } from './calendar.ts';

/*
 * lunar-typescript (6tail, the typed port of lunar-javascript) computes the Chinese calendar, whose days
 * start at midnight UTC+8. The Vietnamese calendar uses the same astronomy at UTC+7, so a lunar month whose
 * new moon falls between 00:00 and 01:00 Beijing time starts one day earlier in Vietnam (Tết 2007 was
 * 17/02 in Vietnam, 18/02 in China). We correct month starts for that; a difference in where a leap month
 * falls (last seen in 1985) is not corrected, which is one reason a result is only a proposal.
 */

const JD_OF_UNIX_EPOCH = 2_440_588;
const J2000 = 2_451_545;
const SYNODIC_MONTH = 29.5306;

function civilDateOfJulianDay(julianDay: number): CivilDate {
  return addDays('1970-01-01', julianDay - JD_OF_UNIX_EPOCH);
}

/** First day of a (non-leap) lunar month in the Vietnamese calendar. */
function vietnameseMonthStart(lunarYear: number, lunarMonth: number): CivilDate {
  const month = LunarMonth.fromYm(lunarYear, lunarMonth);
  if (!month) throw new RangeError(`lunar month ${lunarYear}/${lunarMonth} is outside the library's range`);
  const beijingDay = month.getFirstJulianDay() - J2000;
  const lunation = Math.floor((beijingDay + 8) / SYNODIC_MONTH);
  for (const k of [lunation - 1, lunation, lunation + 1]) {
    // shuoHigh: instant of the new moon, in days since J2000 (noon), Beijing time.
    const newMoon = ShouXingUtil.shuoHigh(k * 2 * Math.PI);
    if (Math.floor(newMoon + 0.5) !== beijingDay) continue;
    const beijingHour = (((newMoon + 0.5) % 1) + 1) % 1 * 24;
    return civilDateOfJulianDay(J2000 + beijingDay - (beijingHour < 1 ? 1 : 0));
  }
  // Before ~1960 the library takes month starts from tables rather than this formula: keep its date.
  return civilDateOfJulianDay(J2000 + beijingDay);
}

/** Solar date of a Vietnamese lunar date: `solarOfLunarVn(2025, 3, 10)` → `'2025-04-07'` (Giỗ Tổ). */
export function solarOfLunarVn(lunarYear: number, lunarMonth: number, lunarDay: number): CivilDate {
  return addDays(vietnameseMonthStart(lunarYear, lunarMonth), lunarDay - 1);
}

/** Mùng 1 Tết in Vietnam: `lunarNewYearVn(2026)` → `'2026-02-17'`. */
export function lunarNewYearVn(year: number): CivilDate {
  return solarOfLunarVn(year, 1, 1);
}

const isWeekend = (date: CivilDate): boolean => dayOfWeek(date) === 0 || dayOfWeek(date) === 6;

function proposed(date: CivilDate, kind: DayOff['kind'], nameVi: string, nameEn: string): DayOff {
  return { date, kind, nameVi, nameEn, confidence: 'weak', note: 'Đề xuất, chờ xác nhận / proposal, to be confirmed' };
}

/**
 * Proposes a year's days off from the law alone (Bộ luật Lao động 2019, Điều 112 and 111.3), for an admin
 * to confirm against the announcement. The 5 Tết days follow the usual pattern (last day of the lunar
 * year plus mùng 1–4, as in 2021–2026); a holiday on a weekend gets a compensatory day on the next working
 * day; the day next to 02/09 is 01/09 unless 03/09 is a Friday or 01/09 a weekend day. Bridge days and
 * make-up Saturdays are decided each year, so none are proposed.
 */
export function proposeCalendarYear(year: number): CalendarYear {
  const tet = lunarNewYearVn(year);
  const sep1 = `${year}-09-01`;
  const sep3 = `${year}-09-03`;
  const adjacentToNationalDay = isWeekend(sep1) || dayOfWeek(sep3) === 5 ? sep3 : sep1;
  const holidays: DayOff[] = [
    proposed(`${year}-01-01`, 'holiday', 'Tết Dương lịch', "New Year's Day"),
    ...[-1, 0, 1, 2, 3].map((offset) => proposed(addDays(tet, offset), 'tet', 'Tết Nguyên đán', 'Lunar New Year (Tết)')),
    proposed(solarOfLunarVn(year, 3, 10), 'holiday', 'Giỗ Tổ Hùng Vương', 'Hung Kings Commemoration Day'),
    proposed(`${year}-04-30`, 'holiday', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day'),
    proposed(`${year}-05-01`, 'holiday', 'Ngày Quốc tế Lao động', 'International Labour Day'),
    proposed(`${year}-09-02`, 'holiday', 'Quốc khánh', 'National Day'),
    proposed(adjacentToNationalDay, 'holiday', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)'),
  ].sort((a, b) => a.date.localeCompare(b.date));

  const taken = new Set(holidays.map((h) => h.date));
  const compensatory: DayOff[] = [];
  for (const holiday of holidays.filter((h) => isWeekend(h.date))) {
    let d = holiday.date;
    do {
      d = addDays(d, 1);
    } while (isWeekend(d) || taken.has(d));
    taken.add(d);
    compensatory.push(
      proposed(d, 'compensatory', `Nghỉ bù ${holiday.nameVi} (${formatVi(holiday.date)})`, `Compensatory day for ${holiday.nameEn} (${holiday.date})`),
    );
  }

  return {
    year,
    status: 'proposal',
    verified: false,
    source: `Đề xuất tự động từ âm lịch Việt Nam (UTC+7) và BLLĐ 2019 Điều 111–112, chưa có thông báo chính thức / generated from the Vietnamese lunar calendar and Labour Code 2019 Art. 111–112; not announced`,
    daysOff: [...holidays, ...compensatory].sort((a, b) => a.date.localeCompare(b.date)),
    makeUpDays: [],
    note: 'Chờ quản trị viên xác nhận theo thông báo của Bộ Nội vụ / awaiting admin confirmation against the Ministry of Home Affairs announcement',
  };
}
