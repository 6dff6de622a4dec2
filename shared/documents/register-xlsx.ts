import ExcelJS from 'exceljs';
import { formatVi } from '../deadlines/civil-date.ts';
import type { RegisterTable } from './registers.ts';

const FONT = 'Times New Roman';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BOXED: Partial<ExcelJS.Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/**
 * A register as a workbook: the agency and the register's title, the period, the form's headings (a
 * group heading over its columns, the columns numbered 1…n below as the form numbers them), one row per
 * case, and the count.
 */
export async function registerXlsx(table: RegisterTable, agencyName: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = agencyName;
  const sheet = workbook.addWorksheet(table.register.label.vi.slice(0, 31), { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const width = table.columns.length;
  const line = (text: string, font: Partial<ExcelJS.Font>) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, width);
    row.getCell(1).font = { name: FONT, size: 12, ...font };
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    return row;
  };
  line(agencyName.normalize('NFC').toLocaleUpperCase('vi-VN'), { bold: true });
  line(table.register.title, { bold: true, size: 14 });
  line(`Từ ngày ${formatVi(table.from)} đến ngày ${formatVi(table.to)}`, { italic: true });
  sheet.addRow([]);

  const grouped = table.columns.some((c) => c.group);
  const top = sheet.addRow(table.columns.map((c) => c.group ?? c.header));
  const second = grouped ? sheet.addRow(table.columns.map((c) => c.header)) : undefined;
  const numbers = sheet.addRow(table.columns.map((_, i) => String(i + 1)));
  if (second) {
    table.columns.forEach((column, i) => {
      if (!column.group) sheet.mergeCells(top.number, i + 1, second.number, i + 1);
    });
    for (let i = 0; i < width; ) {
      const group = table.columns[i]?.group;
      let j = i;
      while (group && table.columns[j + 1]?.group === group) j += 1;
      if (group && j > i) sheet.mergeCells(top.number, i + 1, top.number, j + 1);
      i = j + 1;
    }
  }
  for (const row of [top, ...(second ? [second] : []), numbers]) {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { name: FONT, size: 11, bold: row !== numbers, italic: row === numbers };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BOXED;
    });
  }
  for (const values of table.rows) {
    const row = sheet.addRow(values);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { name: FONT, size: 11 };
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = BOXED;
    });
  }
  const total = sheet.addRow([`Tổng số: ${table.totals.rows}`]);
  sheet.mergeCells(total.number, 1, total.number, width);
  total.getCell(1).font = { name: FONT, size: 11, bold: true };
  table.columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = column.width;
  });
  sheet.views = [{ state: 'frozen', ySplit: numbers.number }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
