/**
 * Domain and edge errors. Every error a user can cause is an `AppError` with a stable `code`, an HTTP
 * status and a message in Vietnamese and English; anything else is a bug and becomes a generic 500.
 */
export interface ErrorDetail {
  /** Dotted path of the offending field, e.g. `body.email`. */
  path: string;
  message: string;
}

export abstract class AppError extends Error {
  abstract readonly status: number;
  readonly code: string;
  readonly messageVi: string;
  readonly details: ErrorDetail[];

  constructor(code: string, messageVi: string, messageEn: string, details: ErrorDetail[] = [], options?: ErrorOptions) {
    super(messageEn, options);
    this.code = code;
    this.messageVi = messageVi;
    this.details = details;
  }
}

export class ValidationError extends AppError {
  override readonly name = 'ValidationError';
  readonly status = 400;
}

export class UnauthenticatedError extends AppError {
  override readonly name = 'UnauthenticatedError';
  readonly status = 401;
  constructor(options?: ErrorOptions) {
    super('unauthenticated', 'Bạn cần đăng nhập.', 'You need to sign in.', [], options);
  }
}

export class ForbiddenError extends AppError {
  override readonly name = 'ForbiddenError';
  readonly status = 403;
  constructor(operation: string, options?: ErrorOptions) {
    super(
      'forbidden',
      'Bạn không có quyền thực hiện thao tác này.',
      'You are not allowed to do this.',
      [{ path: 'operation', message: operation }],
      options,
    );
  }
}

export class NotFoundError extends AppError {
  override readonly name = 'NotFoundError';
  readonly status = 404;
  /** `what` names the thing in both languages: `'đơn vị / unit'`. */
  constructor(what: string, id: string, options?: ErrorOptions) {
    const [vi = what, en = vi] = what.split(' / ');
    super('not-found', `Không tìm thấy ${vi} “${id}”.`, `No ${en} “${id}” was found.`, [], options);
  }
}

export class ConflictError extends AppError {
  override readonly name: string = 'ConflictError';
  readonly status = 409;
}

/** Raised when a record changed since the caller read it (optimistic locking). */
export class VersionConflictError extends ConflictError {
  override readonly name = 'VersionConflictError';
  constructor(what: string, options?: ErrorOptions) {
    super(
      'version-conflict',
      `${what} vừa được người khác thay đổi. Vui lòng tải lại rồi thử lại.`,
      `${what} was changed by someone else. Reload and try again.`,
      [],
      options,
    );
  }
}

export class RateLimitedError extends AppError {
  override readonly name = 'RateLimitedError';
  readonly status = 429;
  constructor(options?: ErrorOptions) {
    super('rate-limited', 'Bạn đã gửi quá nhiều lần. Vui lòng thử lại sau một giờ.', 'Too many submissions. Please try again in an hour.', [], options);
  }
}
