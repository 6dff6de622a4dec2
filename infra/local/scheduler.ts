import { Cron } from 'croner';
import { FUNCTIONS, functionsOfKind, SCHEDULE_TIMEZONE, scheduleInput, type FunctionName } from '../../shared/platform/resources.ts';
import { invokeFunction } from './functions.ts';

/**
 * Turns an EventBridge Scheduler cron expression (`cron(min hour day-of-month month day-of-week year)`,
 * day-of-week 1–7 = SUN–SAT) into a croner pattern (day-of-week 0–6 = SUN–SAT). The year field must be
 * `*`: no schedule of this platform is bound to a year.
 *
 * @example toCronerPattern('cron(0 7 ? * MON-FRI *)') // '0 7 * * MON-FRI'
 */
export function toCronerPattern(expression: string): string {
  const fields = expression.match(/^cron\((.+)\)$/)?.[1]?.trim().split(/\s+/);
  if (!fields || fields.length !== 6) throw new Error(`Not an EventBridge cron expression: ${expression}`);
  const [minute, hour, dayOfMonth, month, dayOfWeek, year] = fields as [string, string, string, string, string, string];
  if (year !== '*') throw new Error(`Year-bound schedules are not supported: ${expression}`);
  // EventBridge's `0/15` (from 0, every 15) is croner's `0-59/15`.
  const stepFrom = (field: string, max: number) => field.replace(/^(\d+)\/(\d+)$/, (_, start: string, step: string) => `${start}-${max}/${step}`);
  const dow = dayOfWeek.replace(/\b([1-7])\b/g, (d) => String(Number(d) - 1));
  return [
    stepFrom(minute, 59),
    stepFrom(hour, 23),
    dayOfMonth === '?' ? '*' : stepFrom(dayOfMonth, 31),
    stepFrom(month, 12),
    dow === '?' ? '*' : dow,
  ].join(' ');
}

export const scheduledFunctions = functionsOfKind('schedule');

/** Runs every scheduled function once, as of `at` (the `tick` command, and each firing of the scheduler). */
export async function runScheduled(at: Date, only: FunctionName[] = scheduledFunctions): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  for (const name of only) results[name] = await invokeFunction(name, scheduleInput(name, at.toISOString()));
  return results;
}

/** Fires each scheduled function on its own cron expression, in Asia/Ho_Chi_Minh, like EventBridge Scheduler. */
export function startScheduler(log: (line: string) => void = () => undefined): { stop(): void; next(): Record<string, string | undefined> } {
  const jobs = scheduledFunctions.map((name) => {
    const definition = FUNCTIONS[name] as { schedule?: string };
    const pattern = toCronerPattern(definition.schedule ?? '');
    return {
      name,
      job: new Cron(pattern, { timezone: SCHEDULE_TIMEZONE, protect: true }, async (self: Cron) => {
        const at = self.currentRun() ?? new Date();
        try {
          await runScheduled(at, [name]);
          log(`[scheduler] ${name} ran for ${at.toISOString()}`);
        } catch (error) {
          log(`[scheduler] ${name} failed: ${(error as Error).message}`);
        }
      }),
    };
  });
  return {
    stop: () => jobs.forEach(({ job }) => job.stop()),
    next: () => Object.fromEntries(jobs.map(({ name, job }) => [name, job.nextRun()?.toISOString()])),
  };
}
