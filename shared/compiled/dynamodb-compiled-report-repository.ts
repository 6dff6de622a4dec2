import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { getItem, putIfAbsent, putVersioned, queryPrefix, withoutKeys } from '../storage/dynamodb.ts';
import { CompiledReportSchema, RecipientListSchema, type CompiledReport, type RecipientList } from './model.ts';
import type { CompiledReportRepository } from './repository.ts';

const agencyPk = (agencyId: string) => `AGENCY#${agencyId}`;
const keys = {
  report: (agencyId: string, reportId: string) => ({ pk: agencyPk(agencyId), sk: `COMPILED#${reportId}` }),
  sesMessage: (messageId: string) => ({ gsi1pk: `SES-MESSAGE#${messageId}`, gsi1sk: 'COMPILED' }),
  recipients: (agencyId: string) => ({ pk: agencyPk(agencyId), sk: 'RECIPIENT-LISTS' }),
};
const item = (r: CompiledReport) => ({ ...keys.report(r.agencyId, r.reportId), ...(r.messageId ? keys.sesMessage(r.messageId) : {}), entity: 'compiled-report', ...r });

export class DynamoDbCompiledReportRepository implements CompiledReportRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  create(report: CompiledReport): Promise<boolean> {
    return putIfAbsent(this.db, this.tableName, item(report));
  }

  async get(agencyId: string, reportId: string): Promise<CompiledReport | undefined> {
    const found = await getItem(this.db, this.tableName, keys.report(agencyId, reportId));
    return found && CompiledReportSchema.parse(withoutKeys(found));
  }

  async list(agencyId: string): Promise<CompiledReport[]> {
    return (await queryPrefix(this.db, this.tableName, agencyPk(agencyId), 'COMPILED#')).map((i) => CompiledReportSchema.parse(withoutKeys(i)));
  }

  async save(report: CompiledReport, expectedVersion: number): Promise<CompiledReport> {
    const next = { ...report, version: expectedVersion + 1 };
    await putVersioned(this.db, this.tableName, item(next), expectedVersion, 'Báo cáo tổng hợp / The compiled report');
    return next;
  }

  async findBySesMessageId(messageId: string): Promise<CompiledReport | undefined> {
    const { gsi1pk, gsi1sk } = keys.sesMessage(messageId);
    const result = await this.db.send(
      new QueryCommand({ TableName: this.tableName, IndexName: 'byLookup', KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk = :sk', ExpressionAttributeValues: { ':pk': gsi1pk, ':sk': gsi1sk } }),
    );
    const found = result.Items?.[0];
    return found && CompiledReportSchema.parse(withoutKeys(found));
  }

  async recipientLists(agencyId: string): Promise<RecipientList[]> {
    const found = await getItem(this.db, this.tableName, keys.recipients(agencyId));
    return found ? z.array(RecipientListSchema).parse(found.lists) : [];
  }

  async saveRecipientLists(agencyId: string, lists: RecipientList[]): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...keys.recipients(agencyId), entity: 'recipient-lists', lists } }));
  }
}
