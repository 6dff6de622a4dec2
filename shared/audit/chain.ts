import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { AuditEntrySchema, GENESIS_HASH, type AuditEntry, type AuditEvent, type AuditHead, type AuditVerification } from './model.ts';

/** SHA-256 (hex) of a value's RFC 8785 canonical JSON: the same value always hashes the same, whatever its key order. */
export function canonicalSha256(value: unknown): string {
  return createHash('sha256')
    .update(canonicalize(value) ?? '')
    .digest('hex');
}

/** The hash of an entry: of everything it holds but the hash itself, the previous entry's hash included. */
export function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  return canonicalSha256(entry);
}

/** The entry that follows `head` for `event`. */
export function nextEntry(head: AuditHead, event: AuditEvent): AuditEntry {
  const unsigned = { ...event, seq: head.seq + 1, prevHash: head.seq === 0 ? GENESIS_HASH : head.hash };
  return { ...unsigned, hash: entryHash(unsigned) };
}

const MESSAGES: Record<NonNullable<AuditVerification['firstBroken']>['reason'], [string, string]> = {
  'hash-mismatch': ['Nội dung mục nhật ký đã bị thay đổi sau khi ghi.', 'The entry was changed after it was written.'],
  'link-mismatch': ['Mục nhật ký không nối với mục trước nó.', 'The entry does not link to the one before it.'],
  'missing-entry': ['Thiếu mục nhật ký (đã bị xóa hoặc chèn).', 'An entry is missing (deleted or inserted).'],
  'head-mismatch': ['Các mục cuối của nhật ký đã bị xóa hoặc thay.', 'The last entries of the log were removed or replaced.'],
  unreadable: ['Mục nhật ký không đọc được.', 'The entry cannot be read.'],
};

/**
 * Checks a chain read in order: each entry numbered one after the last, linked to its hash, and hashing
 * to what it says; the head names the last entry. Reports the first broken link.
 */
export function verifyChain(agencyId: string, stored: readonly unknown[], head: AuditHead | undefined): AuditVerification {
  const broken = (seq: number, reason: keyof typeof MESSAGES): AuditVerification => {
    const [messageVi, messageEn] = MESSAGES[reason];
    return { agencyId, entries: stored.length, valid: false, firstBroken: { seq, reason, messageVi, messageEn } };
  };
  let previous: AuditHead = { seq: 0, hash: GENESIS_HASH };
  for (const raw of stored) {
    const parsed = AuditEntrySchema.safeParse(raw);
    if (!parsed.success) return broken(previous.seq + 1, 'unreadable');
    const { hash, ...unsigned } = parsed.data;
    if (unsigned.seq !== previous.seq + 1) return broken(previous.seq + 1, 'missing-entry');
    if (unsigned.prevHash !== previous.hash) return broken(unsigned.seq, 'link-mismatch');
    if (entryHash(unsigned) !== hash) return broken(unsigned.seq, 'hash-mismatch');
    previous = { seq: unsigned.seq, hash };
  }
  const expected = head ?? { seq: 0, hash: GENESIS_HASH };
  if (expected.seq !== previous.seq || expected.hash !== previous.hash) return broken(previous.seq + 1, 'head-mismatch');
  return { agencyId, entries: stored.length, valid: true };
}
