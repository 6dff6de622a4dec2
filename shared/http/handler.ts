import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { z } from 'zod';
import type { Actor } from '../access/policy.ts';
import { ValidationError } from '../errors.ts';
import { PayloadTooLargeError, RouteNotFoundError, UnsupportedMediaTypeError } from './errors.ts';
import type { FunctionName } from '../platform/resources.ts';
import { actorFromClaims } from './claims.ts';
import { toErrorResponse } from './error-response.ts';
import { clientAddressOf, type ClientAddress } from './client-address.ts';
import { DEFAULT_MAX_BODY_BYTES, routeKey, type RouteDefinition } from './route.ts';
import { parseWith } from './validation.ts';

/** The event API Gateway (HTTP API, payload 2.0) sends, with the JWT authorizer's claims when present. */
export type HttpEvent = APIGatewayProxyEventV2 & {
  requestContext: APIGatewayProxyEventV2['requestContext'] & { authorizer?: { jwt?: { claims?: Record<string, unknown> } } };
};

type Infer<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface HttpRequest<R extends RouteDefinition> {
  actor: R['auth'] extends 'user' ? Actor : Actor | undefined;
  params: Infer<R['params']>;
  query: Infer<R['query']>;
  body: Infer<R['body']>;
  headers: Record<string, string | undefined>;
  correlationId: string;
  /** The caller's address: the viewer's behind CloudFront, the source's for a direct call ({@link clientAddressOf}). */
  client: ClientAddress;
  logger: Logger;
}

export type RouteImplementation<R extends RouteDefinition> = (request: HttpRequest<R>) => Promise<z.input<R['response']>>;

/** The routes one function serves: its own module of `shared/http/routes/`, every route naming that function. */
export type RoutesOf<F extends FunctionName> = Record<string, RouteDefinition & { function: F }>;

export type RouteImplementations<R extends Record<string, RouteDefinition>> = { [K in keyof R]: RouteImplementation<R[K]> };

/**
 * Who the caller is now, from the directory: a token proves who signed in, the directory says whether
 * they still may (a deactivated user is refused at the next request) and with which roles and unit.
 */
export type SignedInCheck = (claimed: Actor) => Promise<Actor>;

export interface HttpHandlerOptions {
  /** Required when the function serves signed-in routes. */
  signedIn?: SignedInCheck;
  logger?: Logger;
  /** The secret CloudFront sends on `/api/*` (ORIGIN_VERIFY_SECRET): with it, the viewer's address is known. */
  originSecret?: string;
}

/**
 * Builds the Lambda handler of one HTTP function: correlation id, structured logs, body size limit,
 * JSON parsing, zod validation of params, query and body, the caller's identity, dispatch by route key,
 * and one error mapper. Implementations only call a use case and return the response body.
 */
export function createHttpHandler<F extends FunctionName, R extends RoutesOf<F>>(
  functionName: F,
  routes: R,
  implementations: RouteImplementations<R>,
  options: HttpHandlerOptions = {},
) {
  const logger = options.logger ?? new Logger({ serviceName: 'dan-van-monitor', persistentKeys: { function: functionName } });
  const table = new Map<string, { route: RouteDefinition; run: RouteImplementation<RouteDefinition> }>();
  for (const [id, route] of Object.entries(routes)) {
    const run = implementations[id] as RouteImplementation<RouteDefinition> | undefined;
    if (!run) throw new Error(`${functionName}: route ${id} has no implementation`);
    table.set(routeKey(route), { route, run });
  }
  const { signedIn } = options;
  if (!signedIn && [...table.values()].some(({ route }) => route.auth === 'user')) {
    throw new Error(`${functionName}: a function with signed-in routes must check callers against the directory (options.signedIn)`);
  }

  const core = async (event: HttpEvent, _context: Context): Promise<APIGatewayProxyStructuredResultV2> => {
    const correlationId = correlationIdOf(event);
    logger.appendKeys({ correlationId, route: event.routeKey });
    try {
      const entry = table.get(event.routeKey);
      if (!entry) throw new RouteNotFoundError(event.routeKey);
      const { route, run } = entry;
      const headers = lowerCaseHeaders(event.headers);
      const claims = event.requestContext.authorizer?.jwt?.claims;
      const claimed = route.auth === 'user' || claims ? actorFromClaims(claims) : undefined;
      const actor = claimed && signedIn ? await signedIn(claimed) : claimed;
      const request: HttpRequest<RouteDefinition> = {
        actor: actor as Actor,
        params: parseWith(route.params, event.pathParameters ?? {}, 'params'),
        query: parseWith(route.query, event.queryStringParameters ?? {}, 'query'),
        body: route.body ? parseWith(route.body, readJsonBody(event, headers, route.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES), 'body') : undefined,
        headers,
        correlationId,
        client: clientAddressOf(event.requestContext.http.sourceIp, headers, options.originSecret),
        logger,
      } as HttpRequest<RouteDefinition>;
      const status = route.successStatus ?? 200;
      const result = responseOf(route, await run(request));
      return {
        statusCode: status,
        headers: responseHeaders(correlationId),
        body: status === 204 ? '' : JSON.stringify(result),
      };
    } catch (error) {
      const { statusCode, body } = toErrorResponse(error, correlationId, logger);
      return { statusCode, headers: responseHeaders(correlationId), body: JSON.stringify(body) };
    } finally {
      logger.removeKeys(['correlationId', 'route']);
    }
  };

  return middy(core).use(injectLambdaContext(logger));
}

/**
 * What leaves the handler is what the route's schema says, and only that: unknown fields are dropped
 * (an undocumented field can carry what the reader may not see), and a body that breaks the contract
 * is a 500, never sent.
 */
function responseOf(route: RouteDefinition, result: unknown): unknown {
  if ((route.successStatus ?? 200) === 204) return undefined;
  const parsed = route.response.safeParse(result);
  if (!parsed.success) throw new ResponseContractError(route, parsed.error);
  return parsed.data;
}

class ResponseContractError extends Error {
  override readonly name = 'ResponseContractError';
  constructor(route: RouteDefinition, cause: z.ZodError) {
    super(`The response of ${route.method} ${route.path} does not match its schema: ${cause.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ').slice(0, 500)}`, { cause });
  }
}

function correlationIdOf(event: HttpEvent): string {
  const fromHeader = event.headers?.['x-correlation-id'];
  return fromHeader && /^[\w-]{8,64}$/.test(fromHeader) ? fromHeader : event.requestContext.requestId;
}

function lowerCaseHeaders(headers: HttpEvent['headers']): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
}

function readJsonBody(event: HttpEvent, headers: Record<string, string | undefined>, maxBytes: number): unknown {
  const raw = event.body ?? '';
  const bytes = event.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
  if (bytes.length > maxBytes) throw new PayloadTooLargeError(maxBytes);
  if (!/^application\/json\b/i.test(headers['content-type'] ?? '')) throw new UnsupportedMediaTypeError();
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (cause) {
    throw new ValidationError(
      'malformed-json',
      'Dữ liệu gửi lên không phải JSON hợp lệ.',
      'The request body is not valid JSON.',
      [],
      { cause },
    );
  }
}

function responseHeaders(correlationId: string): Record<string, string> {
  return {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-correlation-id': correlationId,
    'x-content-type-options': 'nosniff',
  };
}
