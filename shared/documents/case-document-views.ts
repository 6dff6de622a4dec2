import * as z from 'zod';
import { requiredText } from '../text-schema.ts';
import { CaseNoticeTemplateSchema } from './case-notices.ts';

const Label = z.object({ vi: z.string(), en: z.string() });
const NoticeKeySchema = z.object({
  step: CaseNoticeTemplateSchema.shape.step,
  addressee: CaseNoticeTemplateSchema.shape.addressee,
  /** For a decision's document: the decision's index in the case's decisions. */
  decision: z.number().int().nonnegative().max(100).optional(),
});

/** A case document as the case page lists it: names and labels, no words of the document itself. */
export const CaseDocumentViewSchema = NoticeKeySchema.extend({
  documentId: z.string(),
  symbol: z.string(),
  issuedOn: z.string(),
  /** "Thông báo về việc thụ lý giải quyết khiếu nại" (trích yếu). */
  summary: z.string(),
  addresseeLabel: Label,
  issuedByName: z.string(),
  /** `pending` while the file is being built (seconds), then `ready` with its name and size. */
  status: z.enum(['pending', 'ready']),
  filename: z.string().optional(),
  size: z.number().int().optional(),
  /** Whether the citizen is e-mailed this document, and whether that was done. */
  email: z.enum(['not-sent-by-email', 'pending', 'sent']),
  replaces: z.object({ documentId: z.string(), symbol: z.string(), issuedOn: z.string(), reason: z.string() }).optional(),
  replacedBy: z.object({ documentId: z.string(), symbol: z.string() }).optional(),
});
export type CaseDocumentView = z.infer<typeof CaseDocumentViewSchema>;

/** A notice the law prescribes for the case: the office may issue it now, or `refusal` says why not. */
export const IssuableNoticeSchema = NoticeKeySchema.extend({ label: Label, refusal: Label.optional(), issued: z.boolean() });

export const CaseDocumentListSchema = z.object({ items: z.array(CaseDocumentViewSchema), issuable: z.array(IssuableNoticeSchema) });

export const IssueCaseDocumentSchema = z.union([
  NoticeKeySchema.strict(),
  z
    .object({
      replaces: z.string().min(1).max(100),
      reason: requiredText('Lý do đính chính', 'The reason for the correction', { min: 5, max: 500 }),
    })
    .strict(),
]);
export type IssueCaseDocumentInput = z.infer<typeof IssueCaseDocumentSchema>;

export const CaseDocumentDownloadSchema = z.object({ document: CaseDocumentViewSchema, downloadUrl: z.string().optional() });
