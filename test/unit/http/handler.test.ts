import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../../shared/access/policy.ts';
import { NotFoundError, UnauthenticatedError, VersionConflictError } from '../../../shared/errors.ts';
import { createHttpHandler, type RouteImplementations } from '../../../shared/http/handler.ts';
import { ORGANIZATION_ROUTES } from '../../../shared/http/routes/organization.ts';
import type { Unit } from '../../../shared/organization/model.ts';
import { claimsOf, httpEvent, lambdaContext } from '../../support/http-events.ts';

const unit: Unit = {
  agencyId: 'so-khcn-quang-ngai',
  unitId: 'van-phong',
  name: 'Văn phòng Sở',
  kind: 'office',
  reportingEmails: [],
  active: true,
  version: 3,
};

const deactivated = new Set(['u-left']);

type Implementations = RouteImplementations<typeof ORGANIZATION_ROUTES>;

function build(overrides: Partial<Implementations> = {}) {
  const logger = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
  const error = vi.spyOn(logger, 'error');
  const seen: { actor?: Actor; body?: unknown; query?: unknown } = {};
  const handler = createHttpHandler(
    'api-organization',
    ORGANIZATION_ROUTES,
    {
      getMe: async () => {
        throw new Error('database password is hunter2');
      },
      listUnits: async ({ actor, query }) => {
        Object.assign(seen, { actor, query });
        return { items: [unit] };
      },
      getUnit: async ({ params }) => {
        throw new NotFoundError('đơn vị / unit', params.unitId);
      },
      updateUnit: async ({ body }) => {
        seen.body = body;
        if (body.version !== unit.version) throw new VersionConflictError('Đơn vị / The unit');
        return { ...unit, ...body.changes, headUserId: undefined, version: unit.version + 1 };
      },
      listUsers: async () => ({ items: [] }),
      createUnit: async () => unit,
      updateAgency: async () => {
        throw new Error('not called');
      },
      createUser: async () => {
        throw new Error('not called');
      },
      updateUser: async () => {
        throw new Error('not called');
      },
      listDirectoryEvents: async () => ({ items: [] }),
      ...overrides,
    },
    {
      logger,
      // The directory as the handler sees it: deactivated users are refused, roles come from the record.
      signedIn: async (claimed) => {
        if (deactivated.has(claimed.userId)) throw new UnauthenticatedError();
        return claimed.userId === 'u-promoted' ? { ...claimed, roles: ['admin'] } : claimed;
      },
    },
  );
  const call = async (event: Parameters<typeof handler>[0]) => {
    const result = (await handler(event, lambdaContext)) as APIGatewayProxyStructuredResultV2;
    return { status: result.statusCode, headers: result.headers ?? {}, body: JSON.parse(String(result.body)) };
  };
  return { call, seen, error };
}

const patch = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  httpEvent({ routeKey: 'PATCH /api/units/{unitId}', pathParameters: { unitId: 'van-phong' }, headers, body, claims: claimsOf('admin') });

