import type { Language } from '../../../shared/organization/model.ts';
import { ApiError } from './errors.ts';

/** A refusal as a form shows it: messages beside the field they are about, the rest above the form. */
export interface FormErrors<F extends string = string> {
  fields: Partial<Record<F, string[]>>;
  general: string[];
}

/** One side of a server message written `vi / en`: `messageIn('Sai / Wrong', 'en')` → `Wrong`. */
export function messageIn(message: string, language: Language): string {
  const at = message.lastIndexOf(' / ');
  if (at < 0) return message;
  return language === 'vi' ? message.slice(0, at) : message.slice(at + 3);
}

/** The part of a validation path after the body: `body.changes.email` → `['changes', 'email']`; not the body's → null. */
export function bodyPath(path: string): string[] | null {
  return path === 'body' || path.startsWith('body.') ? path.split('.').slice(1) : null;
}

/**
 * The server's refusal of what a form sent, spread over the form in `language`, the one way every form
 * reads it: each validation detail beside the field `fieldOf` names for its path (the others above the
 * form); a refusal whose code is in `byCode` (an e-mail already taken, an official not in the directory)
 * beside that field, in the server's words. Anything else (a version conflict, the network) gives no
 * field error, and the form shows the error whole.
 */
export function fieldErrorsOf<F extends string>(
  error: unknown,
  language: Language,
  fieldOf: (path: string) => F | null | undefined,
  byCode: Readonly<Partial<Record<string, F>>> = {},
): FormErrors<F> {
  const out: FormErrors<F> = { fields: {}, general: [] };
  if (!(error instanceof ApiError)) return out;
  const add = (field: F | null | undefined, message: string) => {
    if (field) (out.fields[field] ??= []).push(message);
    else out.general.push(message);
  };
  const codeField = byCode[error.code];
  if (codeField) {
    add(codeField, language === 'vi' ? error.messageVi : error.messageEn);
    return out;
  }
  for (const detail of error.details) add(fieldOf(detail.path), messageIn(detail.message, language));
  return out;
}

/** Whether any field has a message: the form then says "see the fields" instead of showing the error whole. */
export const hasFieldErrors = (errors: FormErrors): boolean => Object.values(errors.fields).some((messages) => messages !== undefined && messages.length > 0);
