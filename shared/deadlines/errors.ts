/** Stable codes: stored records, the API and the CLI rely on them, so never rename one. */
export type DeadlineErrorCode =
  | 'invalid-date'
  | 'invalid-input'
  | 'invalid-calendar'
  | 'invalid-rule-set'
  | 'unknown-rule'
  | 'no-rule-version'
  | 'unknown-variant'
  | 'extension-not-allowed'
  | 'extension-limit'
  | 'invalid-extension'
  | 'suspension-not-allowed'
  | 'invalid-suspension'
  | 'calendar-exhausted';

/** Base of every deadline-engine error: a stable `code` and a message in Vietnamese then English. */
export class DeadlineError extends Error {
  readonly code: DeadlineErrorCode;
  readonly messageVi: string;
  readonly messageEn: string;

  constructor(code: DeadlineErrorCode, messageVi: string, messageEn: string, options?: ErrorOptions) {
    super(`${messageVi} / ${messageEn}`, options);
    this.name = 'DeadlineError';
    this.code = code;
    this.messageVi = messageVi;
    this.messageEn = messageEn;
  }
}

/** A date, instant or other input the engine cannot read. */
export class DeadlineInputError extends DeadlineError {
  constructor(code: DeadlineErrorCode, messageVi: string, messageEn: string, options?: ErrorOptions) {
    super(code, messageVi, messageEn, options);
    this.name = 'DeadlineInputError';
  }
}

/** A request the legal rule does not permit (unknown rule or variant, too many extensions, …). */
export class DeadlineRuleError extends DeadlineError {
  constructor(code: DeadlineErrorCode, messageVi: string, messageEn: string, options?: ErrorOptions) {
    super(code, messageVi, messageEn, options);
    this.name = 'DeadlineRuleError';
  }
}

/** Calendar or rule-set data that is inconsistent (a day both off and worked, overlapping versions, …). */
export class DeadlineDataError extends DeadlineError {
  constructor(code: DeadlineErrorCode, messageVi: string, messageEn: string, options?: ErrorOptions) {
    super(code, messageVi, messageEn, options);
    this.name = 'DeadlineDataError';
  }
}