describe('HTTP handler foundation', () => {
  it('builds the actor from API Gateway claims, with groups flattened to a string', async () => {
    const { call, seen } = build();
    const response = await call(httpEvent({ routeKey: 'GET /api/units', claims: claimsOf('office', 'van-phong'), query: { includeInactive: 'true' } }));
    expect(response.status).toBe(200);
    expect(seen.actor).toEqual({ userId: 'u-office', email: 'office@khcn-quangngai.example', agencyId: 'so-khcn-quang-ngai', roles: ['office'], unitId: 'van-phong' });
    expect(seen.query).toEqual({ includeInactive: 'true' });
    expect(response.headers['content-type']).toMatch(/application\/json/);
  });

  it('refuses a user route without claims with 401 and a bilingual message', async () => {
    const { call } = build();
    const response = await call(httpEvent({ routeKey: 'GET /api/units' }));
    expect(response.status).toBe(401);
    expect(response.body.error).toMatchObject({ code: 'unauthenticated', message: 'Bạn cần đăng nhập.', messageEn: 'You need to sign in.' });
  });

  it('checks every signed-in caller against the directory: a deactivated user is refused at once, roles are the directory’s', async () => {
    const { call, seen } = build();
    const refused = await call(httpEvent({ routeKey: 'GET /api/units', claims: { ...claimsOf('office', 'van-phong'), sub: 'u-left' } }));
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('unauthenticated');
    const promoted = await call(httpEvent({ routeKey: 'GET /api/units', claims: { ...claimsOf('reporter', 'van-phong'), sub: 'u-promoted' } }));
    expect(promoted.status).toBe(200);
    expect(seen.actor?.roles).toEqual(['admin']);
  });

  it('cannot be built for signed-in routes without the directory check', () => {
    const implementations = Object.fromEntries(Object.keys(ORGANIZATION_ROUTES).map((id) => [id, async () => ({})])) as unknown as Implementations;
    expect(() => createHttpHandler('api-organization', ORGANIZATION_ROUTES, implementations)).toThrow(/directory/);
  });

  it('refuses claims without any known role', async () => {
    const { call } = build();
    const response = await call(httpEvent({ routeKey: 'GET /api/units', claims: { ...claimsOf('office'), 'cognito:groups': '[visitors]' } }));
    expect(response.status).toBe(401);
  });

  it('answers invalid input with 400 naming each field, and never calls the use case', async () => {
    const { call, seen } = build();
    const response = await call(patch(JSON.stringify({ version: -1, changes: { name: 'x', kind: 'castle' } })));
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid-input');
    expect(response.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['body.changes.kind', 'body.changes.name', 'body.reason', 'body.version']);
    expect(response.body.error.message).toMatch(/^Dữ liệu không hợp lệ/);
    expect(seen.body).toBeUndefined();
  });

  it('answers malformed JSON with 400 and a missing JSON content type with 415', async () => {
    const { call } = build();
    expect((await call(patch('{"version": 3,'))).body.error.code).toBe('malformed-json');
    const wrongType = await call(patch('{"version":3,"changes":{}}', { 'content-type': 'text/plain' }));
    expect(wrongType.status).toBe(415);
  });

  it('refuses a body over the size limit with 413 before parsing it', async () => {
    const { call, seen } = build();
    const huge = JSON.stringify({ version: 3, changes: { name: 'x'.repeat(300 * 1024) } });
    const response = await call(patch(huge));
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload-too-large');
    expect(seen.body).toBeUndefined();
  });

  it('maps domain errors to their status: 404 and 409 with stable codes', async () => {
    const { call } = build();
    const missing = await call(httpEvent({ routeKey: 'GET /api/units/{unitId}', pathParameters: { unitId: 'khong-co' }, claims: claimsOf('office') }));
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('khong-co');
    const stale = await call(patch(JSON.stringify({ version: 2, changes: { name: 'Văn phòng Sở mới' }, reason: 'Đổi tên theo quyết định' })));
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version-conflict');
  });

  it('hides unexpected errors behind a generic 500 that carries the correlation id, and logs them', async () => {
    const { call, error } = build();
    const response = await call(httpEvent({ routeKey: 'GET /api/me', claims: claimsOf('office'), headers: { 'x-correlation-id': 'corr-12345678' } }));
    expect(response.status).toBe(500);
    expect(JSON.stringify(response.body)).not.toContain('hunter2');
    expect(response.body.error).toMatchObject({ code: 'internal-error', correlationId: 'corr-12345678' });
    expect(response.headers['x-correlation-id']).toBe('corr-12345678');
    expect(error).toHaveBeenCalledOnce();
  });

  it('answers an unknown route key with 404', async () => {
    const { call } = build();
    const response = await call(httpEvent({ routeKey: 'GET /api/nothing', claims: claimsOf('office') }));
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('route-not-found');
  });

  it('decodes a base64 body as API Gateway sends binary-safe payloads', async () => {
    const { call, seen } = build();
    const body = Buffer.from(JSON.stringify({ version: 3, changes: { name: 'Phòng Tổng hợp' }, reason: 'Đổi tên' })).toString('base64');
    const response = await call({ ...patch(body), isBase64Encoded: true });
    expect(response.status).toBe(200);
    expect(seen.body).toEqual({ version: 3, changes: { name: 'Phòng Tổng hợp' }, reason: 'Đổi tên' });
  });

  it('sends only what the route’s schema says: an undocumented field is dropped, a body that breaks the contract is a 500', async () => {
    // Prepare
    const leaky = build({ listUnits: async () => ({ items: [{ ...unit, denouncerPhone: '0905 123 456' }], created: { secret: true } }) as never });
    const broken = build({ listUnits: async () => ({ items: [{ ...unit, name: 42 }] }) as never });

    // Act
    const dropped = await leaky.call(httpEvent({ routeKey: 'GET /api/units', claims: claimsOf('office', 'van-phong') }));
    const refused = await broken.call(httpEvent({ routeKey: 'GET /api/units', claims: claimsOf('office', 'van-phong') }));

    // Assess
    expect(dropped.status).toBe(200);
    expect(dropped.body).toEqual({ items: [unit] });
    expect(JSON.stringify(dropped.body)).not.toContain('0905');
    expect(refused.status).toBe(500);
    expect(refused.body.error.code).toBe('internal-error');
    expect(broken.error).toHaveBeenCalledOnce();
  });
});
