import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RuleSet,
  addDays,
  computeDeadline,
  vnDefaults,
  type PeriodUnit,
} from '../../../shared/deadlines/index.ts';

const { calendar } = vnDefaults();

// Triggers inside the years the calendar covers (2021–2026), so the count never leaves known data.
const trigger = fc.integer({ min: 0, max: daysFrom('2021-01-01', '2026-09-30') }).map((n) => addDays('2021-01-01', n));
const unit = fc.constantFrom<PeriodUnit>('calendar-days', 'working-days');

function daysFrom(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

function ruleSetWith(period: number, u: PeriodUnit): RuleSet {
  return new RuleSet({
    name: 'property',
    rules: [
      {
        id: 'test/rule',
        version: 'p',
        titleVi: 't',
        titleEn: 't',
        period,
        unit: u,
        trigger: { vi: 't', en: 't' },
        source: { law: 'l', article: 'a' },
        verified: true,
        effectiveFrom: '2000-01-01',
        effectiveUntil: null,
      },
    ],
  });
}

const dueOf = (t: string, period: number, u: PeriodUnit): string => {
  const due = computeDeadline({ ruleId: 'test/rule', trigger: t }, calendar, ruleSetWith(period, u)).due;
  if (due === null) throw new Error('unexpected suspension');
  return due;
};

describe('deadline invariants (fast-check)', () => {
  it('never puts a due date before its trigger, and always on a working day', () => {
    fc.assert(
      fc.property(trigger, fc.integer({ min: 0, max: 120 }), unit, (t, period, u) => {
        const due = dueOf(t, period, u);
        expect(due >= t).toBe(true);
        if (period > 0) expect(due > t).toBe(true);
        expect(calendar.isWorkingDay(due)).toBe(true);
      }),
    );
  });

  it('never gives an earlier date for a longer period', () => {
    fc.assert(
      fc.property(trigger, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 40 }), unit, (t, period, more, u) => {
        expect(dueOf(t, period + more, u) >= dueOf(t, period, u)).toBe(true);
      }),
    );
  });

  it('spans exactly the period in working days for a working-day rule', () => {
    fc.assert(
      fc.property(trigger, fc.integer({ min: 1, max: 60 }), (t, period) => {
        const due = dueOf(t, period, 'working-days');
        let working = 0;
        for (let d = addDays(t, 1); d <= due; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) working++;
        expect(working).toBe(period);
      }),
    );
  });

  it('ends a calendar-day period on day N, or on the first working day after it', () => {
    fc.assert(
      fc.property(trigger, fc.integer({ min: 1, max: 120 }), (t, period) => {
        const last = addDays(t, period);
        const due = dueOf(t, period, 'calendar-days');
        expect(due).toBe(calendar.isWorkingDay(last) ? last : calendar.nextWorkingDay(last));
      }),
    );
  });
});
