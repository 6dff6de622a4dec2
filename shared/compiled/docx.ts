import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { DISCIPLINE_FORM_LABELS, type DisciplineForm } from '../cases/misconduct.ts';
import type { CompiledContent } from './model.ts';

/**
 * Format of NĐ 30/2020/NĐ-CP, Điều 8 and Phụ lục I (sizes in points; docx counts half-points):
 * - A4, margins top/bottom 20 mm, left 30 mm, right 15 mm (the decree allows 20–25 / 30–35 / 15–20).
 * - Times New Roman, black, everywhere (docDefaults, theme fonts and every run).
 * - Quốc hiệu 12 pt bold upper-case (12–13) and cơ quan chủ quản / cơ quan ban hành 12 pt (12–13): the
 *   smaller end, so "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" stays on one line in its column.
 * - Tiêu ngữ 13 pt bold (13–14), one point above the Quốc hiệu as the appendix's sample shows.
 * - "Số:" 13 pt (the decree fixes 13); dateline 14 pt italic (13–14).
 * - Tên loại "BÁO CÁO" and trích yếu 14 pt bold (13–14); body 14 pt (13–14), justified, first line
 *   indented 1 cm, at least 6 pt between paragraphs, line spacing 1.2 (between single and 1.5 lines).
 * - Tables 13 pt: the decree leaves their size open and one point less keeps the columns readable.
 * - Signer block 14 pt bold (13–14); "Nơi nhận:" 12 pt bold italic and its lines 11 pt (the decree's sizes).
 * - Page number 14 pt, centred in the header, not on page 1 (titlePg with an empty first-page header).
 */
const FONT = 'Times New Roman';
const BLACK = '000000';
const pt = (points: number) => points * 2;
const SIZE = {
  nationalName: pt(12),
  motto: pt(13),
  issuer: pt(12),
  number: pt(13),
  dateline: pt(14),
  title: pt(14),
  body: pt(14),
  table: pt(13),
  signer: pt(14),
  recipientsLabel: pt(12),
  recipients: pt(11),
  pageNumber: pt(14),
} as const;

/** Millimetres to twips, rounded (docx's own helper truncates 20 mm to 1133). */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

const PAGE = {
  width: 11906,
  height: 16838,
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  header: mm(10),
} as const;
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const FIRST_LINE_INDENT = mm(10);
const HEADER_LEFT = Math.round(TEXT_WIDTH * 0.4);
const HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT;
const FOOT_LEFT = Math.round(TEXT_WIDTH * 0.45);
const FOOT_RIGHT = TEXT_WIDTH - FOOT_LEFT;

const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const DOCUMENT_TYPE = 'BÁO CÁO';
const DOCUMENT_TYPE_CODE = 'BC';
/** Spaces left after "Số:" for the clerk to write the number in by hand. */
const NUMBER_BLANK = '\u00a0'.repeat(6);
const ARCHIVE_LINE = '- Lưu: VT, VP.';

/** A document date the dateline cannot be written from. */
export class InvalidDocumentDateError extends Error {
  constructor(value: string, options?: ErrorOptions) {
    super(`documentDate must be dd/mm/yyyy or yyyy-mm-dd, got "${value}"`, options);
    this.name = 'InvalidDocumentDateError';
  }
}

const nfc = (text: string) => text.normalize('NFC');
const upper = (text: string) => nfc(text).toLocaleUpperCase('vi-VN');

/**
 * The dateline's date, with a leading zero for days 1–9 and months 1–2 only, as Phụ lục I requires.
 * @example datelineDate('05/03/2025') // "ngày 05 tháng 3 năm 2025"
 */
export function datelineDate(documentDate: string): string {
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(documentDate);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(documentDate);
  const [day, month, year] = dmy ? [Number(dmy[1]), Number(dmy[2]), dmy[3]] : iso ? [Number(iso[3]), Number(iso[2]), iso[1]] : [NaN, NaN, ''];
  if (!(day >= 1 && day <= 31 && month >= 1 && month <= 12)) throw new InvalidDocumentDateError(documentDate);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/**
 * The agency's part of a document symbol, from its short name.
 * @example documentSymbolOf('Sở KH&CN') // "SKHCN", as in "Số: …/BC-SKHCN"
 */
export function documentSymbolOf(shortName: string): string {
  const ascii = nfc(shortName).replace(/[Đđ]/g, (c) => (c === 'Đ' ? 'D' : 'd')).normalize('NFD').replace(/\p{M}/gu, '');
  return ascii
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const letters = word.replace(/[^A-Za-z0-9]/g, '');
      return letters === letters.toUpperCase() ? letters : letters.charAt(0).toUpperCase();
    })
    .join('');
}

