import { addDays } from '../civil-date.ts';
import type { CalendarDataInput, CalendarYear, DayOff, DayOffKind, MakeUpDay } from '../calendar.ts';
import { VN_TIME_ZONE } from '../../time-zone.ts';

/*
 * Official days off for public servants, 2021–2026, exactly as in docs/legal-rules.md (from press reports
 * of the official decisions). Weekend days inside a block are listed too, so a trace names the holiday
 * rather than "Saturday". 2027 had not been announced: it is a lunar-calendar proposal for an admin to confirm.
 */

type Name = readonly [vi: string, en: string];
const NEW_YEAR: Name = ['Tết Dương lịch', "New Year's Day"];
const TET: Name = ['Tết Nguyên đán', 'Lunar New Year (Tết)'];
const HUNG_KINGS: Name = ['Giỗ Tổ Hùng Vương', 'Hung Kings Commemoration Day'];
const REUNIFICATION: Name = ['Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day'];
const LABOUR: Name = ['Ngày Quốc tế Lao động', 'International Labour Day'];
const NATIONAL: Name = ['Quốc khánh', 'National Day'];
const APRIL_MAY: Name = ['Nghỉ lễ 30/4 và 1/5', 'Reunification Day and Labour Day break'];
const NATIONAL_BREAK: Name = ['Nghỉ lễ Quốc khánh', 'National Day break'];

interface DayOpts {
  kind?: DayOffKind;
  weak?: boolean;
  note?: string;
}

function one(date: string, [nameVi, nameEn]: Name, opts: DayOpts = {}): DayOff {
  return {
    date,
    nameVi,
    nameEn,
    kind: opts.kind ?? 'holiday',
    confidence: opts.weak ? 'weak' : 'strong',
    ...(opts.note ? { note: opts.note } : {}),
  };
}

/** Every day of `[from, to]` under one name; `special` overrides single days (compensatory, bridge, …). */
function block(from: string, to: string, name: Name, opts: DayOpts, special: Record<string, [Name, DayOpts]> = {}): DayOff[] {
  const days: DayOff[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const override = special[d];
    days.push(override ? one(d, override[0], { ...opts, ...override[1] }) : one(d, name, opts));
  }
  return days;
}

const compensatory = (forWhat: string, forWhatEn: string, weak = false): [Name, DayOpts] => [
  [`Nghỉ bù ${forWhat}`, `Compensatory day off for ${forWhatEn}`],
  { kind: 'compensatory', weak },
];
const bridge = (paidBack: string): [Name, DayOpts] => [
  ['Nghỉ hoán đổi', `Bridge day off (worked on ${paidBack})`],
  { kind: 'bridge' },
];
const makeUp = (date: string, replaces: string): MakeUpDay => ({
  date,
  nameVi: `Làm bù cho ngày nghỉ hoán đổi ${replaces.split('-').reverse().join('/')}`,
  nameEn: `Make-up working day for the bridge day ${replaces}`,
  replaces,
});

