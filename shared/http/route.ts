import type { z } from 'zod';
import type { FunctionName } from '../platform/resources.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One HTTP route: what the CDK app wires to API Gateway, what the local gateway dispatches, what the
 * handler validates, and what the OpenAPI document describes. Defined once, in the module of its function under `routes/`.
 */
export interface RouteDefinition {
  method: HttpMethod;
  /** API Gateway path, parameters in braces: `/api/units/{unitId}`. */
  path: string;
  /** The Lambda that serves it. */
  function: FunctionName;
  /** `user`: a valid token is required (Cognito JWT authorizer); `public`: anyone (rate-limited at the edge). */
  auth: 'user' | 'public';
  summary: string;
  tags: string[];
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
  /** Status of a successful response; 200 unless stated. */
  successStatus?: 200 | 201 | 202 | 204;
  /** Largest accepted body in bytes (default {@link DEFAULT_MAX_BODY_BYTES}). */
  maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

export const defineRoute = <const R extends RouteDefinition>(route: R): R => route;

export const routeKey = (route: Pick<RouteDefinition, 'method' | 'path'>): string => `${route.method} ${route.path}`;

/** What a client needs of a route to call it: the web app's typed client reads the same definitions. */
export type ClientRoute = Pick<RouteDefinition, 'method' | 'path' | 'params' | 'query' | 'body' | 'response'>;