/**
 * The issuing body's name as printed under its parent body: the parent's "tỉnh …" is not repeated.
 * @example issuerName('Sở Khoa học và Công nghệ tỉnh Quảng Ngãi', 'UBND tỉnh Quảng Ngãi') // "Sở Khoa học và Công nghệ"
 */
function issuerName(name: string, parentBody: string | undefined): string {
  const place = parentBody ? /\s((?:tỉnh|thành phố)\s.+)$/iu.exec(nfc(parentBody))?.[1] : undefined;
  const full = nfc(name).trim();
  if (place && full.toLocaleLowerCase('vi-VN').endsWith(` ${place.toLocaleLowerCase('vi-VN')}`)) return full.slice(0, full.length - place.length - 1).trim();
  return full;
}

/** Rough width of a line of Times New Roman in twips, to size the short rules the decree draws under lines. */
function approxWidth(text: string, halfPoints: number, bold: boolean): number {
  let em = 0;
  for (const ch of nfc(text)) {
    if (ch === ' ') em += 0.25;
    else if (/[-.,:;/]/.test(ch)) em += 0.3;
    else if (ch === ch.toLocaleUpperCase('vi-VN') && ch !== ch.toLocaleLowerCase('vi-VN')) em += /[IJ]/i.test(ch) ? 0.4 : 0.72;
    else em += /[ijlftr]/i.test(ch) ? 0.3 : 0.5;
  }
  return Math.round(em * (halfPoints / 2) * 20 * (bold ? 1.04 : 1));
}

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}
const run = (text: string, style: RunStyle = {}) => new TextRun({ text: nfc(text), font: FONT, color: BLACK, size: style.size ?? SIZE.body, bold: style.bold ?? false, italics: style.italics ?? false });

const tight = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;
const bodySpacing = { before: 120, after: 0, line: 288, lineRule: LineRuleType.AUTO } as const;

const centred = (text: string, style: RunStyle, spacing: { before?: number; after?: number } = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...tight, ...spacing }, children: [run(text, style)] });

/** Clear of the descenders of the line above (4 pt). */
const RULE_GAP = 80;

/** A centred horizontal rule of the given length, as a top border on a 1 pt high paragraph. */
const rule = (length: number, within: number, before = 0) => {
  const side = Math.max(0, Math.round((within - length) / 2));
  return new Paragraph({
    spacing: { before, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    indent: { left: side, right: side },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: BLACK, space: 1 } },
    children: [run('', { size: 2 })],
  });
};

const body = (runs: TextRun[], opts: { keepNext?: boolean } = {}) =>
  new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: FIRST_LINE_INDENT }, spacing: bodySpacing, keepNext: opts.keepNext ?? false, children: runs });
const text = (value: string) => body([run(value)]);
const heading = (value: string) => body([run(value, { bold: true })], { keepNext: true });

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: BLACK } as const;
const LINES = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

const layoutCell = (width: number, children: Paragraph[]) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER }, margins: { left: 0, right: 0, top: 0, bottom: 0 }, children });

const layoutTable = (widths: [number, number], rows: [Paragraph[], Paragraph[]][]) =>
  new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.map(([left, right]) => new TableRow({ cantSplit: true, children: [layoutCell(widths[0], left), layoutCell(widths[1], right)] })),
  });

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
interface GridCell {
  value: string | number;
  bold?: boolean;
  align?: Align;
}
/** A bordered data table; numbers are centred, the header row and `bold` cells are bold. */
function grid(widths: number[], header: string[], rows: GridCell[][]): Table {
  // Keep-with-next on every row but the last holds a short table together on one page.
  const cell = (c: GridCell, width: number, isHeader: boolean, keepNext: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: [
        new Paragraph({
          alignment: c.align ?? (isHeader || typeof c.value === 'number' ? AlignmentType.CENTER : AlignmentType.LEFT),
          spacing: tight,
          keepNext,
          children: [run(typeof c.value === 'number' ? formatInt(c.value) : c.value, { bold: isHeader || (c.bold ?? false), size: SIZE.table })],
        }),
      ],
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: LINES,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell({ value: h }, widths[i] ?? 0, true, rows.length > 0)) }),
      ...rows.map((r, n) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, widths[i] ?? 0, false, n < rows.length - 1)) })),
    ],
  });
}
const spacer = () => new Paragraph({ spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT }, children: [run('', { size: 2 })] });

