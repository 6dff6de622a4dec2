import { type WorkingCalendar, describeNonWorkingVi } from './calendar.ts';
import { type CivilDate, addDays, formatVi } from './civil-date.ts';
import { type DeadlineInput, computeDeadline } from './compute.ts';
import type { RuleSet } from './rules.ts';

export interface OpenDeadline {
  id: string;
  input: DeadlineInput;
}

export interface ChangedDay {
  date: CivilDate;
  /** Vietnamese: 'ngày làm việc' or why the day is not worked. */
  before: string;
  after: string;
}

export interface DeadlineChange {
  itemId: string;
  oldDue: CivilDate;
  newDue: CivilDate;
  reason: string;
  changedDays: ChangedDay[];
}

function describeDay(calendar: WorkingCalendar, date: CivilDate): string {
  const why = calendar.whyNotWorking(date);
  return why ? describeNonWorkingVi(why) : 'ngày làm việc';
}

/** Days in `[from, to]` that are working days in one calendar and not in the other. */
export function changedDays(oldCalendar: WorkingCalendar, newCalendar: WorkingCalendar, from: CivilDate, to: CivilDate): ChangedDay[] {
  const changes: ChangedDay[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    if (oldCalendar.isWorkingDay(d) !== newCalendar.isWorkingDay(d)) {
      changes.push({ date: d, before: describeDay(oldCalendar, d), after: describeDay(newCalendar, d) });
    }
  }
  return changes;
}

/**
 * The open deadlines whose due date moves (suspended ones have none until resumed) when the calendar is edited (e.g. a new day off 24/11),
 * each with the days whose status changed; deadlines that do not move are left out.
 */
export function recomputeForCalendarChange(
  items: readonly OpenDeadline[],
  oldCalendar: WorkingCalendar,
  newCalendar: WorkingCalendar,
  ruleSet: RuleSet,
): DeadlineChange[] {
  const changes: DeadlineChange[] = [];
  for (const item of items) {
    const before = computeDeadline(item.input, oldCalendar, ruleSet);
    const after = computeDeadline(item.input, newCalendar, ruleSet);
    if (before.due === after.due || before.due === null || after.due === null) continue;
    const last = before.due > after.due ? before.due : after.due;
    const days = changedDays(oldCalendar, newCalendar, before.trigger.localDate, last);
    changes.push({
      itemId: item.id,
      oldDue: before.due,
      newDue: after.due,
      reason:
        `Hạn đổi từ ${formatVi(before.due)} sang ${formatVi(after.due)} do lịch làm việc thay đổi: ` +
        days.map((d) => `${formatVi(d.date)} (${d.before} → ${d.after})`).join('; '),
      changedDays: days,
    });
  }
  return changes;
}
