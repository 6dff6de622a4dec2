/**
 * Dictionary entries from a shared model's labels, so a label is written once, beside its key:
 * `labelEntries('case.status', CASE_STATUS_LABELS, 'vi')` → `{ 'case.status.received': 'Đã tiếp nhận', … }`.
 */
export function labelEntries<P extends string, K extends string>(prefix: P, labels: Record<K, { vi: string; en: string }>, language: 'vi' | 'en'): Record<`${P}.${K}`, string> {
  return Object.fromEntries(Object.entries<{ vi: string; en: string }>(labels).map(([key, label]) => [`${prefix}.${key}`, label[language]])) as Record<`${P}.${K}`, string>;
}