/** The plan's section titles carry their number already ("1. Quán triệt…"); others get theirs. */
const numbered = (index: number, title: string) => (/^\s*\d+\.\s/.test(title) ? nfc(title).trim() : `${index + 1}. ${nfc(title).trim()}`);

const formatInt = (n: number) => n.toLocaleString('vi-VN');
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

function firstPageHead(content: CompiledContent): Table {
  const { agency } = content;
  const issuer = upper(issuerName(agency.name, agency.parentBody));
  const left = [
    ...(agency.parentBody ? [centred(upper(agency.parentBody), { size: SIZE.issuer })] : []),
    centred(issuer, { size: SIZE.issuer, bold: true }),
    rule(Math.round(Math.min(approxWidth(issuer, SIZE.issuer, true), HEADER_LEFT) * 0.4), HEADER_LEFT, RULE_GAP),
  ];
  const right = [
    centred(NATIONAL_NAME, { size: SIZE.nationalName, bold: true }),
    centred(MOTTO, { size: SIZE.motto, bold: true }),
    rule(approxWidth(MOTTO, SIZE.motto, true), HEADER_RIGHT, RULE_GAP),
  ];
  const number = [centred(`Số:${NUMBER_BLANK}/${DOCUMENT_TYPE_CODE}-${documentSymbolOf(agency.shortName)}`, { size: SIZE.number }, { before: 120 })];
  const dateline = [centred(`${nfc(agency.placeName)}, ${datelineDate(content.documentDate)}`, { size: SIZE.dateline, italics: true }, { before: 120 })];
  return layoutTable(
    [HEADER_LEFT, HEADER_RIGHT],
    [
      [left, right],
      [number, dateline],
    ],
  );
}

function titleBlock(title: string): Paragraph[] {
  return [
    centred(DOCUMENT_TYPE, { size: SIZE.title, bold: true }, { before: 360 }),
    centred(title, { size: SIZE.title, bold: true }),
    rule(Math.round(Math.min(approxWidth(title, SIZE.title, true), TEXT_WIDTH) * 0.4), TEXT_WIDTH, RULE_GAP),
    spacer(),
  ];
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

function signatureBlock(content: CompiledContent): Table {
  const lists = content.recipients.filter((r) => !/^lưu\s*:/iu.test(nfc(r.name).trim()));
  const line = (value: string) => new Paragraph({ spacing: tight, children: [run(value, { size: SIZE.recipients })] });
  const left = [
    new Paragraph({ spacing: tight, children: [run('Nơi nhận:', { bold: true, italics: true, size: SIZE.recipientsLabel })] }),
    ...lists.map((r) => line(`- ${nfc(r.name).trim()}${r.capacity.trim() ? ` ${nfc(r.capacity).trim()}` : ''};`)),
    line(ARCHIVE_LINE),
  ];
  const { signer } = content;
  const right = [
    centred(upper(signer.authority), { size: SIZE.signer, bold: true }),
    centred(upper(signer.position), { size: SIZE.signer, bold: true }),
    ...Array.from({ length: 4 }, () => centred('', { size: SIZE.signer }, { before: 120 })),
    centred(signer.name, { size: SIZE.signer, bold: true }, { before: 240 }),
  ];
  return layoutTable([FOOT_LEFT, FOOT_RIGHT], [[left, right]]);
}

/**
 * The compiled report as an official document (NĐ 30/2020/NĐ-CP, Phụ lục I): first-page heading,
 * "BÁO CÁO" with its trích yếu, sections I–V, then Nơi nhận and the signer block. The number after
 * "Số:" is left blank for the clerk.
 */
export async function compiledReportDocx(content: CompiledContent): Promise<Uint8Array> {
  const children = [
    firstPageHead(content),
    ...titleBlock(content.title),
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
    signatureBlock(content),
  ];

  const document = new Document({
    title: nfc(content.title),
    creator: nfc(content.agency.name),
    theme: { fonts: { headings: FONT, body: FONT } },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, color: BLACK, language: { value: 'vi-VN' } },
          paragraph: { spacing: tight },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.header },
          },
          titlePage: true,
        },
        headers: {
          first: new Header({ children: [new Paragraph({ spacing: tight, children: [run('', { size: SIZE.pageNumber })] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: tight,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, color: BLACK, size: SIZE.pageNumber })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.pack(document, 'uint8array');
}
