import type * as z from 'zod';
import type { ClientRoute } from '../../../shared/http/route.ts';
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

type QueryValue = string | number | boolean | undefined;

/**
 * What a call to `route` takes, read from the route's own definition: its path parameters, its query and
 * its body where it has them (as the server's schemas accept them), and extra headers such as `Idempotency-Key`.
 */
export type CallInput<R extends ClientRoute> = (R extends { params: infer P extends z.ZodType } ? { params: z.input<P> } : unknown) &
  (R extends { query: infer Q extends z.ZodType } ? { query?: z.input<Q> } : unknown) &
  (R extends { body: infer B extends z.ZodType } ? { body: z.input<B> } : unknown) & { headers?: Record<string, string> };

/** The body `route` takes, as its schema accepts it. */
export type BodyOf<R extends ClientRoute> = R extends { body: infer B extends z.ZodType } ? z.input<B> : never;

/** What `route` answers, as its response schema reads it. */
export type ResponseOf<R extends ClientRoute> = z.output<R['response']>;

type CallArgs<R extends ClientRoute> = object extends CallInput<R> ? [input?: CallInput<R>] : [input: CallInput<R>];

export interface ApiClient {
  /** Calls one route of `shared/http/routes/` (or the local demo sign-in's): the answer is validated by the route's response schema. */
  call<R extends ClientRoute>(route: R, ...args: CallArgs<R>): Promise<ResponseOf<R>>;
}

/** The URL of a route below the API base: `/api/cases/{caseId}` with `{caseId: 'a b'}` → `/cases/a%20b`. */
export function routeUrl(route: Pick<ClientRoute, 'path'>, params: object = {}, query: object = {}): string {
  const values = params as Record<string, unknown>;
  const path = route.path.replace(/^\/api(?=\/)/, '').replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === null || value === '') throw new Error(`${route.path}: no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query as Record<string, QueryValue>)) if (value !== undefined && value !== '') search.set(name, String(value));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** JSON over HTTP with the bearer token; every answer is validated, every failure is an error class. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? fetch.bind(globalThis);
  const base = options.base.replace(/\/+$/, '');

  async function request<S extends z.ZodType>(method: string, path: string, schema: S, body: unknown, extra: Record<string, string> | undefined): Promise<z.output<S>> {
    const headers: Record<string, string> = { ...extra, accept: 'application/json' };
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
    call: <R extends ClientRoute>(route: R, ...args: CallArgs<R>) => {
      const input = (args[0] ?? {}) as { params?: object; query?: object; body?: unknown; headers?: Record<string, string> };
      return request(route.method, routeUrl(route, input.params, input.query), route.response, input.body, input.headers) as Promise<ResponseOf<R>>;
    },
  };
}
