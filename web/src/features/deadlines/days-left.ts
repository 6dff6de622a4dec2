import { calendarDateOf } from '../../format.ts';

const DAY_MS = 86_400_000;

/**
 * Whole days from today (in Vietnam) to a deadline's last day, read off its due instant (00:00 local the
 * day after the last day): 0 = the last day is today, 1 = tomorrow, negative = overdue by that many days.
 * `daysLeft('2024-02-23T17:00:00Z', new Date('2024-02-20T03:00:00Z'))` → 3.
 */
export function daysLeft(dueInstant: string, now: Date): number {
  const lastDay = calendarDateOf(new Date(Date.parse(dueInstant) - 1));
  const today = calendarDateOf(now);
  return Math.round((Date.parse(`${lastDay}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

export type Urgency = 'overdue' | 'today' | 'soon' | 'later';

/** `soon` = within three days, when a handler still has time to act. */
export function urgencyOf(days: number): Urgency {
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  return days <= 3 ? 'soon' : 'later';
}
