import * as z from 'zod';
import { ALLOWED_ATTACHMENT_TYPES, type AttachmentContentType } from '../reporting/model.ts';

/** SES's verdict on one check of an inbound message. Anything but PASS is treated as not passed. */
export const VerdictStatusSchema = z.enum(['PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED', 'DISABLED']);
export type VerdictStatus = z.infer<typeof VerdictStatusSchema>;
const Verdict = z.object({ status: VerdictStatusSchema });

/**
 * One record of the event an SES receipt rule's Lambda action sends (the fields this platform reads).
 * The event carries no S3 location: the rule's S3 action stores the message at
 * `<objectKeyPrefix><mail.messageId>`, and the local SMTP server follows the same convention.
 */
export const SesReceiptRecordSchema = z.object({
  eventSource: z.literal('aws:ses'),
  ses: z.object({
    mail: z.object({
      timestamp: z.string(),
      /** The envelope sender (MAIL FROM); empty for bounces. */
      source: z.string(),
      messageId: z.string().min(1).max(200).regex(/^[\w.+-]+$/),
      destination: z.array(z.string()),
      commonHeaders: z
        .object({
          from: z.array(z.string()).optional(),
          messageId: z.string().optional(),
          subject: z.string().optional(),
        })
        .loose()
        .optional(),
    }),
    receipt: z.object({
      timestamp: z.string(),
      recipients: z.array(z.string()),
      spamVerdict: Verdict,
      virusVerdict: Verdict,
      spfVerdict: Verdict,
      dkimVerdict: Verdict,
      dmarcVerdict: Verdict,
    }),
  }),
});
export type SesReceiptRecord = z.infer<typeof SesReceiptRecordSchema>;

export const SesReceiptEventSchema = z.object({ Records: z.array(SesReceiptRecordSchema).min(1) });
export type SesReceiptEvent = z.infer<typeof SesReceiptEventSchema>;

export const VerdictsSchema = z.object({
  spam: VerdictStatusSchema,
  virus: VerdictStatusSchema,
  spf: VerdictStatusSchema,
  dkim: VerdictStatusSchema,
  dmarc: VerdictStatusSchema,
});
export type Verdicts = z.infer<typeof VerdictsSchema>;

/**
 * Why a message was not filed. Each code has a bilingual explanation (`reasons.ts`) and says whether the
 * sender may be answered: mail whose sender cannot be trusted is held silently (no backscatter).
 */
export const HoldReasonSchema = z.enum([
  'virus',
  'spam',
  'spf-failed',
  'dmarc-failed',
  'dkim-failed',
  'auto-generated',
  'sender-mismatch',
  'malformed',
  'unknown-sender',
  'no-target',
  'ambiguous-target',
  'unknown-obligation',
  'wrong-unit',
  'no-attachment',
  'too-many-attachments',
  'attachment-too-large',
  'attachment-type',
  'attachment-content',
  'obstacle-too-short',
  'submission-refused',
  'case-triage',
  'reused-message-id',
]);
export type HoldReason = z.infer<typeof HoldReasonSchema>;

export const HeldAttachmentSchema = z.object({ filename: z.string(), contentType: z.string(), size: z.number().int().nonnegative() });

export const HeldStatusSchema = z.enum(['held', 'assigned', 'discarded']);

/** A message the office must look at: unmatched, refused or suspicious. Nothing is dropped silently. */
export const HeldMessageSchema = z.object({
  agencyId: z.string(),
  heldId: z.string(),
  reason: HoldReasonSchema,
  reasonVi: z.string(),
  reasonEn: z.string(),
  /** Field-level detail (which attachment, which code), when there is one. */
  detail: z.string().optional(),
  from: z.string(),
  envelopeFrom: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  receivedAt: z.string(),
  /** The raw message in the inbound-mail bucket. */
  s3Key: z.string(),
  sesMessageId: z.string(),
  messageId: z.string(),
  /** What the message is known by for processing once (absent on messages held before it was kept). */
  ingestKey: z.string().optional(),
  verdicts: VerdictsSchema,
  attachments: z.array(HeldAttachmentSchema),
  /** Whether the sender was told (false for mail whose sender may be forged). */
  senderNotified: z.boolean(),
  /** The unit the sender's address belongs to, when it is registered. */
  unitId: z.string().optional(),
  status: HeldStatusSchema,
  resolution: z
    .object({
      action: z.enum(['assigned', 'discarded']),
      by: z.string(),
      at: z.string(),
      obligationId: z.string().optional(),
      /** For mail to the cases address: the citizen case it was registered as. */
      caseId: z.string().optional(),
      version: z.number().int().optional(),
      receiptNumber: z.string().optional(),
      reason: z.string().optional(),
    })
    .optional(),
  version: z.number().int().nonnegative(),
});
export type HeldMessage = z.infer<typeof HeldMessageSchema>;

/** Where the automatic reply about a message goes, and what it answers; absent when nobody may be answered. */
const ReplySchema = z.object({ to: z.string(), originalMessageId: z.string().optional(), originalSubject: z.string() });

/** What became of a message: kept per Message-ID so a redelivery repeats nothing, not even the reply. */
export const InboundOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('submitted'), obligationId: z.string(), version: z.number().int(), unitId: z.string(), reply: ReplySchema.optional() }),
  z.object({ kind: z.literal('obstacle'), obstacleId: z.string(), title: z.string(), reportedAt: z.string(), unitId: z.string(), reply: ReplySchema.optional() }),
  z.object({ kind: z.literal('held'), heldId: z.string(), reason: HoldReasonSchema, detail: z.string().optional(), reply: ReplySchema.optional() }),
]);
export type InboundOutcome = z.infer<typeof InboundOutcomeSchema>;

export const ATTACHMENT_EXTENSIONS = Object.fromEntries(
  (Object.keys(ALLOWED_ATTACHMENT_TYPES) as AttachmentContentType[]).map((type) => [ALLOWED_ATTACHMENT_TYPES[type].extension, type]),
) as Record<string, AttachmentContentType>;
