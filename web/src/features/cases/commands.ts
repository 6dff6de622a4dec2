import { NOT_ACCEPTED_REASONS, OUTCOMES, REFUSAL_REASONS, type CaseType } from '../../../../shared/cases/model.ts';
import { DISCIPLINE_FORMS } from '../../../../shared/cases/misconduct.ts';

/** One input of a command's form; `name` is the command's field, `label` a dictionary key suffix. */
export interface CommandField {
  name: string;
  kind: 'text' | 'textarea' | 'date' | 'number' | 'select' | 'user';
  required: boolean;
  /** For `select`: the allowed values, in order. */
  options?: readonly string[];
}

const f = (name: string, kind: CommandField['kind'], required: boolean, options?: readonly string[]): CommandField => ({
  name,
  kind,
  required,
  ...(options ? { options } : {}),
});

/** The outcomes the server accepts per case type (shared/cases/lifecycle.ts, OUTCOMES_BY_TYPE). */
const OUTCOMES_BY_TYPE: Record<CaseType, readonly string[]> = {
  'khieu-nai-lan-1': ['upheld', 'partly-upheld', 'rejected', 'withdrawn'],
  'khieu-nai-lan-2': ['upheld', 'partly-upheld', 'rejected', 'withdrawn'],
  'to-cao': ['upheld', 'partly-upheld', 'rejected', 'withdrawn'],
  'kien-nghi-phan-anh': ['answered'],
  'yeu-cau-thong-tin': ['provided'],
};

/** The fields of each citizen-case command, as `CaseCommandSchema` (shared/cases/lifecycle.ts) has them. */
export function caseCommandFields(command: string, type: CaseType): readonly CommandField[] {
  switch (command) {
    case 'accept':
      return [f('documentRef', 'text', false), f('handlerUserId', 'user', false), f('decidedOn', 'date', false)];
    case 'transfer':
      return [f('to', 'text', true), f('reason', 'textarea', true), f('documentRef', 'text', false), f('publicSummary', 'textarea', false), f('decidedOn', 'date', false)];
    case 'reject':
      return [f('reason', 'select', true, NOT_ACCEPTED_REASONS), f('text', 'textarea', true), f('documentRef', 'text', false), f('publicSummary', 'textarea', false), f('decidedOn', 'date', false)];
    case 'start':
      return [f('handlerUserId', 'user', false)];
    case 'notify':
      return [f('documentRef', 'text', true)];
    case 'extend':
      // A decision's number only when it was issued outside the platform: otherwise the case page issues it.
      return [f('days', 'number', true), f('reason', 'textarea', true), f('documentRef', 'text', false), f('decidedOn', 'date', false)];
    case 'suspend':
      return [f('reason', 'textarea', true), f('documentRef', 'text', false), f('decidedOn', 'date', false)];
    case 'resume':
      return [f('documentRef', 'text', false), f('reason', 'textarea', false), f('decidedOn', 'date', false)];
    case 'resolve':
      return [f('outcome', 'select', true, OUTCOMES_BY_TYPE[type] ?? OUTCOMES), f('documentRef', 'text', false), f('publicSummary', 'textarea', true), f('decidedOn', 'date', false)];
    case 'refuse':
      return [f('reason', 'select', true, REFUSAL_REASONS), f('text', 'textarea', true), f('documentRef', 'text', false), f('publicSummary', 'textarea', false), f('decidedOn', 'date', false)];
    case 'close':
      return [f('reason', 'textarea', false)];
    default:
      return [];
  }
}

/** The fields of each misconduct command, as `MisconductCommandSchema` (shared/cases/misconduct.ts) has them. */
export function misconductCommandFields(command: string): readonly CommandField[] {
  switch (command) {
    case 'start-inspection':
    case 'assign-inspector':
      return [f('inspectorUserId', 'user', true)];
    case 'dismiss':
    case 'close':
      return [f('reason', 'textarea', true)];
    case 'record-findings':
      return [f('findings', 'textarea', true), f('documentRef', 'text', false), f('violationOn', 'date', false)];
    case 'conclude-violation':
      return [f('summary', 'textarea', true), f('documentRef', 'text', true), f('violationOn', 'date', false), f('on', 'date', false)];
    case 'conclude-no-violation':
      return [f('summary', 'textarea', true), f('documentRef', 'text', true), f('on', 'date', false)];
    case 'hold-review-meeting':
      return [f('minutesRef', 'text', true), f('heldOn', 'date', false)];
    case 'convene-council':
      return [f('documentRef', 'text', true), f('on', 'date', false)];
    case 'decide':
      return [f('form', 'select', true, DISCIPLINE_FORMS), f('documentRef', 'text', true), f('on', 'date', false)];
    default:
      return [];
  }
}

/** Commands that end or refuse something: their button is drawn as secondary, away from the main path. */
export const SECONDARY_COMMANDS: ReadonlySet<string> = new Set(['reject', 'transfer', 'close', 'dismiss', 'suspend', 'refuse', 'conclude-no-violation']);

export type CommandValues = Record<string, string>;

/**
 * The command body from the form's values: `{ type, ...fields }`, blank optional fields left out, numbers
 * as numbers. The names of required fields left blank come back in `missing`, so the form says so before sending.
 * @example buildCommand('extend', fields, { days: '30', reason: 'phức tạp', documentRef: 'QĐ 12', decidedOn: '' })
 *   // → { command: { type: 'extend', days: 30, reason: 'phức tạp', documentRef: 'QĐ 12' }, missing: [] }
 */
export function buildCommand(type: string, fields: readonly CommandField[], values: CommandValues): { command: Record<string, unknown> & { type: string }; missing: string[] } {
  const command: Record<string, unknown> & { type: string } = { type };
  const missing: string[] = [];
  for (const field of fields) {
    const raw = (values[field.name] ?? '').trim();
    if (raw === '') {
      if (field.required) missing.push(field.name);
      continue;
    }
    command[field.name] = field.kind === 'number' ? Number(raw) : raw;
  }
  return { command, missing };
}
