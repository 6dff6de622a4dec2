import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createApiClient, routeUrl } from '../../../web/src/api/client.ts';
import { ApiError, ConnectionError, UnexpectedResponseError } from '../../../web/src/api/errors.ts';
import { bodyPath, fieldErrorsOf, hasFieldErrors } from '../../../web/src/api/field-errors.ts';
import { readSession, writeSession, clearSession } from '../../../web/src/auth/session.ts';
import { href, pathFromHash, queryFromHash } from '../../../web/src/router.ts';
import { MemoryStorage } from './memory-storage.ts';

const PingSchema = z.object({ ok: z.boolean() });
const ping = { method: 'GET', path: '/api/me', response: PingSchema } as const;
const putYear = { method: 'PUT', path: '/api/calendar/{year}', params: z.object({ year: z.coerce.number() }), body: z.object({ version: z.number().nullable() }), response: PingSchema } as const;
const patchUnit = {
  method: 'PATCH',
  path: '/api/units/{unitId}',
  params: z.object({ unitId: z.string() }),
  body: z.object({ version: z.number(), changes: z.object({ active: z.boolean() }), reason: z.string() }),
  response: PingSchema,
} as const;

function client(respond: (url: string, init: RequestInit) => Response, token: string | null = 'tok') {
  const seen: Array<{ url: string; init: RequestInit }> = [];
  let unauthenticated = 0;
  const api = createApiClient({
    base: 'https://dvm.example.gov.vn/api/',
    token: () => token,
    onUnauthenticated: () => unauthenticated++,
    fetch: (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return respond(url, init);
    }) as typeof fetch,
  });
  return { api, seen, unauthenticatedCalls: () => unauthenticated };
}

const errorBody = (status: number, code: string) =>
  new Response(
    JSON.stringify({ error: { code, message: 'Lỗi hệ thống.', messageEn: 'System error.', details: [], correlationId: 'corr-42' } }),
    { status, headers: { 'content-type': 'application/json' } },
  );

describe('API client', () => {
  it('sends the ID token as a bearer token and validates the answer', async () => {
    const { api, seen } = client(() => new Response(JSON.stringify({ ok: true, extra: 1 })));
    await expect(api.call(ping)).resolves.toEqual({ ok: true });
    expect(seen[0]?.url).toBe('https://dvm.example.gov.vn/api/me');
    expect((seen[0]?.init.headers as Record<string, string>).authorization).toBe('Bearer tok');
  });

  it('turns an error body into an ApiError carrying both messages and the correlation id', async () => {
    const { api } = client(() => errorBody(500, 'internal-error'));
    const error = await api.call(ping).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 500, code: 'internal-error', messageVi: 'Lỗi hệ thống.', messageEn: 'System error.', correlationId: 'corr-42' });
  });

  it('tells the app when the token is refused', async () => {
    const { api, unauthenticatedCalls } = client(() => errorBody(401, 'unauthenticated'));
    await expect(api.call(ping)).rejects.toBeInstanceOf(ApiError);
    expect(unauthenticatedCalls()).toBe(1);
  });

  it('distinguishes an unreachable server from an answer that breaks the contract', async () => {
    const down = client(() => {
      throw new TypeError('fetch failed');
    });
    await expect(down.api.call(ping)).rejects.toBeInstanceOf(ConnectionError);
    const odd = client(() => new Response(JSON.stringify({ ok: 'yes' })));
    await expect(odd.api.call(ping)).rejects.toBeInstanceOf(UnexpectedResponseError);
    const html = client(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(html.api.call(ping)).rejects.toBeInstanceOf(UnexpectedResponseError);
  });
});

describe('session', () => {
  it('keeps the token until it expires, and forgets it on sign-out', () => {
    const storage = new MemoryStorage();
    writeSession({ idToken: 'jwt', expiresAt: '2026-11-26T10:00:00Z' }, storage);
    expect(readSession(storage, new Date('2026-11-26T09:59:00Z'))?.idToken).toBe('jwt');
    expect(readSession(storage, new Date('2026-11-26T10:00:00Z'))).toBeNull();
    writeSession({ idToken: 'jwt', expiresAt: '2026-11-26T10:00:00Z' }, storage);
    clearSession(storage);
    expect(readSession(storage, new Date('2026-11-26T09:00:00Z'))).toBeNull();
  });
});

