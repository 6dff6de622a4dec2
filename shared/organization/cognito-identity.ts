import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserAttributesCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  ListUsersCommand,
  type AdminCreateUserCommandOutput,
  type AttributeType,
  type ListUsersCommandOutput,
} from '@aws-sdk/client-cognito-identity-provider';
import { ConflictError, NotFoundError } from '../errors.ts';
import type { Config } from '../platform/config.ts';
import { LocalIdentityProvider, type AccountDetails, type IdentityProvider } from './identity.ts';
import type { Role } from './model.ts';

/**
 * The Cognito adapter of {@link IdentityProvider}. This is the only module that imports the Cognito SDK:
 * only the functions that manage users (`access.manageUsers` in resources.ts) compose it, through
 * {@link createIdentityProvider}, so no other function loads the client.
 */

/** Every command the adapter sends; the IAM grant of `access.manageUsers` allows exactly these. */
export type CognitoCommand =
  | AdminCreateUserCommand
  | AdminAddUserToGroupCommand
  | AdminRemoveUserFromGroupCommand
  | AdminUpdateUserAttributesCommand
  | AdminDeleteUserAttributesCommand
  | AdminDisableUserCommand
  | AdminEnableUserCommand
  | AdminUserGlobalSignOutCommand
  | ListUsersCommand;

/** What the adapter needs of the client: a `CognitoIdentityProviderClient`, or a fake in tests. */
export interface CognitoClient {
  send(command: CognitoCommand): Promise<object>;
}

const AGENCY_ATTRIBUTE = 'custom:agency_id';
const UNIT_ATTRIBUTE = 'custom:unit_id';

/**
 * Accounts in the user pool of `infra/constructs/auth.ts`: e-mail as user name, the agency and unit as
 * custom attributes, one group per role. Cognito mails the temporary password of a new account itself.
 */
export class CognitoIdentityProvider implements IdentityProvider {
  constructor(
    private readonly client: CognitoClient,
    private readonly userPoolId: string,
  ) {}

  async createAccount(account: AccountDetails): Promise<{ subject: string }> {
    let created: AdminCreateUserCommandOutput;
    try {
      created = (await this.client.send(
        new AdminCreateUserCommand({
          UserPoolId: this.userPoolId,
          Username: account.email,
          UserAttributes: attributesOf(account),
          DesiredDeliveryMediums: ['EMAIL'],
        }),
      )) as AdminCreateUserCommandOutput;
    } catch (error) {
      if (errorName(error) === 'UsernameExistsException') {
        throw new ConflictError(
          'already-exists',
          `Đã có tài khoản đăng nhập với địa chỉ e-mail ${account.email}.`,
          `An account with the e-mail address ${account.email} already exists.`,
          [],
          { cause: error },
        );
      }
      throw error;
    }
    const user = created.User;
    const subject = attribute(user?.Attributes, 'sub');
    if (!user?.Username || !subject) throw new Error(`Cognito created the account of ${account.email} without returning its sub`);
    for (const role of new Set(account.roles)) await this.addToGroup(user.Username, role);
    return { subject };
  }

  /**
   * Revokes first and grants last, so that an interruption never leaves the account with more than the
   * directory gives it: a deactivation disables and signs out before anything else; group removals come
   * before additions; a reactivation enables the account once its attributes and groups are right.
   */
  async syncAccount(subject: string, account: AccountDetails & { active: boolean; previousRoles: readonly Role[] }): Promise<void> {
    const username = await this.usernameOf(subject);
    if (username === undefined) {
      // Nobody can sign in to an account that does not exist: a deactivation has nothing left to do.
      if (!account.active) return;
      throw new NotFoundError('tài khoản đăng nhập / sign-in account', subject);
    }
    const user = { UserPoolId: this.userPoolId, Username: username };
    if (!account.active) {
      await this.client.send(new AdminDisableUserCommand(user));
      await this.client.send(new AdminUserGlobalSignOutCommand(user));
    }
    await this.client.send(
      new AdminUpdateUserAttributesCommand({
        ...user,
        UserAttributes: attributesOf(account),
      }),
    );
    if (account.unitId === undefined) {
      await this.client.send(new AdminDeleteUserAttributesCommand({ ...user, UserAttributeNames: [UNIT_ATTRIBUTE] }));
    }
    const roles = new Set(account.roles);
    const previous = new Set(account.previousRoles);
    for (const role of previous) {
      if (!roles.has(role)) await this.client.send(new AdminRemoveUserFromGroupCommand({ ...user, GroupName: role }));
    }
    for (const role of roles) {
      if (!previous.has(role)) await this.addToGroup(username, role);
    }
    if (account.active) await this.client.send(new AdminEnableUserCommand(user));
  }

  private async addToGroup(username: string, role: Role): Promise<void> {
    await this.client.send(new AdminAddUserToGroupCommand({ UserPoolId: this.userPoolId, Username: username, GroupName: role }));
  }

  /** The pool's user name of the account whose `sub` is `subject` (with e-mail as user name, Cognito's own id). */
  private async usernameOf(subject: string): Promise<string | undefined> {
    const found = (await this.client.send(
      new ListUsersCommand({
        UserPoolId: this.userPoolId,
        Filter: `sub = "${subject.replace(/["\\]/g, '\\$&')}"`,
        Limit: 1,
        AttributesToGet: ['sub'],
      }),
    )) as ListUsersCommandOutput;
    return found.Users?.[0]?.Username;
  }
}

const attribute = (attributes: readonly AttributeType[] | undefined, name: string): string | undefined =>
  attributes?.find((a) => a.Name === name)?.Value;

const errorName = (error: unknown): string | undefined => (error instanceof Error ? error.name : undefined);

/** The Cognito client, created once per cold start by whoever composes the provider (at module scope). */
export function createCognitoClient(config: Pick<Config, 'AWS_REGION'>): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({ region: config.AWS_REGION });
}

/**
 * The identity provider of this runtime: the user pool when USER_POOL_ID is set (in AWS, for the
 * functions granted `access.manageUsers`), else the local provider. Call it once, at module scope.
 */
export function createIdentityProvider(config: Pick<Config, 'AWS_REGION' | 'USER_POOL_ID'>): IdentityProvider {
  return config.USER_POOL_ID ? new CognitoIdentityProvider(createCognitoClient(config), config.USER_POOL_ID) : new LocalIdentityProvider();
}

/**
 * The account's attributes as the directory says. The directory has verified the address; without
 * `email_verified` Cognito would mail a code on a change and leave the address unverified.
 */
function attributesOf(account: AccountDetails): { Name: string; Value: string }[] {
  return [
    { Name: 'email', Value: account.email },
    { Name: 'email_verified', Value: 'true' },
    { Name: 'name', Value: account.fullName },
    { Name: AGENCY_ATTRIBUTE, Value: account.agencyId },
    ...(account.unitId === undefined ? [] : [{ Name: UNIT_ATTRIBUTE, Value: account.unitId }]),
  ];
}
