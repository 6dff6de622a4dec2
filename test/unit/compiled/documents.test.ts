import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compiledReportDocx } from '../../../shared/compiled/docx.ts';
import { InvalidDocumentDateError, datelineDate } from '../../../shared/documents/nd30-format.ts';
import { documentSymbolOf } from '../../../shared/documents/register.ts';
import { type CompiledContent, CompiledContentSchema, type RecipientList } from '../../../shared/compiled/model.ts';
import { SHEET_BY_UNIT, SHEET_CASES, SHEET_REPORTING, compiledReportXlsx } from '../../../shared/compiled/xlsx.ts';
import { type ReadDocx, readDocx } from '../../support/read-docx.ts';

const VP = { unitId: 'van-phong', unitName: 'Văn phòng Sở' };
const QLKH = { unitId: 'quan-ly-khoa-hoc', unitName: 'Phòng Quản lý khoa học' };
/** Written decomposed (NFD), as some keyboards and PDFs produce it: the documents must print it composed. */
const TT = { unitId: 'trung-tam-ung-dung', unitName: 'Trung tâm Ứng dụng và Dịch vụ khoa học và công nghệ'.normalize('NFD') };
const UNITS = [VP, QLKH, TT] as const;

type Figures = [id: string, label: string, values: [number, number, number]];
const section = (sectionId: string, titleVi: string, figures: Figures[], texts: [string, string, string]) => ({
  sectionId,
  titleVi,
  metrics: figures.map(([id, labelVi, values]) => ({
    id,
    labelVi,
    total: values.reduce((a, b) => a + b, 0),
    byUnit: Object.fromEntries(UNITS.map((u, i) => [u.unitId, values[i]!])),
  })),
  narratives: UNITS.map((u, i) => ({ ...u, text: texts[i]! })),
});

const recipient = (listId: string, name: string, capacity: string, external: boolean): RecipientList => ({
  listId,
  name,
  capacity,
  emails: [`${listId}@khcn-quangngai.example`],
  external,
});

