import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../errors.ts';
import { getItem, putIfAbsent, putVersioned, queryPrefix, withoutKeys } from '../storage/dynamodb.ts';
import { MisconductCaseSchema, type MisconductCase } from './misconduct.ts';
import { CitizenCaseSchema, type CitizenCase } from './model.ts';
import type { AccessLogEntry, CaseRepository } from './repository.ts';
import { AccessLogEntrySchema } from './views.ts';

const agencyPk = (agencyId: string) => `AGENCY#${agencyId}`;
const keys = {
  case: (agencyId: string, id: string) => ({ pk: agencyPk(agencyId), sk: `CASE#${id}` }),
  tracking: (hash: string) => ({ gsi1pk: `TRACKING#${hash}`, gsi1sk: 'CASE' }),
  misconduct: (agencyId: string, id: string) => ({ pk: agencyPk(agencyId), sk: `MISCONDUCT#${id}` }),
  access: (agencyId: string, e: AccessLogEntry) => ({ pk: agencyPk(agencyId), sk: `ACCESS#${e.recordId}#${e.at}#${e.userId}` }),
};

const caseItem = (c: CitizenCase) => ({ ...keys.case(c.agencyId, c.id), ...(c.trackingCodeHash ? keys.tracking(c.trackingCodeHash) : {}), entity: 'case', ...c });

export class DynamoDbCaseRepository implements CaseRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  create(c: CitizenCase): Promise<boolean> {
    return putIfAbsent(this.db, this.tableName, caseItem(c));
  }

  async get(agencyId: string, caseId: string): Promise<CitizenCase | undefined> {
    const item = await getItem(this.db, this.tableName, keys.case(agencyId, caseId));
    return item && CitizenCaseSchema.parse(withoutKeys(item));
  }

  async list(agencyId: string): Promise<CitizenCase[]> {
    return (await queryPrefix(this.db, this.tableName, agencyPk(agencyId), 'CASE#')).map((item) => CitizenCaseSchema.parse(withoutKeys(item)));
  }

  async findByTrackingHash(hash: string): Promise<CitizenCase | undefined> {
    const { gsi1pk, gsi1sk } = keys.tracking(hash);
    const result = await this.db.send(
      new QueryCommand({ TableName: this.tableName, IndexName: 'byLookup', KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk = :sk', ExpressionAttributeValues: { ':pk': gsi1pk, ':sk': gsi1sk } }),
    );
    const item = result.Items?.[0];
    return item && CitizenCaseSchema.parse(withoutKeys(item));
  }

  async save(c: CitizenCase, expectedVersion: number): Promise<CitizenCase> {
    const next = { ...c, version: expectedVersion + 1 };
    await putVersioned(this.db, this.tableName, caseItem(next), expectedVersion, 'Hồ sơ / The case');
    return next;
  }

  async createMisconduct(mc: MisconductCase): Promise<void> {
    if (!(await putIfAbsent(this.db, this.tableName, { ...keys.misconduct(mc.agencyId, mc.id), entity: 'misconduct', ...mc }))) {
      throw new ConflictError('already-exists', 'Hồ sơ đã tồn tại.', 'The case exists already.');
    }
  }

  async getMisconduct(agencyId: string, caseId: string): Promise<MisconductCase | undefined> {
    const item = await getItem(this.db, this.tableName, keys.misconduct(agencyId, caseId));
    return item && MisconductCaseSchema.parse(withoutKeys(item));
  }

  async listMisconduct(agencyId: string): Promise<MisconductCase[]> {
    return (await queryPrefix(this.db, this.tableName, agencyPk(agencyId), 'MISCONDUCT#')).map((item) => MisconductCaseSchema.parse(withoutKeys(item)));
  }

  async saveMisconduct(mc: MisconductCase, expectedVersion: number): Promise<MisconductCase> {
    const next = { ...mc, version: expectedVersion + 1 };
    await putVersioned(this.db, this.tableName, { ...keys.misconduct(mc.agencyId, mc.id), entity: 'misconduct', ...next }, expectedVersion, 'Hồ sơ vi phạm / The misconduct case');
    return next;
  }

  async logAccess(agencyId: string, entry: AccessLogEntry): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...keys.access(agencyId, entry), entity: 'access-log', ...entry } }));
  }

  async accessLog(agencyId: string, recordId: string): Promise<AccessLogEntry[]> {
    return (await queryPrefix(this.db, this.tableName, agencyPk(agencyId), `ACCESS#${recordId}#`)).map((item) => AccessLogEntrySchema.parse(withoutKeys(item)));
  }

}
