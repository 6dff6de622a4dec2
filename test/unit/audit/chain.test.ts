import { describe, expect, it } from 'vitest';
import { canonicalSha256, entryHash, nextEntry, verifyChain } from '../../../shared/audit/chain.ts';
import type { AuditEntry, AuditEvent, AuditHead } from '../../../shared/audit/model.ts';
import { dkimSigningDomains } from '../../../shared/inbound/rules.ts';

const event = (n: number): AuditEvent => ({
  agencyId: 'a',
  at: `2025-10-20T03:00:0${n}.000Z`,
  source: { eventId: `e${n}`, eventName: 'MODIFY', entity: 'case', sk: `CASE#c${n}` },
  version: n,
  recordSha256: canonicalSha256({ n }),
});

function chainOf(count: number): { entries: AuditEntry[]; head: AuditHead } {
  const entries: AuditEntry[] = [];
  let head: AuditHead = { seq: 0, hash: '' };
  for (let n = 1; n <= count; n += 1) {
    const entry = nextEntry(head, event(n));
    entries.push(entry);
    head = { seq: entry.seq, hash: entry.hash };
  }
  return { entries, head };
}

describe('audit hash chain', () => {
  it('hashes the same value the same whatever its key order, and differently for any change', () => {
    expect(canonicalSha256({ a: 1, b: { c: 'x', d: [1, 2] } })).toBe(canonicalSha256({ b: { d: [1, 2], c: 'x' }, a: 1 }));
    expect(canonicalSha256({ a: 1 })).not.toBe(canonicalSha256({ a: 2 }));
  });

  it('accepts an intact chain and an empty one', () => {
    const { entries, head } = chainOf(5);
    expect(verifyChain('a', entries, head)).toEqual({ agencyId: 'a', entries: 5, valid: true });
    expect(verifyChain('a', [], undefined).valid).toBe(true);
  });

  it('names the first broken link: an altered entry, one re-hashed after altering, a removed one, a truncated tail', () => {
    const { entries, head } = chainOf(5);
    const altered = entries.map((e) => (e.seq === 3 ? { ...e, status: 'closed' } : e));
    expect(verifyChain('a', altered, head).firstBroken).toMatchObject({ seq: 3, reason: 'hash-mismatch' });

    // Re-hashing the altered entry moves the break to the next link, which still names the old hash.
    const rehashed = entries.map((e) => {
      if (e.seq !== 3) return e;
      const { hash: _h, ...unsigned } = { ...e, status: 'closed' };
      return { ...unsigned, hash: entryHash(unsigned) };
    });
    expect(verifyChain('a', rehashed, head).firstBroken).toMatchObject({ seq: 4, reason: 'link-mismatch' });

    expect(verifyChain('a', entries.filter((e) => e.seq !== 2), head).firstBroken).toMatchObject({ seq: 2, reason: 'missing-entry' });
    expect(verifyChain('a', entries.slice(0, 4), head).firstBroken).toMatchObject({ seq: 5, reason: 'head-mismatch' });
    expect(verifyChain('a', [entries[0], { seq: 2 }], head).firstBroken).toMatchObject({ seq: 2, reason: 'unreadable' });
  });
});

describe('dkimSigningDomains', () => {
  it('reads the d= tag of every DKIM-Signature, lower-case and once each', () => {
    const headers = [
      { key: 'dkim-signature', value: 'v=1; a=rsa-sha256; d=Mail.Example.gov.vn; s=s1; b=abc' },
      { key: 'dkim-signature', value: 'v=1;d=mail.example.gov.vn;s=s2' },
      { key: 'dkim-signature', value: 'v=1; a=rsa-sha256; d=esp.example; s=k' },
      { key: 'subject', value: 'd=not-a-signature' },
    ];
    expect(dkimSigningDomains(headers)).toEqual(['mail.example.gov.vn', 'esp.example']);
    expect(dkimSigningDomains([])).toEqual([]);
  });
});
