import type { Operation } from '../../shared/access/policy.ts';
import type { Role } from '../../shared/organization/model.ts';
import type { Bilingual } from './i18n/translate.ts';

/**
 * The application's pages as data. The header navigation, the route table, the home page's
 * "your work" list and the access check all read this list; a page plugs in by adding an entry and
 * registering its component in `pages.tsx`. `roles` must match the server's policy for `operations`
 * (`test/unit/web/nav.test.ts` checks it), so a role never sees an entry it cannot use.
 */
export interface NavEntry {
  id: string;
  /** Hash route, e.g. `/units` (shown as `#/units`). */
  path: string;
  /**
   * Also routes `path/{id}` (one record of the list), unless another entry claims that exact path;
   * `'nested'` routes any deeper path too (`/obligations/{id}/receipt/{version}`): the page reads it.
   */
  subpaths?: boolean | 'nested';
  label: Bilingual;
  /** One sentence for the home page: what the page is for. */
  description: Bilingual;
  roles: readonly Role[];
  /** The policy operations the page relies on; a role in `roles` is granted at least one of them. */
  operations: readonly Operation[];
  /** `planned` entries are announced on the home page but not routed nor shown in the navigation. */
  status: 'ready' | 'planned';
}

const ALL_ROLES: readonly Role[] = ['reporter', 'office', 'leader', 'inspector', 'admin'];

