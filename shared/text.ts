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
