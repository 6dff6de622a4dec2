import * as z from 'zod';
import { FixedClock } from '../clock.ts';

/** What a schedule sends (see `scheduleInput` in resources.ts). */
export const ScheduledEventSchema = z.object({
  source: z.literal('dan-van-monitor.scheduler'),
  schedule: z.string().min(1),
  scheduledAt: z.iso.datetime({ offset: true }),
});
export type ScheduledEvent = z.infer<typeof ScheduledEventSchema>;

/** The clock of a scheduled run: the instant it was scheduled for, not the wall clock. */
export function clockOf(event: unknown): FixedClock {
  return new FixedClock(ScheduledEventSchema.parse(event).scheduledAt);
}
