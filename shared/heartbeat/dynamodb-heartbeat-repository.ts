import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { HeartbeatRepository } from './heartbeat.ts';

const key = (source: string) => ({ pk: 'SYSTEM', sk: `HEARTBEAT#${source}` });

export class DynamoDbHeartbeatRepository implements HeartbeatRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async record(source: string, at: Date): Promise<void> {
    // Only ever moves forward, so a delayed or replayed run cannot make a stopped scheduler look alive.
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...key(source), entity: 'heartbeat', at: at.toISOString() },
          ConditionExpression: 'attribute_not_exists(pk) OR #at < :at',
          ExpressionAttributeNames: { '#at': 'at' },
          ExpressionAttributeValues: { ':at': at.toISOString() },
        }),
      );
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }

  async lastBeat(source: string): Promise<Date | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key(source) }));
    const at = result.Item?.at;
    return typeof at === 'string' ? new Date(at) : undefined;
  }
}
