import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { withoutKeys } from '../storage/dynamodb.ts';
import { AlertRecordSchema, type AlertLog, type AlertRecord } from './alert-log.ts';

const key = (agencyId: string, alertId: string) => ({ pk: `AGENCY#${agencyId}`, sk: `ALERT#${alertId}` });

export class DynamoDbAlertLog implements AlertLog {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async claim(alert: Omit<AlertRecord, 'status'>): Promise<boolean> {
    try {
      // A pending record left by a crashed attempt may be claimed again; a sent one may not.
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...key(alert.agencyId, alert.alertId), entity: 'alert', ...alert, status: 'pending' },
          ConditionExpression: 'attribute_not_exists(pk) OR #status = :pending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':pending': 'pending' },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async markSent(agencyId: string, alertId: string, sentAt: string, messageId: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: key(agencyId, alertId),
        UpdateExpression: 'SET #status = :sent, sentAt = :at, messageId = :id',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':sent': 'sent', ':at': sentAt, ':id': messageId },
      }),
    );
  }

  async list(agencyId: string): Promise<AlertRecord[]> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': `AGENCY#${agencyId}`, ':prefix': 'ALERT#' },
      }),
    );
    return (result.Items ?? []).map((item) => AlertRecordSchema.parse(withoutKeys(item)));
  }
}
