import { casesEn, casesVi } from '../features/cases/messages.ts';
import { compiledEn, compiledVi } from '../features/compiled/messages.ts';
import { directoryEn, directoryVi } from '../features/directory/messages.ts';
import { inboundEn, inboundVi } from '../features/inbound/messages.ts';
import { reportingEn, reportingVi } from '../features/reporting/messages.ts';
import { calendarEn, calendarVi } from '../features/calendar/messages.ts';
import { deadlinesEn, deadlinesVi } from '../features/deadlines/messages.ts';

/**
 * Every string of the interface, Vietnamese first. `en` is typed against `vi`, so a key missing from
 * either fails the type check; `test/unit/web/i18n.test.ts` also refuses extra keys and empty strings.
 * `{name}` placeholders are filled by `translate`. Here are the strings the whole app uses (the frame,
 * roles, unit kinds, errors); each feature's are in its `messages.ts`. Labels the server also writes
 * (case types, rules, sections, names) come from `shared/`, not from here: see "Labels" in
 * `docs/architecture.md`.
 */
export const vi = {
  'app.title': 'Theo dõi công tác dân vận',
  'app.loading': 'Đang tải…',
  'app.skipToContent': 'Bỏ qua, đến nội dung chính',
  'app.footer': 'Hệ thống theo dõi công tác dân vận theo Chỉ thị số 33/CT-TTg',

  'header.language': 'Ngôn ngữ',
  'header.signOut': 'Đăng xuất',
  'header.user': 'Người dùng đang đăng nhập',
  'nav.label': 'Điều hướng chính',

  'role.reporter': 'Cán bộ báo cáo của đơn vị',
  'role.office': 'Văn phòng Sở',
  'role.leader': 'Lãnh đạo Sở',
  'role.inspector': 'Thanh tra, kiểm tra công vụ',
  'role.admin': 'Quản trị hệ thống',

  'unitKind.office': 'Văn phòng',
  'unitKind.division': 'Phòng chuyên môn',
  'unitKind.inspectorate': 'Thanh tra',
  'unitKind.centre': 'Trung tâm, đơn vị sự nghiệp',
  'unitKind.union': 'Tổ chức đoàn thể',

  'signIn.title': 'Đăng nhập',
  'signIn.devIntro': 'Môi trường thử nghiệm: chọn một người dùng mẫu theo vai trò rồi bấm “Đăng nhập”.',
  'signIn.devNotice': 'Chế độ đăng nhập thử nghiệm chỉ dùng trên máy cục bộ, không dùng cho dữ liệu thật.',
  'signIn.submit': 'Đăng nhập',
  'signIn.submitting': 'Đang đăng nhập…',
  'signIn.chooseUser': 'Hãy chọn một người dùng để đăng nhập.',
  'signIn.noUsers': 'Chưa có người dùng mẫu nào.',
  'signIn.noUnit': 'Không thuộc đơn vị',
  'signIn.cognitoIntro': 'Đăng nhập bằng tài khoản do cơ quan cấp. Bạn sẽ được chuyển đến trang xác thực rồi quay lại đây.',
  'signIn.cognitoButton': 'Đăng nhập bằng tài khoản cơ quan',
  'signIn.completing': 'Đang hoàn tất đăng nhập…',
  'signIn.failed': 'Đăng nhập không thành công. Vui lòng thử lại.',
  'signIn.stateMismatch': 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.',
  'signIn.expired': 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',

  'home.welcome': 'Xin chào, {name}',
  'home.today': 'Hôm nay: {date} (giờ Việt Nam)',
  'home.intro': 'Nền tảng hỗ trợ thực hiện kế hoạch nâng cao hiệu quả công tác dân vận của {agency}, theo Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.',
  'home.aboutYou': 'Thông tin của bạn',
  'home.fullName': 'Họ và tên',
  'home.jobTitle': 'Chức vụ',
  'home.email': 'Thư điện tử',
  'home.roles': 'Vai trò',
  'home.unit': 'Đơn vị',
  'home.agency': 'Cơ quan',
  'home.noUnit': 'Không gắn với đơn vị cụ thể',
  'home.yourWork': 'Công việc của bạn',
  'home.availableNow': 'Dùng được ngay',
  'home.comingSoon': 'Sắp có',
  'home.comingSoonNote': 'Các chức năng này đang được xây dựng và sẽ xuất hiện trong thanh điều hướng khi sẵn sàng.',
  'home.summary.reporter': 'Bạn lập và gửi kế hoạch, báo cáo định kỳ và vướng mắc của {unit} đến Văn phòng Sở. Bạn chỉ thấy dữ liệu của đơn vị mình.',
  'home.summary.office': 'Văn phòng Sở theo dõi, đôn đốc các đơn vị báo cáo đúng hạn, tiếp nhận và theo dõi đơn thư của công dân, tổng hợp kết quả để báo cáo cấp trên.',
  'home.summary.leader': 'Lãnh đạo Sở theo dõi toàn bộ tình hình thực hiện, phê duyệt báo cáo tổng hợp trước khi gửi cấp trên và nhận bản tin định kỳ.',
  'home.summary.inspector': 'Bạn xử lý các vụ việc vi phạm đạo đức công vụ và đơn tố cáo được giao, theo đúng trình tự và thời hạn luật định.',
  'home.summary.admin': 'Bạn quản lý danh mục đơn vị, tài khoản người dùng, lịch nghỉ lễ, quy tắc tính thời hạn và danh sách nơi nhận báo cáo.',

  'weekday.0': 'Chủ nhật',
  'weekday.1': 'Thứ Hai',
  'weekday.2': 'Thứ Ba',
  'weekday.3': 'Thứ Tư',
  'weekday.4': 'Thứ Năm',
  'weekday.5': 'Thứ Sáu',
  'weekday.6': 'Thứ Bảy',
  'weekdayShort.0': 'CN',
  'weekdayShort.1': 'T2',
  'weekdayShort.2': 'T3',
  'weekdayShort.3': 'T4',
  'weekdayShort.4': 'T5',
  'weekdayShort.5': 'T6',
  'weekdayShort.6': 'T7',

  'access.title': 'Không có quyền truy cập',
  'access.body': 'Vai trò của bạn không được dùng trang này. Nếu bạn cần, hãy liên hệ quản trị hệ thống.',
  'notFound.title': 'Không tìm thấy trang',
  'notFound.body': 'Không có trang nào ở địa chỉ {path}.',
  'common.backHome': 'Về trang chủ',
  'common.none': 'Chưa có',

  'error.title': 'Đã xảy ra lỗi',
  'error.reference': 'Mã tra cứu lỗi: {id}',
  'error.network': 'Không kết nối được với máy chủ. Vui lòng kiểm tra mạng rồi thử lại.',
  'error.badResponse': 'Máy chủ trả về dữ liệu không đúng định dạng.',
  'error.config': 'Không đọc được cấu hình của ứng dụng (config.json).',
  'error.retry': 'Thử lại',
  ...calendarVi,
  ...deadlinesVi,
  ...reportingVi,
  ...casesVi,
  ...compiledVi,
  ...inboundVi,
  ...directoryVi,
} as const;

