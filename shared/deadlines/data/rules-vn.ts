import type { RuleInput, RuleSetData } from '../rules.ts';

/*
 * Default legal time limits (docs/legal-rules.md). Every value is data an admin can correct; rules
 * marked `verified: false` are defaults the doc flags as unverified or that we carried over a change of
 * law without reading the new text.
 */

const KHIEU_NAI = 'Luật Khiếu nại 2011 (02/2011/QH13)';
const KHIEU_NAI_2026 = 'Luật Khiếu nại 2011, sửa đổi bởi Luật 136/2025/QH15; NĐ 124/2020/NĐ-CP sửa đổi bởi NĐ 155/2026/NĐ-CP';
const TO_CAO = 'Luật Tố cáo 2018 (25/2018/QH14)';
const TIEP_CAN = 'Luật Tiếp cận thông tin 2016 (104/2016/QH13)';
const NEW_ACCESS_LAW = '2026-09-01';
const LAW_136_2025 = '2026-07-01';

const thuLyKhieuNai = { vi: 'ngày nhận được khiếu nại', en: 'receipt of the complaint' };
const thuLy = { vi: 'ngày thụ lý', en: 'the thụ lý (acceptance) decision' };
const validRequest = { vi: 'ngày nhận yêu cầu hợp lệ', en: 'receipt of a valid request' };

const complaintVariants = (complex: number, remote: number, remoteComplex: number) => ({
  complex: { period: complex, descriptionVi: 'vụ việc phức tạp' },
  remote: { period: remote, descriptionVi: 'vùng sâu, vùng xa, đi lại khó khăn' },
  'remote-complex': {
    period: remoteComplex,
    descriptionVi: 'vùng sâu, vùng xa và phức tạp',
    combines: ['remote', 'complex'],
  },
});

/** The same rule from `date` on, under a law we have not read: carried over and flagged unverified. */
function carriedOver(rule: RuleInput, date: string, law: string): RuleInput[] {
  const dayBefore = new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return [
    { ...rule, effectiveUntil: dayBefore },
    {
      ...rule,
      version: date,
      effectiveFrom: date,
      effectiveUntil: null,
      verified: false,
      note: `Từ ${date.split('-').reverse().join('/')} áp dụng ${law}; thời hạn giữ nguyên từ phiên bản trước, chưa đối chiếu văn bản mới / carried over from the previous version; not yet checked against the new text`,
    },
  ];
}

const complaintRule = (
  id: 'khieu-nai/lan-1' | 'khieu-nai/lan-2',
  article: string,
  titles: [string, string],
  [period, complex, remote, remoteComplex]: [number, number, number, number],
): RuleInput[] => {
  const base = {
    id,
    titleVi: titles[0],
    titleEn: titles[1],
    period,
    unit: 'calendar-days' as const,
    trigger: thuLy,
    variants: complaintVariants(complex, remote, remoteComplex),
    verified: true,
  };
  return [
    {
      ...base,
      version: '2012-07-01',
      suspension: false,
      source: { law: KHIEU_NAI, article },
      effectiveFrom: '2012-07-01',
      effectiveUntil: '2026-06-30',
    },
    {
      ...base,
      version: LAW_136_2025,
      // Tạm đình chỉ việc giải quyết khiếu nại exists only from 01/07/2026.
      suspension: true,
      source: { law: KHIEU_NAI_2026, article: `${article}; Điều 11a (Luật 136/2025/QH15); NĐ 155/2026 Điều 28a–28b` },
      effectiveFrom: LAW_136_2025,
      effectiveUntil: null,
      verified: false,
      note: 'Thời hạn giữ như Luật 2011; chưa đối chiếu NĐ 155/2026 / periods as in the 2011 Law; not yet checked against NĐ 155/2026',
    },
  ];
};

const discipline = {
  id: 'ky-luat/xu-ly',
  titleVi: 'Thời hạn xử lý kỷ luật',
  titleEn: 'Time limit to conclude a disciplinary case',
  period: 90,
  unit: 'calendar-days',
  trigger: { vi: 'ngày phát hiện hành vi vi phạm', en: 'discovery of the violation' },
  variants: { complex: { period: 150, descriptionVi: 'vụ việc phức tạp' } },
  verified: false,
} as const;

