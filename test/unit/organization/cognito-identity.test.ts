import { CognitoIdentityProviderServiceException, UsernameExistsException } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from '../../../shared/errors.ts';
import { CognitoIdentityProvider, createIdentityProvider, type CognitoClient, type CognitoCommand } from '../../../shared/organization/cognito-identity.ts';
import { LocalIdentityProvider, type AccountDetails } from '../../../shared/organization/identity.ts';

const POOL = 'ap-southeast-1_TestPool';
const SUB = '5a7c1e2f-0b3d-4e6f-8a9b-123456789abc';
const USERNAME = SUB; // with e-mail as user name, Cognito's user name is its own id

interface Sent {
  name: string;
  input: Record<string, unknown>;
}

/** Records every command; answers with `responses[name]` (a value, or an error to throw). */
class FakeCognito implements CognitoClient {
  readonly sent: Sent[] = [];
  constructor(private readonly responses: Record<string, object | Error> = {}) {}

  async send(command: CognitoCommand): Promise<object> {
    const name = command.constructor.name;
    this.sent.push({ name, input: command.input as unknown as Record<string, unknown> });
    const response = this.responses[name];
    if (response instanceof Error) throw response;
    return response ?? {};
  }

  names(): string[] {
    return this.sent.map((s) => s.name);
  }

  inputsOf(name: string): Record<string, unknown>[] {
    return this.sent.filter((s) => s.name === name).map((s) => s.input);
  }
}

const account: AccountDetails = {
  agencyId: 'so-khcn-quang-ngai',
  email: 'nguyen.van.a@khcn.quangngai.gov.vn',
  fullName: 'Nguyễn Văn A',
  roles: ['reporter', 'office'],
  unitId: 'phong-khtc',
};

const created = {
  User: {
    Username: USERNAME,
    Attributes: [
      { Name: 'email', Value: account.email },
      { Name: 'sub', Value: SUB },
    ],
  },
};
const listed = { Users: [{ Username: USERNAME, Attributes: [{ Name: 'sub', Value: SUB }] }] };

describe('CognitoIdentityProvider.createAccount', () => {
  it('creates the user with e-mail as user name, its attributes and an e-mailed invitation, then joins one group per role', async () => {
    const cognito = new FakeCognito({ AdminCreateUserCommand: created });
    const result = await new CognitoIdentityProvider(cognito, POOL).createAccount(account);

    expect(result).toEqual({ subject: SUB });
    expect(cognito.names()).toEqual(['AdminCreateUserCommand', 'AdminAddUserToGroupCommand', 'AdminAddUserToGroupCommand']);
    expect(cognito.sent[0]?.input).toEqual({
      UserPoolId: POOL,
      Username: account.email,
      UserAttributes: [
        { Name: 'email', Value: account.email },
        { Name: 'email_verified', Value: 'true' },
        { Name: 'name', Value: account.fullName },
        { Name: 'custom:agency_id', Value: account.agencyId },
        { Name: 'custom:unit_id', Value: 'phong-khtc' },
      ],
      DesiredDeliveryMediums: ['EMAIL'],
    });
    expect(cognito.inputsOf('AdminAddUserToGroupCommand')).toEqual([
      { UserPoolId: POOL, Username: USERNAME, GroupName: 'reporter' },
      { UserPoolId: POOL, Username: USERNAME, GroupName: 'office' },
    ]);
  });

  it('leaves out the unit attribute of a person outside any unit', async () => {
    const cognito = new FakeCognito({ AdminCreateUserCommand: created });
    await new CognitoIdentityProvider(cognito, POOL).createAccount({ ...account, unitId: undefined, roles: ['leader'] });

    const attributes = cognito.sent[0]?.input.UserAttributes as { Name: string }[];
    expect(attributes.map((a) => a.Name)).toEqual(['email', 'email_verified', 'name', 'custom:agency_id']);
    expect(cognito.inputsOf('AdminAddUserToGroupCommand')).toEqual([{ UserPoolId: POOL, Username: USERNAME, GroupName: 'leader' }]);
  });

  it('turns UsernameExistsException into a ConflictError naming the e-mail, and joins no group', async () => {
    const exists = new UsernameExistsException({ message: 'An account with the given email already exists.', $metadata: {} });
    const cognito = new FakeCognito({ AdminCreateUserCommand: exists });

    const error = await new CognitoIdentityProvider(cognito, POOL).createAccount(account).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 409, code: 'already-exists', cause: exists });
    expect((error as ConflictError).message).toContain(account.email);
    expect((error as ConflictError).messageVi).toContain(account.email);
    expect(cognito.names()).toEqual(['AdminCreateUserCommand']);
  });

  it('rethrows any other failure unchanged', async () => {
    const throttled = new CognitoIdentityProviderServiceException({ name: 'TooManyRequestsException', $fault: 'client', message: 'Rate exceeded', $metadata: {} });
    const cognito = new FakeCognito({ AdminCreateUserCommand: throttled });

    await expect(new CognitoIdentityProvider(cognito, POOL).createAccount(account)).rejects.toBe(throttled);
  });

  it('fails rather than invent a subject when Cognito returns no sub', async () => {
    const cognito = new FakeCognito({ AdminCreateUserCommand: { User: { Username: USERNAME, Attributes: [] } } });

    await expect(new CognitoIdentityProvider(cognito, POOL).createAccount(account)).rejects.toThrow(/sub/);
    expect(cognito.names()).toEqual(['AdminCreateUserCommand']);
  });
});

