import * as z from 'zod';
import { VerdictsSchema } from '../inbound/model.ts';

/** The hash a chain's first entry links to. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * One link of an agency's audit chain: what changed (the record's entity and key, the kind of write, its
 * version and status, who acted where the record says so) and a SHA-256 of the whole record as written,
 * never its content: the chain proves what a record was without holding anyone's personal data.
 */
export const AuditEntrySchema = z.object({
  agencyId: z.string(),
  /** 1, 2, 3, … without gaps. */
  seq: z.number().int().positive(),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** When the table recorded the write (the stream's creation time). */
  at: z.string(),
  source: z.object({
    /** The stream record's id: an event appended twice (a redelivered batch) is one entry. */
    eventId: z.string(),
    eventName: z.enum(['INSERT', 'MODIFY', 'REMOVE']),
    entity: z.string(),
    sk: z.string(),
  }),
  version: z.number().int().optional(),
  status: z.string().optional(),
  actor: z.string().optional(),
  /** SHA-256 of the record as written (RFC 8785 canonical JSON); absent for a removal. */
  recordSha256: z.string().optional(),
  /** For an inbound e-mail: SES's verdicts and the domains that DKIM-signed it. */
  evidence: z.object({ verdicts: VerdictsSchema, dkimDomains: z.array(z.string()) }).optional(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type AuditEvent = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

/** The head of a chain: its last entry's number and hash. */
export const AuditHeadSchema = z.object({ seq: z.number().int().nonnegative(), hash: z.string() });
export type AuditHead = z.infer<typeof AuditHeadSchema>;

export const BROKEN_LINK_REASONS = ['hash-mismatch', 'link-mismatch', 'missing-entry', 'head-mismatch', 'unreadable'] as const;

export const AuditVerificationSchema = z.object({
  agencyId: z.string(),
  entries: z.number().int().nonnegative(),
  valid: z.boolean(),
  firstBroken: z
    .object({
      seq: z.number().int().nonnegative(),
      reason: z.enum(BROKEN_LINK_REASONS),
      messageVi: z.string(),
      messageEn: z.string(),
    })
    .optional(),
});
export type AuditVerification = z.infer<typeof AuditVerificationSchema>;

/** The agency's chain as the verifying use case reads it. */
export interface AuditChainReader {
  verify(agencyId: string): Promise<AuditVerification>;
}