const content: CompiledContent = CompiledContentSchema.parse({
  agency: { name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi', shortName: 'Sở KH&CN', parentBody: 'UBND tỉnh Quảng Ngãi', placeName: 'Quảng Ngãi' },
  title: 'Báo cáo kết quả thực hiện công tác dân vận năm 2025',
  kind: 'annual',
  period: { from: '2024-11-05', to: '2025-11-04', templateIds: ['bao-cao-nam-2025'] },
  documentDate: '05/11/2025',
  sections: [
    section(
      'quan-triet',
      '1. Quán triệt và thể chế hóa chủ trương, chính sách về công tác dân vận',
      [
        ['van-ban-ban-hanh', 'Văn bản, kế hoạch đã ban hành', [3, 1, 1]],
        ['buoi-quan-triet', 'Buổi quán triệt, phổ biến', [2, 1, 1]],
        ['luot-tham-du', 'Lượt cán bộ tham dự', [85, 14, 22]],
      ],
      [
        'Tham mưu ban hành Kế hoạch năm 2025; tổ chức 02 buổi quán triệt Chỉ thị số 33/CT-TTg cho toàn thể công chức, viên chức.',
        'Phổ biến Kế hoạch tại cuộc họp giao ban phòng tháng 01/2025.',
        'Xây dựng kế hoạch triển khai tại Trung tâm; quán triệt đến 100% viên chức, người lao động.',
      ],
    ),
    section(
      'tuyen-truyen',
      '2. Tuyên truyền, giáo dục nâng cao nhận thức về công tác dân vận',
      [
        ['tin-bai', 'Tin, bài đăng trên Trang thông tin điện tử', [12, 4, 6]],
        ['buoi-tuyen-truyen', 'Buổi tuyên truyền', [2, 3, 4]],
        ['luot-nguoi', 'Lượt người được tuyên truyền', [120, 240, 310]],
      ],
      [
        'Đăng 12 tin, bài về công tác dân vận trên Trang thông tin điện tử của Sở.',
        'Phối hợp tổ chức 03 buổi tuyên truyền về sở hữu trí tuệ cho doanh nghiệp.',
        'Tuyên truyền về ứng dụng tiến bộ khoa học kỹ thuật tại 04 xã miền núi.',
      ],
    ),
    section(
      'dan-van-kheo',
      '3. Phong trào thi đua “Dân vận khéo”',
      [
        ['mo-hinh-dang-ky', 'Mô hình đăng ký', [1, 1, 1]],
        ['mo-hinh-cong-nhan', 'Mô hình được công nhận', [1, 0, 1]],
        ['dien-hinh', 'Cá nhân, tập thể điển hình', [2, 1, 1]],
        ['khen-thuong', 'Khen thưởng', [1, 0, 1]],
      ],
      [
        'Mô hình “Một cửa thân thiện” được công nhận mô hình Dân vận khéo cấp tỉnh.',
        'Đăng ký mô hình “Hỗ trợ doanh nghiệp đổi mới sáng tạo”, đang triển khai.',
        'Mô hình “Chuyển giao giống nấm cho đồng bào dân tộc thiểu số” được công nhận.',
      ],
    ),
    section(
      'cai-cach-hanh-chinh',
      '4. Cải cách hành chính, phát huy dân chủ, công khai, minh bạch',
      [
        ['ho-so-tiep-nhan', 'Hồ sơ thủ tục hành chính tiếp nhận', [412, 36, 0]],
        ['ho-so-dung-han', 'Hồ sơ giải quyết đúng hạn', [410, 36, 0]],
        ['truc-tuyen-toan-trinh', 'Hồ sơ trực tuyến toàn trình', [388, 30, 0]],
        ['chuyen-doi-so', 'Nhiệm vụ chuyển đổi số hoàn thành', [5, 2, 3]],
      ],
      [
        '99,5% hồ sơ thủ tục hành chính được giải quyết đúng hạn; công khai đầy đủ thủ tục tại Bộ phận Một cửa.',
        'Giải quyết đúng hạn 100% hồ sơ đề nghị xác nhận nhiệm vụ khoa học và công nghệ.',
        'Hoàn thành 03 nhiệm vụ chuyển đổi số của Trung tâm.',
      ],
    ),
    section(
      'dao-duc-cong-vu',
      '5. Đạo đức công vụ, văn hóa công sở; kiểm tra, xử lý vi phạm',
      [
        ['kiem-tra-cong-vu', 'Cuộc kiểm tra công vụ', [4, 0, 1]],
        ['vi-pham', 'Vi phạm phát hiện', [1, 0, 0]],
        ['xu-ly-ky-luat', 'Trường hợp xử lý kỷ luật', [1, 0, 0]],
      ],
      [
        'Tổ chức 04 cuộc kiểm tra công vụ đột xuất; phát hiện 01 trường hợp vi phạm giờ giấc làm việc.',
        'Công chức của phòng chấp hành nghiêm quy định về văn hóa công sở.',
        'Tự kiểm tra 01 lần; không phát hiện vi phạm.',
      ],
    ),
    section(
      'tiep-cong-dan',
      '6. Tiếp cận thông tin, tiếp công dân, giải quyết đơn thư',
      [
        ['buoi-tiep-dan', 'Buổi tiếp công dân', [12, 0, 0]],
        ['don-nhan', 'Đơn khiếu nại, tố cáo, kiến nghị, yêu cầu thông tin đã nhận', [9, 0, 0]],
        ['don-giai-quyet', 'Đơn đã giải quyết', [7, 0, 0]],
        ['don-dung-han', 'Đơn giải quyết đúng hạn', [6, 0, 0]],
      ],
      ['Lãnh đạo Sở tiếp công dân định kỳ 12 buổi theo lịch.', 'Cung cấp thông tin về nhiệm vụ khoa học và công nghệ theo yêu cầu.', 'Không phát sinh đơn thư.'],
    ),
    section(
      'giam-sat-phan-bien',
      '7. Phối hợp với Mặt trận Tổ quốc và các đoàn thể giám sát, phản biện xã hội',
      [
        ['hoat-dong-giam-sat', 'Hoạt động giám sát, phản biện', [2, 0, 1]],
        ['y-kien-nhan', 'Ý kiến góp ý nhận được', [14, 3, 2]],
        ['y-kien-tiep-thu', 'Ý kiến được tiếp thu, giải quyết', [12, 3, 2]],
      ],
      [
        'Phối hợp Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh giám sát việc thực hiện chính sách hỗ trợ doanh nghiệp.',
        'Tiếp thu 03 ý kiến góp ý vào dự thảo quy định quản lý nhiệm vụ khoa học.',
        'Tiếp thu ý kiến của Công đoàn cơ sở về điều kiện làm việc.\nHoàn thành sửa chữa phòng thí nghiệm trong quý III.',
      ],
    ),
  ],
  difficulties: [
    { ...QLKH, text: 'Một số doanh nghiệp chưa quan tâm đến hoạt động đổi mới sáng tạo.' },
    { ...TT, text: 'Địa bàn miền núi rộng, đi lại khó khăn trong mùa mưa bão.' },
  ],
  proposals: [{ ...VP, text: 'Đề nghị Ban Dân vận Tỉnh ủy tổ chức tập huấn nghiệp vụ công tác dân vận cho cán bộ phụ trách.' }],
  nextDirection: [
    { ...VP, text: 'Tiếp tục thực hiện phong trào thi đua “Dân vận khéo” gắn với chuyển đổi số.' },
    { ...TT, text: 'Nhân rộng mô hình chuyển giao giống nấm tại các xã miền núi.' },
  ],
  cases: {
    byType: [
      { type: 'khieu-nai-lan-1', labelVi: 'Khiếu nại lần đầu', received: 2, resolved: 2, resolvedOnTime: 2, open: 0 },
      { type: 'khieu-nai-lan-2', labelVi: 'Khiếu nại lần hai', received: 0, resolved: 0, resolvedOnTime: 0, open: 0 },
      { type: 'to-cao', labelVi: 'Tố cáo', received: 1, resolved: 1, resolvedOnTime: 0, open: 0 },
      { type: 'kien-nghi-phan-anh', labelVi: 'Kiến nghị, phản ánh', received: 4, resolved: 3, resolvedOnTime: 3, open: 1 },
      { type: 'yeu-cau-thong-tin', labelVi: 'Yêu cầu cung cấp thông tin', received: 2, resolved: 1, resolvedOnTime: 1, open: 1 },
    ],
    totals: { received: 9, resolved: 7, resolvedOnTime: 6, open: 2 },
  },
  misconduct: { opened: 2, concludedViolation: 1, concludedNoViolation: 1, disciplined: { 'khien-trach': 1 } },
  units: {
    reported: [
      { unitId: VP.unitId, name: VP.unitName, onTime: true, versions: 1, firstSubmittedAt: '2025-10-30T02:15:00Z' },
      { unitId: QLKH.unitId, name: QLKH.unitName, onTime: true, versions: 2, firstSubmittedAt: '2025-10-31T17:30:00Z' },
      { unitId: TT.unitId, name: TT.unitName, onTime: false, versions: 1, firstSubmittedAt: '2025-11-06T09:05:00Z' },
    ],
    missing: [{ unitId: 'chi-cuc-tdc', name: 'Chi cục Tiêu chuẩn Đo lường Chất lượng' }],
  },
  // The plan's "Nơi nhận", in its order; "Lưu: VT, VP." is the document's own last line.
  recipients: [
    recipient('ban-thuong-vu-tinh-uy', 'Ban Thường vụ Tỉnh ủy', '(báo cáo)', true),
    recipient('ban-dan-van-tinh-uy', 'Ban Dân vận Tỉnh ủy', '(báo cáo)', true),
    recipient('ubnd-tinh', 'UBND tỉnh', '(báo cáo)', true),
    recipient('so-noi-vu', 'Sở Nội vụ tỉnh', '(báo cáo)', true),
    recipient('lanh-dao-so', 'GĐ, các PGĐ Sở', '', false),
    recipient('cong-doan', 'Công đoàn Sở', '(phối hợp)', false),
    recipient('cac-don-vi', 'Các phòng, đơn vị thuộc Sở', '(thực hiện)', false),
    recipient('bbt-trang-tin', 'BBT Trang TTĐT Sở', '', false),
  ],
  signer: { authority: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Lê Minh Quang' },
});

const TT_NAME = 'Trung tâm Ứng dụng và Dịch vụ khoa học và công nghệ';
const MM = 56.7;

/** Index of the first paragraph whose text satisfies `match`, after `from`; -1 if none. */
const find = (doc: ReadDocx, match: string | RegExp, from = 0) =>
  doc.paragraphs.findIndex((p, i) => i >= from && (typeof match === 'string' ? p.text === match : match.test(p.text)));
const paragraph = (doc: ReadDocx, match: string | RegExp) => {
  const i = find(doc, match);
  if (i < 0) throw new Error(`no paragraph ${String(match)} in:\n${doc.text}`);
  return doc.paragraphs[i]!;
};
const sizes = (xml: string) => [...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]));
const bold = (xml: string) => /<w:b\/>|<w:b w:val="(true|1|on)"\/>/.test(xml);
const italic = (xml: string) => /<w:i\/>|<w:i w:val="(true|1|on)"\/>/.test(xml);

