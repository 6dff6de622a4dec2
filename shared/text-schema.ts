import * as z from 'zod';
import { hasVisibleText, isWellFormedText } from './text.ts';

const m = (vi: string, en: string) => ({ error: `${vi} / ${en}` });

/**
 * A required text field as people type it: trimmed, refused with a bilingual message when it shows
 * nothing (only spaces, zero-width or bidi marks, a lone combining mark) or carries a lone surrogate,
 * stored in NFC, and between `min` and `max` characters. The one builder of every required text input.
 */
export function requiredText(vi: string, en: string, { min = 1, max }: { min?: number; max: number }) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${vi} không được để trống / ${en} is required` : `${vi} phải là chuỗi ký tự / ${en} must be text`) })
    .trim()
    .refine(isWellFormedText, m(`${vi} chứa ký tự lỗi, không đọc được`, `${en} contains a broken character`))
    .transform((value) => value.normalize('NFC'))
    .refine(hasVisibleText, m(`${vi} không được để trống`, `${en} is required`))
    .pipe(
      z
        .string()
        .min(min, m(`${vi} quá ngắn (ít nhất ${min} ký tự)`, `${en} is too short (at least ${min} characters)`))
        .max(max, m(`${vi} quá dài (tối đa ${max} ký tự)`, `${en} is too long (at most ${max} characters)`)),
    );
}
