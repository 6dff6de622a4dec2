import * as z from 'zod';
import type { Unit, User } from '../organization/model.ts';

/** The figures the platform keeps itself, which a report's numbers may be drawn from (counts of the unit's citizen cases in the period). */
export const RECORD_FIGURES = ['cases-received', 'cases-resolved', 'cases-resolved-on-time'] as const;
export type RecordFigure = (typeof RECORD_FIGURES)[number];

/** A number a unit reports in a section (e.g. "briefing sessions held"). */
export const MetricDefinitionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  labelVi: z.string().min(1),
  labelEn: z.string().min(1),
  /** Where the platform's own records give the number: the form starts from it and a different figure is flagged. */
  fromRecords: z.enum(RECORD_FIGURES).optional(),
});

/** One section of the report, after the plan's section II (items 1–7). */
export const SectionDefinitionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  titleVi: z.string().min(1),
  titleEn: z.string().min(1),
  metrics: z.array(MetricDefinitionSchema),
});
export type SectionDefinition = z.infer<typeof SectionDefinitionSchema>;

export const ObligationKindSchema = z.enum(['implementation-plan', 'annual', 'mid-term', 'final', 'ad-hoc']);
export type ObligationKind = z.infer<typeof ObligationKindSchema>;

/** A reporting period of the plan: every reporting unit owes one report for it. */
export const ObligationTemplateSchema = z.object({
  templateId: z.string().regex(/^[a-z0-9-]+$/).max(60),
  kind: ObligationKindSchema,
  titleVi: z.string().min(3).max(200),
  titleEn: z.string().min(3).max(200),
  /** The instant the report is late from: "before 05/11/2025" is 2025-11-05T00:00+07:00. */
  dueInstant: z.iso.datetime({ offset: true }),
  /** Data the report covers (NĐ 09/2019 Điều 12: 15/12 of the previous year to 14/12), when it has a period. */
  periodFrom: z.iso.date().optional(),
  periodTo: z.iso.date().optional(),
});
export type ObligationTemplate = z.infer<typeof ObligationTemplateSchema>;

/** A plan's reporting regime, as data: sections, periods, and when an obligation counts as due soon or missing. */
export const ReportingPlanSchema = z.object({
  agencyId: z.string(),
  planId: z.string().regex(/^[a-z0-9-]+$/),
  titleVi: z.string().min(3),
  titleEn: z.string().min(3),
  reference: z.string().min(3),
  sections: z.array(SectionDefinitionSchema).min(1),
  templates: z.array(ObligationTemplateSchema),
  dueSoonDays: z.number().int().min(1).max(60),
  /** Days after the due instant when an unsubmitted report is counted missing rather than overdue. */
  missingAfterDays: z.number().int().min(1).max(365),
  version: z.number().int().nonnegative(),
});
export type ReportingPlan = z.infer<typeof ReportingPlanSchema>;

export const ObligationStatusSchema = z.enum(['not-yet-due', 'due-soon', 'overdue', 'submitted-on-time', 'submitted-late', 'missing']);
export type ObligationStatus = z.infer<typeof ObligationStatusSchema>;

/** What one unit owes for one period. */
export const ObligationSchema = z.object({
  agencyId: z.string(),
  obligationId: z.string(),
  planId: z.string(),
  templateId: z.string(),
  unitId: z.string(),
  kind: ObligationKindSchema,
  titleVi: z.string(),
  titleEn: z.string(),
  dueInstant: z.string(),
  periodFrom: z.string().optional(),
  periodTo: z.string().optional(),
  /** Short code for e-mail: in the subject (`[BC-7K2Q9M]`) or the address (`bao-cao+bc-7k2q9m@…`). */
  code: z.string(),
  /** When the first complete version arrived: on-time status is decided by it, whatever comes later. */
  firstSubmittedAt: z.string().optional(),
  latestVersion: z.number().int().nonnegative(),
  /** Units that owed it before a merger or split moved it here, with the day it moved. */
  transferredFrom: z.array(z.object({ unitId: z.string(), on: z.string() })).optional(),
  /** A merger made it redundant: the successor owes the same period under this obligation id. */
  supersededBy: z.string().optional(),
  createdAt: z.string(),
  createdBy: z.string(),
  version: z.number().int().nonnegative(),
});
export type Obligation = z.infer<typeof ObligationSchema>;

