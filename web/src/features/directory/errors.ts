import { ApiError } from '../../api/errors.ts';
import { fieldErrorsOf, type FormErrors } from '../../api/field-errors.ts';
import type { Language } from '../../i18n/dictionaries.ts';

export type DirectoryForm = 'unit' | 'user' | 'agency' | 'reorganisation';

/**
 * Which field of each form a broken directory rule is about, by the rule's key before `:`
 * (`unit-head:van-phong`, see shared/organization/invariants.ts); the others are about the whole change.
 */
const RULE_FIELDS: Record<DirectoryForm, Record<string, string>> = {
  unit: { 'unit-head': 'headUserId', 'inactive-unit-members': 'active' },
  user: { 'user-unit': 'unitId', 'reporter-unit': 'unitId', conflict: 'conflictedUserIds' },
  agency: { 'agency-head': 'headUserId' },
  reorganisation: { 'unit-head': 'headUserId' },
};

/** Where a taken unit code is typed: the unit form's code, or the new units of a reorganisation. */
const UNIT_CODE_FIELD: Record<DirectoryForm, string | null> = { unit: 'unitId', user: null, agency: null, reorganisation: 'into' };

/**
 * The form field a validation path names: `body.changes.reportingEmails.0` → `reportingEmails`,
 * `body.reorganisation.into.1.name` → `into`, `body.reason` → `reason`; the whole body → none.
 */
function fieldOfPath(path: string): string | null {
  if (!path.startsWith('body.')) return null;
  const parts = path.slice('body.'.length).split('.');
  if (parts[0] === 'unit' || parts[0] === 'user' || parts[0] === 'changes' || parts[0] === 'reorganisation') parts.shift();
  const field = parts[0];
  return field && field !== 'version' ? field : null;
}

/**
 * The server's refusal of a directory change as the form shows it, in `language`: validation errors and
 * broken rules (409 `directory-rule`) per field, a taken e-mail or unit code at its field. Null for any
 * other failure (a version conflict, the network), which the form shows whole.
 */
export function directoryFormErrors(error: unknown, form: DirectoryForm, language: Language): FormErrors | null {
  if (!(error instanceof ApiError)) return null;
  const codeField = UNIT_CODE_FIELD[form];
  switch (error.code) {
    case 'invalid-input':
      return fieldErrorsOf(error, language, fieldOfPath);
    case 'email-taken':
      return fieldErrorsOf(error, language, fieldOfPath, { 'email-taken': 'email' });
    case 'unit-exists':
      return codeField ? fieldErrorsOf(error, language, fieldOfPath, { 'unit-exists': codeField }) : { fields: {}, general: [messageOf(error, language)] };
    case 'directory-rule': {
      const out = fieldErrorsOf(error, language, (path) => RULE_FIELDS[form][path.split(':')[0] ?? '']);
      if (error.details.length === 0) out.general.push(messageOf(error, language));
      return out;
    }
    default:
      // A reorganisation refused for what it asks (a date in the future, a member left without a unit…).
      if (form !== 'reorganisation' || error.status !== 400 || error.details.length === 0) return null;
      return fieldErrorsOf(error, language, fieldOfPath);
  }
}

const messageOf = (error: ApiError, language: Language) => (language === 'vi' ? error.messageVi : error.messageEn);
