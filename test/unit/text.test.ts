import { describe, expect, it } from 'vitest';
import { CaseRegistrationSchema } from '../../shared/cases/model.ts';
import { hasVisibleText, isWellFormedText, singleLine } from '../../shared/text.ts';
import { registration } from './cases/fixtures.ts';

const invisible = [
  ['only spaces and a tab', '  \t '],
  ['zero-width characters', '\u200B\u200C\u200D\u2060\uFEFF'],
  ['bidi overrides and marks', '\u202E\u202A\u2066\u2069\u200E\u200F'],
  ['a lone combining mark', '\u0301'],
  ['a Hangul filler', '\u3164'],
] as const;

describe('required text', () => {
  it.each(invisible)('finds nothing visible in %s', (_what, value) => {
    expect(hasVisibleText(value)).toBe(false);
  });

  it('finds Vietnamese text visible, with or without its combining marks composed', () => {
    expect(hasVisibleText('Đơn')).toBe(true);
    expect(hasVisibleText('Đơn'.normalize('NFD'))).toBe(true);
    expect(hasVisibleText('\u200B1')).toBe(true);
  });

  it('tells a lone surrogate from a well-formed emoji', () => {
    expect(isWellFormedText('Hồ sơ 📄')).toBe(true);
    expect(isWellFormedText('Hồ sơ \uD83D')).toBe(false);
    expect(isWellFormedText('\uDCA9 đơn')).toBe(false);
  });

  it.each([...invisible, ['a lone surrogate', 'Khiếu nại \uD800'] as const])('refuses a case whose subject is %s, naming the field in both languages', (_what, subject) => {
    const parsed = CaseRegistrationSchema.safeParse(registration('khieu-nai-lan-1', '2025-03-03T02:00:00Z', { subject }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.find((issue) => issue.path.join('.') === 'subject')?.message).toMatch(/^Trích yếu nội dung .* \/ Subject /);
  });

  it('stores accepted text composed (NFC), so the same words compare equal', () => {
    const parsed = CaseRegistrationSchema.parse(registration('khieu-nai-lan-1', '2025-03-03T02:00:00Z', { subject: ' Khiếu nại chậm cấp phép '.normalize('NFD') }));
    expect(parsed.subject).toBe('Khiếu nại chậm cấp phép');
  });
});

describe('singleLine', () => {
  it.each([
    ['Báo cáo\r\nBcc: x@y.example', 'Báo cáo Bcc: x@y.example'],
    ['a\tb\u0000c\u2028d', 'a b c d'],
    ['\u202Etệp\u202C.pdf', 'tệp.pdf'],
    ['  Vướng  mắc\n', 'Vướng mắc'],
    ['Vu\u031Bo\u031Bng', 'Vương'],
  ])('%j becomes %j', (input, expected) => {
    expect(singleLine(input)).toBe(expected);
  });
});
