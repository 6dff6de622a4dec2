import ExcelJS from 'exceljs';
import { DISCIPLINE_FORM_LABELS, type DisciplineForm } from '../cases/misconduct.ts';
import type { CompiledContent } from './model.ts';
import { formatLocalDateTime } from '../time-zone.ts';

export const SHEET_BY_UNIT = 'Số liệu theo đơn vị';
export const SHEET_CASES = 'Đơn thư';
export const SHEET_REPORTING = 'Tình hình báo cáo';

const FONT = 'Times New Roman';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BOXED: Partial<ExcelJS.Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const SECTION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFB4C6E7' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

const nfc = (text: string) => text.normalize('NFC');


const numbered = (index: number, title: string) => (/^\s*\d+\.\s/.test(title) ? nfc(title).trim() : `${index + 1}. ${nfc(title).trim()}`);

const isoToDmy = (value: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
};

/** Sets Times New Roman (and whatever else is given) on every cell of a row, keeping bold/italic apart. */
function style(row: ExcelJS.Row, font: Partial<ExcelJS.Font> = {}, extra: { border?: boolean; fill?: ExcelJS.Fill; from?: number; to?: number } = {}) {
  const from = extra.from ?? 1;
  const to = extra.to ?? row.cellCount;
  for (let c = from; c <= to; c++) {
    const cell = row.getCell(c);
    cell.font = { name: FONT, size: 12, ...font };
    if (extra.border) cell.border = BOXED;
    if (extra.fill) cell.fill = extra.fill;
  }
}

function titleRows(sheet: ExcelJS.Worksheet, content: CompiledContent, heading: string, width: number) {
  const rows = [
    sheet.addRow([nfc(content.agency.name).toLocaleUpperCase('vi-VN')]),
    sheet.addRow([`${heading} (kèm theo ${nfc(content.title)})`]),
    sheet.addRow([`Kỳ báo cáo: từ ngày ${isoToDmy(content.period.from)} đến ngày ${isoToDmy(content.period.to)}`]),
  ];
  rows.forEach((row, i) => {
    sheet.mergeCells(row.number, 1, row.number, Math.max(width, 1));
    style(row, { bold: i < 2, italic: i === 2, size: i === 1 ? 13 : 12 }, { to: 1 });
    row.getCell(1).alignment = { horizontal: i === 0 ? 'left' : 'center', vertical: 'middle', wrapText: true };
  });
  rows[1]!.height = 36;
  sheet.addRow([]);
}

/** Units in the report's order: those that reported, then any other that has figures. */
function unitsWithFigures(content: CompiledContent): { unitId: string; name: string }[] {
  const units = content.units.reported.map((u) => ({ unitId: u.unitId, name: u.name }));
  const known = new Set(units.map((u) => u.unitId));
  const names = new Map<string, string>();
  for (const s of content.sections) for (const n of s.narratives) names.set(n.unitId, n.unitName);
  for (const s of content.sections)
    for (const m of s.metrics)
      for (const unitId of Object.keys(m.byUnit))
        if (!known.has(unitId)) {
          known.add(unitId);
          units.push({ unitId, name: names.get(unitId) ?? unitId });
        }
  return units;
}

function byUnitSheet(workbook: ExcelJS.Workbook, content: CompiledContent) {
  const sheet = workbook.addWorksheet(SHEET_BY_UNIT);
  const columns = content.sections.flatMap((section, s) => section.metrics.map((metric) => ({ section: s, metric })));
  const width = 2 + columns.length;
  titleRows(sheet, content, 'PHỤ LỤC: SỐ LIỆU THỰC HIỆN CÔNG TÁC DÂN VẬN THEO ĐƠN VỊ', width);

  const sectionRow = sheet.addRow(['STT', 'Đơn vị', ...columns.map(({ section }) => numbered(section, content.sections[section]!.titleVi))]);
  const metricRow = sheet.addRow(['', '', ...columns.map(({ metric }) => nfc(metric.labelVi))]);
  sheet.mergeCells(sectionRow.number, 1, metricRow.number, 1);
  sheet.mergeCells(sectionRow.number, 2, metricRow.number, 2);
  let start = 3;
  content.sections.forEach((section) => {
    const span = section.metrics.length;
    if (span > 1) sheet.mergeCells(sectionRow.number, start, sectionRow.number, start + span - 1);
    start += span;
  });
  style(sectionRow, { bold: true }, { border: true, fill: SECTION_FILL, to: width });
  style(metricRow, { bold: true }, { border: true, fill: HEADER_FILL, to: width });
  for (const row of [sectionRow, metricRow]) {
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  sectionRow.height = 60;
  metricRow.height = 75;

  const units = unitsWithFigures(content);
  const firstData = metricRow.number + 1;
  units.forEach((unit, i) => {
    const row = sheet.addRow([i + 1, nfc(unit.name), ...columns.map(({ metric }) => metric.byUnit[unit.unitId] ?? null)]);
    style(row, {}, { border: true, to: width });
    row.getCell(1).alignment = { horizontal: 'center' };
    row.getCell(2).alignment = { wrapText: true, vertical: 'middle' };
  });
  const lastData = firstData + units.length - 1;
  const totals = sheet.addRow([
    '',
    'Tổng cộng',
    ...columns.map(({ metric }, i) => {
      const letter = sheet.getColumn(3 + i).letter;
      const result = units.reduce((sum, unit) => sum + (metric.byUnit[unit.unitId] ?? 0), 0);
      return units.length > 0 ? { formula: `SUM(${letter}${firstData}:${letter}${lastData})`, result } : 0;
    }),
  ]);
  style(totals, { bold: true }, { border: true, fill: TOTAL_FILL, to: width });
  for (let c = 3; c <= width; c++) sheet.getColumn(c).numFmt = '#,##0';

  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 42;
  for (let c = 3; c <= width; c++) sheet.getColumn(c).width = 16;
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: metricRow.number, topLeftCell: `C${metricRow.number + 1}` }];
}

