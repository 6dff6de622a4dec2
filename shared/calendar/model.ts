import * as z from 'zod';
import { CalendarYearSchema } from '../deadlines/calendar.ts';

/** A year of an agency's working calendar as stored: the data, who last changed it, and its lock version. */
export const StoredCalendarYearSchema = z.object({
  agencyId: z.string(),
  data: CalendarYearSchema,
  updatedAt: z.string(),
  updatedBy: z.string(),
  version: z.number().int().nonnegative(),
});
export type StoredCalendarYear = z.infer<typeof StoredCalendarYearSchema>;

/** One edit of a calendar year, kept forever: what changed, who, when, why. */
export const CalendarEditSchema = z.object({
  agencyId: z.string(),
  year: z.number().int(),
  editId: z.string(),
  at: z.string(),
  by: z.string(),
  reason: z.string(),
  before: CalendarYearSchema.nullable(),
  after: CalendarYearSchema,
});
export type CalendarEdit = z.infer<typeof CalendarEditSchema>;
