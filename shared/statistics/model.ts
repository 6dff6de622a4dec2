import * as z from 'zod';
import { RATING_LEVELS } from '../cases/labels.ts';

/** Schemas of the dashboard and the public statistics, apart from their computation so the web app can import them. */
const StatusCounts = z.record(z.string(), z.number().int());
const CaseRow = z.object({ type: z.string(), labelVi: z.string(), labelEn: z.string(), received: z.number().int(), resolved: z.number().int(), resolvedOnTime: z.number().int(), open: z.number().int() });

export const DashboardSchema = z.object({
  generatedAt: z.string(),
  periods: z.array(z.object({ templateId: z.string(), titleVi: z.string(), titleEn: z.string(), dueInstant: z.string(), counts: StatusCounts })),
  units: z.array(z.object({ unitId: z.string(), name: z.string(), onTime: z.number().int(), late: z.number().int(), overdue: z.number().int(), missing: z.number().int(), pending: z.number().int() })),
  cases: z.array(CaseRow),
  overdue: z.array(z.object({ deadlineId: z.string(), title: z.string(), kind: z.string(), due: z.string().nullable(), daysOverdue: z.number().int() })),
  /** How satisfied citizens said they were, over the cases the reader may see: counts per level, never per handler. */
  ratings: z.object({ total: z.number().int(), byLevel: z.record(z.enum(RATING_LEVELS), z.number().int()) }),
});
export type Dashboard = z.infer<typeof DashboardSchema>;

/** A public count of citizens' cases: `null` when it is above zero but under the minimum cell size (it could point to someone). */
const PublicCount = z.number().int().nullable();
const PublicCaseRow = z.object({ type: z.string(), labelVi: z.string(), labelEn: z.string(), received: PublicCount, resolved: PublicCount, resolvedOnTime: PublicCount });

export const PublicStatisticsSchema = z.object({
  plan: z.object({ titleVi: z.string(), reference: z.string() }),
  /** The figures are those at the end of this day (Vietnam), so they change once a day, not with each filing. */
  asOf: z.string(),
  /** When the daily refresh computed them: requests read this snapshot, never the live records. */
  refreshedAt: z.string(),
  /** Counts of cases from 1 to `minimumCell - 1` are published as `null`. */
  minimumCell: z.number().int(),
  reporting: z.array(z.object({ titleVi: z.string(), dueInstant: z.string(), units: z.number().int(), onTime: z.number().int(), late: z.number().int(), notReported: z.number().int() })),
  cases: z.array(PublicCaseRow),
  /** All types together, suppressed the same way (and wherever a row's cell is, so no cell can be worked out from the total). */
  casesTotal: PublicCaseRow.pick({ received: true, resolved: true, resolvedOnTime: true }),
  /** Citizens' ratings given by the end of `asOf`, per level, suppressed like the cases (the total too, where a level is). */
  ratings: z.object({ total: PublicCount, byLevel: z.record(z.enum(RATING_LEVELS), PublicCount) }),
});
export type PublicStatistics = z.infer<typeof PublicStatisticsSchema>;

/** Where the public page's daily snapshot of an agency's figures is kept. */
export interface PublicStatisticsStore {
  get(agencyId: string): Promise<PublicStatistics | undefined>;
  put(agencyId: string, figures: PublicStatistics): Promise<void>;
}
