import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../errors.ts';
import { getItem, queryAll, queryPrefix, transactVersioned, withoutKeys, type Item, type Key, type TransactionExtra } from '../storage/dynamodb.ts';
import { Directory } from './directory.ts';
import { AgencySchema, DirectoryEventSchema, UnitSchema, UserSchema, type Agency, type DirectoryEvent, type Unit, type User } from './model.ts';
import type { OrganizationRepository } from './repository.ts';

const keys = {
  agency: (agencyId: string) => ({ pk: `AGENCY#${agencyId}`, sk: 'PROFILE' }),
  unit: (agencyId: string, unitId: string) => ({ pk: `AGENCY#${agencyId}`, sk: `UNIT#${unitId}` }),
  user: (agencyId: string, userId: string) => ({ pk: `AGENCY#${agencyId}`, sk: `USER#${userId}` }),
  userEmail: (email: string) => ({ gsi1pk: `EMAIL#${email.toLowerCase()}`, gsi1sk: 'USER' }),
  /** Every agency of the deployment, by id. */
  agencyIndex: (agencyId: string) => ({ gsi1pk: 'AGENCIES', gsi1sk: agencyId }),
  /** One marker per e-mail address across agencies: two accounts never share a sign-in name. */
  emailMarker: (email: string) => ({ pk: `USER-EMAIL#${email.toLowerCase()}`, sk: 'UNIQUE' }),
  event: (agencyId: string, at: string, eventId: string) => ({ pk: `AGENCY#${agencyId}`, sk: `DIRECTORY-EVENT#${at}#${eventId}` }),
};

export class DynamoDbOrganizationRepository implements OrganizationRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async getAgency(agencyId: string): Promise<Agency | undefined> {
    const item = await this.get(keys.agency(agencyId));
    return item && AgencySchema.parse(withoutKeys(item));
  }

  async listAgencies(): Promise<Agency[]> {
    const items = await queryAll(this.db, this.tableName, { IndexName: 'byLookup', KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': 'AGENCIES' } });
    return items.map((item) => AgencySchema.parse(withoutKeys(item)));
  }

  async listUnits(agencyId: string): Promise<Unit[]> {
    return (await this.queryPrefix(`AGENCY#${agencyId}`, 'UNIT#')).map((item) => UnitSchema.parse(withoutKeys(item)));
  }

  async getUnit(agencyId: string, unitId: string): Promise<Unit | undefined> {
    const item = await this.get(keys.unit(agencyId, unitId));
    return item && UnitSchema.parse(withoutKeys(item));
  }

  async listUsers(agencyId: string): Promise<User[]> {
    return (await this.queryPrefix(`AGENCY#${agencyId}`, 'USER#')).map((item) => UserSchema.parse(withoutKeys(item)));
  }

  async getUser(agencyId: string, userId: string): Promise<User | undefined> {
    const item = await this.get(keys.user(agencyId, userId));
    return item && UserSchema.parse(withoutKeys(item));
  }

  async findUserByEmail(email: string): Promise<User | undefined> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'byLookup',
        KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk = :sk',
        ExpressionAttributeValues: { ':pk': keys.userEmail(email).gsi1pk, ':sk': 'USER' },
      }),
    );
    const item = result.Items?.[0];
    return item && UserSchema.parse(withoutKeys(item));
  }

  async directory(agencyId: string): Promise<Directory> {
    const [agency, units, users] = await Promise.all([this.getAgency(agencyId), this.listUnits(agencyId), this.listUsers(agencyId)]);
    return new Directory(agency, units, users);
  }

  async saveAgency(agency: Agency, expectedVersion: number | null, event: DirectoryEvent): Promise<Agency> {
    const saved = { ...agency, version: expectedVersion === null ? 0 : expectedVersion + 1 };
    await this.write({ ...keys.agency(agency.agencyId), ...keys.agencyIndex(agency.agencyId), entity: 'agency', ...saved }, expectedVersion, [this.eventPut(event)], 'Cơ quan / The agency');
    return saved;
  }

  async saveUnit(unit: Unit, expectedVersion: number | null, event: DirectoryEvent): Promise<Unit> {
    const saved = { ...unit, version: expectedVersion === null ? 0 : expectedVersion + 1 };
    await this.write({ ...keys.unit(unit.agencyId, unit.unitId), entity: 'unit', ...saved }, expectedVersion, [this.eventPut(event)], 'Đơn vị / The unit', () =>
      expectedVersion === null ? new ConflictError('unit-exists', `Mã đơn vị “${unit.unitId}” đã được dùng.`, `The unit id “${unit.unitId}” is taken.`) : undefined,
    );
    return saved;
  }

  async saveUser(user: User, expectedVersion: number | null, event: DirectoryEvent, previousEmail?: string): Promise<User> {
    const saved = { ...user, version: expectedVersion === null ? 0 : expectedVersion + 1 };
    const emailChanged = expectedVersion === null || (previousEmail !== undefined && previousEmail.toLowerCase() !== user.email.toLowerCase());
    const extras: TransactionExtra[] = [this.eventPut(event)];
    if (emailChanged) {
      extras.push({ put: { ...keys.emailMarker(user.email), entity: 'user-email', agencyId: user.agencyId, userId: user.userId } });
      if (previousEmail) extras.push({ delete: keys.emailMarker(previousEmail) });
    }
    await this.write(
      { ...keys.user(user.agencyId, user.userId), ...keys.userEmail(user.email), entity: 'user', ...saved },
      expectedVersion,
      extras,
      'Người dùng / The user',
      (reasons) =>
        emailChanged && reasons[2] === 'ConditionalCheckFailed'
          ? new ConflictError('email-taken', `Địa chỉ ${user.email} đã được dùng cho một tài khoản khác.`, `${user.email} is already used by another account.`, [{ path: 'body.email', message: user.email }])
          : undefined,
    );
    return saved;
  }

  async listEvents(agencyId: string): Promise<DirectoryEvent[]> {
    const items = await this.queryPrefix(`AGENCY#${agencyId}`, 'DIRECTORY-EVENT#');
    return items.map((item) => DirectoryEventSchema.parse(withoutKeys(item))).reverse();
  }

  private eventPut(event: DirectoryEvent): TransactionExtra {
    return { put: { ...keys.event(event.agencyId, event.at, event.eventId), entity: 'directory-event', ...event } };
  }

  private write(record: Item & Key, expectedVersion: number | null, extras: TransactionExtra[], what: string, onConflict?: (reasons: readonly (string | undefined)[]) => Error | undefined) {
    return transactVersioned(this.db, this.tableName, record, expectedVersion, extras, what, onConflict);
  }

  private get(key: { pk: string; sk: string }): Promise<Item | undefined> {
    return getItem(this.db, this.tableName, key);
  }

  private queryPrefix(pk: string, skPrefix: string): Promise<Item[]> {
    return queryPrefix(this.db, this.tableName, pk, skPrefix);
  }
}
