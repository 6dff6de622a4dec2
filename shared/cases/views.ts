import * as z from 'zod';
import { ReportedOfficialInputSchema } from '../organization/official.ts';
import { CaseCommandSchema } from './lifecycle.ts';
import { MisconductCaseSchema, MisconductCommandSchema } from './misconduct.ts';
import { RATING_LEVELS } from './labels.ts';
import { CaseRegistrationFieldsSchema, CaseStatusSchema, CaseTypeSchema, CitizenCaseSchema } from './model.ts';

/** A case as one viewer receives it: redacted for them, with the commands they may give now. */
export const CaseViewSchema = CitizenCaseSchema.extend({
  redacted: z.array(z.enum(['petitioner', 'official', 'confidential-documents'])),
});

export const CaseDetailSchema = z.object({
  case: CaseViewSchema,
  availableCommands: z.array(z.string()),
  /** Ids of the tracked deadlines of each step, for the deadline page with its explanation. */
  deadlineIds: z.record(z.string(), z.string()),
});

export const RegistrationWarningSchema = z.object({ code: z.string(), messageVi: z.string(), messageEn: z.string() });

export const RegistrationResponseSchema = z.object({
  case: CaseViewSchema,
  warnings: z.array(RegistrationWarningSchema),
  duplicates: z.array(z.object({ caseId: z.string(), score: z.number(), signals: z.array(z.string()) })),
  /** Shown once, to give the citizen; only its hash is stored. */
  trackingCode: z.string(),
});

export const CaseListQuerySchema = z.object({
  type: CaseTypeSchema.optional(),
  status: CaseStatusSchema.optional(),
  due: z.enum(['soon', 'overdue']).optional(),
  unitId: z.string().optional(),
});

export const PublicCaseViewSchema = z.object({
  type: CaseTypeSchema,
  typeLabel: z.object({ vi: z.string(), en: z.string() }),
  receivedOn: z.string(),
  status: CaseStatusSchema,
  statusLabel: z.object({ vi: z.string(), en: z.string() }),
  nextDeadline: z.string().nullable(),
  decisions: z.array(z.object({ decidedOn: z.string(), summary: z.string() })),
  nextStep: z.object({ vi: z.string(), en: z.string(), from: z.string().nullable(), lastDay: z.string().nullable() }).nullable(),
  mayRate: z.boolean(),
  rating: z.object({ level: z.enum(RATING_LEVELS), ratedOn: z.string() }).nullable(),
});

/**
 * What the public form accepts: a subset of registration, no internal fields. A citizen describes the
 * official in their own words; the office identifies them in the directory.
 */
export const PublicCaseFormSchema = CaseRegistrationFieldsSchema.pick({ type: true, anonymous: true, petitioner: true, subject: true, content: true, unitConcerned: true, filingFacts: true }).extend({
  officialConcerned: ReportedOfficialInputSchema.optional(),
});
export type PublicCaseForm = z.input<typeof PublicCaseFormSchema>;

export const AccessLogEntrySchema = z.object({ at: z.string(), userId: z.string(), action: z.string(), recordId: z.string() });

export { CaseCommandSchema, MisconductCaseSchema, MisconductCommandSchema };
