import type * as z from 'zod';
import { ValidationError } from '../errors.ts';

/**
 * Parses `value` with `schema`, or throws a {@link ValidationError} listing every invalid field with a
 * message a clerk can act on. Where a schema gives its own message it is kept; otherwise zod's English
 * message is paired with a Vietnamese one.
 */
export function parseWith<T extends z.ZodType | undefined>(schema: T, value: unknown, where: string): T extends z.ZodType ? z.output<T> : undefined {
  if (!schema) return undefined as never;
  const result = schema.safeParse(value);
  if (result.success) return result.data as never;
  throw validationErrorFrom(result.error, where);
}

export function validationErrorFrom(error: z.ZodError, where: string): ValidationError {
  const details = error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join('.'),
    message: describeIssue(issue),
  }));
  const fields = details.map((d) => d.path).join(', ');
  return new ValidationError(
    'invalid-input',
    `Dữ liệu không hợp lệ: ${fields}.`,
    `Invalid input: ${fields}.`,
    details,
    { cause: error },
  );
}

/** A message a schema wrote itself, in both languages ("Lý do … / The reason …"): zod's own are English only. */
const isBilingual = (message: string) => / \/ /.test(message) && /[à-ỹđĐ]/u.test(message);

function describeIssue(issue: z.core.$ZodIssue): string {
  if (isBilingual(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'Bắt buộc nhập / Required'
        : `Sai kiểu dữ liệu, cần ${issue.expected} / Expected ${issue.expected}`;
    case 'too_small':
      return `Quá ngắn hoặc quá nhỏ (tối thiểu ${String(issue.minimum)}) / Too small (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return `Quá dài hoặc quá lớn (tối đa ${String(issue.maximum)}) / Too big (maximum ${String(issue.maximum)})`;
    case 'invalid_format':
      return `Sai định dạng (${issue.format}) / Invalid format (${issue.format})`;
    case 'invalid_value':
      return `Giá trị không được chấp nhận; chọn một trong: ${issue.values.map(String).join(', ')} / Must be one of: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `Trường không được phép: ${issue.keys.join(', ')} / Unknown fields: ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}
