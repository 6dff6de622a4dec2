import { calendarDateOf, formatDate, formatDateTime } from '../../format.ts';

export type DueText = { kind: 'before-day'; date: string; lastDay: string } | { kind: 'before-instant'; dateTime: string };

/**
 * How to say a due instant. The plan's "gửi trước ngày 05/11" is stored as 05/11 00:00 in Vietnam:
 * shown as "before 05/11/2026" (last day 04/11), never as a confusing "05/11/2026 00:00".
 */
export function dueText(dueInstant: string): DueText {
  const local = formatDateTime(dueInstant);
  if (local.endsWith(' 00:00')) {
    const lastDay = calendarDateOf(new Date(Date.parse(dueInstant) - 1));
    return { kind: 'before-day', date: formatDate(dueInstant), lastDay: formatDate(lastDay) };
  }
  return { kind: 'before-instant', dateTime: local };
}

/** A key for one submit intent, reused while the same content is retried (RFC 4122 version 4). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
