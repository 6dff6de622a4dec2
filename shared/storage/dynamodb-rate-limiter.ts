import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RateLimiter } from '../rate-limiter.ts';

/** The rate limiter's windows as counters in the table, expiring by TTL (on top of API Gateway's stage throttling). */
export class DynamoDbRateLimiter implements RateLimiter {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async hit(key: string, now: Date, windowSeconds: number, limit: number): Promise<boolean> {
    const window = Math.floor(now.getTime() / 1000 / windowSeconds);
    const result = await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: `RATE#${key}`, sk: `WINDOW#${windowSeconds}#${window}` },
        UpdateExpression: 'ADD #n :one SET entity = :entity, expiresAt = :expires',
        ExpressionAttributeNames: { '#n': 'count' },
        ExpressionAttributeValues: { ':one': 1, ':entity': 'rate-limit', ':expires': (window + 2) * windowSeconds },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(result.Attributes?.count) <= limit;
  }
}