describe('hash routes', () => {
  it('reads the page path from the fragment and treats anything else as home', () => {
    expect(pathFromHash('#/units')).toBe('/units');
    expect(pathFromHash('#/units/')).toBe('/units');
    expect(pathFromHash('#/users?sort=name')).toBe('/users');
    expect(pathFromHash('')).toBe('/');
    expect(pathFromHash('#main')).toBe('/');
  });

  it('carries a page’s inputs in the query after the path', () => {
    expect(queryFromHash('#/calendar?year=2026')).toBe('year=2026');
    expect(queryFromHash('#/calendar')).toBe('');
    expect(queryFromHash('#main?x=1')).toBe('');
    expect(href('/calendar', { year: '2026', empty: '' })).toBe('#/calendar?year=2026');
    expect(href('/units')).toBe('#/units');
  });
});

describe('route URLs', () => {
  it('fill the path parameters, encoded, and put only the query values that are set', () => {
    expect(routeUrl(patchUnit, { unitId: 'a b/c' })).toBe('/units/a%20b%2Fc');
    expect(routeUrl({ path: '/api/cases' }, {}, { type: 'to-cao', due: '', unitId: undefined, limit: 5 })).toBe('/cases?type=to-cao&limit=5');
    expect(routeUrl({ path: '/api/apiary' })).toBe('/apiary');
  });

  it('refuse a call with a missing path parameter instead of asking the wrong address', () => {
    expect(() => routeUrl(patchUnit, {})).toThrow(/unitId/);
    expect(() => routeUrl(patchUnit, { unitId: '' })).toThrow(/unitId/);
  });
});

describe('API client writes', () => {
  it('sends PUT with a JSON body and validates the answer', async () => {
    const { api, seen } = client(() => new Response(JSON.stringify({ ok: true })));
    await expect(api.call(putYear, { params: { year: 2027 }, body: { version: null } })).resolves.toEqual({ ok: true });
    expect(seen[0]?.url).toBe('https://dvm.example.gov.vn/api/calendar/2027');
    expect(seen[0]?.init.method).toBe('PUT');
    expect(seen[0]?.init.body).toBe('{"version":null}');
    expect((seen[0]?.init.headers as Record<string, string>)['content-type']).toBe('application/json');
  });

  it('sends PATCH with a JSON body, as the directory changes are sent', async () => {
    const { api, seen } = client(() => new Response(JSON.stringify({ ok: true })));
    await expect(api.call(patchUnit, { params: { unitId: 'van-phong' }, body: { version: 3, changes: { active: false }, reason: 'Sáp nhập' } })).resolves.toEqual({ ok: true });
    expect(seen[0]?.url).toBe('https://dvm.example.gov.vn/api/units/van-phong');
    expect(seen[0]?.init.method).toBe('PATCH');
    expect(seen[0]?.init.body).toBe('{"version":3,"changes":{"active":false},"reason":"Sáp nhập"}');
  });

  it('keeps the code of a version conflict so the page can tell the user to reload', async () => {
    const { api } = client(() => errorBody(409, 'version-conflict'));
    await expect(api.call(putYear, { params: { year: 2026 }, body: { version: 1 } })).rejects.toMatchObject({ status: 409, code: 'version-conflict' });
  });
});

describe('field errors of a refusal', () => {
  const refusal = (code: string, details: Array<{ path: string; message: string }>) => new ApiError(400, code, 'Không hợp lệ.', 'Invalid.', details, undefined);
  const firstOfBody = (path: string) => bodyPath(path)?.[0];

  it('put each detail beside the field its path names, in the reader’s language, the rest above the form', () => {
    const errors = fieldErrorsOf(
      refusal('invalid-input', [
        { path: 'body.title', message: 'Cần nhập tiêu đề / Enter a title' },
        { path: 'body.title', message: 'Quá dài / Too long' },
        { path: 'query.x', message: 'Sai / Wrong' },
      ]),
      'en',
      firstOfBody,
    );
    expect(errors).toEqual({ fields: { title: ['Enter a title', 'Too long'] }, general: ['Wrong'] });
    expect(hasFieldErrors(errors)).toBe(true);
  });

  it('put a refusal named by its code beside its field, in the server’s words, whatever its details', () => {
    const error = refusal('email-taken', [{ path: 'body.user.email', message: 'x / x' }]);
    expect(fieldErrorsOf(error, 'vi', firstOfBody, { 'email-taken': 'email' })).toEqual({ fields: { email: ['Không hợp lệ.'] }, general: [] });
  });

  it('give no field error for a failure that is not a refusal, so the form shows it whole', () => {
    const errors = fieldErrorsOf(new ConnectionError('down'), 'vi', firstOfBody);
    expect(errors).toEqual({ fields: {}, general: [] });
    expect(hasFieldErrors(errors)).toBe(false);
  });
});
