import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { getItem, putIfAbsent, queryPrefix, updateVersioned, withoutKeys, type Item } from '../storage/dynamodb.ts';
import { AgencySchema, UnitSchema, UserSchema, type Agency, type Unit, type UnitChanges, type User } from './model.ts';
import type { OrganizationRepository } from './repository.ts';

const keys = {
  agency: (agencyId: string) => ({ pk: `AGENCY#${agencyId}`, sk: 'PROFILE' }),
  unit: (agencyId: string, unitId: string) => ({ pk: `AGENCY#${agencyId}`, sk: `UNIT#${unitId}` }),
  user: (agencyId: string, userId: string) => ({ pk: `AGENCY#${agencyId}`, sk: `USER#${userId}` }),
  userEmail: (email: string) => ({ gsi1pk: `EMAIL#${email.toLowerCase()}`, gsi1sk: 'USER' }),
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

  async listUnits(agencyId: string): Promise<Unit[]> {
    return (await this.queryPrefix(`AGENCY#${agencyId}`, 'UNIT#')).map((item) => UnitSchema.parse(withoutKeys(item)));
  }

  async getUnit(agencyId: string, unitId: string): Promise<Unit | undefined> {
    const item = await this.get(keys.unit(agencyId, unitId));
    return item && UnitSchema.parse(withoutKeys(item));
  }

  async updateUnit(agencyId: string, unitId: string, expectedVersion: number, changes: UnitChanges): Promise<Unit> {
    const item = await updateVersioned(this.db, this.tableName, keys.unit(agencyId, unitId), expectedVersion, changes, 'Đơn vị / The unit');
    return UnitSchema.parse(withoutKeys(item));
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

  async createMissing({ agency, units, users }: { agency: Agency; units: Unit[]; users: User[] }): Promise<number> {
    const records: Item[] = [
      { ...keys.agency(agency.agencyId), entity: 'agency', ...agency },
      ...units.map((unit) => ({ ...keys.unit(unit.agencyId, unit.unitId), entity: 'unit', ...unit })),
      ...users.map((user) => ({ ...keys.user(user.agencyId, user.userId), ...keys.userEmail(user.email), entity: 'user', ...user })),
    ];
    let created = 0;
    for (const record of records) {
      if (await putIfAbsent(this.db, this.tableName, record as Item & { pk: string; sk: string })) created += 1;
    }
    return created;
  }

  private get(key: { pk: string; sk: string }): Promise<Item | undefined> {
    return getItem(this.db, this.tableName, key);
  }

  private queryPrefix(pk: string, skPrefix: string): Promise<Item[]> {
    return queryPrefix(this.db, this.tableName, pk, skPrefix);
  }
}
