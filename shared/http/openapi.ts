import * as z from 'zod';
import type { RouteDefinition } from './route.ts';
import { routeEntries } from './routes/index.ts';

const ErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().meta({ description: 'Tiếng Việt' }),
    messageEn: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })),
    correlationId: z.string(),
  }),
});

const schema = (type: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(type, { target: 'draft-2020-12', io, unrepresentable: 'any' });

function parameters(route: RouteDefinition) {
  const from = (object: z.ZodObject | undefined, location: 'path' | 'query') =>
    Object.entries(object?.shape ?? {}).map(([name, type]) => ({
      name,
      in: location,
      required: location === 'path' || !(type as z.ZodType).safeParse(undefined).success,
      schema: schema(type as z.ZodType, 'input'),
    }));
  return [...from(route.params, 'path'), ...from(route.query, 'query')];
}

/** The OpenAPI 3.1 document of the API, generated from the same zod schemas the handlers validate with. */
export function buildOpenApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, route] of routeEntries) {
    const errorResponse = { description: 'Lỗi / Error', content: { 'application/json': { schema: schema(ErrorSchema, 'output') } } };
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      operationId,
      summary: route.summary,
      tags: route.tags,
      ...(route.auth === 'user' ? { security: [{ cognito: [] }] } : { security: [] }),
      parameters: parameters(route),
      ...(route.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: schema(route.body, 'input') } } } }
        : {}),
      responses: {
        [String(route.successStatus ?? 200)]: {
          description: 'Thành công / Success',
          content: { 'application/json': { schema: schema(route.response, 'output') } },
        },
        '4XX': errorResponse,
        '5XX': errorResponse,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dân vận monitor API',
      version: '0.1.0',
      description:
        'Theo dõi kế hoạch công tác dân vận: báo cáo của đơn vị, đơn thư của công dân, thời hạn theo luật. / Monitoring of the mass-mobilization plan: unit reports, citizen cases, legal deadlines.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        cognito: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Cognito ID token (dev sign-in token locally)' },
      },
    },
    paths,
  };
}
