import type { RecordFigure, ReportingPlan, SectionDefinition } from '../reporting/model.ts';
import { DEMO_AGENCY_ID } from './organization.ts';
import { localInstant } from '../time-zone.ts';

const metric = (id: string, labelVi: string, labelEn: string, fromRecords?: RecordFigure) => ({ id, labelVi, labelEn, ...(fromRecords ? { fromRecords } : {}) });

/** The plan's section II, items 1–7, with the numbers product.md suggests. A new plan changes this data, not code. */
export const PLAN_SECTIONS: SectionDefinition[] = [
  {
    id: 'quan-triet',
    titleVi: '1. Quán triệt và thể chế hóa chủ trương, chính sách về công tác dân vận',
    titleEn: '1. Briefing on and institutionalising the policies on mass mobilization',
    metrics: [
      metric('van-ban-ban-hanh', 'Văn bản, kế hoạch đã ban hành', 'Documents and plans issued'),
      metric('buoi-quan-triet', 'Buổi quán triệt, phổ biến', 'Briefing sessions'),
      metric('luot-tham-du', 'Lượt cán bộ tham dự', 'Staff attending'),
    ],
  },
  {
    id: 'tuyen-truyen',
    titleVi: '2. Tuyên truyền, giáo dục nâng cao nhận thức về công tác dân vận',
    titleEn: '2. Outreach and education on mass mobilization',
    metrics: [
      metric('tin-bai', 'Tin, bài đăng trên Trang thông tin điện tử', 'News items on the website'),
      metric('buoi-tuyen-truyen', 'Buổi tuyên truyền', 'Outreach sessions'),
      metric('luot-nguoi', 'Lượt người được tuyên truyền', 'People reached'),
    ],
  },
  {
    id: 'dan-van-kheo',
    titleVi: '3. Phong trào thi đua “Dân vận khéo”',
    titleEn: '3. The “Skilful mass mobilization” emulation movement',
    metrics: [
      metric('mo-hinh-dang-ky', 'Mô hình đăng ký', 'Models registered'),
      metric('mo-hinh-cong-nhan', 'Mô hình được công nhận', 'Models recognised'),
      metric('dien-hinh', 'Cá nhân, tập thể điển hình', 'Exemplary individuals and collectives'),
      metric('khen-thuong', 'Khen thưởng', 'Awards'),
    ],
  },
  {
    id: 'cai-cach-hanh-chinh',
    titleVi: '4. Cải cách hành chính, phát huy dân chủ, công khai, minh bạch',
    titleEn: '4. Administrative reform, democracy, openness and transparency',
    metrics: [
      metric('ho-so-tiep-nhan', 'Hồ sơ thủ tục hành chính tiếp nhận', 'Procedure files received'),
      metric('ho-so-dung-han', 'Hồ sơ giải quyết đúng hạn', 'Files resolved on time'),
      metric('truc-tuyen-toan-trinh', 'Hồ sơ trực tuyến toàn trình', 'Files handled fully online'),
      metric('chuyen-doi-so', 'Nhiệm vụ chuyển đổi số hoàn thành', 'Digital-transformation items completed'),
    ],
  },
  {
    id: 'dao-duc-cong-vu',
    titleVi: '5. Đạo đức công vụ, văn hóa công sở; kiểm tra, xử lý vi phạm',
    titleEn: '5. Public-service ethics and office culture; inspection and handling of violations',
    metrics: [
      metric('kiem-tra-cong-vu', 'Cuộc kiểm tra công vụ', 'Duty inspections'),
      metric('vi-pham', 'Vi phạm phát hiện', 'Violations found'),
      metric('xu-ly-ky-luat', 'Trường hợp xử lý kỷ luật', 'Disciplinary actions'),
    ],
  },
  {
    id: 'tiep-cong-dan',
    titleVi: '6. Tiếp cận thông tin, tiếp công dân, giải quyết đơn thư',
    titleEn: '6. Access to information, citizen reception, complaints and petitions',
    metrics: [
      metric('buoi-tiep-dan', 'Buổi tiếp công dân', 'Citizen reception sessions'),
      metric('don-nhan', 'Đơn khiếu nại, tố cáo, kiến nghị, yêu cầu thông tin đã nhận', 'Complaints, denunciations, petitions and information requests received', 'cases-received'),
      metric('don-giai-quyet', 'Đơn đã giải quyết', 'Resolved', 'cases-resolved'),
      metric('don-dung-han', 'Đơn giải quyết đúng hạn', 'Resolved on time', 'cases-resolved-on-time'),
    ],
  },
  {
    id: 'giam-sat-phan-bien',
    titleVi: '7. Phối hợp với Mặt trận Tổ quốc và các đoàn thể giám sát, phản biện xã hội',
    titleEn: '7. Supervision and social critique with the Fatherland Front and mass organisations',
    metrics: [
      metric('hoat-dong-giam-sat', 'Hoạt động giám sát, phản biện', 'Supervision and critique activities'),
      metric('y-kien-nhan', 'Ý kiến góp ý nhận được', 'Opinions received'),
      metric('y-kien-tiep-thu', 'Ý kiến được tiếp thu, giải quyết', 'Opinions acted on'),
    ],
  },
];

const before = (date: string) => localInstant(date);
const annual = (year: number) => ({
  templateId: `bao-cao-nam-${year}`,
  kind: 'annual' as const,
  titleVi: `Báo cáo năm ${year}`,
  titleEn: `Annual report ${year}`,
  dueInstant: before(`${year}-11-05`),
  periodFrom: `${year - 1}-12-15`,
  periodTo: `${year}-12-14`,
});

/** Kế hoạch triển khai nâng cao hiệu quả công tác dân vận của Sở KH&CN (III.2): the seed plan's calendar. */
export const demoReportingPlan: ReportingPlan = {
  agencyId: DEMO_AGENCY_ID,
  planId: 'dan-van-2021-2025',
  titleVi: 'Kế hoạch triển khai thực hiện nâng cao hiệu quả công tác dân vận trong tình hình mới',
  titleEn: 'Plan to raise the effectiveness of mass-mobilization work',
  reference: 'Thực hiện Chỉ thị 33/CT-TTg ngày 26/11/2021 và Kế hoạch 175/KH-UBND ngày 21/12/2021',
  sections: PLAN_SECTIONS,
  templates: [
    {
      templateId: 'ke-hoach-trien-khai',
      kind: 'implementation-plan',
      titleVi: 'Kế hoạch triển khai tại đơn vị',
      titleEn: 'Unit implementation plan',
      // Set by the office when the plan was issued (III.2 gives no date).
      dueInstant: before('2022-02-15'),
    },
    annual(2022),
    { ...annual(2023) },
    {
      templateId: 'bao-cao-so-ket-2023',
      kind: 'mid-term',
      titleVi: 'Báo cáo sơ kết',
      titleEn: 'Mid-term report',
      dueInstant: before('2023-11-05'),
      periodFrom: '2021-12-21',
      periodTo: '2023-10-31',
    },
    annual(2024),
    {
      templateId: 'bao-cao-tong-ket-2025',
      kind: 'final',
      titleVi: 'Báo cáo tổng kết 05 năm',
      titleEn: 'Five-year summary report',
      dueInstant: before('2025-10-25'),
      periodFrom: '2021-12-21',
      periodTo: '2025-10-15',
    },
    annual(2025),
    annual(2026),
  ],
  dueSoonDays: 14,
  missingAfterDays: 30,
  version: 0,
};