function casesSheet(workbook: ExcelJS.Workbook, content: CompiledContent) {
  const sheet = workbook.addWorksheet(SHEET_CASES);
  const width = 7;
  titleRows(sheet, content, 'PHỤ LỤC: TÌNH HÌNH TIẾP NHẬN, GIẢI QUYẾT ĐƠN THƯ', width);
  const header = sheet.addRow(['STT', 'Loại đơn', 'Tiếp nhận', 'Đã giải quyết', 'Giải quyết đúng hạn', 'Tỷ lệ đúng hạn', 'Đang giải quyết']);
  style(header, { bold: true }, { border: true, fill: HEADER_FILL, to: width });
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.height = 36;

  const firstData = header.number + 1;
  const rate = (onTime: number, resolved: number) => (resolved > 0 ? onTime / resolved : null);
  content.cases.byType.forEach((row, i) => {
    const r = sheet.addRow([i + 1, nfc(row.labelVi), row.received, row.resolved, row.resolvedOnTime, rate(row.resolvedOnTime, row.resolved), row.open]);
    style(r, {}, { border: true, to: width });
    r.getCell(1).alignment = { horizontal: 'center' };
  });
  const lastData = firstData + content.cases.byType.length - 1;
  const { totals } = content.cases;
  const sum = (col: string, result: number) => (content.cases.byType.length > 0 ? { formula: `SUM(${col}${firstData}:${col}${lastData})`, result } : result);
  const totalRow = sheet.addRow([
    '',
    'Tổng cộng',
    sum('C', totals.received),
    sum('D', totals.resolved),
    sum('E', totals.resolvedOnTime),
    rate(totals.resolvedOnTime, totals.resolved),
    sum('G', totals.open),
  ]);
  style(totalRow, { bold: true }, { border: true, fill: TOTAL_FILL, to: width });
  sheet.getColumn(6).numFmt = '0.0%';
  for (const c of [3, 4, 5, 7]) sheet.getColumn(c).numFmt = '#,##0';

  sheet.addRow([]);
  const { misconduct } = content;
  const heading = sheet.addRow(['', 'Xem xét, xử lý cán bộ, công chức, viên chức vi phạm', 'Số vụ việc']);
  style(heading, { bold: true }, { border: true, fill: HEADER_FILL, from: 2, to: 3 });
  const lines: [string, number][] = [
    ['Vụ việc được xem xét', misconduct.opened],
    ['Kết luận có vi phạm', misconduct.concludedViolation],
    ['Kết luận không vi phạm', misconduct.concludedNoViolation],
    ...Object.entries(misconduct.disciplined).map(([form, n]): [string, number] => [`Kỷ luật: ${DISCIPLINE_FORM_LABELS[form as DisciplineForm]?.vi ?? form}`, n]),
  ];
  for (const [label, value] of lines) style(sheet.addRow(['', label, value]), {}, { border: true, from: 2, to: 3 });

  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 48;
  for (const c of [3, 4, 5, 6, 7]) sheet.getColumn(c).width = 15;
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
}

function reportingSheet(workbook: ExcelJS.Workbook, content: CompiledContent) {
  const sheet = workbook.addWorksheet(SHEET_REPORTING);
  const width = 5;
  titleRows(sheet, content, 'PHỤ LỤC: TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ', width);
  const header = sheet.addRow(['STT', 'Đơn vị', 'Tình trạng', 'Số phiên bản', 'Nộp lần đầu (giờ Việt Nam)']);
  style(header, { bold: true }, { border: true, fill: HEADER_FILL, to: width });
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.height = 36;
  const { reported, missing } = content.units;
  const rows = [
    ...reported.map((u) => ({ values: [nfc(u.name), u.onTime ? 'Đúng hạn' : 'Trễ hạn', u.versions, formatLocalDateTime(u.firstSubmittedAt)], font: {} })),
    ...missing.map((u) => ({ values: [nfc(u.name), 'Chưa báo cáo', null, null], font: { color: { argb: 'FFC00000' } } })),
  ];
  rows.forEach(({ values, font }, i) => {
    const row = sheet.addRow([i + 1, ...values]);
    style(row, font, { border: true, to: width });
    for (const c of [1, 3, 4, 5]) row.getCell(c).alignment = { horizontal: 'center' };
  });
  sheet.addRow([]);
  const late = reported.filter((u) => !u.onTime).length;
  const summary = sheet.addRow(['', `Đã báo cáo: ${reported.length} (đúng hạn: ${reported.length - late}; trễ hạn: ${late}). Chưa báo cáo: ${missing.length}.`]);
  style(summary, { italic: true }, { from: 2, to: 2 });

  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 48;
  sheet.getColumn(3).width = 16;
  sheet.getColumn(4).width = 14;
  sheet.getColumn(5).width = 26;
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
}

/**
 * The compiled report's annex: figures per unit and metric (with totals), citizen cases by type and
 * misconduct, and who reported (on time, late, versions, first submission) and who did not.
 */
export async function compiledReportXlsx(content: CompiledContent): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = nfc(content.agency.name);
  workbook.title = nfc(content.title);
  byUnitSheet(workbook, content);
  casesSheet(workbook, content);
  reportingSheet(workbook, content);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