const RULES: RuleInput[] = [
  {
    id: 'khieu-nai/thu-ly',
    version: '2012-07-01',
    titleVi: 'Thụ lý giải quyết khiếu nại',
    titleEn: 'Accept a complaint for resolution',
    period: 10,
    unit: 'calendar-days',
    trigger: thuLyKhieuNai,
    source: { law: KHIEU_NAI, article: 'Điều 27' },
    verified: true,
    effectiveFrom: '2012-07-01',
    effectiveUntil: '2026-06-30',
    note:
      'Luật Khiếu nại Điều 27 ghi "10 ngày", tức ngày lịch (BLDS 2015 Điều 147; chỉ "ngày làm việc" mới là ngày làm việc). ' +
      'Thủ tục công bố theo NĐ 124/2020 ghi 10 ngày làm việc, nhưng luật có hiệu lực cao hơn nghị định và thủ tục hành chính ' +
      '(Luật Ban hành VBQPPL 2015, Điều 156.2), và ngày lịch cho hạn sớm hơn nên cảnh báo không bao giờ muộn. / ' +
      'The Law says "10 ngày", i.e. calendar days; the published procedure says 10 working days, but the Law prevails ' +
      '(Law on Legal Documents 2015, Art. 156.2) and calendar days give the earlier, safer date.',
  },
  {
    id: 'khieu-nai/thu-ly',
    version: LAW_136_2025,
    titleVi: 'Thụ lý giải quyết khiếu nại',
    titleEn: 'Accept a complaint for resolution',
    period: 7,
    unit: 'working-days',
    trigger: thuLyKhieuNai,
    source: { law: KHIEU_NAI_2026, article: 'Luật Khiếu nại Điều 27; NĐ 124/2020 Điều 16.1 (sửa đổi bởi NĐ 155/2026 Điều 10)' },
    verified: true,
    effectiveFrom: LAW_136_2025,
    effectiveUntil: null,
  },
  ...complaintRule('khieu-nai/lan-1', 'Điều 28', ['Giải quyết khiếu nại lần đầu', 'Resolve a first complaint'], [30, 45, 45, 60]),
  ...complaintRule('khieu-nai/lan-2', 'Điều 37', ['Giải quyết khiếu nại lần hai', 'Resolve a second complaint'], [45, 60, 60, 70]),
  {
    id: 'to-cao/thu-ly',
    version: '2019-01-01',
    titleVi: 'Thụ lý tố cáo',
    titleEn: 'Accept a denunciation',
    period: 7,
    unit: 'working-days',
    trigger: { vi: 'ngày nhận được tố cáo', en: 'receipt of the denunciation' },
    variants: { 'multi-location': { period: 10, descriptionVi: 'cần kiểm tra, xác minh ở nhiều địa điểm' } },
    source: { law: TO_CAO, article: 'Điều 24.1' },
    verified: true,
    effectiveFrom: '2019-01-01',
    effectiveUntil: null,
  },
  {
    id: 'to-cao/chuyen-don',
    version: '2019-01-01',
    titleVi: 'Chuyển đơn tố cáo không thuộc thẩm quyền',
    titleEn: 'Transfer a denunciation outside competence',
    period: 5,
    unit: 'working-days',
    trigger: { vi: 'ngày nhận được tố cáo', en: 'receipt of the denunciation' },
    source: { law: TO_CAO, article: 'Điều 24.2' },
    verified: true,
    effectiveFrom: '2019-01-01',
    effectiveUntil: null,
  },
  {
    id: 'to-cao/thong-bao-thu-ly',
    version: '2019-01-01',
    titleVi: 'Thông báo việc thụ lý tố cáo',
    titleEn: 'Notify the denouncer and the accused of acceptance',
    period: 5,
    unit: 'working-days',
    trigger: { vi: 'ngày ra quyết định thụ lý', en: 'the thụ lý decision' },
    source: { law: TO_CAO, article: 'Điều 29' },
    verified: true,
    effectiveFrom: '2019-01-01',
    effectiveUntil: null,
  },
  {
    id: 'to-cao/giai-quyet',
    version: '2019-01-01',
    titleVi: 'Giải quyết tố cáo',
    titleEn: 'Resolve a denunciation',
    period: 30,
    unit: 'calendar-days',
    trigger: thuLy,
    // Once for a complex case, twice for an especially complex one: the count allowed is the larger.
    extensions: { maxCount: 2, maxDaysEach: 30, unit: 'calendar-days' },
    source: { law: TO_CAO, article: 'Điều 30' },
    verified: true,
    effectiveFrom: '2019-01-01',
    effectiveUntil: null,
    note: 'Gia hạn 1 lần (phức tạp) hoặc 2 lần (đặc biệt phức tạp), mỗi lần không quá 30 ngày / one extension (complex) or two (especially complex), each at most 30 days',
  },
  {
    id: 'tiep-cong-dan/tra-loi',
    version: '2014-07-01',
    titleVi: 'Trả lời kiến nghị, phản ánh tại nơi tiếp công dân',
    titleEn: 'Reply to a petition or feedback received at reception',
    period: 10,
    unit: 'working-days',
    trigger: { vi: 'ngày nhận được kiến nghị, phản ánh', en: 'receipt' },
    source: { law: 'Luật Tiếp công dân 2013 (42/2013/QH13)', article: 'Điều 28.1' },
    verified: true,
    effectiveFrom: '2014-07-01',
    effectiveUntil: null,
  },
  {
    id: 'kien-nghi/xu-ly-don',
    version: '2021-11-15',
    titleVi: 'Xử lý đơn kiến nghị, phản ánh',
    titleEn: 'Classify and process a letter',
    period: 10,
    unit: 'calendar-days',
    trigger: { vi: 'ngày nhận được đơn', en: 'receipt of the letter' },
    source: { law: 'TT 05/2021/TT-TTCP; thủ tục "xử lý đơn tại cấp tỉnh"', article: '(chưa xác định / not determined)' },
    verified: false,
    effectiveFrom: '2021-11-15',
    effectiveUntil: null,
    note: 'Đơn vị tính (ngày lịch) và ngày hiệu lực chưa kiểm chứng / unit (calendar days) and effective date unverified',
  },
  ...carriedOver(
    {
      id: 'tiep-can-thong-tin/don-gian',
      version: '2018-07-01',
      titleVi: 'Cung cấp thông tin theo yêu cầu (đơn giản)',
      titleEn: 'Supply requested information (simple request)',
      period: 5,
      unit: 'working-days',
      trigger: validRequest,
      variants: {
        electronic: { period: 3, descriptionVi: 'yêu cầu qua mạng điện tử' },
        'in-person': { period: 0, descriptionVi: 'yêu cầu trực tiếp: cung cấp ngay' },
      },
      source: { law: TIEP_CAN, article: 'Điều 29–31' },
      verified: true,
      effectiveFrom: '2018-07-01',
      effectiveUntil: null,
      note: 'Mặc định: qua bưu điện, fax / default: by post or fax',
    },
    NEW_ACCESS_LAW,
    'Luật Tiếp cận thông tin mới',
  ),
  ...carriedOver(
    {
      id: 'tiep-can-thong-tin/thong-bao',
      version: '2018-07-01',
      titleVi: 'Thông báo thời hạn cung cấp thông tin phức tạp',
      titleEn: 'Notify the time limit for a complex request',
      period: 3,
      unit: 'working-days',
      trigger: validRequest,
      source: { law: TIEP_CAN, article: 'Điều 30–31' },
      verified: true,
      effectiveFrom: '2018-07-01',
      effectiveUntil: null,
    },
    NEW_ACCESS_LAW,
    'Luật Tiếp cận thông tin mới',
  ),
  ...carriedOver(
    {
      id: 'tiep-can-thong-tin/phuc-tap',
      version: '2018-07-01',
      titleVi: 'Cung cấp thông tin theo yêu cầu (phức tạp)',
      titleEn: 'Supply requested information (complex request)',
      period: 15,
      unit: 'working-days',
      trigger: validRequest,
      // By post or fax (Điều 31.2) and electronically (Điều 30.4): "có thể gia hạn nhưng tối đa không quá
      // 15 ngày", plain "ngày", so calendar days, although the period is counted in working days. In person
      // (Điều 29.2) the law writes "tối đa không quá 10 ngày làm việc".
      extensions: { maxCount: 1, maxDaysEach: 15, unit: 'calendar-days' },
      variants: {
        'in-person': {
          period: 10,
          descriptionVi: 'yêu cầu trực tiếp',
          extensions: { maxCount: 1, maxDaysEach: 10, unit: 'working-days' },
        },
      },
      source: { law: TIEP_CAN, article: 'Điều 29–31' },
      verified: true,
      effectiveFrom: '2018-07-01',
      effectiveUntil: null,
      note: 'Mặc định: qua bưu điện, fax hoặc mạng điện tử / default: by post, fax or electronic network',
    },
    NEW_ACCESS_LAW,
    'Luật Tiếp cận thông tin mới',
  ),
  {
    ...discipline,
    version: '2020-11-20',
    source: { law: 'NĐ 112/2020/NĐ-CP', article: 'Điều 32 (chưa kiểm chứng / unverified)' },
    effectiveFrom: '2020-11-20',
    effectiveUntil: '2025-06-30',
    note: 'Phiên bản trước NĐ 172/2025, chưa đối chiếu văn bản / pre-NĐ 172/2025 version, not checked against the text',
  },
  {
    ...discipline,
    version: '2025-07-01',
    source: { law: 'NĐ 172/2025/NĐ-CP (cán bộ, công chức)', article: '(chưa kiểm chứng / unverified)' },
    effectiveFrom: '2025-07-01',
    effectiveUntil: null,
    note:
      'Viên chức: cùng 90/150 ngày theo NĐ 234/2026 Điều 5 (độ tin cậy thấp) / ' +
      'the same 90/150 days are reported for viên chức (NĐ 234/2026 Art. 5, lower reliability)',
  },
];

/** The default Vietnamese rule set (docs/legal-rules.md), versioned by effective date. */
export function vnRuleSetData(): RuleSetData {
  return { name: 'vn-default', rules: structuredClone(RULES) };
}
