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
export const FONT = 'Times New Roman';
export const BLACK = '000000';
export const pt = (points: number) => points * 2;
export const SIZE = {
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
export const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

export const PAGE = {
  width: 11906,
  height: 16838,
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  header: mm(10),
} as const;
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
export const FIRST_LINE_INDENT = mm(10);
export const HEADER_LEFT = Math.round(TEXT_WIDTH * 0.4);
export const HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT;
export const FOOT_LEFT = Math.round(TEXT_WIDTH * 0.45);
export const FOOT_RIGHT = TEXT_WIDTH - FOOT_LEFT;

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** Spaces left after "Số:" for the clerk to write the number in by hand. */
export const NUMBER_BLANK = '\u00a0'.repeat(6);

/** A document date the dateline cannot be written from. */
export class InvalidDocumentDateError extends Error {
  constructor(value: string, options?: ErrorOptions) {
    super(`documentDate must be dd/mm/yyyy or yyyy-mm-dd, got "${value}"`, options);
    this.name = 'InvalidDocumentDateError';
  }
}

export const nfc = (text: string) => text.normalize('NFC');
export const upper = (text: string) => nfc(text).toLocaleUpperCase('vi-VN');

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
 * The issuing body's name as printed under its parent body: the parent's "tỉnh …" is not repeated.
 * @example issuerName('Sở Khoa học và Công nghệ tỉnh Quảng Ngãi', 'UBND tỉnh Quảng Ngãi') // "Sở Khoa học và Công nghệ"
 */
export function issuerName(name: string, parentBody: string | undefined): string {
  const place = parentBody ? /\s((?:tỉnh|thành phố)\s.+)$/iu.exec(nfc(parentBody))?.[1] : undefined;
  const full = nfc(name).trim();
  if (place && full.toLocaleLowerCase('vi-VN').endsWith(` ${place.toLocaleLowerCase('vi-VN')}`)) return full.slice(0, full.length - place.length - 1).trim();
  return full;
}

/** Rough width of a line of Times New Roman in twips, to size the short rules the decree draws under lines. */
export function approxWidth(text: string, halfPoints: number, bold: boolean): number {
  let em = 0;
  for (const ch of nfc(text)) {
    if (ch === ' ') em += 0.25;
    else if (/[-.,:;/]/.test(ch)) em += 0.3;
    else if (ch === ch.toLocaleUpperCase('vi-VN') && ch !== ch.toLocaleLowerCase('vi-VN')) em += /[IJ]/i.test(ch) ? 0.4 : 0.72;
    else em += /[ijlftr]/i.test(ch) ? 0.3 : 0.5;
  }
  return Math.round(em * (halfPoints / 2) * 20 * (bold ? 1.04 : 1));
}

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}
export const run = (text: string, style: RunStyle = {}) => new TextRun({ text: nfc(text), font: FONT, color: BLACK, size: style.size ?? SIZE.body, bold: style.bold ?? false, italics: style.italics ?? false });

export const tight = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;
export const bodySpacing = { before: 120, after: 0, line: 288, lineRule: LineRuleType.AUTO } as const;

export const centred = (text: string, style: RunStyle, spacing: { before?: number; after?: number } = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...tight, ...spacing }, children: [run(text, style)] });

/** Clear of the descenders of the line above (4 pt). */
export const RULE_GAP = 80;

/** A centred horizontal rule of the given length, as a top border on a 1 pt high paragraph. */
export const rule = (length: number, within: number, before = 0) => {
  const side = Math.max(0, Math.round((within - length) / 2));
  return new Paragraph({
    spacing: { before, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    indent: { left: side, right: side },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: BLACK, space: 1 } },
    children: [run('', { size: 2 })],
  });
};

export const body = (runs: TextRun[], opts: { keepNext?: boolean } = {}) =>
  new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: FIRST_LINE_INDENT }, spacing: bodySpacing, keepNext: opts.keepNext ?? false, children: runs });
export const text = (value: string) => body([run(value)]);
export const heading = (value: string) => body([run(value, { bold: true })], { keepNext: true });

export const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
export const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
export const LINE = { style: BorderStyle.SINGLE, size: 4, color: BLACK } as const;
export const LINES = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

export const layoutCell = (width: number, children: Paragraph[]) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER }, margins: { left: 0, right: 0, top: 0, bottom: 0 }, children });

export const layoutTable = (widths: [number, number], rows: [Paragraph[], Paragraph[]][]) =>
  new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.map(([left, right]) => new TableRow({ cantSplit: true, children: [layoutCell(widths[0], left), layoutCell(widths[1], right)] })),
  });

export type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
export interface GridCell {
  value: string | number;
  bold?: boolean;
  align?: Align;
}
/** A bordered data table; numbers are centred, the header row and `bold` cells are bold. */
export function grid(widths: number[], header: string[], rows: GridCell[][]): Table {
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
export const formatInt = (n: number) => n.toLocaleString('vi-VN');

export const spacer = () => new Paragraph({ spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT }, children: [run('', { size: 2 })] });

/**
 * An official document on A4 in the decree's layout: Times New Roman everywhere, the margins above,
 * the page number centred in the header from page 2.
 */
export async function officialDocument({ title, creator, children }: { title: string; creator: string; children: (Paragraph | Table)[] }): Promise<Uint8Array> {
  const document = new Document({
    title: nfc(title),
    creator: nfc(creator),
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