describe('compiled report as a DOCX (NĐ 30/2020/NĐ-CP, Phụ lục I)', () => {
  let doc: ReadDocx;
  beforeAll(async () => {
    doc = await readDocx(await compiledReportDocx(content));
  });

  it('is A4 with margins of 20 mm top and bottom, 30 mm left and 15 mm right', () => {
    const { pageWidth, pageHeight, margins } = doc.sectionProperties;
    expect([pageWidth, pageHeight]).toEqual([11906, 16838]);
    expect(Math.abs(margins.top - 20 * MM)).toBeLessThanOrEqual(1);
    expect(Math.abs(margins.bottom - 20 * MM)).toBeLessThanOrEqual(1);
    expect(Math.abs(margins.left - 30 * MM)).toBeLessThanOrEqual(1);
    expect(Math.abs(margins.right - 15 * MM)).toBeLessThanOrEqual(1);
  });

  it('uses Times New Roman in black everywhere, the theme included', () => {
    expect(doc.fonts).toEqual(['Times New Roman']);
    expect(doc.themeFonts).toEqual({ major: 'Times New Roman', minor: 'Times New Roman' });
    const colours = [doc.xml, ...doc.headers.map((h) => h.xml)].flatMap((xml) => [...xml.matchAll(/<w:color w:val="([^"]+)"\/>/g)].map((m) => m[1]));
    expect(colours.length).toBeGreaterThan(0);
    expect(new Set(colours)).toEqual(new Set(['000000']));
  });

  it('sets the body in 14 pt, by default and on the body paragraphs', () => {
    expect(/<w:docDefaults>[\s\S]*<w:sz w:val="28"\/>[\s\S]*<\/w:docDefaults>/.test(doc.stylesXml)).toBe(true);
    for (const p of [paragraph(doc, /^Trên cơ sở báo cáo của các phòng/), paragraph(doc, /^- Văn phòng Sở: Đăng 12 tin, bài/), paragraph(doc, /^Trên đây là báo cáo/)]) {
      expect(sizes(p.xml).length).toBeGreaterThan(0);
      expect(new Set(sizes(p.xml))).toEqual(new Set([28]));
    }
  });

  it('opens with the issuing body, number left blank, Quốc hiệu, Tiêu ngữ and the dateline', () => {
    const head = doc.paragraphs.slice(0, find(doc, 'BÁO CÁO'));
    const texts = head.map((p) => p.text).filter((t) => t !== '');
    expect(texts).toEqual([
      'UBND TỈNH QUẢNG NGÃI',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      expect.stringMatching(/^Số:\s{4,}\/BC-SKHCN$/),
      'Quảng Ngãi, ngày 05 tháng 11 năm 2025',
    ]);
    expect(bold(paragraph(doc, 'UBND TỈNH QUẢNG NGÃI').xml)).toBe(false);
    expect(bold(paragraph(doc, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ').xml)).toBe(true);
    expect(bold(paragraph(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').xml)).toBe(true);
    expect(bold(paragraph(doc, 'Độc lập - Tự do - Hạnh phúc').xml)).toBe(true);
    expect(italic(paragraph(doc, /^Quảng Ngãi, ngày/).xml)).toBe(true);
    // The number and the dateline sit side by side on one row of a borderless table.
    expect(doc.xml.indexOf('<w:tbl>')).toBeLessThan(doc.xml.indexOf('CỘNG HÒA'));
    expect(/<w:tblBorders>[\s\S]*?<w:top w:val="none"/.test(doc.xml)).toBe(true);
  });

  it('has a short rule under the agency, the Tiêu ngữ and the trích yếu', () => {
    const rules = doc.paragraphs.filter((p) => p.text === '' && /<w:pBdr>\s*<w:top w:val="single"/.test(p.xml));
    expect(rules).toHaveLength(3);
  });

  it('names the document type and its trích yếu, bold and centred, after the heading', () => {
    const type = find(doc, 'BÁO CÁO');
    expect(type).toBeGreaterThan(find(doc, /^Quảng Ngãi, ngày/));
    expect(doc.paragraphs[type + 1]!.text).toBe(content.title);
    for (const p of [doc.paragraphs[type]!, doc.paragraphs[type + 1]!]) {
      expect(bold(p.xml)).toBe(true);
      expect(p.xml).toContain('<w:jc w:val="center"/>');
    }
  });

  it('has the sections I–V in order, with each of the plan sections 1–7 under I', () => {
    const headings = [
      'I. KẾT QUẢ THỰC HIỆN',
      ...content.sections.map((s) => s.titleVi),
      'II. TÌNH HÌNH GIẢI QUYẾT ĐƠN THƯ VÀ XỬ LÝ VI PHẠM',
      'III. ĐƠN VỊ CHƯA BÁO CÁO',
      'IV. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT',
      'V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
    ];
    let at = 0;
    for (const h of headings) {
      const i = find(doc, h, at);
      expect(i, h).toBeGreaterThan(at - 1);
      expect(bold(doc.paragraphs[i]!.xml), h).toBe(true);
      at = i + 1;
    }
    expect(doc.text).not.toContain('1. 1.');
  });

  it('prints each figure with its total and each unit’s narrative under its section', () => {
    const start = find(doc, '2. Tuyên truyền, giáo dục nâng cao nhận thức về công tác dân vận');
    const end = find(doc, /^3\. Phong trào/);
    const label = find(doc, 'Buổi tuyên truyền', start);
    expect(label).toBeGreaterThan(start);
    expect(doc.paragraphs[label + 1]!.text).toBe('9');
    expect(doc.paragraphs[find(doc, 'Lượt người được tuyên truyền', start) + 1]!.text).toBe('670');
    for (const [unit, text] of [
      ['Văn phòng Sở', 'Đăng 12 tin, bài về công tác dân vận trên Trang thông tin điện tử của Sở.'],
      ['Phòng Quản lý khoa học', 'Phối hợp tổ chức 03 buổi tuyên truyền về sở hữu trí tuệ cho doanh nghiệp.'],
      [TT_NAME, 'Tuyên truyền về ứng dụng tiến bộ khoa học kỹ thuật tại 04 xã miền núi.'],
    ]) {
      const i = find(doc, `- ${unit}: ${text}`, start);
      expect(i, unit).toBeGreaterThan(label);
      expect(i, unit).toBeLessThan(end);
    }
    // A narrative of several paragraphs keeps its unit prefix on the first only.
    const first = find(doc, `- ${TT_NAME}: Tiếp thu ý kiến của Công đoàn cơ sở về điều kiện làm việc.`);
    expect(doc.paragraphs[first + 1]!.text).toBe('Hoàn thành sửa chữa phòng thí nghiệm trong quý III.');
  });

  it('tabulates the citizen cases by type with their totals, and the misconduct figures', () => {
    const row = (label: string) => {
      const i = find(doc, label, find(doc, /^II\. /));
      return doc.paragraphs.slice(i, i + 5).map((p) => p.text);
    };
    expect(row('Loại đơn')).toEqual(['Loại đơn', 'Tiếp nhận', 'Đã giải quyết', 'Giải quyết đúng hạn', 'Đang giải quyết']);
    expect(row('Kiến nghị, phản ánh')).toEqual(['Kiến nghị, phản ánh', '4', '3', '3', '1']);
    expect(row('Tổng cộng')).toEqual(['Tổng cộng', '9', '7', '6', '2']);
    expect(doc.text).toContain('đã tiếp nhận 9 đơn thư; đã giải quyết 7 đơn thư, trong đó giải quyết đúng hạn 6 đơn thư (đạt 85,7% số đơn thư đã giải quyết); đang giải quyết 2 đơn thư.');
    expect(doc.text).toContain('đã xem xét 2 vụ việc; kết luận có vi phạm 1 vụ việc, không vi phạm 1 vụ việc.');
    expect(doc.text).toContain('Hình thức kỷ luật đã áp dụng: Khiển trách: 1.');
  });

  it('names the unit that did not report under III', () => {
    const iii = find(doc, /^III\. /);
    expect(find(doc, 'Số đơn vị đã báo cáo: 3 (đúng hạn: 2; trễ hạn: 1).', iii)).toBe(iii + 1);
    const missing = find(doc, '- Chi cục Tiêu chuẩn Đo lường Chất lượng.', iii);
    expect(missing).toBeGreaterThan(iii);
    expect(missing).toBeLessThan(find(doc, /^IV\. /));
  });

  it('says that all units reported when none is missing', async () => {
    const all = await readDocx(await compiledReportDocx({ ...content, units: { ...content.units, missing: [] } }));
    expect(all.text).toContain('Tất cả các đơn vị đã báo cáo.');
    expect(all.text).not.toContain('Chi cục Tiêu chuẩn');
  });

  it('carries difficulties, proposals and the next direction by unit, and ends the body with "./."', () => {
    const iv = find(doc, /^IV\. /);
    const v = find(doc, /^V\. /);
    expect(find(doc, `- ${TT_NAME}: Địa bàn miền núi rộng, đi lại khó khăn trong mùa mưa bão.`, iv)).toBeLessThan(v);
    expect(find(doc, '- Văn phòng Sở: Đề nghị Ban Dân vận Tỉnh ủy tổ chức tập huấn nghiệp vụ công tác dân vận cho cán bộ phụ trách.', iv)).toBeLessThan(v);
    expect(find(doc, '- Văn phòng Sở: Tiếp tục thực hiện phong trào thi đua “Dân vận khéo” gắn với chuyển đổi số.', v)).toBeGreaterThan(v);
    expect(find(doc, 'Trên đây là báo cáo kết quả thực hiện công tác dân vận năm 2025 của Sở Khoa học và Công nghệ tỉnh Quảng Ngãi./.', v)).toBeGreaterThan(v);
  });

  it('lists Nơi nhận one line each, ending with "Lưu: VT, VP.", in the sizes of the decree, and no e-mail addresses', () => {
    const label = find(doc, 'Nơi nhận:');
    expect(label).toBeGreaterThan(find(doc, /^Trên đây là báo cáo/));
    const lines = doc.paragraphs.slice(label + 1, label + 10);
    expect(lines.map((p) => p.text)).toEqual([
      '- Ban Thường vụ Tỉnh ủy (báo cáo);',
      '- Ban Dân vận Tỉnh ủy (báo cáo);',
      '- UBND tỉnh (báo cáo);',
      '- Sở Nội vụ tỉnh (báo cáo);',
      '- GĐ, các PGĐ Sở;',
      '- Công đoàn Sở (phối hợp);',
      '- Các phòng, đơn vị thuộc Sở (thực hiện);',
      '- BBT Trang TTĐT Sở;',
      '- Lưu: VT, VP.',
    ]);
    const labelXml = doc.paragraphs[label]!.xml;
    expect([bold(labelXml), italic(labelXml), sizes(labelXml)]).toEqual([true, true, [24]]);
    for (const p of lines) expect(sizes(p.xml)).toEqual([22]);
    expect(doc.text).not.toContain('@');
  });

  it('has the signer block beside Nơi nhận: authority, position, room to sign, then the name, all bold', () => {
    const authority = find(doc, 'KT. GIÁM ĐỐC');
    expect(authority).toBeGreaterThan(find(doc, '- Lưu: VT, VP.'));
    expect(doc.paragraphs[authority + 1]!.text).toBe('PHÓ GIÁM ĐỐC');
    const name = find(doc, 'Lê Minh Quang');
    expect(doc.paragraphs.slice(authority + 2, name).every((p) => p.text === '')).toBe(true);
    expect(name - authority).toBeGreaterThanOrEqual(5);
    for (const i of [authority, authority + 1, name]) expect([bold(doc.paragraphs[i]!.xml), sizes(doc.paragraphs[i]!.xml)]).toEqual([true, [28]]);
    expect(name).toBe(doc.paragraphs.findLastIndex((p) => p.text !== ''));
  });

  it('numbers pages in the centre of the header from page 2 on (titlePg, no number on page 1)', () => {
    expect(doc.sectionProperties.titlePage).toBe(true);
    const byType = Object.fromEntries(doc.headers.map((h) => [h.type, h.xml]));
    expect(Object.keys(byType).sort()).toEqual(['default', 'first']);
    const pageField = /<w:instrText[^>]*>\s*PAGE\b|<w:fldSimple [^>]*w:instr="\s*PAGE\b/;
    expect(byType.default).toMatch(pageField);
    expect(byType.default).toContain('<w:jc w:val="center"/>');
    expect(byType.first).not.toMatch(pageField);
    expect(doc.xml).not.toMatch(pageField);
  });

  it('keeps Vietnamese text intact and composed (NFC), even from decomposed input', () => {
    expect(doc.text).toContain('Ứng dụng và Dịch vụ');
    expect(doc.text).toContain('“Dân vận khéo”');
    expect(doc.text).not.toMatch(/\p{M}/u);
    expect(doc.text).toBe(doc.text.normalize('NFC'));
  });
});

describe('dateline and symbol', () => {
  it('writes a leading zero for days 1–9 and for months 1 and 2 only', () => {
    expect(datelineDate('05/11/2025')).toBe('ngày 05 tháng 11 năm 2025');
    expect(datelineDate('2025-01-09')).toBe('ngày 09 tháng 01 năm 2025');
    expect(datelineDate('28/02/2025')).toBe('ngày 28 tháng 02 năm 2025');
    expect(datelineDate('05/03/2025')).toBe('ngày 05 tháng 3 năm 2025');
    expect(datelineDate('2025-12-15')).toBe('ngày 15 tháng 12 năm 2025');
  });

  it('refuses a date it cannot read', () => {
    expect(() => datelineDate('2025-13-01')).toThrow(InvalidDocumentDateError);
    expect(() => datelineDate('5 tháng 11')).toThrow(InvalidDocumentDateError);
  });

  it('derives the agency part of the symbol from its short name', () => {
    expect(documentSymbolOf('Sở KH&CN')).toBe('SKHCN');
    expect(documentSymbolOf('Sở Nội vụ')).toBe('SNV');
    expect(documentSymbolOf('Đài PT-TH')).toBe('DPTTH');
  });
});

describe('compiled report annex as an XLSX', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await compiledReportXlsx(content)) as unknown as ArrayBuffer);
  });

  const sheet = (name: string) => {
    const ws = workbook.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  };
  const rowOf = (ws: ExcelJS.Worksheet, column: number, value: string) => {
    let found: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (!found && row.getCell(column).value === value) found = row;
    });
    if (!found) throw new Error(`no row with ${value} in ${ws.name}`);
    return found;
  };
  const numberIn = (cell: ExcelJS.Cell) => {
    const v = cell.value;
    if (typeof v === 'number') return v;
    if (v && typeof v === 'object' && 'result' in v && typeof v.result === 'number') return v.result;
    return undefined;
  };

  it('has the three sheets, with Vietnamese names, in order', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Số liệu theo đơn vị', 'Đơn thư', 'Tình hình báo cáo']);
    expect([SHEET_BY_UNIT, SHEET_CASES, SHEET_REPORTING]).toEqual(workbook.worksheets.map((w) => w.name));
  });

  it('has one row per unit and one column per metric, under a row of section titles, panes frozen', () => {
    const ws = sheet(SHEET_BY_UNIT);
    const sections = rowOf(ws, 1, 'STT');
    const metrics = ws.getRow(sections.number + 1);
    const labels = content.sections.flatMap((s) => s.metrics.map((m) => m.labelVi));
    expect(labels.map((_, i) => metrics.getCell(3 + i).value)).toEqual(labels);
    expect(sections.getCell(3).value).toBe('1. Quán triệt và thể chế hóa chủ trương, chính sách về công tác dân vận');
    expect(sections.getCell(3 + 3).value).toBe('2. Tuyên truyền, giáo dục nâng cao nhận thức về công tác dân vận');
    const column = 3 + labels.indexOf('Buổi tuyên truyền');
    expect(numberIn(rowOf(ws, 2, 'Phòng Quản lý khoa học').getCell(column))).toBe(3);
    expect(numberIn(rowOf(ws, 2, TT_NAME).getCell(column))).toBe(4);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: metrics.number });
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(30);
    expect(rowOf(ws, 2, 'Văn phòng Sở').getCell(2).font?.name).toBe('Times New Roman');
  });

  it('totals each metric as the sum of the units, equal to the compiled total', () => {
    const ws = sheet(SHEET_BY_UNIT);
    const units = content.units.reported.map((u) => rowOf(ws, 2, u.name.normalize('NFC')));
    const totals = rowOf(ws, 2, 'Tổng cộng');
    const metrics = content.sections.flatMap((s) => s.metrics);
    metrics.forEach((metric, i) => {
      const sum = units.reduce((acc, row) => acc + (numberIn(row.getCell(3 + i)) ?? 0), 0);
      expect(numberIn(totals.getCell(3 + i)), metric.id).toBe(sum);
      expect(sum, metric.id).toBe(metric.total);
      expect(totals.getCell(3 + i).formula, metric.id).toMatch(/^SUM\(/);
    });
  });

  it('lists citizen cases by type with totals, and the misconduct figures', () => {
    const ws = sheet(SHEET_CASES);
    const header = rowOf(ws, 2, 'Loại đơn');
    expect([3, 4, 5, 6, 7].map((c) => header.getCell(c).value)).toEqual(['Tiếp nhận', 'Đã giải quyết', 'Giải quyết đúng hạn', 'Tỷ lệ đúng hạn', 'Đang giải quyết']);
    const petitions = rowOf(ws, 2, 'Kiến nghị, phản ánh');
    expect([3, 4, 5, 7].map((c) => numberIn(petitions.getCell(c)))).toEqual([4, 3, 3, 1]);
    const totals = rowOf(ws, 2, 'Tổng cộng');
    const { received, resolved, resolvedOnTime, open } = content.cases.totals;
    expect([3, 4, 5, 7].map((c) => numberIn(totals.getCell(c)))).toEqual([received, resolved, resolvedOnTime, open]);
    const byType = content.cases.byType.map((t) => rowOf(ws, 2, t.labelVi));
    expect(byType.reduce((acc, row) => acc + (numberIn(row.getCell(3)) ?? 0), 0)).toBe(received);
    expect(numberIn(totals.getCell(6))).toBeCloseTo(6 / 7, 6);
    expect(numberIn(rowOf(ws, 2, 'Kết luận có vi phạm').getCell(3))).toBe(1);
    expect(numberIn(rowOf(ws, 2, 'Kỷ luật: Khiển trách').getCell(3))).toBe(1);
  });

  it('shows who reported (on time or late, versions, first submission in Vietnamese time) and who did not', () => {
    const ws = sheet(SHEET_REPORTING);
    const qlkh = rowOf(ws, 2, 'Phòng Quản lý khoa học');
    expect([qlkh.getCell(3).value, qlkh.getCell(4).value, qlkh.getCell(5).value]).toEqual(['Đúng hạn', 2, '01/11/2025 00:30']);
    expect(rowOf(ws, 2, TT_NAME).getCell(3).value).toBe('Trễ hạn');
    expect(rowOf(ws, 2, 'Chi cục Tiêu chuẩn Đo lường Chất lượng').getCell(3).value).toBe('Chưa báo cáo');
  });
});
