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

  /** The snapshot, or undefined when there is none or it has an older shape (a deployment added figures): it is then computed afresh. */
  async get(agencyId: string): Promise<PublicStatistics | undefined> {
    const found = await getItem(this.db, this.tableName, key(agencyId));
    const parsed = found && PublicStatisticsSchema.safeParse(withoutKeys(found));
    return parsed && parsed.success ? parsed.data : undefined;
  }

  async put(agencyId: string, figures: PublicStatistics): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...key(agencyId), entity: 'public-statistics', ...figures } }));
  }
}
