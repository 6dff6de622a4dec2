/**
 * CSV for spreadsheet users: UTF-8 with a byte-order mark (without it Excel reads Vietnamese as mojibake),
 * comma-separated, CRLF line ends, fields quoted only when they need it.
 */
export type CsvValue = string | number | null | undefined;

const BOM = '\uFEFF';
/** A text starting like a formula is run by spreadsheets ("=HYPERLINK(…)"): it is kept as text. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: `a "b"` → `"a ""b"""`; `=1+1` → `'=1+1`; numbers as they are; null → empty. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",;\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The file's text, BOM first: `toCsv([['Đơn vị', 'Số'], ['Phòng A', 2]])` → `\uFEFFĐơn vị,Số\r\nPhòng A,2\r\n`. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvBlob(rows: readonly (readonly CsvValue[])[]): Blob {
  return new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' });
}
