import type * as z from 'zod';
import { ApiError, ConnectionError, UnexpectedResponseError } from './errors.ts';
import { ErrorBodySchema } from './schemas.ts';

export interface ApiClientOptions {
  /** Absolute base URL of the API, e.g. `https://host/api`. */
  base: string;
  token: () => string | null;
  /** Called when the API refuses the token, before the error is thrown. */
  onUnauthenticated: () => void;
  fetch?: typeof fetch;
}

/** Extra request headers, e.g. `Idempotency-Key` on a submission. */
export interface RequestOptions {
  headers?: Record<string, string>;
}

export interface ApiClient {
  get<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>>;
  post<S extends z.ZodType>(path: string, body: unknown, schema: S, options?: RequestOptions): Promise<z.output<S>>;
  put<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.output<S>>;
  patch<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.output<S>>;
}

/** JSON over HTTP with the bearer token; every answer is validated, every failure is an error class. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? fetch.bind(globalThis);
  const base = options.base.replace(/\/+$/, '');

  async function request<S extends z.ZodType>(method: string, path: string, schema: S, body?: unknown, extra?: RequestOptions): Promise<z.output<S>> {
    const headers: Record<string, string> = { ...extra?.headers, accept: 'application/json' };
    const token = options.token();
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    } catch (cause) {
      throw new ConnectionError(`${method} ${path} failed`, { cause });
    }
    const payload: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      if (response.status === 401) options.onUnauthenticated();
      const error = ErrorBodySchema.safeParse(payload);
      if (!error.success) throw new UnexpectedResponseError(`${method} ${path}: HTTP ${response.status} without an error body`);
      const e = error.data.error;
      throw new ApiError(response.status, e.code, e.message, e.messageEn, e.details, e.correlationId ?? response.headers.get('x-correlation-id') ?? undefined);
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) throw new UnexpectedResponseError(`${method} ${path}: ${parsed.error.message}`, { cause: parsed.error });
    return parsed.data;
  }

  return {
    get: (path, schema) => request('GET', path, schema),
    post: (path, body, schema, options) => request('POST', path, schema, body, options),
    put: (path, body, schema) => request('PUT', path, schema, body),
    patch: (path, body, schema) => request('PATCH', path, schema, body),
  };
}
