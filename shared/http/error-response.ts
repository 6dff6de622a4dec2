import type { Logger } from '@aws-lambda-powertools/logger';
import { DeadlineError } from '../deadlines/errors.ts';
import { AppError, type ErrorDetail } from '../errors.ts';

export interface ErrorBody {
  error: {
    code: string;
    /** Vietnamese first: the message shown to the user. */
    message: string;
    messageEn: string;
    details: ErrorDetail[];
    correlationId: string;
  };
}

/**
 * The one place errors become HTTP responses: an {@link AppError} keeps its status, code and messages;
 * anything else is logged with the correlation id and answered with a generic 500 that leaks nothing.
 */
export function toErrorResponse(error: unknown, correlationId: string, logger: Pick<Logger, 'warn' | 'error'>): { statusCode: number; body: ErrorBody } {
  if (error instanceof AppError) {
    if (error.status >= 500) logger.error('request failed', { error });
    else logger.warn('request refused', { code: error.code, status: error.status });
    return {
      statusCode: error.status,
      body: { error: { code: error.code, message: error.messageVi, messageEn: error.message, details: error.details, correlationId } },
    };
  }
  if (error instanceof DeadlineError) {
    // The pure deadline engine knows nothing of HTTP: what it refuses is a request it cannot honour.
    logger.warn('request refused', { code: error.code, status: 400 });
    return {
      statusCode: 400,
      body: { error: { code: error.code, message: error.messageVi, messageEn: error.messageEn, details: [], correlationId } },
    };
  }
  logger.error('unexpected error', { error: error as Error });
  return {
    statusCode: 500,
    body: {
      error: {
        code: 'internal-error',
        message: `Hệ thống gặp lỗi. Vui lòng thử lại; nếu vẫn lỗi, báo mã ${correlationId} cho quản trị.`,
        messageEn: `Something went wrong. Please retry; if it persists, give the code ${correlationId} to the administrator.`,
        details: [],
        correlationId,
      },
    },
  };
}
