import type { CognitoConfig } from '../api/schemas.ts';
import type { Session } from './session.ts';

/**
 * Cognito Hosted UI, authorization-code flow with PKCE (RFC 7636): a public client, no secret and no
 * library. Only the ID token is kept; the API's JWT authorizer accepts it.
 */

const PENDING_KEY = 'dvm.pkce';
const SCOPE = 'openid email profile';

export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** 32 random bytes → 43 characters from the unreserved set, as RFC 7636 §4.1 asks. */
export function createRandomString(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return base64Url(random(new Uint8Array(32)));
}

/** `S256` challenge: BASE64URL(SHA-256(ASCII(verifier))). */
export async function codeChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

export function authorizeUrl(config: CognitoConfig, redirectUri: string, state: string, challenge: string): string {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri,
    scope: SCOPE,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  return `${config.domain}/oauth2/authorize?${params.toString()}`;
}

export function tokenRequest(config: CognitoConfig, redirectUri: string, code: string, verifier: string): { url: string; init: RequestInit } {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    client_id: config.clientId,
    code,
    redirect_uri: redirectUri,
    code_verifier: verifier,
  });
  return {
    url: `${config.domain}/oauth2/token`,
    init: { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() },
  };
}

export function logoutUrl(config: CognitoConfig, logoutUri: string): string {
  const params = new URLSearchParams({ client_id: config.clientId, logout_uri: logoutUri });
  return `${config.domain}/logout?${params.toString()}`;
}

/** The app's own address without query or fragment: the redirect (and logout) URI registered in Cognito. */
export function appUrl(location: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${location.origin}${location.pathname}`;
}

export async function startSignIn(config: CognitoConfig, storage: Storage = sessionStorage): Promise<string> {
  const verifier = createRandomString();
  const state = createRandomString();
  storage.setItem(PENDING_KEY, JSON.stringify({ verifier, state }));
  return authorizeUrl(config, appUrl(), state, await codeChallenge(verifier));
}

export class SignInStateError extends Error {
  override readonly name = 'SignInStateError';
}

export class SignInFailedError extends Error {
  override readonly name = 'SignInFailedError';
}

/** True when the current URL is Cognito's redirect back to the app (with a code or an error). */
export function isCallback(search: string): boolean {
  const params = new URLSearchParams(search);
  return params.has('state') && (params.has('code') || params.has('error'));
}

/** Exchanges the authorization code for tokens; refuses a callback whose `state` this tab did not start. */
export async function completeSignIn(
  config: CognitoConfig,
  search: string,
  options: { storage?: Storage; fetch?: typeof fetch; now?: Date; redirectUri?: string } = {},
): Promise<Session> {
  const storage = options.storage ?? sessionStorage;
  const params = new URLSearchParams(search);
  const pendingRaw = storage.getItem(PENDING_KEY);
  storage.removeItem(PENDING_KEY);
  let pending: { verifier?: unknown; state?: unknown } = {};
  try {
    pending = JSON.parse(pendingRaw ?? '{}') as typeof pending;
  } catch {
    pending = {};
  }
  if (typeof pending.verifier !== 'string' || typeof pending.state !== 'string' || pending.state !== params.get('state')) {
    throw new SignInStateError('state does not match a sign-in started in this tab');
  }
  const error = params.get('error');
  const code = params.get('code');
  if (error || !code) throw new SignInFailedError(`authorization refused: ${error ?? 'no code'}`);
  const { url, init } = tokenRequest(config, options.redirectUri ?? appUrl(), code, pending.verifier);
  const response = await (options.fetch ?? fetch)(url, init);
  const tokens: unknown = await response.json().catch(() => undefined);
  const idToken = (tokens as { id_token?: unknown } | undefined)?.id_token;
  const expiresIn = (tokens as { expires_in?: unknown } | undefined)?.expires_in;
  if (!response.ok || typeof idToken !== 'string' || typeof expiresIn !== 'number') {
    throw new SignInFailedError(`token exchange failed: HTTP ${response.status}`);
  }
  const now = options.now ?? new Date();
  return { idToken, expiresAt: new Date(now.getTime() + expiresIn * 1000).toISOString() };
}
