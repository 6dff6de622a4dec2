import { AppError } from '../errors.ts';

/** Errors only the HTTP layer raises: about the request itself, before any use case runs. */

export class PayloadTooLargeError extends AppError {
  override readonly name = 'PayloadTooLargeError';
  readonly status = 413;
  constructor(limitBytes: number, options?: ErrorOptions) {
    super(
      'payload-too-large',
      `Dữ liệu gửi lên quá lớn (tối đa ${Math.round(limitBytes / 1024)} KB).`,
      `The request is too large (at most ${Math.round(limitBytes / 1024)} KB).`,
      [],
      options,
    );
  }
}

export class UnsupportedMediaTypeError extends AppError {
  override readonly name = 'UnsupportedMediaTypeError';
  readonly status = 415;
  constructor(options?: ErrorOptions) {
    super(
      'unsupported-media-type',
      'Dữ liệu phải ở dạng JSON (Content-Type: application/json).',
      'The request body must be JSON (Content-Type: application/json).',
      [],
      options,
    );
  }
}

export class RouteNotFoundError extends AppError {
  override readonly name = 'RouteNotFoundError';
  readonly status = 404;
  constructor(route: string, options?: ErrorOptions) {
    super('route-not-found', `Không có địa chỉ ${route}.`, `There is no endpoint ${route}.`, [], options);
  }
}
