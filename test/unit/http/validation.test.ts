import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../shared/http/validation.ts';
import { requiredText } from '../../../shared/text-schema.ts';

const messagesOf = (schema: z.ZodType, value: unknown) => {
  try {
    parseWith(schema, value, 'body');
  } catch (error) {
    return (error as { details: { path: string; message: string }[] }).details;
  }
  throw new Error('expected a validation error');
};

describe('validation messages', () => {
  it('keep the words a schema gave a limit, in both languages, instead of a generic "minimum 5"', () => {
    const schema = z.object({ reason: requiredText('Lý do đính chính', 'The reason for the correction', { min: 5, max: 500 }) });
    expect(messagesOf(schema, { reason: 'sai' })).toEqual([{ path: 'body.reason', message: 'Lý do đính chính quá ngắn (ít nhất 5 ký tự) / The reason for the correction is too short (at least 5 characters)' }]);
  });

  it('pair zod’s own English message with a Vietnamese one where the schema gave none', () => {
    expect(messagesOf(z.object({ n: z.number().min(2) }), { n: 1 })).toEqual([{ path: 'body.n', message: 'Quá ngắn hoặc quá nhỏ (tối thiểu 2) / Too small (minimum 2)' }]);
    expect(messagesOf(z.object({ n: z.number() }), {})[0]?.message).toBe('Bắt buộc nhập / Required');
  });
});