const YEARS: CalendarYear[] = [
  {
    year: 2021,
    status: 'official',
    verified: false,
    source: 'hanoimoi.vn (Tết), vietnamnet (Quốc khánh); 01/01 và 03/05 chỉ một nguồn yếu / 01/01 and 03/05 from one weak source',
    daysOff: [
      one('2021-01-01', NEW_YEAR, { weak: true }),
      ...block('2021-02-10', '2021-02-16', TET, { kind: 'tet' }),
      one('2021-04-21', HUNG_KINGS),
      ...block('2021-04-30', '2021-05-03', APRIL_MAY, { weak: true }, {
        '2021-05-03': compensatory('Quốc tế Lao động (thứ Bảy 01/05)', 'Labour Day (Saturday 01/05)', true),
      }),
      ...block('2021-09-02', '2021-09-05', NATIONAL_BREAK, {}, { '2021-09-02': [NATIONAL, {}] }),
    ],
    makeUpDays: [],
    note: 'Không tìm thấy ngày làm bù / no make-up working day found',
  },
  {
    year: 2022,
    status: 'official',
    verified: true,
    source: 'bnews.vn, qbtv.vn, vietnambiz.vn',
    daysOff: [
      ...block('2022-01-01', '2022-01-03', NEW_YEAR, {}, {
        '2022-01-03': compensatory('Tết Dương lịch (thứ Bảy 01/01)', "New Year's Day (Saturday 01/01)"),
      }),
      ...block('2022-01-29', '2022-02-06', TET, { kind: 'tet' }),
      ...block('2022-04-09', '2022-04-11', HUNG_KINGS, {}, {
        '2022-04-11': compensatory('Giỗ Tổ Hùng Vương (Chủ nhật 10/04)', 'Hung Kings Day (Sunday 10/04)'),
      }),
      ...block('2022-04-30', '2022-05-03', APRIL_MAY, {}, {
        '2022-05-02': compensatory('30/4 (thứ Bảy)', '30/04 (Saturday)'),
        '2022-05-03': compensatory('1/5 (Chủ nhật)', '01/05 (Sunday)'),
      }),
      ...block('2022-09-01', '2022-09-04', NATIONAL_BREAK, {}, { '2022-09-02': [NATIONAL, {}] }),
    ],
    makeUpDays: [],
  },
  {
    year: 2023,
    status: 'official',
    verified: false,
    source: 'CV 8056/VPCP-KGVX (01/12/2022), th389.vn, kinhtedothi.vn; 31/12/2022–02/01/2023 chỉ một nguồn yếu / from one weak source',
    daysOff: [
      ...block('2022-12-31', '2023-01-02', NEW_YEAR, { weak: true }, {
        '2023-01-02': compensatory('Tết Dương lịch (Chủ nhật 01/01)', "New Year's Day (Sunday 01/01)", true),
      }),
      ...block('2023-01-20', '2023-01-26', TET, { kind: 'tet' }),
      ...block('2023-04-29', '2023-05-03', APRIL_MAY, {}, {
        '2023-04-29': [HUNG_KINGS, {}],
        '2023-04-30': [REUNIFICATION, {}],
        '2023-05-01': [LABOUR, {}],
        '2023-05-02': compensatory('Giỗ Tổ (thứ Bảy 29/04)', 'Hung Kings Day (Saturday 29/04)'),
        '2023-05-03': compensatory('30/4 (Chủ nhật)', '30/04 (Sunday)'),
      }),
      ...block('2023-09-01', '2023-09-04', NATIONAL_BREAK, {}, {
        '2023-09-02': [NATIONAL, {}],
        '2023-09-04': compensatory('Quốc khánh (thứ Bảy 02/09)', 'National Day (Saturday 02/09)'),
      }),
    ],
    makeUpDays: [],
  },
  {
    year: 2024,
    status: 'official',
    verified: true,
    source: 'congan.com.vn, vietnamplus',
    daysOff: [
      one('2024-01-01', NEW_YEAR),
      ...block('2024-02-08', '2024-02-14', TET, { kind: 'tet' }),
      one('2024-04-18', HUNG_KINGS),
      ...block('2024-04-27', '2024-05-01', APRIL_MAY, {}, {
        '2024-04-29': bridge('Saturday 04/05/2024'),
        '2024-04-30': [REUNIFICATION, {}],
        '2024-05-01': [LABOUR, {}],
      }),
      ...block('2024-08-31', '2024-09-03', NATIONAL_BREAK, {}, { '2024-09-02': [NATIONAL, {}] }),
    ],
    makeUpDays: [makeUp('2024-05-04', '2024-04-29')],
  },
  {
    year: 2025,
    status: 'official',
    verified: true,
    source: 'vietnamplus, tet-amlich.com',
    daysOff: [
      one('2025-01-01', NEW_YEAR),
      ...block('2025-01-25', '2025-02-02', TET, { kind: 'tet' }),
      one('2025-04-07', HUNG_KINGS),
      ...block('2025-04-30', '2025-05-04', APRIL_MAY, {}, {
        '2025-04-30': [REUNIFICATION, {}],
        '2025-05-01': [LABOUR, {}],
        '2025-05-02': bridge('Saturday 26/04/2025'),
      }),
      ...block('2025-08-30', '2025-09-02', NATIONAL_BREAK, {}, { '2025-09-02': [NATIONAL, {}] }),
    ],
    makeUpDays: [makeUp('2025-04-26', '2025-05-02')],
  },
  {
    year: 2026,
    status: 'official',
    verified: true,
    source:
      'CV 12729/VPCP-KGVX (25/12/2025, Tết Dương lịch), CV 9859/VPCP-KGVX (13/10/2025, Tết và Quốc khánh), thanhnien.vn (Giỗ Tổ, 30/4)',
    daysOff: [
      ...block('2026-01-01', '2026-01-04', NEW_YEAR, {}, { '2026-01-02': bridge('Saturday 10/01/2026') }),
      ...block('2026-02-14', '2026-02-22', TET, { kind: 'tet' }),
      ...block('2026-04-25', '2026-04-27', HUNG_KINGS, {}, {
        '2026-04-27': compensatory('Giỗ Tổ Hùng Vương (Chủ nhật 26/04)', 'Hung Kings Day (Sunday 26/04)'),
      }),
      ...block('2026-04-30', '2026-05-03', APRIL_MAY, {}, {
        '2026-04-30': [REUNIFICATION, {}],
        '2026-05-01': [LABOUR, {}],
      }),
      ...block('2026-08-29', '2026-09-02', NATIONAL_BREAK, {}, {
        '2026-08-31': bridge('Saturday 22/08/2026'),
        '2026-09-02': [NATIONAL, {}],
      }),
    ],
    makeUpDays: [makeUp('2026-01-10', '2026-01-02'), makeUp('2026-08-22', '2026-08-31')],
    note: '24/11 (Ngày Văn hóa Việt Nam) không phải ngày nghỉ năm 2026 / 24/11 was not a day off in 2026',
  },
  // The lunar-calendar proposal for 2027 (proposeCalendarYear(2027)), written out so the default calendar
  // does not load the lunar library; holidays.test.ts checks the two stay equal.
  {
    year: 2027,
    status: "proposal",
    verified: false,
    source: "Đề xuất tự động từ âm lịch Việt Nam (UTC+7) và BLLĐ 2019 Điều 111–112, chưa có thông báo chính thức / generated from the Vietnamese lunar calendar and Labour Code 2019 Art. 111–112; not announced",
    daysOff: [
      {
        date: "2027-01-01",
        kind: "holiday",
        nameVi: "Tết Dương lịch",
        nameEn: "New Year's Day",
        confidence: "weak",
        note: "Đề xuất, chờ xác nhận / proposal, to be confirmed"
      },
      {
        date: "2027-02-05",
        kind: "tet",
        nameVi: "Tết Nguyên đán",
        nameEn: "Lunar New Year (Tết)",
        confidence: "weak",
        note: "Đề xuất, chờ xác nhận / proposal, to be confirmed"
      },
      {
        date: "2027-02-06",
        kind: "tet",
        nameVi: "Tết Nguyên đán",
        nameEn: "Lunar New Year (Tết)",
        confidence: "weak",
        note: "Đề xuất, chờ xác nhận / proposal, to be confirmed"
      },
      {
        date: "2027-02-07",
        kind: "tet",
        nameVi: "Tết Nguyên đán",
        nameEn: "Lunar New Year (Tết)",
        confidence: "weak",
        note: "Đề xuất, chờ xác nhận / proposal, to be confirmed"
      },
      {
        date: "2027-02-08",
        kind: "tet",
        nameVi: "Tết Nguyên đán",
        nameEn: "Lunar New Year (Tết)",
        confidence: "weak",
        note: "Đề xuất, chờ xác nhận / proposal, to be confirmed"
      },
      {
        date: "2027-02-09",
        kind: "tet",
        nameVi: "Tết Nguyên đán",
        nameEn: "Lunar New Year (Tết)",
        confidence: "weak",
        note: "Đề xuất, chờ xác nhận / proposal, to be confirmed"
      },
      {
        date: "2027-02-10",
        kind: "compensatory",
        nameVi: "Nghỉ bù Tết Nguyên đán (06/02/2027)",
        nameEn: "Compensatory day for Lunar New Year (Tết) (2027-02-06)",
        confidence: "weak",
        note: "Đề xuất, chờ xác nhận / proposal, to be confirmed"
      },
      {
        date: "2027-02-11",
        kind: "compensatory",
        nameVi: "Nghỉ bù Tết Nguyên đán (07/02/2027)",
        nameEn: "Compensatory day for Lunar New Year (Tết) (2027-02-07)",
        confidence: "weak",
        note: "Đề xuất, chờ xác nhận / proposal, to be confirmed"
      },
      {
        date: "2027-04-16",
        kind: "holiday",
        nameVi: "Giỗ Tổ Hùng Vương",
        nameEn: "Hung Kings Commemoration Day",
        confidence: "weak",
        note: "Đề xuất, chờ xác nhận / proposal, to be confirmed"
      },
      {
        date: "2027-04-30",
        kind: "holiday",
        nameVi: "Ngày Giải phóng miền Nam, thống nhất đất nước",
        nameEn: "Reunification Day",
        confidence: "weak",
        note: "Đề xuất, chờ xác nhận / proposal, to be confirmed"
      },
      {
        date: "2027-05-01",
        kind: "holiday",
        nameVi: "Ngày Quốc tế Lao động",
        nameEn: "International Labour Day",
        confidence: "weak",
        note: "Đề xuất, chờ xác nhận / proposal, to be confirmed"
      },
      {
        date: "2027-05-03",
        kind: "compensatory",
        nameVi: "Nghỉ bù Ngày Quốc tế Lao động (01/05/2027)",
        nameEn: "Compensatory day for International Labour Day (2027-05-01)",
        confidence: "weak",
        note: "Đề xuất, chờ xác nhận / proposal, to be confirmed"
      },
      {
        date: "2027-09-02",
        kind: "holiday",
        nameVi: "Quốc khánh",
        nameEn: "National Day",
        confidence: "weak",
        note: "Đề xuất, chờ xác nhận / proposal, to be confirmed"
      },
      {
        date: "2027-09-03",
        kind: "holiday",
        nameVi: "Quốc khánh (ngày liền kề)",
        nameEn: "National Day (adjacent day)",
        confidence: "weak",
        note: "Đề xuất, chờ xác nhận / proposal, to be confirmed"
      }
    ],
    makeUpDays: [],
    note: "Chờ quản trị viên xác nhận theo thông báo của Bộ Nội vụ / awaiting admin confirmation against the Ministry of Home Affairs announcement"
  } satisfies CalendarYear,
];

/** Default calendar data of a Vietnamese state agency, 2021–2027 (2027 = proposal). */
export function vnCalendarData(agencyId = 'default'): CalendarDataInput {
  return { agencyId, timeZone: VN_TIME_ZONE, years: structuredClone(YEARS) };
}
