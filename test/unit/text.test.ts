import { describe, expect, it } from 'vitest';
import { CaseRegistrationSchema } from '../../shared/cases/model.ts';
import { ROUTES } from '../../shared/http/routes/index.ts';
import { ChangeReasonSchema, NewUnitSchema, NewUserSchema } from '../../shared/organization/model.ts';
import { requiredText } from '../../shared/text-schema.ts';
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

describe('requiredText, the one builder of required text inputs (directory, cases, reasons)', () => {
  const INVISIBLE = ['\u200B\u200B\u200B\u200B', '\u202E\u202D\u2066\u2069', '   \u0301   ', '\u3164\u3164\u3164', 'ab\uD800cd'];

  it.each([
    ['a unit name', NewUnitSchema.shape.name],
    ['a user’s full name', NewUserSchema.shape.fullName],
    ['the reason for a directory change', ChangeReasonSchema],
    ['the reason for a calendar edit', ROUTES.importCalendar.body.shape.reason],
    ['an obstacle’s title', ROUTES.reportObstacle.body.shape.title],
    ['an obstacle’s description', ROUTES.reportObstacle.body.shape.description],
    ['an ad-hoc report’s title', ROUTES.createObligation.body.shape.titleVi],
  ])('refuses %s that shows nothing or is broken, with a bilingual message', (_what, schema) => {
    for (const value of INVISIBLE) {
      const result = schema.safeParse(value);
      expect(result.success, JSON.stringify(value)).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/ \/ /);
    }
    expect(schema.safeParse('  Phòng Quản lý khoa học  ').data).toBe('Phòng Quản lý khoa học');
  });

  it('stores NFC and counts the limits on the trimmed text', () => {
    const schema = requiredText('Tên', 'Name', { min: 3, max: 5 });
    expect(schema.parse(' Ho\u0300a ')).toBe('Hòa');
    expect(schema.safeParse(' ab ').error?.issues[0]?.message).toBe('Tên quá ngắn (ít nhất 3 ký tự) / Name is too short (at least 3 characters)');
    expect(schema.safeParse('abcdef').success).toBe(false);
    expect(schema.safeParse(undefined).error?.issues[0]?.message).toBe('Tên không được để trống / Name is required');
  });
});
