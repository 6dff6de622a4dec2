import { describe, expect, it } from 'vitest';
import type { CognitoConfig } from '../../../web/src/api/schemas.ts';
import {
  authorizeUrl,
  base64Url,
  codeChallenge,
  completeSignIn,
  createRandomString,
  isCallback,
  logoutUrl,
  SignInFailedError,
  SignInStateError,
  tokenRequest,
} from '../../../web/src/auth/cognito.ts';
import { MemoryStorage } from './memory-storage.ts';

const config: CognitoConfig = {
  mode: 'cognito',
  domain: 'https://dvm-test.auth.ap-southeast-1.amazoncognito.com',
  clientId: 'client123',
  region: 'ap-southeast-1',
};
const redirectUri = 'https://dvm.example.gov.vn/';

describe('PKCE', () => {
  it('computes the S256 challenge of the RFC 7636 appendix B example', async () => {
    expect(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes 43-character verifiers from the unreserved alphabet, different each time', () => {
    const a = createRandomString();
    const b = createRandomString();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
  });

  it('encodes base64url without padding', () => {
    expect(base64Url(new Uint8Array([251, 255, 191]))).toBe('-_-_');
    expect(base64Url(new Uint8Array([1]))).toBe('AQ');
  });
});

describe('Hosted UI URLs', () => {
  it('asks for an authorization code with the PKCE challenge and the openid email profile scope', () => {
    const url = new URL(authorizeUrl(config, redirectUri, 'st4te', 'ch4llenge'));
    expect(url.origin + url.pathname).toBe('https://dvm-test.auth.ap-southeast-1.amazoncognito.com/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'client123',
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      state: 'st4te',
      code_challenge: 'ch4llenge',
      code_challenge_method: 'S256',
    });
  });

  it('exchanges the code at /oauth2/token with a form-encoded body carrying the verifier', () => {
    const { url, init } = tokenRequest(config, redirectUri, 'c0de', 'ver1fier');
    expect(url).toBe('https://dvm-test.auth.ap-southeast-1.amazoncognito.com/oauth2/token');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({ 'content-type': 'application/x-www-form-urlencoded' });
    expect(Object.fromEntries(new URLSearchParams(String(init.body)))).toEqual({
      grant_type: 'authorization_code',
      client_id: 'client123',
      code: 'c0de',
      redirect_uri: redirectUri,
      code_verifier: 'ver1fier',
    });
  });

  it('signs out at /logout back to the app', () => {
    const url = new URL(logoutUrl(config, redirectUri));
    expect(url.pathname).toBe('/logout');
    expect(url.searchParams.get('client_id')).toBe('client123');
    expect(url.searchParams.get('logout_uri')).toBe(redirectUri);
  });

  it('recognises the redirect back from the Hosted UI', () => {
    expect(isCallback('?code=abc&state=xyz')).toBe(true);
    expect(isCallback('?error=access_denied&state=xyz')).toBe(true);
    expect(isCallback('?code=abc')).toBe(false);
    expect(isCallback('')).toBe(false);
  });
});

describe('completeSignIn', () => {
  function pendingStorage(state: string, verifier: string): MemoryStorage {
    const storage = new MemoryStorage();
    storage.setItem('dvm.pkce', JSON.stringify({ state, verifier }));
    return storage;
  }

  it('exchanges the code and keeps the ID token with its expiry', async () => {
    // Prepare
    const storage = pendingStorage('s1', 'v1');
    const calls: Array<{ url: string; body: string }> = [];
    const fakeFetch = (async (url: string, init: RequestInit) => {
      calls.push({ url, body: String(init.body) });
      return new Response(JSON.stringify({ id_token: 'id.jwt.sig', access_token: 'a', expires_in: 3600, token_type: 'Bearer' }), {
        status: 200,
      });
    }) as typeof fetch;
    // Act
    const session = await completeSignIn(config, '?code=c1&state=s1', {
      storage,
      fetch: fakeFetch,
      now: new Date('2026-11-26T01:00:00Z'),
      redirectUri,
    });
    // Assess
    expect(session).toEqual({ idToken: 'id.jwt.sig', expiresAt: '2026-11-26T02:00:00.000Z' });
    expect(new URLSearchParams(calls[0]?.body).get('code_verifier')).toBe('v1');
    expect(storage.getItem('dvm.pkce')).toBeNull();
  });

  it('refuses a callback whose state this tab did not start, without calling Cognito', async () => {
    const storage = pendingStorage('mine', 'v1');
    const fakeFetch = (async () => {
      throw new Error('must not be called');
    }) as typeof fetch;
    await expect(completeSignIn(config, '?code=c1&state=forged', { storage, fetch: fakeFetch, redirectUri })).rejects.toBeInstanceOf(
      SignInStateError,
    );
  });

  it('reports a refused authorization or a failed token exchange as a sign-in failure', async () => {
    await expect(
      completeSignIn(config, '?error=access_denied&state=s1', { storage: pendingStorage('s1', 'v1'), redirectUri }),
    ).rejects.toBeInstanceOf(SignInFailedError);
    const failing = (async () => new Response(JSON.stringify({ error: 'invalid_grant' }), { status: 400 })) as typeof fetch;
    await expect(
      completeSignIn(config, '?code=c1&state=s1', { storage: pendingStorage('s1', 'v1'), fetch: failing, redirectUri }),
    ).rejects.toBeInstanceOf(SignInFailedError);
  });
});
