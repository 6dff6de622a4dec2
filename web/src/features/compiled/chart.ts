/**
 * The arithmetic of the dashboard's SVG bar charts, kept apart from the drawing so it can be tested:
 * axis maximum and ticks, bar lengths, stacked segments, and rates.
 */

/** The axis maximum: the smallest 1, 2 or 5 × 10ⁿ not below `value` (at least 1): 7 → 10, 23 → 50, 0 → 1. */
export function niceMax(value: number): number {
  if (!(value > 1)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) {
    if (step * magnitude >= value) return step * magnitude;
  }
  return 10 * magnitude;
}

/** Evenly spaced whole-number ticks from 0 to `max` (a {@link niceMax}), at most `count` + 1 of them. */
export function ticks(max: number, count = 5): number[] {
  const step = Math.max(1, Math.ceil(max / count));
  const out: number[] = [];
  for (let tick = 0; tick <= max; tick += step) out.push(tick);
  return out;
}

/** The length of a bar of `value` on an axis of `length` px that reaches `max`; never negative, never past the axis. */
export function scaled(value: number, max: number, length: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return (Math.min(value, max) / max) * length;
}

export interface Segment {
  key: string;
  value: number;
  start: number;
  length: number;
}

/** The segments of one stacked bar, in order, each starting where the previous ended; zero values are left out. */
export function stack(parts: readonly { key: string; value: number }[], max: number, length: number): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  for (const part of parts) {
    const size = scaled(part.value, max, length);
    if (size > 0) segments.push({ key: part.key, value: part.value, start, length: size });
    start += size;
  }
  return segments;
}

/** `part` of `whole` in percent, one decimal; null when there is nothing to divide (0 of 0 is no rate, not 0 %). */
export function percent(part: number, whole: number): number | null {
  if (!(whole > 0)) return null;
  return Math.round((part / whole) * 1000) / 10;
}

/** `66.7` → `66,7%` in Vietnamese, `66.7%` in English; null → an em dash. */
export function formatPercent(value: number | null, language: 'vi' | 'en'): string {
  if (value === null) return '—';
  return `${new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(value)}%`;
}

/** Shortens a label for the chart's fixed label column; the full label stays in the SVG `<title>` and the table. */
export function clip(label: string, maxChars: number): string {
  return label.length <= maxChars ? label : `${label.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}
