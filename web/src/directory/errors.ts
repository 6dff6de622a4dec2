import { ApiError } from '../api/errors.ts';
import { messageIn } from '../cases/registration-form.ts';
import type { Language } from '../i18n/dictionaries.ts';

export type DirectoryForm = 'unit' | 'user' | 'agency';

/** A refused change, sorted for the form: messages beside the field they are about, the rest above the form. */
export interface FormErrorsOf {
  fields: Record<string, string[]>;
  general: string[];
}

/**
 * Which field of each form a broken directory rule is about, by the rule's key before `:`
 * (`unit-head:van-phong`, see shared/organization/invariants.ts); the others are about the whole change.
 */
const RULE_FIELDS: Record<DirectoryForm, Record<string, string>> = {
  unit: { 'unit-head': 'headUserId', 'inactive-unit-members': 'active' },
  user: { 'user-unit': 'unitId', 'reporter-unit': 'unitId', conflict: 'conflictedUserIds' },
  agency: { 'agency-head': 'headUserId' },
};

/** The form field a validation path names: `body.changes.reportingEmails.0` → `reportingEmails`, `body.reason` → `reason`. */
function fieldOfPath(path: string): string | null {
  const parts = path.replace(/^body\./, '').split('.');
  if (parts[0] === 'unit' || parts[0] === 'user' || parts[0] === 'changes') parts.shift();
  const field = parts[0];
  return field && field !== 'version' ? field : null;
}

/**
 * The server's refusal of a directory change as the form shows it, in `language`: validation errors and
 * broken rules (409 `directory-rule`) per field, a taken e-mail or unit code at its field. Null for any
 * other failure (a version conflict, the network), which the form shows whole.
 */
export function directoryFormErrors(error: unknown, form: DirectoryForm, language: Language): FormErrorsOf | null {
  if (!(error instanceof ApiError)) return null;
  const out: FormErrorsOf = { fields: {}, general: [] };
  const add = (field: string | null | undefined, message: string) => {
    if (field) (out.fields[field] ??= []).push(message);
    else out.general.push(message);
  };
  const whole = language === 'vi' ? error.messageVi : error.messageEn;
  switch (error.code) {
    case 'invalid-input':
      for (const detail of error.details) add(fieldOfPath(detail.path), messageIn(detail.message, language));
      break;
    case 'directory-rule':
      for (const detail of error.details) add(RULE_FIELDS[form][detail.path.split(':')[0] ?? ''], messageIn(detail.message, language));
      if (error.details.length === 0) add(null, whole);
      break;
    case 'email-taken':
      add('email', whole);
      break;
    case 'unit-exists':
      add('unitId', whole);
      break;
    default:
      return null;
  }
  return out;
}