export const NAV: readonly NavEntry[] = [
  {
    id: 'home',
    path: '/',
    label: { vi: 'Trang chủ', en: 'Home' },
    description: { vi: 'Tổng quan về bạn, đơn vị và công việc của bạn.', en: 'An overview of you, your unit and your work.' },
    roles: ALL_ROLES,
    operations: [],
    status: 'ready',
  },
  {
    id: 'compliance',
    path: '/compliance',
    label: { vi: 'Theo dõi báo cáo', en: 'Report tracking' },
    description: {
      vi: 'Đơn vị nào đã nộp, sắp đến hạn hoặc quá hạn, theo từng kỳ báo cáo; giao báo cáo đột xuất, thêm kỳ báo cáo.',
      en: 'Which units have reported, are due soon or are late, per reporting period; ask for ad-hoc reports, add periods.',
    },
    // Leaders read the matrix; the office also asks for reports; the admin adds periods (obligation.manage).
    roles: ['office', 'leader', 'admin'],
    operations: ['compliance.read', 'obligation.manage'],
    status: 'ready',
  },
  {
    id: 'obligations',
    path: '/obligations',
    subpaths: 'nested',
    label: { vi: 'Báo cáo của đơn vị', en: 'Unit reports' },
    description: {
      vi: 'Kế hoạch, báo cáo năm, sơ kết, tổng kết và báo cáo đột xuất của các đơn vị: lập, gửi, theo dõi hạn nộp và giấy biên nhận.',
      en: 'Units’ plans, annual, mid-term, summary and ad-hoc reports: write, submit, follow the due dates and receipts.',
    },
    roles: ['reporter', 'office', 'leader'],
    operations: ['report.read'],
    status: 'ready',
  },
  {
    id: 'obstacles',
    path: '/obstacles',
    label: { vi: 'Vướng mắc', en: 'Obstacles' },
    description: {
      vi: 'Các đơn vị báo cáo phát sinh, vướng mắc trong quá trình thực hiện Kế hoạch về Văn phòng Sở.',
      en: 'Units report new issues and obstacles met while carrying out the plan to the Department office.',
    },
    roles: ['reporter', 'office', 'leader'],
    operations: ['report.read'],
    status: 'ready',
  },
  {
    id: 'cases',
    path: '/cases',
    subpaths: true,
    label: { vi: 'Đơn thư công dân', en: 'Citizen cases' },
    description: {
      vi: 'Khiếu nại, tố cáo, kiến nghị, phản ánh và yêu cầu cung cấp thông tin, với thời hạn giải quyết theo luật.',
      en: 'Complaints, denunciations, petitions, feedback and information requests, with their legal deadlines.',
    },
    roles: ['office', 'leader', 'inspector'],
    operations: ['case.read'],
    status: 'ready',
  },
  {
    id: 'case-new',
    path: '/cases/new',
    label: { vi: 'Tiếp nhận đơn', en: 'Register a case' },
    description: {
      vi: 'Nhập đơn nhận trực tiếp, qua bưu chính, thư điện tử hoặc được chuyển đến; kiểm tra thời hiệu, đơn trùng và cấp mã tra cứu cho công dân.',
      en: 'Enter a letter received in person, by post, by email or forwarded; checks the filing time limit and duplicates and gives the citizen a tracking code.',
    },
    roles: ['office'],
    operations: ['case.register'],
    status: 'ready',
  },
  {
    id: 'inbound',
    path: '/inbound',
    label: { vi: 'Thư đến chờ xử lý', en: 'Inbound mail' },
    description: {
      vi: 'Thư điện tử chưa khớp báo cáo, đáng ngờ và đơn thư công dân gửi qua thư điện tử: ghi nhận vào báo cáo, vào sổ đơn thư hoặc bỏ qua có lý do.',
      en: 'Unmatched or suspicious e-mail and citizens’ letters sent by e-mail: file into a report, register as a case, or discard with a reason.',
    },
    roles: ['office', 'admin'],
    operations: ['inbound.review'],
    status: 'ready',
  },
  {
    id: 'registers',
    path: '/registers',
    label: { vi: 'Sổ đơn thư', en: 'Registers' },
    description: {
      vi: 'Sổ tiếp công dân và sổ theo dõi xử lý đơn theo khoảng ngày, lập từ hồ sơ trên hệ thống, xuất ra Excel.',
      en: 'The register of citizens received and of petitions handled for a range of dates, built from the records, exported to Excel.',
    },
    roles: ['office', 'leader', 'inspector'],
    operations: ['case.read'],
    status: 'ready',
  },
  {
    id: 'misconduct',
    path: '/misconduct',
    // `/misconduct/new` opens a case (inspectors); `/misconduct/{id}` is one case.
    subpaths: true,
    label: { vi: 'Vi phạm công vụ', en: 'Misconduct cases' },
    description: {
      vi: 'Kiểm tra, xác minh và xử lý kỷ luật cán bộ có hành vi cửa quyền, gây phiền hà, nhũng nhiễu.',
      en: 'Inspection, verification and discipline of officials who are arbitrary with, harass or extort citizens.',
    },
    roles: ['inspector', 'leader'],
    operations: ['misconduct.read'],
    status: 'ready',
  },
  {
    id: 'compiled',
    path: '/compiled',
    subpaths: true,
    label: { vi: 'Báo cáo tổng hợp', en: 'Compiled reports' },
    description: {
      vi: 'Báo cáo tổng hợp từ báo cáo của các đơn vị và số liệu đơn thư, trình Lãnh đạo Sở duyệt trước khi gửi cấp trên.',
      en: 'Reports compiled from the units’ reports and case data, approved by the leadership before they go to superior agencies.',
    },
    roles: ['office', 'leader'],
    operations: ['compiled.prepare', 'compiled.approve'],
    status: 'ready',
  },
  {
    id: 'dashboard',
    path: '/dashboard',
    label: { vi: 'Số liệu tổng hợp', en: 'Dashboard' },
    description: {
      vi: 'Tình hình báo cáo của các đơn vị qua các năm, tiến độ giải quyết đơn thư, tỷ lệ đúng hạn và các việc quá hạn; xuất Excel, CSV.',
      en: 'The units’ reporting over the years, the citizen-case pipeline, on-time rates and overdue items; Excel and CSV export.',
    },
    roles: ['office', 'leader'],
    operations: ['compliance.read'],
    status: 'ready',
  },
  {
    id: 'alerts',
    path: '/alerts',
    label: { vi: 'Cảnh báo', en: 'Alerts' },
    description: {
      vi: 'Nhật ký cảnh báo: nhắc hạn, quá hạn, báo cấp trên về báo cáo, đơn thư và vướng mắc — gửi gì, cho ai, khi nào, vì sao.',
      en: 'The alert log: reminders, overdue notices and escalations about reports, cases and obstacles — what, to whom, when and why.',
    },
    roles: ['office', 'leader', 'admin'],
    operations: ['alerts.read'],
    status: 'ready',
  },
  {
    id: 'deadlines',
    path: '/deadlines',
    subpaths: true,
    label: { vi: 'Thời hạn', en: 'Deadlines' },
    description: {
      vi: 'Các thời hạn đang theo dõi: còn bao nhiêu ngày, cách tính và lịch sử thay đổi của từng thời hạn.',
      en: 'The deadlines being tracked: days left, how each is computed and how it has changed.',
    },
    // Every role sees this page; the server lists each user only the deadlines they may see (a unit's own for some).
    roles: ALL_ROLES,
    operations: ['deadlines.read'],
    status: 'ready',
  },
  {
    id: 'deadline-calculator',
    path: '/deadlines/calculator',
    label: { vi: 'Tính thời hạn', en: 'Deadline calculator' },
    description: {
      vi: 'Tính hạn giải quyết theo quy định, có tính ngày làm việc, ngày nghỉ lễ và gia hạn, kèm giải thích từng bước.',
      en: 'Computes a legal deadline, counting working days, public holidays and extensions, explained step by step.',
    },
    roles: ALL_ROLES,
    operations: ['deadline.preview'],
    status: 'ready',
  },
  {
    id: 'units',
    path: '/units',
    label: { vi: 'Đơn vị', en: 'Units' },
    description: {
      vi: 'Danh sách các phòng, đơn vị thuộc cơ quan và địa chỉ thư điện tử gửi báo cáo của từng đơn vị.',
      en: 'The divisions and units of the agency, with the email addresses each may report from.',
    },
    roles: ALL_ROLES,
    operations: ['organization.read'],
    status: 'ready',
  },
  {
    id: 'users',
    path: '/users',
    label: { vi: 'Người dùng', en: 'Users' },
    description: {
      vi: 'Tài khoản người dùng, vai trò và đơn vị của từng người.',
      en: 'User accounts, with each person’s roles and unit.',
    },
    roles: ['office', 'leader', 'inspector', 'admin'],
    operations: ['users.read'],
    status: 'ready',
  },
  {
    id: 'calendar',
    path: '/calendar',
    label: { vi: 'Lịch làm việc', en: 'Working calendar' },
    description: {
      vi: 'Ngày nghỉ lễ, Tết, ngày nghỉ bù và ngày làm việc bù từng năm, dùng để tính thời hạn.',
      en: 'Each year’s public holidays, Tết, days off in lieu and make-up working days used in deadline computation.',
    },
    roles: ALL_ROLES,
    operations: ['calendar.read'],
    status: 'ready',
  },
  {
    id: 'deadline-rules',
    path: '/deadline-rules',
    label: { vi: 'Quy tắc thời hạn', en: 'Deadline rules' },
    description: {
      vi: 'Thời hạn luật định cho từng loại việc: số ngày, cách tính, trường hợp vùng sâu, vùng xa và gia hạn.',
      en: 'The legal time limit of each kind of case: days, counting method, remote-area variants and extensions.',
    },
    roles: ['admin'],
    operations: ['rules.manage'],
    status: 'planned',
  },
];

