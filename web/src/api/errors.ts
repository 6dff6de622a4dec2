import type { ErrorDetail } from '../../../shared/errors.ts';

/** The API answered with an error body: its messages are meant for the user. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageVi: string,
    readonly messageEn: string,
    readonly details: ErrorDetail[],
    readonly correlationId: string | undefined,
  ) {
    super(messageEn);
  }
}

/** The server could not be reached at all. */
export class ConnectionError extends Error {
  override readonly name = 'ConnectionError';
}

/** The server answered, but not with what the contract says. */
export class UnexpectedResponseError extends Error {
  override readonly name = 'UnexpectedResponseError';
}