export const NARRATIVE_MAX = 20_000;

export const SectionContentSchema = z.object({
  narrative: z.string().max(NARRATIVE_MAX),
  metrics: z.record(z.string(), z.number().int().min(0).max(10_000_000)),
});

/** A report's content: the plan's sections, then difficulties, proposals and the next period's direction. */
export const ReportContentSchema = z.object({
  sections: z.record(z.string(), SectionContentSchema),
  difficulties: z.string().max(NARRATIVE_MAX),
  proposals: z.string().max(NARRATIVE_MAX),
  nextDirection: z.string().max(NARRATIVE_MAX),
});
export type ReportContent = z.infer<typeof ReportContentSchema>;

export const ALLOWED_ATTACHMENT_TYPES = {
  'application/pdf': { extension: 'pdf', magic: '%PDF-' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { extension: 'docx', magic: 'PK\u0003\u0004' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { extension: 'xlsx', magic: 'PK\u0003\u0004' },
  'application/vnd.oasis.opendocument.text': { extension: 'odt', magic: 'PK\u0003\u0004' },
} as const;
export type AttachmentContentType = keyof typeof ALLOWED_ATTACHMENT_TYPES;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 10;

export const AttachmentSchema = z.object({
  key: z.string().min(1),
  filename: z.string().min(1).max(200),
  contentType: z.enum(Object.keys(ALLOWED_ATTACHMENT_TYPES) as [AttachmentContentType, ...AttachmentContentType[]]),
  size: z.number().int().min(1).max(MAX_ATTACHMENT_BYTES),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

/** One submitted version of a report. Versions are never changed; a resubmission is a new version. */
export const SubmissionSchema = z.object({
  agencyId: z.string(),
  obligationId: z.string(),
  unitId: z.string(),
  version: z.number().int().min(1),
  content: ReportContentSchema,
  attachments: z.array(AttachmentSchema).max(MAX_ATTACHMENTS),
  channel: z.enum(['web', 'email']),
  submittedBy: z.string(),
  submittedAt: z.string(),
  receiptNumber: z.string(),
  /** For e-mail: the Message-ID, so a redelivered message makes no second version. */
  sourceMessageId: z.string().optional(),
  /** For e-mail: the body of the message; the report itself is in the attachments. */
  message: z.string().max(NARRATIVE_MAX).optional(),
});
export type Submission = z.infer<typeof SubmissionSchema>;

/** The unit's working copy, saved as it is typed; not a submission. */
export const DraftSchema = z.object({
  agencyId: z.string(),
  obligationId: z.string(),
  content: ReportContentSchema,
  attachments: z.array(AttachmentSchema).max(MAX_ATTACHMENTS),
  savedBy: z.string(),
  savedAt: z.string(),
  version: z.number().int().nonnegative(),
});
export type Draft = z.infer<typeof DraftSchema>;

/** A difficulty a unit reports to the Department (vướng mắc), outside the periodic reports. */
export const ObstacleSchema = z.object({
  agencyId: z.string(),
  obstacleId: z.string(),
  unitId: z.string(),
  title: z.string().min(5).max(200),
  description: z.string().min(10).max(NARRATIVE_MAX),
  channel: z.enum(['web', 'email']),
  reportedBy: z.string(),
  reportedAt: z.string(),
  attachments: z.array(AttachmentSchema).max(MAX_ATTACHMENTS),
});
export type Obstacle = z.infer<typeof ObstacleSchema>;

/**
 * Who sent a report or an obstacle by e-mail, as the directory knows them: a reporter of the unit
 * (filing as themselves, with their rights), or one of the unit's registered addresses (filing for it).
 */
export type MailSender = { kind: 'user'; user: User; unit: Unit } | { kind: 'unit'; unit: Unit; address: string };
