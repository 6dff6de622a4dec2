import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { CLAIM } from '../../shared/http/claims.ts';
import type { User } from '../../shared/organization/model.ts';

/**
 * Development sign-in: issues ID tokens with the same claims a Cognito user pool puts in its ID tokens
 * (sub, email, name, `cognito:groups`, `custom:agency_id`, `custom:unit_id`), signed with a key that
 * lives only in this process. It exists only in the local runtime; the CDK app has no such route.
 */
export class DevAuth {
  readonly #key = randomBytes(32);
  static readonly issuer = 'dan-van-monitor-local';
  static readonly audience = 'dan-van-monitor-web';

  async issue(user: User, now: Date = new Date()): Promise<{ idToken: string; expiresAt: string }> {
    const expires = new Date(now.getTime() + 8 * 3600 * 1000);
    const idToken = await new SignJWT({
      email: user.email,
      name: user.fullName,
      token_use: 'id',
      [CLAIM.groups]: user.roles,
      [CLAIM.agencyId]: user.agencyId,
      ...(user.unitId ? { [CLAIM.unitId]: user.unitId } : {}),
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user.userId)
      .setIssuer(DevAuth.issuer)
      .setAudience(DevAuth.audience)
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime(Math.floor(expires.getTime() / 1000))
      .sign(this.#key);
    return { idToken, expiresAt: expires.toISOString() };
  }

  /** The verified claims, or undefined for a missing, forged or expired token (as the JWT authorizer would). */
  async verify(authorization: string | undefined): Promise<Record<string, unknown> | undefined> {
    const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token) return undefined;
    try {
      const { payload } = await jwtVerify(token, this.#key, { issuer: DevAuth.issuer, audience: DevAuth.audience });
      return payload as Record<string, unknown>;
    } catch {
      return undefined;
    }
  }
}

/** API Gateway's JWT authorizer passes array claims to Lambda as one string: `[office leader]`. */
export function claimsAsApiGatewayPassesThem(claims: Record<string, unknown>): Record<string, string | number | boolean> {
  return Object.fromEntries(
    Object.entries(claims).map(([name, value]) => [
      name,
      Array.isArray(value) ? `[${value.join(' ')}]` : typeof value === 'object' && value !== null ? JSON.stringify(value) : (value as string | number | boolean),
    ]),
  );
}
