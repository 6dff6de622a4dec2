import * as z from 'zod';
import { OfficialSchema } from '../organization/official.ts';
import { CivilDateSchema } from '../deadlines/civil-date.ts';
import { DeadlineInputSchema } from '../deadlines/compute.ts';

/** What a deadline belongs to: a citizen case step, a unit report obligation, a misconduct case… */
export const DeadlineSubjectSchema = z.object({
  kind: z.enum(['case', 'report', 'misconduct', 'other']),
  id: z.string().min(1).max(128),
  title: z.string().min(1).max(300),
  unitId: z.string().optional(),
  /**
   * The official the case or misconduct case names: whoever is recused from it (`recusedFrom`, from the
   * directory at each read) never sees this deadline nor is alerted about it.
   */
  official: OfficialSchema.optional(),
});

/**
 * How the due date is found: from a legal rule on the working calendar (recomputed when the calendar
 * changes), or a fixed administrative instant that never rolls (e.g. "before 05/11").
 */
export const DeadlineBasisSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('rule'), input: DeadlineInputSchema }),
  z.object({ type: z.literal('fixed'), dueInstant: z.iso.datetime({ offset: true }), label: z.string().min(1) }),
]);

/** A deadline the platform watches: the first-class record every alert and on-time figure is computed from. */
export const TrackedDeadlineSchema = z.object({
  agencyId: z.string(),
  deadlineId: z.string(),
  subject: DeadlineSubjectSchema,
  /** Users who handle it: told when it moves, reminded before it passes. */
  assignees: z.array(z.string()).max(20),
  basis: DeadlineBasisSchema,
  /** Last day, inclusive, local; null while suspended. */
  due: CivilDateSchema.nullable(),
  dueInstant: z.string().nullable(),
  ruleVersion: z.string().optional(),
  status: z.enum(['open', 'met', 'cancelled']),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int().nonnegative(),
});
export type TrackedDeadline = z.infer<typeof TrackedDeadlineSchema>;

/** Append-only history of a deadline. */
export const DeadlineEventSchema = z.object({
  deadlineId: z.string(),
  at: z.string(),
  type: z.enum(['created', 'recomputed', 'closed']),
  by: z.string(),
  oldDue: CivilDateSchema.nullable(),
  newDue: CivilDateSchema.nullable(),
  reason: z.string(),
});
export type DeadlineEvent = z.infer<typeof DeadlineEventSchema>;

/**
 * A message owed to one person about one moved deadline. Written in the same transaction as the move,
 * sent later and marked sent, so a crash between the two loses nothing.
 */
export const DeadlineNoticeSchema = z.object({
  agencyId: z.string(),
  /** What caused it, e.g. the calendar edit id; one e-mail per (batch, person). */
  batchId: z.string(),
  userId: z.string(),
  deadlineId: z.string(),
  subjectTitle: z.string(),
  oldDue: CivilDateSchema.nullable(),
  newDue: CivilDateSchema.nullable(),
  reason: z.string(),
  status: z.enum(['pending', 'sent']),
  createdAt: z.string(),
  sentAt: z.string().optional(),
  messageId: z.string().optional(),
});
export type DeadlineNotice = z.infer<typeof DeadlineNoticeSchema>;

export type DeadlineBasisInput = z.input<typeof DeadlineBasisSchema>;
