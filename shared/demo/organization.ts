import type { Agency, Role, Unit, User } from '../organization/model.ts';
import { VN_TIME_ZONE } from '../time-zone.ts';

/**
 * Demo data modelled on a provincial Department of Science and Technology (the first user). Names of
 * people are invented; addresses use the reserved `.example` domain so no mail can leave by mistake.
 */
export const DEMO_AGENCY_ID = 'so-khcn-quang-ngai';
const domain = 'khcn-quangngai.example';

export const demoAgency: Agency = {
  agencyId: DEMO_AGENCY_ID,
  headUserId: 'u-giam-doc',
  name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
  shortName: 'Sở KH&CN',
  province: 'Quảng Ngãi',
  placeName: 'Quảng Ngãi',
  parentBody: 'UBND tỉnh Quảng Ngãi',
  timezone: VN_TIME_ZONE,
  version: 0,
};

const unit = (unitId: string, name: string, kind: Unit['kind'], headUserId?: string): Unit => ({
  agencyId: DEMO_AGENCY_ID,
  unitId,
  name,
  kind,
  ...(headUserId ? { headUserId } : {}),
  reportingEmails: [`${unitId}@${domain}`],
  active: true,
  version: 0,
});

export const demoUnits: Unit[] = [
  unit('van-phong', 'Văn phòng Sở', 'office', 'u-chanh-van-phong'),
  unit('thanh-tra', 'Thanh tra Sở', 'inspectorate', 'u-chanh-thanh-tra'),
  unit('ke-hoach-tai-chinh', 'Phòng Kế hoạch - Tài chính', 'division', 'u-truong-phong-khtc'),
  unit('quan-ly-khoa-hoc', 'Phòng Quản lý khoa học', 'division', 'u-truong-phong-qlkh'),
  unit('quan-ly-cong-nghe', 'Phòng Quản lý công nghệ và Sở hữu trí tuệ', 'division', 'u-truong-phong-qlcn'),
  unit('chuyen-doi-so', 'Phòng Chuyển đổi số và Bưu chính, Viễn thông', 'division'),
  unit('chi-cuc-tdc', 'Chi cục Tiêu chuẩn Đo lường Chất lượng', 'division'),
  unit('trung-tam-ung-dung', 'Trung tâm Ứng dụng và Dịch vụ khoa học và công nghệ', 'centre'),
  unit('cong-doan', 'Công đoàn cơ sở Sở Khoa học và Công nghệ', 'union'),
];

const user = (userId: string, fullName: string, title: string, roles: Role[], unitId?: string, language: User['language'] = 'vi'): User => ({
  agencyId: DEMO_AGENCY_ID,
  userId,
  email: `${userId.replace(/^u-/, '')}@${domain}`,
  fullName,
  title,
  roles,
  ...(unitId ? { unitId } : {}),
  language,
  conflictedUserIds: [],
  active: true,
  version: 0,
});

export const demoUsers: User[] = [
  user('u-giam-doc', 'Nguyễn Văn Thành', 'Giám đốc Sở', ['leader']),
  user('u-pho-giam-doc', 'Trần Thị Minh Hòa', 'Phó Giám đốc Sở', ['leader']),
  user('u-chanh-van-phong', 'Lê Thị Thu Hà', 'Chánh Văn phòng Sở', ['office'], 'van-phong'),
  user('u-chuyen-vien-vp', 'Phạm Quốc Bảo', 'Chuyên viên Văn phòng Sở', ['office'], 'van-phong'),
  user('u-chanh-thanh-tra', 'Võ Đình Khoa', 'Chánh Thanh tra Sở', ['inspector'], 'thanh-tra'),
  user('u-thanh-tra-vien', 'Đặng Thị Lan', 'Thanh tra viên', ['inspector'], 'thanh-tra'),
  user('u-quan-tri', 'Huỳnh Minh Tuấn', 'Quản trị hệ thống', ['admin'], 'chuyen-doi-so', 'en'),
  user('u-truong-phong-khtc', 'Bùi Văn Hùng', 'Trưởng phòng Kế hoạch - Tài chính', ['reporter'], 'ke-hoach-tai-chinh'),
  user('u-truong-phong-qlkh', 'Ngô Thị Hạnh', 'Trưởng phòng Quản lý khoa học', ['reporter'], 'quan-ly-khoa-hoc'),
  user('u-bao-cao-khtc', 'Trương Công Danh', 'Chuyên viên Phòng Kế hoạch - Tài chính', ['reporter'], 'ke-hoach-tai-chinh'),
  user('u-truong-phong-qlcn', 'Trần Minh Đức', 'Trưởng phòng Quản lý công nghệ và SHTT', ['reporter'], 'quan-ly-cong-nghe'),
  user('u-bao-cao-qlcn', 'Lý Thị Ngọc Ánh', 'Chuyên viên Phòng Quản lý công nghệ và SHTT', ['reporter'], 'quan-ly-cong-nghe'),
  user('u-chuyen-vien-qlcn', 'Lê Văn Cường', 'Chuyên viên thẩm định Phòng Quản lý công nghệ và SHTT', ['reporter'], 'quan-ly-cong-nghe'),
  user('u-bao-cao-cds', 'Phan Văn Lợi', 'Chuyên viên Phòng Chuyển đổi số', ['reporter'], 'chuyen-doi-so'),
  user('u-bao-cao-tdc', 'Đỗ Thị Kim Oanh', 'Chuyên viên Chi cục TCĐLCL', ['reporter'], 'chi-cuc-tdc'),
  user('u-bao-cao-ttud', 'Hồ Văn Nam', 'Viên chức Trung tâm Ứng dụng', ['reporter'], 'trung-tam-ung-dung'),
  user('u-bao-cao-vp', 'Mai Thị Thanh Tâm', 'Văn thư Văn phòng Sở', ['reporter'], 'van-phong'),
  user('u-bao-cao-tt', 'Dương Văn Phúc', 'Thanh tra viên (báo cáo của Thanh tra Sở)', ['reporter'], 'thanh-tra'),
];

export const demoOrganization = { agency: demoAgency, units: demoUnits, users: demoUsers };
