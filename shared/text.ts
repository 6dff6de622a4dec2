/** Lower case, no diacritics (đ → d), letters and digits only, single spaces: `'Đơn  KHIẾU-nại'` → `'don khieu nai'`. */
export function normalizeVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Characters that show nothing on their own: spaces, controls, format marks (zero-width, bidi), combining marks. */
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{M}\u2800\u3164\uFFA0]/gu;

/** Whether `text` shows anything: `'\u200B\u202E'` and a lone combining mark do not. */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '') !== '';
}

/** Whether `text` is well-formed UTF-16 (no lone surrogate, which no font, database export or e-mail can carry). */
export function isWellFormedText(text: string): boolean {
  return !/\p{Cs}/u.test(text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));
}

/**
 * One line of text for a mail header or a title: line breaks, tabs and other controls become one space,
 * format marks that reorder or hide text go (`'Báo cáo\r\nBcc: x'` → `'Báo cáo Bcc: x'`), NFC.
 */
export function singleLine(text: string): string {
  return text
    .replace(/[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\p{Cc}\u2028\u2029\s]+/gu, ' ')
    .normalize('NFC')
    .trim();
}
