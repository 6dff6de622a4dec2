import * as z from 'zod';
import { addDays } from '../../../../shared/deadlines/civil-date.ts';

/**
 * Turns a deadline's trace (one step per rule, trigger, skipped day, …) into what a reader follows: the
 * steps in order, with each run of consecutive non-working days folded into one block that names why
 * each part of it was not counted (a weekend, or a named day off such as Tết).
 */

const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const NonWorkingReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('weekend'), date: DateOnly, weekday: z.enum(['saturday', 'sunday']) }),
  z.object({
    kind: z.literal('day-off'),
    date: DateOnly,
    dayOff: z.object({ nameVi: z.string(), nameEn: z.string(), kind: z.string() }).loose(),
  }),
]);
export type NonWorkingReason = z.infer<typeof NonWorkingReasonSchema>;

const SkipStepSchema = z.object({ kind: z.literal('skip'), text: z.string(), date: DateOnly, reason: NonWorkingReasonSchema });
const RollStepSchema = z.object({ kind: z.literal('roll'), text: z.string(), from: DateOnly, to: DateOnly, reasons: z.array(NonWorkingReasonSchema) });

export interface RawStep {
  kind: string;
  text: string;
}

/** Why the days of a run were not counted: Saturdays and Sundays together, or one named day off. */
export type RunReason = { kind: 'weekend' } | { kind: 'day-off'; nameVi: string; nameEn: string; dayOffKind: string };

export interface SkipRun {
  from: string;
  to: string;
  days: number;
  reason: RunReason;
}

export type TraceItem =
  | { type: 'step'; step: RawStep }
  /** Consecutive days not counted, from `from` to `to` inclusive; `steps` keeps each day's own text. */
  | { type: 'skipped'; from: string; to: string; days: number; runs: SkipRun[]; steps: RawStep[] }
  | { type: 'roll'; step: RawStep; from: string; to: string; runs: SkipRun[] };

function runReason(reason: NonWorkingReason): RunReason {
  return reason.kind === 'weekend'
    ? { kind: 'weekend' }
    : { kind: 'day-off', nameVi: reason.dayOff.nameVi, nameEn: reason.dayOff.nameEn, dayOffKind: reason.dayOff.kind };
}

function sameReason(a: RunReason, b: RunReason): boolean {
  return a.kind === 'weekend' ? b.kind === 'weekend' : b.kind === 'day-off' && a.nameVi === b.nameVi;
}

/** Consecutive dates with the same reason become one run: 08/02–14/02 Tết, then 17/02–18/02 weekend. */
export function runsOf(reasons: readonly NonWorkingReason[]): SkipRun[] {
  const runs: SkipRun[] = [];
  for (const reason of reasons) {
    const last = runs.at(-1);
    const why = runReason(reason);
    if (last && addDays(last.to, 1) === reason.date && sameReason(last.reason, why)) {
      last.to = reason.date;
      last.days++;
    } else {
      runs.push({ from: reason.date, to: reason.date, days: 1, reason: why });
    }
  }
  return runs;
}

export function groupTrace(steps: readonly RawStep[]): TraceItem[] {
  const items: TraceItem[] = [];
  let block: { steps: RawStep[]; reasons: NonWorkingReason[] } | null = null;
  const close = () => {
    if (!block) return;
    const runs = runsOf(block.reasons);
    const from = runs[0]?.from ?? '';
    const to = runs.at(-1)?.to ?? '';
    items.push({ type: 'skipped', from, to, days: block.reasons.length, runs, steps: block.steps });
    block = null;
  };
  for (const step of steps) {
    const skip = SkipStepSchema.safeParse(step);
    if (skip.success) {
      const previous = block?.reasons.at(-1);
      if (block && previous && addDays(previous.date, 1) === skip.data.date) {
        block.steps.push(step);
        block.reasons.push(skip.data.reason);
        continue;
      }
      close();
      block = { steps: [step], reasons: [skip.data.reason] };
      continue;
    }
    close();
    const roll = RollStepSchema.safeParse(step);
    items.push(roll.success ? { type: 'roll', step, from: roll.data.from, to: roll.data.to, runs: runsOf(roll.data.reasons) } : { type: 'step', step });
  }
  close();
  return items;
}
