import type { Table } from 'docx';
import { AlignmentType, LineRuleType, Paragraph } from 'docx';
import { DISCIPLINE_FORM_LABELS, type DisciplineForm } from '../cases/misconduct.ts';
import type { CompiledContent } from './model.ts';
import { body, formatInt, grid, heading, nfc, officialDocument, run, spacer, text, TEXT_WIDTH } from '../documents/nd30-format.ts';
import { officialHead, signatureBlock, titleBlock } from '../documents/nd30-parts.ts';

const DOCUMENT_TYPE = 'BÁO CÁO';
const DOCUMENT_TYPE_CODE = 'BC';
const ARCHIVE_LINE = '- Lưu: VT, VP.';

/** The plan's section titles carry their number already ("1. Quán triệt…"); others get theirs. */
const numbered = (index: number, title: string) => (/^\s*\d+\.\s/.test(title) ? nfc(title).trim() : `${index + 1}. ${nfc(title).trim()}`);

const percent = (part: number, whole: number) => `${(Math.round((part / whole) * 1000) / 10).toLocaleString('vi-VN')}%`;

const isoToDmy = (value: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
};

type Narrative = CompiledContent['difficulties'][number];
/** Narratives grouped by unit, in the order units first appear: "- Unit: text", further paragraphs after it. */
function byUnit(narratives: Narrative[], none: string): Paragraph[] {
  const groups = new Map<string, { unitName: string; paragraphs: string[] }>();
  for (const n of narratives) {
    const group = groups.get(n.unitId) ?? { unitName: n.unitName, paragraphs: [] };
    group.paragraphs.push(
      ...nfc(n.text)
        .split(/\n+/)
        .map((p) => p.trim())
        .filter(Boolean),
    );
    groups.set(n.unitId, group);
  }
  const out: Paragraph[] = [];
  for (const { unitName, paragraphs } of groups.values()) {
    if (paragraphs.length === 0) continue;
    const [first, ...rest] = paragraphs;
    out.push(body([run(`- ${unitName}: `, { italics: true }), run(first ?? '')]));
    for (const p of rest) out.push(text(p));
  }
  return out.length > 0 ? out : [text(none)];
}

function results(content: CompiledContent): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [heading('I. KẾT QUẢ THỰC HIỆN')];
  content.sections.forEach((section, i) => {
    out.push(heading(numbered(i, section.titleVi)));
    if (section.metrics.length > 0) {
      out.push(body([run('a) Số liệu:', { italics: true })], { keepNext: true }), spacer());
      out.push(
        grid(
          [TEXT_WIDTH - 2200, 2200],
          ['Chỉ tiêu', 'Tổng số'],
          section.metrics.map((m) => [{ value: m.labelVi }, { value: m.total }]),
        ),
      );
      out.push(body([run('b) Kết quả thực hiện của các đơn vị:', { italics: true })], { keepNext: true }));
    }
    out.push(...byUnit(section.narratives, 'Các đơn vị chưa báo cáo nội dung này.'));
  });
  if (content.sections.some((s) => s.metrics.length > 0)) out.push(body([run('(Số liệu chi tiết theo từng đơn vị tại Phụ lục kèm theo.)', { italics: true })]));
  return out;
}