describe('CognitoIdentityProvider.syncAccount', () => {
  it('finds the user by sub, updates its attributes, removes dropped roles before adding new ones, and enables it', async () => {
    const cognito = new FakeCognito({ ListUsersCommand: listed });
    await new CognitoIdentityProvider(cognito, POOL).syncAccount(SUB, {
      ...account,
      roles: ['office', 'leader', 'admin'],
      previousRoles: ['reporter', 'office'],
      active: true,
    });

    expect(cognito.names()).toEqual([
      'ListUsersCommand',
      'AdminUpdateUserAttributesCommand',
      'AdminRemoveUserFromGroupCommand',
      'AdminAddUserToGroupCommand',
      'AdminAddUserToGroupCommand',
      'AdminEnableUserCommand',
    ]);
    expect(cognito.inputsOf('ListUsersCommand')).toEqual([{ UserPoolId: POOL, Filter: `sub = "${SUB}"`, Limit: 1, AttributesToGet: ['sub'] }]);
    expect(cognito.inputsOf('AdminUpdateUserAttributesCommand')).toEqual([
      {
        UserPoolId: POOL,
        Username: USERNAME,
        UserAttributes: [
          { Name: 'email', Value: account.email },
          { Name: 'email_verified', Value: 'true' },
          { Name: 'name', Value: account.fullName },
          { Name: 'custom:agency_id', Value: account.agencyId },
          { Name: 'custom:unit_id', Value: 'phong-khtc' },
        ],
      },
    ]);
    expect(cognito.inputsOf('AdminRemoveUserFromGroupCommand')).toEqual([{ UserPoolId: POOL, Username: USERNAME, GroupName: 'reporter' }]);
    expect(cognito.inputsOf('AdminAddUserToGroupCommand')).toEqual([
      { UserPoolId: POOL, Username: USERNAME, GroupName: 'leader' },
      { UserPoolId: POOL, Username: USERNAME, GroupName: 'admin' },
    ]);
    expect(cognito.inputsOf('AdminEnableUserCommand')).toEqual([{ UserPoolId: POOL, Username: USERNAME }]);
  });

  it('touches no group when the roles did not change', async () => {
    const cognito = new FakeCognito({ ListUsersCommand: listed });
    await new CognitoIdentityProvider(cognito, POOL).syncAccount(SUB, { ...account, previousRoles: ['office', 'reporter'], active: true });

    expect(cognito.names()).toEqual(['ListUsersCommand', 'AdminUpdateUserAttributesCommand', 'AdminEnableUserCommand']);
  });

  it('deletes the unit attribute of a person moved out of any unit', async () => {
    const cognito = new FakeCognito({ ListUsersCommand: listed });
    await new CognitoIdentityProvider(cognito, POOL).syncAccount(SUB, { ...account, unitId: undefined, previousRoles: account.roles, active: true });

    const [update] = cognito.inputsOf('AdminUpdateUserAttributesCommand');
    expect((update?.UserAttributes as { Name: string }[]).map((a) => a.Name)).not.toContain('custom:unit_id');
    expect(cognito.inputsOf('AdminDeleteUserAttributesCommand')).toEqual([{ UserPoolId: POOL, Username: USERNAME, UserAttributeNames: ['custom:unit_id'] }]);
  });

  it('disables a deactivated account and signs it out everywhere before anything else, and never enables it', async () => {
    const cognito = new FakeCognito({ ListUsersCommand: listed });
    await new CognitoIdentityProvider(cognito, POOL).syncAccount(SUB, { ...account, roles: [], previousRoles: account.roles, active: false });

    expect(cognito.names()).toEqual([
      'ListUsersCommand',
      'AdminDisableUserCommand',
      'AdminUserGlobalSignOutCommand',
      'AdminUpdateUserAttributesCommand',
      'AdminRemoveUserFromGroupCommand',
      'AdminRemoveUserFromGroupCommand',
    ]);
    expect(cognito.inputsOf('AdminDisableUserCommand')).toEqual([{ UserPoolId: POOL, Username: USERNAME }]);
    expect(cognito.inputsOf('AdminUserGlobalSignOutCommand')).toEqual([{ UserPoolId: POOL, Username: USERNAME }]);
    expect(cognito.inputsOf('AdminRemoveUserFromGroupCommand').map((i) => i.GroupName)).toEqual(['reporter', 'office']);
  });

  it('sends the same commands when repeated', async () => {
    const cognito = new FakeCognito({ ListUsersCommand: listed });
    const provider = new CognitoIdentityProvider(cognito, POOL);
    const sync = { ...account, roles: ['leader'] as const, previousRoles: ['reporter'] as const, active: false };
    await provider.syncAccount(SUB, sync);
    const first = [...cognito.sent];
    cognito.sent.length = 0;
    await provider.syncAccount(SUB, sync);

    expect(cognito.sent).toEqual(first);
  });

  it('escapes quotes in the subject of the ListUsers filter', async () => {
    const cognito = new FakeCognito({ ListUsersCommand: listed });
    await new CognitoIdentityProvider(cognito, POOL).syncAccount('a"b\\c', { ...account, previousRoles: account.roles, active: true });

    expect(cognito.inputsOf('ListUsersCommand')[0]?.Filter).toBe('sub = "a\\"b\\\\c"');
  });

  it('reports a missing account as NotFoundError, but lets a deactivation of a missing account pass', async () => {
    const missing = new FakeCognito({ ListUsersCommand: { Users: [] } });
    const provider = new CognitoIdentityProvider(missing, POOL);

    await expect(provider.syncAccount(SUB, { ...account, previousRoles: account.roles, active: true })).rejects.toBeInstanceOf(NotFoundError);
    await expect(provider.syncAccount(SUB, { ...account, previousRoles: account.roles, active: false })).resolves.toBeUndefined();
    expect(missing.names()).toEqual(['ListUsersCommand', 'ListUsersCommand']);
  });
});

describe('createIdentityProvider', () => {
  it('uses the user pool when USER_POOL_ID is set, the local provider otherwise', () => {
    expect(createIdentityProvider({ AWS_REGION: 'ap-southeast-1', USER_POOL_ID: POOL })).toBeInstanceOf(CognitoIdentityProvider);
    expect(createIdentityProvider({ AWS_REGION: 'ap-southeast-1' })).toBeInstanceOf(LocalIdentityProvider);
  });
});