export type MessageKey = keyof typeof vi;
export type Dictionary = Record<MessageKey, string>;

export const en: Dictionary = {
  'app.title': 'Mass-mobilization work monitor',
  'app.loading': 'Loading…',
  'app.skipToContent': 'Skip to main content',
  'app.footer': 'Monitoring of mass-mobilization work under Directive 33/CT-TTg',

  'header.language': 'Language',
  'header.signOut': 'Sign out',
  'header.user': 'Signed-in user',
  'nav.label': 'Main navigation',

  'role.reporter': 'Unit reporter',
  'role.office': 'Department office',
  'role.leader': 'Leadership',
  'role.inspector': 'Inspector',
  'role.admin': 'Administrator',

  'unitKind.office': 'Office',
  'unitKind.division': 'Division',
  'unitKind.inspectorate': 'Inspectorate',
  'unitKind.centre': 'Centre or public service unit',
  'unitKind.union': 'Union or mass organisation',

  'signIn.title': 'Sign in',
  'signIn.devIntro': 'Development environment: choose a demo user by role, then press “Sign in”.',
  'signIn.devNotice': 'Development sign-in works only on a local machine and never with real data.',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in…',
  'signIn.chooseUser': 'Choose a user to sign in as.',
  'signIn.noUsers': 'There are no demo users.',
  'signIn.noUnit': 'No unit',
  'signIn.cognitoIntro': 'Sign in with the account issued by your agency. You will be taken to the sign-in page and brought back here.',
  'signIn.cognitoButton': 'Sign in with your agency account',
  'signIn.completing': 'Completing sign-in…',
  'signIn.failed': 'Sign-in failed. Please try again.',
  'signIn.stateMismatch': 'The sign-in session is invalid or has expired. Please sign in again.',
  'signIn.expired': 'Your session has expired. Please sign in again.',

  'home.welcome': 'Welcome, {name}',
  'home.today': 'Today: {date} (Vietnam time)',
  'home.intro': 'This platform supports the plan of {agency} to raise the effectiveness of mass-mobilization work, under the Prime Minister’s Directive 33/CT-TTg of 26/11/2021.',
  'home.aboutYou': 'About you',
  'home.fullName': 'Full name',
  'home.jobTitle': 'Title',
  'home.email': 'Email',
  'home.roles': 'Roles',
  'home.unit': 'Unit',
  'home.agency': 'Agency',
  'home.noUnit': 'Not attached to a unit',
  'home.yourWork': 'Your work',
  'home.availableNow': 'Available now',
  'home.comingSoon': 'Coming soon',
  'home.comingSoonNote': 'These functions are being built and will appear in the navigation when they are ready.',
  'home.summary.reporter': 'You prepare and send the plans, periodic reports and obstacles of {unit} to the Department office. You see only your unit’s data.',
  'home.summary.office': 'The Department office follows up the units so that reports arrive on time, registers and tracks citizens’ cases, and compiles the results for superior agencies.',
  'home.summary.leader': 'The Department’s leadership oversees the whole plan, approves compiled reports before they go to superior agencies and receives periodic digests.',
  'home.summary.inspector': 'You handle the public-duty misconduct cases and denunciations assigned to you, following the legal procedure and deadlines.',
  'home.summary.admin': 'You manage the units, user accounts, holiday calendar, deadline rules and report recipient lists.',

  'weekday.0': 'Sunday',
  'weekday.1': 'Monday',
  'weekday.2': 'Tuesday',
  'weekday.3': 'Wednesday',
  'weekday.4': 'Thursday',
  'weekday.5': 'Friday',
  'weekday.6': 'Saturday',
  'weekdayShort.0': 'Su',
  'weekdayShort.1': 'Mo',
  'weekdayShort.2': 'Tu',
  'weekdayShort.3': 'We',
  'weekdayShort.4': 'Th',
  'weekdayShort.5': 'Fr',
  'weekdayShort.6': 'Sa',

  'access.title': 'Access denied',
  'access.body': 'Your role may not use this page. If you need it, contact the system administrator.',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at {path}.',
  'common.backHome': 'Back to the home page',
  'common.none': 'None',

  'error.title': 'Something went wrong',
  'error.reference': 'Error reference: {id}',
  'error.network': 'Could not reach the server. Check the network connection and try again.',
  'error.badResponse': 'The server returned data in an unexpected format.',
  'error.config': 'Could not read the application configuration (config.json).',
  'error.retry': 'Try again',
  ...calendarEn,
  ...deadlinesEn,
  ...reportingEn,
  ...casesEn,
  ...compiledEn,
  ...inboundEn,
  ...directoryEn,
};

export const dictionaries = { vi, en } as const;
export type Language = keyof typeof dictionaries;
export const LANGUAGES: readonly Language[] = ['vi', 'en'];
