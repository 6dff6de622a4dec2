import { createHttpHandler } from '../shared/http/handler.ts';
import { buildOpenApiDocument } from '../shared/http/openapi.ts';

const document = buildOpenApiDocument();

export const handler = createHttpHandler('api-docs', {
  getOpenApi: async () => document,
});
