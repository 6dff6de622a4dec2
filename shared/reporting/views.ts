import * as z from 'zod';
import { AttachmentSchema, DraftSchema, ObligationSchema, ObligationStatusSchema, RECORD_FIGURES, SubmissionSchema, type RecordFigure, type ReportContent, type SectionDefinition } from './model.ts';

/** An obligation as users see it: with its computed status and how to send it by e-mail. */
export const ObligationViewSchema = ObligationSchema.extend({
  status: ObligationStatusSchema,
  unitName: z.string(),
  /** Address that files a report for exactly this obligation. */
  emailAddress: z.string(),
  /** Who receives the report for the Department: its office (the plan's III.2, "qua Văn phòng Sở"). */
  recipients: z.array(z.object({ userId: z.string(), fullName: z.string() })),
});
export type ObligationView = z.infer<typeof ObligationViewSchema>;

export const ObligationDetailSchema = z.object({
  obligation: ObligationViewSchema,
  draft: DraftSchema.nullable(),
  submissions: z.array(SubmissionSchema),
});

export const ReceiptSchema = z.object({
  receiptNumber: z.string(),
  agencyName: z.string(),
  unitName: z.string(),
  obligationTitleVi: z.string(),
  obligationTitleEn: z.string(),
  version: z.number().int(),
  channel: z.enum(['web', 'email']),
  submittedAt: z.string(),
  submittedBy: z.string(),
  dueInstant: z.string(),
  onTime: z.boolean(),
  attachments: z.array(z.object({ filename: z.string(), size: z.number() })),
});
export type Receipt = z.infer<typeof ReceiptSchema>;

export const ComplianceMatrixSchema = z.object({
  planId: z.string(),
  /** Reporting units, and units since merged or split that owed reports before: those carry `endedOn` and their successors' names. */
  units: z.array(z.object({ unitId: z.string(), name: z.string(), endedOn: z.string().optional(), successorNames: z.array(z.string()).optional() })),
  periods: z.array(z.object({ templateId: z.string(), kind: z.string(), titleVi: z.string(), titleEn: z.string(), dueInstant: z.string() })),
  cells: z.array(
    z.object({
      unitId: z.string(),
      templateId: z.string(),
      obligationId: z.string(),
      status: ObligationStatusSchema,
      latestVersion: z.number().int(),
      firstSubmittedAt: z.string().optional(),
    }),
  ),
  totals: z.record(ObligationStatusSchema, z.number().int()),
});
export type ComplianceMatrix = z.infer<typeof ComplianceMatrixSchema>;

/** A filed attachment with a short-lived link to the copy filed with its version. */
export const AttachmentLinkSchema = AttachmentSchema.extend({ url: z.string() });
export type AttachmentLink = z.infer<typeof AttachmentLinkSchema>;

/** The numbers the platform's records give for an obligation's unit and period (`record-figures.ts`). */
const Count = z.number().int().nonnegative();
export const RecordFiguresSchema = z.object({
  /** False when the period has no dates (an implementation plan) or the plan draws no number from the records. */
  available: z.boolean(),
  period: z.object({ from: z.string(), to: z.string() }).nullable(),
  totals: z.record(z.enum(RECORD_FIGURES), Count),
  byType: z.array(z.object({ type: z.string(), labelVi: z.string(), labelEn: z.string(), received: Count, resolved: Count, resolvedOnTime: Count })),
});
export type RecordFigures = z.infer<typeof RecordFiguresSchema>;

/** Where a report's number differs from the records' (a number left blank is not a difference). */
export function recordDifferences(sections: readonly SectionDefinition[], content: ReportContent, totals: Record<RecordFigure, number>) {
  return sections.flatMap((section) =>
    section.metrics.flatMap((metric) => {
      const reported = content.sections[section.id]?.metrics[metric.id];
      if (!metric.fromRecords || reported === undefined || reported === totals[metric.fromRecords]) return [];
      return [{ sectionId: section.id, metricId: metric.id, reported, records: totals[metric.fromRecords] }];
    }),
  );
}
