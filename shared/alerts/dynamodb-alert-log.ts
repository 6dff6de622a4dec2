import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, UpdateCommand, type DynamoDBDocumentClient, type QueryCommand } from '@aws-sdk/lib-dynamodb';
import { queryAll, withoutKeys, type Item } from '../storage/dynamodb.ts';
import { AlertRecordSchema, type AlertLog, type AlertRecord, type NewAlert } from './alert-log.ts';

const key = (agencyId: string, alertId: string) => ({ pk: `AGENCY#${agencyId}`, sk: `ALERT#${alertId}` });
/** Sparse: only unsent alerts are in the lookup index under this key, so finding them reads nothing else. */
const unsentKey = (agencyId: string) => `${agencyId}#ALERT-UNSENT`;

export class DynamoDbAlertLog implements AlertLog {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async claim(alert: NewAlert, now: Date, leaseUntil: Date, sendId: string): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key(alert.agencyId, alert.alertId),
          UpdateExpression:
            'SET entity = :entity, agencyId = :agency, alertId = :id, kind = :kind, subjectRef = :ref, subjectTitle = :title, stage = :stage, ' +
            'recipientUserId = :user, createdAt = if_not_exists(createdAt, :created), #status = :pending, leaseUntil = :lease, urgent = :urgent, ' +
            'attempts = if_not_exists(attempts, :zero) + :one, sendIds = list_append(if_not_exists(sendIds, :none), :sendId), gsi1pk = :unsent, gsi1sk = :created',
          ConditionExpression: 'attribute_not_exists(pk) OR (#status = :pending AND leaseUntil < :now)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':entity': 'alert',
            ':agency': alert.agencyId,
            ':id': alert.alertId,
            ':kind': alert.kind,
            ':ref': alert.subjectRef,
            ':title': alert.subjectTitle,
            ':stage': alert.stage,
            ':user': alert.recipientUserId,
            ':created': alert.createdAt,
            ':pending': 'pending',
            ':lease': leaseUntil.toISOString(),
            ':urgent': alert.urgent,
            ':zero': 0,
            ':one': 1,
            ':none': [],
            ':sendId': [sendId],
            ':unsent': unsentKey(alert.agencyId),
            ':now': now.toISOString(),
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async markSent(agencyId: string, alertId: string, sentAt: string, messageId: string): Promise<void> {
    await this.db.send(this.sent(agencyId, alertId, sentAt, messageId));
  }

  private sent(agencyId: string, alertId: string, sentAt: string, messageId: string, onlyIfUnsent = false): UpdateCommand {
    return new UpdateCommand({
      TableName: this.tableName,
      Key: key(agencyId, alertId),
      UpdateExpression: 'SET #status = :sent, sentAt = :at, messageId = :id REMOVE leaseUntil, gsi1pk, gsi1sk, lastError',
      ...(onlyIfUnsent ? { ConditionExpression: '#status = :pending' } : {}),
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':sent': 'sent', ':at': sentAt, ':id': messageId, ...(onlyIfUnsent ? { ':pending': 'pending' } : {}) },
    });
  }

  async release(agencyId: string, alertId: string, error: string): Promise<void> {
    await this.ignoringSettled(
      new UpdateCommand({
        TableName: this.tableName,
        Key: key(agencyId, alertId),
        UpdateExpression: 'SET leaseUntil = :expired, lastError = :error',
        ConditionExpression: '#status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':expired': '1970-01-01T00:00:00.000Z', ':error': error.slice(0, 500), ':pending': 'pending' },
      }),
    );
  }

  async markUncertain(agencyId: string, alertId: string, error: string): Promise<void> {
    // SES's event may have settled the alert already: then there is nothing left to note.
    await this.ignoringSettled(
      new UpdateCommand({
        TableName: this.tableName,
        Key: key(agencyId, alertId),
        UpdateExpression: 'SET lastError = :error',
        ConditionExpression: '#status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':error': error.slice(0, 500), ':pending': 'pending' },
      }),
    );
  }

  private async ignoringSettled(command: UpdateCommand): Promise<void> {
    try {
      await this.db.send(command);
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async reconcile(agencyId: string, sendId: string, messageId: string, sentAt: string): Promise<number> {
    const attempt = (await this.unsent(agencyId)).filter((alert) => alert.sendIds?.includes(sendId));
    // The sender may record it meanwhile, with its own time: that record stands.
    for (const alert of attempt) await this.ignoringSettled(this.sent(agencyId, alert.alertId, sentAt, messageId, true));
    return attempt.length;
  }

  async unsent(agencyId: string): Promise<AlertRecord[]> {
    return (
      await this.queryAll({
        IndexName: 'byLookup',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': unsentKey(agencyId) },
      })
    ).map(parse);
  }

  async list(agencyId: string, subjectRef?: string): Promise<AlertRecord[]> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': `AGENCY#${agencyId}`, ':prefix': 'ALERT#' },
      ...(subjectRef ? { FilterExpression: 'subjectRef = :ref', ExpressionAttributeValues: { ':pk': `AGENCY#${agencyId}`, ':prefix': 'ALERT#', ':ref': subjectRef } } : {}),
    });
    return items.map(parse).sort((a, b) => (b.sentAt ?? b.createdAt).localeCompare(a.sentAt ?? a.createdAt));
  }

  async lockRecipient(agencyId: string, userId: string, now: Date, leaseUntil: Date): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: `AGENCY#${agencyId}`, sk: `LOCK#MAILBOX#${userId}` },
          UpdateExpression: 'SET entity = :entity, leaseUntil = :lease, expiresAt = :expires',
          ConditionExpression: 'attribute_not_exists(pk) OR leaseUntil < :now',
          ExpressionAttributeValues: {
            ':entity': 'lock',
            ':lease': leaseUntil.toISOString(),
            ':now': now.toISOString(),
            ':expires': Math.floor(leaseUntil.getTime() / 1000) + 86_400,
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async unlockRecipient(agencyId: string, userId: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: { pk: `AGENCY#${agencyId}`, sk: `LOCK#MAILBOX#${userId}` } }));
  }

  private queryAll(input: Omit<ConstructorParameters<typeof QueryCommand>[0], 'TableName' | 'ExclusiveStartKey'>): Promise<Item[]> {
    return queryAll(this.db, this.tableName, input);
  }
}

const parse = (item: Item): AlertRecord => AlertRecordSchema.parse(withoutKeys(item));

