import { Cron } from 'croner';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS, functionsOfKind, SCHEDULE_TIMEZONE } from '../../../shared/platform/resources.ts';
import { toCronerPattern } from '../../../infra/local/scheduler.ts';

describe('EventBridge cron expressions in the local scheduler', () => {
  it.each([
    ['cron(0/15 * * * ? *)', '0-59/15 * * * *'],
    ['cron(5/20 8/2 * * ? *)', '5-59/20 8-23/2 * * *'],
    ['cron(0 7 ? * MON-FRI *)', '0 7 * * MON-FRI'],
    ['cron(30 8 ? * 2 *)', '30 8 * * 1'],
    ['cron(0 9 1 * ? *)', '0 9 1 * *'],
  ])('turns %s into %s', (expression, pattern) => {
    expect(toCronerPattern(expression)).toBe(pattern);
  });

  it('refuses expressions bound to a year and malformed ones', () => {
    expect(() => toCronerPattern('cron(0 7 * * ? 2026)')).toThrow(/Year-bound/);
    expect(() => toCronerPattern('rate(5 minutes)')).toThrow(/Not an EventBridge cron/);
  });

  it('fires a quarter-hourly schedule at :00, :15, :30 and :45', () => {
    const job = new Cron(toCronerPattern('cron(0/15 * * * ? *)'), { timezone: SCHEDULE_TIMEZONE, paused: true });
    expect(job.nextRuns(3, new Date('2026-11-27T01:07:00Z')).map((d) => d.toISOString())).toEqual([
      '2026-11-27T01:15:00.000Z',
      '2026-11-27T01:30:00.000Z',
      '2026-11-27T01:45:00.000Z',
    ]);
    job.stop();
  });

  it('fires a weekday 07:00 schedule at 07:00 Vietnam time, i.e. 00:00 UTC, skipping the weekend', () => {
    const job = new Cron(toCronerPattern('cron(0 7 ? * MON-FRI *)'), { timezone: SCHEDULE_TIMEZONE, paused: true });
    // Friday 2026-11-27 08:00 local → next run Monday 2026-11-30 07:00 local.
    expect(job.nextRun(new Date('2026-11-27T01:00:00Z'))?.toISOString()).toBe('2026-11-30T00:00:00.000Z');
    job.stop();
  });

  it('understands every schedule the platform defines', () => {
    for (const name of functionsOfKind('schedule')) {
      const schedule = (FUNCTIONS[name] as { schedule?: string }).schedule;
      expect(schedule, name).toBeDefined();
      const job = new Cron(toCronerPattern(schedule ?? ''), { timezone: SCHEDULE_TIMEZONE, paused: true });
      expect(job.nextRun(new Date('2026-01-01T00:00:00Z'))).toBeInstanceOf(Date);
      job.stop();
    }
  });
});
