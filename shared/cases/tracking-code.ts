import { createHash, randomBytes } from 'node:crypto';
import { CaseValidationError } from './errors.ts';

/**
 * 31 characters: digits 2–9 and A–Z without I, L, O (read as 1, 1, 0; 0 and 1 are left out too).
 * 31 is prime, which is what makes the check character catch every single substitution and every
 * transposition of two characters (see `checkValue`).
 */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const BASE = TRACKING_ALPHABET.length;
const PREFIX = 'DV';
/** 19 random characters: 19 × log2(31) ≈ 94.1 bits, above the 80 bits asked, + 1 check = 5 groups of 4. */
const DATA_LENGTH = 19;
const CODE_LENGTH = DATA_LENGTH + 1;
export const TRACKING_CODE_BITS = DATA_LENGTH * Math.log2(BASE);

/** Canonical form: `DV-` and five groups of four. */
export const TRACKING_CODE_PATTERN = new RegExp(`^${PREFIX}(-[${TRACKING_ALPHABET}]{4}){5}$`);

/**
 * Weighted sum mod 31 with weights 2…20 on the data and 1 on the check character. The weights are
 * distinct and non-zero mod a prime, so a substitution (w·δ) or a swap ((wᵢ − wⱼ)(vᵢ − vⱼ)) never
 * leaves the sum at 0 unless the characters were equal.
 */
function checkValue(values: readonly number[]): number {
  let sum = 0;
  values.forEach((v, i) => {
    sum += (i + 2) * v;
  });
  return (BASE - (sum % BASE)) % BASE;
}

function format(chars: string): string {
  return `${PREFIX}-${chars.match(/.{4}/g)?.join('-') ?? chars}`;
}

/**
 * A new code for a citizen to follow a case, shaped like `DV-7K2Q-9MXC-4TRB-H8PA-Q3ZV`. `random` is the
 * CSPRNG (`crypto.randomBytes`), injectable only for tests.
 */
export function generateTrackingCode(random: (size: number) => Uint8Array = randomBytes): string {
  const values: number[] = [];
  // Rejection sampling: 248 = 8 × 31, so bytes below it map to each character equally often.
  while (values.length < DATA_LENGTH) {
    for (const byte of random(32)) {
      if (byte < 248 && values.length < DATA_LENGTH) values.push(byte % BASE);
    }
  }
  values.push(checkValue(values));
  return format(values.map((v) => TRACKING_ALPHABET[v]).join(''));
}

/**
 * The canonical code from what a citizen typed (any case, spaces, dashes, dots; with or without `DV`),
 * or null when it is malformed or its check character does not match.
 * @example normalizeTrackingCode(' dv 7k2q-9mxc 4trb…') → 'DV-7K2Q-9MXC-4TRB-…' (when the check matches)
 */
export function normalizeTrackingCode(input: string): string | null {
  let chars = input.toUpperCase().replace(/[\s\-_.·–—]/g, '');
  if (chars.length === CODE_LENGTH + PREFIX.length && chars.startsWith(PREFIX)) chars = chars.slice(PREFIX.length);
  if (chars.length !== CODE_LENGTH) return null;
  const values = [...chars].map((ch) => TRACKING_ALPHABET.indexOf(ch));
  if (values.some((v) => v < 0)) return null;
  const check = values.pop();
  if (check !== checkValue(values)) return null;
  return format(chars);
}

/** True for a well-formed code whose check character matches. */
export function isValidTrackingCode(input: string): boolean {
  return normalizeTrackingCode(input) !== null;
}

/**
 * SHA-256 (hex) of the canonical code: the record stores this, never the code. A code carries ~94 random
 * bits, so the hash cannot be reversed by trying codes and needs no salt (which would also defeat the lookup).
 * Throws `CaseValidationError` (`invalid-tracking-code`) for a malformed code, so a typo is told apart from an unknown case.
 */
export function hashTrackingCode(input: string): string {
  const code = normalizeTrackingCode(input);
  if (code === null) {
    throw new CaseValidationError(
      'invalid-tracking-code',
      'Mã tra cứu không đúng. Vui lòng kiểm tra lại từng ký tự.',
      'The tracking code is not valid. Please check each character.',
      [{ path: 'trackingCode', message: 'invalid' }],
    );
  }
  return createHash('sha256').update(code, 'utf8').digest('hex');
}