export function mayUse(entry: NavEntry, roles: readonly Role[]): boolean {
  return entry.roles.some((role) => roles.includes(role));
}

/** The entries shown in the navigation for a user holding `roles`. */
export function navigationFor(roles: readonly Role[], entries: readonly NavEntry[] = NAV): NavEntry[] {
  return entries.filter((entry) => entry.status === 'ready' && mayUse(entry, roles));
}

/** The announced entries a user holding `roles` will be able to use. */
export function plannedFor(roles: readonly Role[], entries: readonly NavEntry[] = NAV): NavEntry[] {
  return entries.filter((entry) => entry.status === 'planned' && mayUse(entry, roles));
}

/**
 * The routed entry at `path`, whatever the user's roles: the caller decides between the page and "access denied".
 * `/deadlines/calculator` is its own page; `/deadlines/dl-1` is one record of `/deadlines`.
 */
export function routeFor(path: string, entries: readonly NavEntry[] = NAV): NavEntry | undefined {
  const ready = entries.filter((entry) => entry.status === 'ready');
  return (
    ready.find((entry) => entry.path === path) ??
    ready.find((entry) => entry.subpaths && /^[^/]+$/.test(path.slice(entry.path.length + 1)) && path.startsWith(`${entry.path}/`)) ??
    ready.find((entry) => entry.subpaths === 'nested' && path.startsWith(`${entry.path}/`))
  );
}

/** The record id in a sub-path of `entry`: `/deadlines/dl-1` → `dl-1`; null on the entry's own path. */
export function recordIdIn(path: string, entry: NavEntry): string | null {
  if (!entry.subpaths || !path.startsWith(`${entry.path}/`)) return null;
  const id = path.slice(entry.path.length + 1);
  return id === '' || id.includes('/') ? null : decodeURIComponent(id);
}

/** Who may edit the working calendar, import and export it: the policy's `calendar.manage` (checked in nav.test.ts). */
export const CALENDAR_MANAGERS: readonly Role[] = ['admin'];

export function mayManageCalendar(roles: readonly Role[]): boolean {
  return roles.some((role) => CALENDAR_MANAGERS.includes(role));
}

/** Who may create and change units and users, and set the head of the agency: the policy's `organization.manage` (checked in nav.test.ts). */
export const DIRECTORY_MANAGERS: readonly Role[] = ['admin'];

export function mayManageDirectory(roles: readonly Role[]): boolean {
  return roles.some((role) => DIRECTORY_MANAGERS.includes(role));
}

/** Who may list the agency's users (the policy's `users.read`, checked in nav.test.ts): to show names, not ids. */
export const USER_READERS: readonly Role[] = ['office', 'leader', 'inspector', 'admin'];

export function mayListUsers(roles: readonly Role[]): boolean {
  return roles.some((role) => USER_READERS.includes(role));
}
