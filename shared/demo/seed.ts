import type { Actor } from '../access/policy.ts';
import type { CaseRegistrationInput } from '../cases/model.ts';
import type { Clock } from '../clock.ts';
import type { Onboarding } from '../organization/administration.ts';
import type { Services } from '../platform/container.ts';
import { DEMO_AGENCY_ID, demoOrganization } from './organization.ts';
import { demoRecipientLists } from './recipients.ts';
import { demoReportingPlan } from './reporting-plan.ts';
import { localDate, localInstant } from '../time-zone.ts';

const at = (now: Date, daysAgo: number, hour: number) => {
  return localInstant(localDate(now.getTime() - daysAgo * 86_400_000), `${String(hour).padStart(2, '0')}:00`);
};

/** Citizen cases the demo office is handling, received in the days before the seed date. */
function demoCases(now: Date): CaseRegistrationInput[] {
  return [
    {
      type: 'khieu-nai-lan-1',
      channel: 'truc-tiep',
      receivedAt: at(now, 6, 9),
      petitioner: { name: 'Nguyễn Thị Mai', address: 'Thôn 3, xã Tịnh Kỳ, Quảng Ngãi', phone: '0905123456' },
      subject: 'Khiếu nại quyết định xử phạt trong lĩnh vực đo lường (mẫu)',
      content: 'Tôi khiếu nại quyết định xử phạt vì cân điện tử của cửa hàng đã được kiểm định còn hạn.',
      unitConcerned: { unitId: 'chi-cuc-tdc' },
      filingFacts: { actKnownOn: at(now, 20, 9).slice(0, 10) },
      handlerUserId: 'u-chuyen-vien-vp',
    },
    {
      type: 'to-cao',
      channel: 'buu-chinh',
      receivedAt: at(now, 3, 10),
      petitioner: { name: 'Trần Văn Bình', address: 'Phường Nghĩa Chánh, Quảng Ngãi', phone: '0914222333' },
      subject: 'Tố cáo hành vi gây phiền hà khi thẩm định hồ sơ (mẫu)',
      content: 'Cán bộ thẩm định yêu cầu bổ sung giấy tờ không có trong quy định và hẹn nhiều lần.',
      officialConcerned: { kind: 'directory', userId: 'u-chuyen-vien-qlcn' },
      handlerUserId: 'u-chanh-thanh-tra',
    },
    {
      type: 'yeu-cau-thong-tin',
      channel: 'email',
      receivedAt: at(now, 1, 14),
      petitioner: { name: 'Phạm Quốc Việt', address: 'Thành phố Quảng Ngãi', email: 'viet.pham@example.com' },
      subject: 'Yêu cầu cung cấp danh mục nhiệm vụ KH&CN cấp tỉnh năm 2026 (mẫu)',
      content: 'Đề nghị cung cấp danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh được phê duyệt năm 2026.',
      handlerUserId: 'u-chuyen-vien-vp',
    },
    {
      type: 'to-cao',
      channel: 'web',
      receivedAt: at(now, 2, 20),
      anonymous: true,
      subject: 'Tố cáo nặc danh về việc nhận quà khi nghiệm thu (mẫu)',
      content: 'Có cán bộ nhận quà của đơn vị chủ trì khi nghiệm thu đề tài.',
    },
  ];
}

/** The demo directory as onboarding takes it: the same use case an administrator's first agency goes through. */
const demoOnboarding = (): Onboarding => ({
  agency: demoOrganization.agency,
  units: demoOrganization.units.map(({ unitId, name, kind, headUserId, reportingEmails }) => ({ unitId, name, kind, reportingEmails, ...(headUserId ? { headUserId } : {}) })),
  users: demoOrganization.users.map(({ userId, email, fullName, title, roles, unitId, language, conflictedUserIds }) => ({ userId, email, fullName, roles, language, conflictedUserIds, ...(title ? { title } : {}), ...(unitId ? { unitId } : {}) })),
});

/**
 * Seeds the demo agency: its directory (through onboarding), the national working calendar, the reporting plan with every
 * unit's obligations, and a few citizen cases with their deadlines.
 * Creates only what is missing, so a restart neither duplicates nor overwrites; returns how many
 * records it created.
 */
export async function seedDemo(services: Services, clock: Clock): Promise<number> {
  let { created } = await services.administration.onboard('system', demoOnboarding(), 'Khởi tạo dữ liệu mẫu / Demo seed');
  created += await services.calendars.seedDefaults(DEMO_AGENCY_ID);
  created += await services.reporting.installPlan(demoReportingPlan, demoOrganization.units.map((u) => u.unitId), 'system');
  created += await services.compiledReports.installRecipientLists(DEMO_AGENCY_ID, demoRecipientLists);
  // Cases get generated ids, so a demo case is known by its subject (each ends in “(mẫu)”): a restart adds none.
  const present = new Set((await services.caseRepository.list(DEMO_AGENCY_ID)).map((c) => c.subject));
  const office: Actor = { userId: 'u-chanh-van-phong', email: 'chanh-van-phong@khcn-quangngai.example', agencyId: DEMO_AGENCY_ID, roles: ['office'], unitId: 'van-phong' };
  for (const registration of demoCases(clock.now()).filter((c) => !present.has(c.subject))) {
    const { case: registered } = await services.cases.register(office, registration);
    created += 1;
    if (registration.type === 'khieu-nai-lan-1') {
      await services.cases.command(office, registered.id, registered.version, { type: 'accept', documentRef: 'TB 21/TB-SKHCN' });
    }
  }
  return created;
}
