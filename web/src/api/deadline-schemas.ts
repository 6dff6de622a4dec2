import * as z from 'zod';
import { CalendarEditSchema, StoredCalendarYearSchema as SharedStoredCalendarYearSchema } from '../../../shared/calendar/model.ts';
import { CalendarYearSchema } from '../../../shared/deadlines/calendar.ts';
import { DeadlineResultFrameSchema } from '../../../shared/deadlines/result-schema.ts';
import { RuleSchema } from '../../../shared/deadlines/rules.ts';
import { DeadlineEventSchema, TrackedDeadlineSchema } from '../../../shared/tracked-deadlines/model.ts';

/*
 * Deadlines and the working calendar, built from the shared model schemas as the routes in
 * shared/http/routes.ts are (importing the route table itself would ship every route to the browser). A module of its own, so only
 * the lazily loaded deadline and calendar pages carry it.
 * `test/unit/web/schemas.test.ts` checks each one against its route. Trace steps are validated loosely,
 * {kind, text} plus any fields: `deadlines/trace.ts` reads the structured fields it needs step by step.
 */
export const RulesSchema = z.object({ items: z.array(RuleSchema) });
export type RuleView = z.infer<typeof RuleSchema>;

/** A computed deadline with its explanation: the response of `previewDeadline`. */
export const DeadlineResultSchema = DeadlineResultFrameSchema;
export type DeadlineResultView = z.infer<typeof DeadlineResultSchema>;

export const TrackedDeadlinesSchema = z.object({ items: z.array(TrackedDeadlineSchema) });
export type TrackedDeadlineView = z.infer<typeof TrackedDeadlineSchema>;
export const DeadlineDetailSchema = z.object({
  deadline: TrackedDeadlineSchema,
  computation: DeadlineResultSchema.nullable(),
  history: z.array(DeadlineEventSchema),
});
export type DeadlineDetail = z.infer<typeof DeadlineDetailSchema>;

export const StoredCalendarYearSchema = SharedStoredCalendarYearSchema;
export type StoredCalendarYearView = z.infer<typeof StoredCalendarYearSchema>;
export type CalendarYearView = z.infer<typeof CalendarYearSchema>;
export const CalendarSchema = z.object({ years: z.array(StoredCalendarYearSchema) });
/** The body of `PUT /calendar/{year}`: `version: null` creates the year. */
export interface PutCalendarYearBody {
  version: number | null;
  data: CalendarYearView;
  reason: string;
}
export const CalendarHistorySchema = z.object({ items: z.array(CalendarEditSchema) });
export const CalendarProposalSchema = CalendarYearSchema;
export const CalendarExportSchema = z.object({ filename: z.string(), contentType: z.literal('text/calendar'), content: z.string() });
export const CalendarImportSchema = z.object({ years: z.array(StoredCalendarYearSchema) });
