import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { getItem, withoutKeys } from '../storage/dynamodb.ts';
import { PublicStatisticsSchema, type PublicStatistics, type PublicStatisticsStore } from './model.ts';

const key = (agencyId: string) => ({ pk: `AGENCY#${agencyId}`, sk: 'PUBLIC-STATISTICS' });

/** The published figures of an agency: one snapshot, replaced by the daily refresh. */
export class DynamoDbPublicStatisticsStore implements PublicStatisticsStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(agencyId: string): Promise<PublicStatistics | undefined> {
    const found = await getItem(this.db, this.tableName, key(agencyId));
    return found && PublicStatisticsSchema.parse(withoutKeys(found));
  }

  async put(agencyId: string, figures: PublicStatistics): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...key(agencyId), entity: 'public-statistics', ...figures } }));
  }
}
