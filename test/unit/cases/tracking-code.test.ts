import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TRACKING_ALPHABET,
  TRACKING_CODE_BITS,
  TRACKING_CODE_PATTERN,
  generateTrackingCode,
  hashTrackingCode,
  isValidTrackingCode,
  normalizeTrackingCode,
} from '../../../shared/cases/tracking-code.ts';

const chars = (code: string) => code.replace(/^DV-/, '').replace(/-/g, '');
const regroup = (c: string) => `DV-${c.match(/.{4}/g)?.join('-')}`;

describe('tracking codes', () => {
  const code = generateTrackingCode();

  it('look like DV-XXXX-XXXX-XXXX-XXXX-XXXX, from an alphabet without 0, 1, I, L, O', () => {
    expect(code).toMatch(TRACKING_CODE_PATTERN);
    expect(TRACKING_ALPHABET).toHaveLength(31);
    expect(TRACKING_ALPHABET).not.toMatch(/[01ILO]/);
    expect(TRACKING_CODE_BITS).toBeGreaterThanOrEqual(80);
    expect(isValidTrackingCode(code)).toBe(true);
  });

  it('catch every single-character typo, at every position, with every other character', () => {
    const c = chars(code);
    for (let i = 0; i < c.length; i++) {
      for (const ch of TRACKING_ALPHABET) {
        if (ch === c[i]) continue;
        expect(isValidTrackingCode(regroup(c.slice(0, i) + ch + c.slice(i + 1)))).toBe(false);
      }
    }
  });

  it('catch every transposition of two different characters, adjacent or not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        let state = seed;
        const random = (n: number) => Uint8Array.from({ length: n }, () => ((state = (state * 1103515245 + 12345) % 2 ** 31), state % 256));
        const c = chars(generateTrackingCode(random));
        for (let i = 0; i < c.length; i++) {
          for (let j = i + 1; j < c.length; j++) {
            if (c[i] === c[j]) continue;
            const swapped = [...c];
            [swapped[i], swapped[j]] = [swapped[j] as string, swapped[i] as string];
            if (isValidTrackingCode(regroup(swapped.join('')))) return false;
          }
        }
        return true;
      }),
      { numRuns: 50 },
    );
  });

  it('are unique over 10,000 generated codes', () => {
    const codes = new Set(Array.from({ length: 10_000 }, () => generateTrackingCode()));
    expect(codes.size).toBe(10_000);
  });

  it('use every character of the alphabet about equally (no modulo bias)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2_000; i++) for (const ch of chars(generateTrackingCode()).slice(0, 19)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    // 38,000 draws over 31 characters: ≈ 1,226 each; a biased mapping would push some far off.
    expect(counts.size).toBe(31);
    for (const n of counts.values()) expect(Math.abs(n - 38_000 / 31)).toBeLessThan(200);
  });

  it('normalise what a citizen types: case, spaces, dashes, with or without the DV prefix', () => {
    const bare = chars(code);
    expect(normalizeTrackingCode(code.toLowerCase())).toBe(code);
    expect(normalizeTrackingCode(` ${bare.match(/.{4}/g)?.join(' ')} `)).toBe(code);
    expect(normalizeTrackingCode(bare)).toBe(code);
    expect(normalizeTrackingCode(`dv${bare}`)).toBe(code);
    expect(normalizeTrackingCode(`DV – ${bare.slice(0, 10)}_${bare.slice(10)}`)).toBe(code);
    expect(normalizeTrackingCode(bare.slice(1))).toBeNull();
    expect(normalizeTrackingCode(`${bare}2`)).toBeNull();
    expect(normalizeTrackingCode(bare.replace(/./, 'O'))).toBeNull();
  });

  it('hash to the same SHA-256 however typed, and refuse a malformed code', () => {
    expect(hashTrackingCode(code)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashTrackingCode(chars(code).toLowerCase())).toBe(hashTrackingCode(code));
    expect(hashTrackingCode(generateTrackingCode())).not.toBe(hashTrackingCode(code));
    expect(() => hashTrackingCode('DV-AAAA')).toThrow(expect.objectContaining({ code: 'invalid-tracking-code', status: 400 }) as Error);
  });
});
