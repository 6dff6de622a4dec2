import type * as z from 'zod';
import { ConflictError, ValidationError } from '../errors.ts';

/**
 * Errors of the case domain. They extend the platform's `AppError` classes so the HTTP edge maps them
 * without knowing this module; the deadline engine's own `DeadlineRuleError` (extension beyond the
 * maximum, suspension not allowed by the rule version) is let through unchanged, so a refusal reads the
 * same in the calculator and on a case.
 */

/** Stable codes: stored in logs and relied on by clients, so never rename one. */
export type CaseErrorCode =
  | 'illegal-transition'
  | 'invalid-registration'
  | 'invalid-command'
  | 'invalid-outcome'
  | 'invalid-decision-date'
  | 'invalid-instant'
  | 'instant-before-last-event'
  | 'invalid-misconduct'
  | 'violation-date-required'
  | 'discipline-limitation-expired'
  | 'recused-inspector'
  | 'invalid-tracking-code';

/** A command the state machine does not allow from the current status (HTTP 409). */
export class IllegalTransitionError extends ConflictError {
  override readonly name = 'IllegalTransitionError';
  readonly currentStatus: string;
  readonly command: string;

  /** `kind` names the machine in both languages: `'hồ sơ khiếu nại lần 1 / first complaint'`. */
  constructor(kind: string, status: string, command: string, allowed: readonly string[], options?: ErrorOptions) {
    const [vi = kind, en = vi] = kind.split(' / ');
    const list = allowed.length > 0 ? allowed.join(', ') : '(không có / none)';
    super(
      'illegal-transition',
      `Không thể thực hiện “${command}” đối với ${vi} đang ở trạng thái “${status}”. Thao tác được phép: ${list}.`,
      `Cannot “${command}” a ${en} in status “${status}”. Allowed: ${list}.`,
      [
        { path: 'status', message: status },
        { path: 'command', message: command },
      ],
      options,
    );
    this.currentStatus = status;
    this.command = command;
  }
}

/** Input refused before anything changed (HTTP 400). Keeps the name `ValidationError`, which the base fixes. */
export class CaseValidationError extends ValidationError {
  constructor(code: CaseErrorCode, messageVi: string, messageEn: string, details: { path: string; message: string }[] = [], options?: ErrorOptions) {
    super(code, messageVi, messageEn, details, options);
  }

  /** Wraps a zod failure; each issue keeps its path and its bilingual message. */
  static fromZod(code: CaseErrorCode, what: { vi: string; en: string }, error: z.ZodError): CaseValidationError {
    return new CaseValidationError(
      code,
      `${what.vi} không hợp lệ.`,
      `Invalid ${what.en}.`,
      error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
      { cause: error },
    );
  }
}

/** A request the law forbids in the case's present state, e.g. a discipline decision after thời hiệu (HTTP 409). */
export class CaseRuleError extends ConflictError {
  override readonly name = 'CaseRuleError';
  constructor(code: CaseErrorCode, messageVi: string, messageEn: string, options?: ErrorOptions) {
    super(code, messageVi, messageEn, [], options);
  }
}
