import * as z from 'zod';

const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/**
 * A computed deadline with its explanation, as the engine returns it (shared/deadlines/compute.ts). The
 * schema checks the frame and lets every trace field through. Schema only, so the web app can import it.
 */
export const DeadlineResultFrameSchema = z
  .object({
    status: z.enum(['running', 'suspended']),
    due: DateOnly.nullable(),
    dueInstant: z.string().nullable(),
    rule: z.object({ id: z.string(), version: z.string(), titleVi: z.string(), titleEn: z.string() }).loose(),
    trigger: z.object({ input: z.string(), instant: z.string().nullable(), localDate: DateOnly }),
    countedDays: z.number(),
    totalDays: z.number(),
    warnings: z.array(z.object({ kind: z.literal('warning'), code: z.string(), text: z.string() }).loose()),
    trace: z.array(z.object({ kind: z.string(), text: z.string() }).loose()),
  })
  .loose();
