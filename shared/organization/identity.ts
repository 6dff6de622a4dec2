import { ulid } from 'ulid';
import type { Role } from './model.ts';

/** What the sign-in service needs to know of a person to let them in with the right claims. */
export interface AccountDetails {
  agencyId: string;
  email: string;
  fullName: string;
  roles: readonly Role[];
  unitId?: string | undefined;
}

/**
 * The sign-in accounts behind the directory: the Cognito user pool in AWS (its groups are the roles, its
 * custom attributes the agency and unit), nothing locally, where the development sign-in reads the
 * directory itself. The directory stays the authority: every request is checked against it, so an
 * account that lags behind (a failed call here) never grants more than the directory says.
 */
export interface IdentityProvider {
  /**
   * Creates the account and returns the subject its tokens will carry, which becomes the user id.
   * `preferredSubject` is honoured only where the provider lets ids be chosen (locally, for the demo).
   */
  createAccount(account: AccountDetails, preferredSubject?: string): Promise<{ subject: string }>;
  /** Brings the account in line with the directory record; safe to repeat. */
  syncAccount(subject: string, account: AccountDetails & { active: boolean; previousRoles: readonly Role[] }): Promise<void>;
}

/** Local runtime and tests: ids are made here, and there is no account to keep in step. */
export class LocalIdentityProvider implements IdentityProvider {
  async createAccount(_account: AccountDetails, preferredSubject?: string): Promise<{ subject: string }> {
    return { subject: preferredSubject ?? `u-${ulid().toLowerCase()}` };
  }

  async syncAccount(..._args: Parameters<IdentityProvider['syncAccount']>): Promise<void> {}
}
