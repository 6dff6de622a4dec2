import type { Clock } from '../clock.ts';
import type { Services } from '../platform/container.ts';
import { DEMO_AGENCY_ID, demoOrganization } from './organization.ts';
import { demoReportingPlan } from './reporting-plan.ts';

const localDate = (at: Date, daysAgo: number) => new Date(at.getTime() + 7 * 3600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);

/** Citizen matters the demo office is handling, received a few days before the seed date. */
function demoDeadlines(now: Date) {
  return [
    {
      deadlineId: 'demo-kien-nghi-1',
      subject: { kind: 'case' as const, id: 'demo-kien-nghi-1', title: 'Đơn kiến nghị về thủ tục đăng ký hoạt động khoa học và công nghệ (mẫu)', unitId: 'van-phong' },
      assignees: ['u-chuyen-vien-vp'],
      input: { ruleId: 'kien-nghi/xu-ly-don', trigger: localDate(now, 3) },
    },
    {
      deadlineId: 'demo-to-cao-1',
      subject: { kind: 'case' as const, id: 'demo-to-cao-1', title: 'Đơn tố cáo hành vi gây phiền hà khi thẩm định hồ sơ (mẫu)', unitId: 'thanh-tra' },
      assignees: ['u-chanh-thanh-tra'],
      input: { ruleId: 'to-cao/thu-ly', trigger: localDate(now, 2) },
    },
    {
      deadlineId: 'demo-tiep-can-1',
      subject: { kind: 'case' as const, id: 'demo-tiep-can-1', title: 'Yêu cầu cung cấp thông tin về kết quả nhiệm vụ KH&CN cấp tỉnh (mẫu)', unitId: 'van-phong' },
      assignees: ['u-chuyen-vien-vp'],
      input: { ruleId: 'tiep-can-thong-tin/don-gian', trigger: localDate(now, 1) },
    },
    {
      deadlineId: 'demo-khieu-nai-1',
      subject: { kind: 'case' as const, id: 'demo-khieu-nai-1', title: 'Khiếu nại lần đầu về quyết định xử phạt trong lĩnh vực đo lường (mẫu)', unitId: 'thanh-tra' },
      assignees: ['u-chanh-thanh-tra', 'u-thanh-tra-vien'],
      input: { ruleId: 'khieu-nai/lan-1', trigger: localDate(now, 10) },
    },
  ];
}

/**
 * Seeds the demo agency: organization, the national working calendar, the reporting plan with every
 * unit's obligations, and a few tracked deadlines.
 * Creates only what is missing, so a restart neither duplicates nor overwrites; returns how many
 * records it created.
 */
export async function seedDemo(services: Services, clock: Clock): Promise<number> {
  let created = await services.organizationRepository.createMissing(demoOrganization);
  created += await services.calendars.seedDefaults(DEMO_AGENCY_ID);
  created += await services.reporting.installPlan(demoReportingPlan, 'system');
  for (const demo of demoDeadlines(clock.now())) {
    const result = await services.deadlines.track({
      agencyId: DEMO_AGENCY_ID,
      deadlineId: demo.deadlineId,
      subject: demo.subject,
      assignees: demo.assignees,
      basis: { type: 'rule', input: demo.input },
      by: 'system',
    });
    if (result.created) created += 1;
  }
  return created;
}
