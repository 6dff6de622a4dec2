import { createHttpHandler } from '../shared/http/handler.ts';
import { DOCS_ROUTES } from '../shared/http/routes/docs.ts';
import { buildOpenApiDocument } from '../shared/http/openapi.ts';

const document = buildOpenApiDocument();

export const handler = createHttpHandler('api-docs', DOCS_ROUTES, {
  getOpenApi: async () => document,
});
