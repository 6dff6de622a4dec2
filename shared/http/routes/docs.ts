import * as z from 'zod';
import { defineRoute, type RouteDefinition } from '../route.ts';

/** The OpenAPI document (api-docs). */
export const DOCS_ROUTES = {
  getOpenApi: defineRoute({
    method: 'GET',
    path: '/api/openapi.json',
    function: 'api-docs',
    auth: 'public',
    summary: 'Tài liệu OpenAPI của API / The OpenAPI document of this API',
    tags: ['docs'],
    response: z.record(z.string(), z.unknown()),
  }),
} as const satisfies Record<string, RouteDefinition>;