function casesAndMisconduct(content: CompiledContent): (Paragraph | Table)[] {
  const { totals, byType } = content.cases;
  const onTime = totals.resolved > 0 ? ` (đạt ${percent(totals.resolvedOnTime, totals.resolved)} số đơn thư đã giải quyết)` : '';
  const out: (Paragraph | Table)[] = [
    heading('II. TÌNH HÌNH GIẢI QUYẾT ĐƠN THƯ VÀ XỬ LÝ VI PHẠM'),
    heading('1. Tiếp nhận, giải quyết đơn thư của công dân'),
    text(
      `Trong kỳ báo cáo, đã tiếp nhận ${formatInt(totals.received)} đơn thư; đã giải quyết ${formatInt(totals.resolved)} đơn thư, trong đó giải quyết đúng hạn ${formatInt(totals.resolvedOnTime)} đơn thư${onTime}; đang giải quyết ${formatInt(totals.open)} đơn thư. Cụ thể:`,
    ),
    spacer(),
    grid(
      [3355, 1500, 1500, 1500, 1500],
      ['Loại đơn', 'Tiếp nhận', 'Đã giải quyết', 'Giải quyết đúng hạn', 'Đang giải quyết'],
      [
        ...byType.map((row) => [{ value: row.labelVi }, { value: row.received }, { value: row.resolved }, { value: row.resolvedOnTime }, { value: row.open }]),
        [
          { value: 'Tổng cộng', bold: true, align: AlignmentType.CENTER },
          { value: totals.received, bold: true },
          { value: totals.resolved, bold: true },
          { value: totals.resolvedOnTime, bold: true },
          { value: totals.open, bold: true },
        ],
      ],
    ),
  ];
  const { misconduct } = content;
  const forms = Object.entries(misconduct.disciplined)
    .filter(([, n]) => n > 0)
    .map(([form, n]) => `${DISCIPLINE_FORM_LABELS[form as DisciplineForm]?.vi ?? form}: ${formatInt(n)}`);
  out.push(
    heading('2. Xem xét, xử lý cán bộ, công chức, viên chức vi phạm'),
    text(
      `Trong kỳ báo cáo, đã xem xét ${formatInt(misconduct.opened)} vụ việc; kết luận có vi phạm ${formatInt(misconduct.concludedViolation)} vụ việc, không vi phạm ${formatInt(misconduct.concludedNoViolation)} vụ việc.`,
    ),
    text(forms.length > 0 ? `Hình thức kỷ luật đã áp dụng: ${forms.join('; ')}.` : 'Không có trường hợp bị xử lý kỷ luật.'),
  );
  return out;
}

function unitsNotReported(content: CompiledContent): Paragraph[] {
  const { reported, missing } = content.units;
  const late = reported.filter((u) => !u.onTime).length;
  const out = [heading('III. ĐƠN VỊ CHƯA BÁO CÁO'), text(`Số đơn vị đã báo cáo: ${reported.length} (đúng hạn: ${reported.length - late}; trễ hạn: ${late}).`)];
  if (missing.length === 0) return [...out, text('Tất cả các đơn vị đã báo cáo.')];
  return [...out, text(`Các đơn vị chưa báo cáo (${missing.length}):`), ...missing.map((u, i) => text(`- ${nfc(u.name)}${i === missing.length - 1 ? '.' : ';'}`))];
}

function closing(content: CompiledContent): Paragraph {
  const subject = nfc(content.title).replace(/^báo cáo\s+/iu, '');
  return text(`Trên đây là báo cáo ${subject} của ${nfc(content.agency.name)}./.`);
}

function signature(content: CompiledContent): Table {
  const lists = content.recipients.filter((r) => !/^lưu\s*:/iu.test(nfc(r.name).trim()));
  return signatureBlock({
    recipients: lists.map((r) => `${nfc(r.name).trim()}${r.capacity.trim() ? ` ${nfc(r.capacity).trim()}` : ''}`),
    archiveLine: ARCHIVE_LINE,
    signer: content.signer,
  });
}

/**
 * The compiled report as an official document (NĐ 30/2020/NĐ-CP, Phụ lục I): first-page heading,
 * "BÁO CÁO" with its trích yếu, sections I–V, then Nơi nhận and the signer block. The number after
 * "Số:" is left blank for the clerk.
 */
export async function compiledReportDocx(content: CompiledContent): Promise<Uint8Array> {
  const children = [
    officialHead({ issuer: content.agency, typeCode: DOCUMENT_TYPE_CODE, symbol: null, documentDate: content.documentDate }),
    ...titleBlock(DOCUMENT_TYPE, content.title),
    text(
      `Trên cơ sở báo cáo của các phòng, đơn vị trực thuộc và số liệu theo dõi trên hệ thống, ${nfc(content.agency.name)} báo cáo kết quả thực hiện công tác dân vận trong kỳ báo cáo (từ ngày ${isoToDmy(content.period.from)} đến ngày ${isoToDmy(content.period.to)}) như sau:`,
    ),
    ...results(content),
    ...casesAndMisconduct(content),
    ...unitsNotReported(content),
    heading('IV. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT'),
    heading('1. Khó khăn, vướng mắc'),
    ...byUnit(content.difficulties, 'Không có.'),
    heading('2. Kiến nghị, đề xuất'),
    ...byUnit(content.proposals, 'Không có.'),
    heading('V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI'),
    ...byUnit(content.nextDirection, 'Tiếp tục thực hiện các nội dung của Kế hoạch.'),
    closing(content),
    new Paragraph({ spacing: { before: 0, after: 0, line: 360, lineRule: LineRuleType.EXACT }, children: [run('', { size: 2 })] }),
    signature(content),
  ];

  return officialDocument({ title: content.title, creator: content.agency.name, children });
}
