import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { VersionConflictError } from '../errors.ts';
import { getItem, putIfAbsent, queryPrefix, withoutKeys } from '../storage/dynamodb.ts';
import { HeldMessageSchema, InboundOutcomeSchema, type HeldMessage, type InboundOutcome } from './model.ts';
import type { BeginResult, InboundMailRepository, MailEvidence } from './repository.ts';

const agencyPk = (agencyId: string) => `AGENCY#${agencyId}`;
const keys = {
  message: (agencyId: string, hash: string) => ({ pk: agencyPk(agencyId), sk: `INBOUND-MAIL#${hash}` }),
  held: (agencyId: string, heldId: string) => ({ pk: agencyPk(agencyId), sk: `HELD-MAIL#${heldId}` }),
};

/** SES does not redeliver after days; the record of a processed Message-ID expires after this. */
const MESSAGE_TTL_SECONDS = 90 * 86_400;

export class DynamoDbInboundMailRepository implements InboundMailRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async begin(agencyId: string, hash: string, messageId: string, digest: string, now: string, leaseUntil: string): Promise<BeginResult> {
    const key = keys.message(agencyId, hash);
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...key, entity: 'inbound-mail', messageId: messageId.slice(0, 1000), digest, status: 'processing', leaseUntil, expiresAt: Math.floor(Date.parse(now) / 1000) + MESSAGE_TTL_SECONDS },
          // A claim left by a crashed invocation may be taken over once its lease has run out.
          ConditionExpression: 'attribute_not_exists(pk) OR (#status = :processing AND leaseUntil < :now)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':processing': 'processing', ':now': now },
        }),
      );
      return { state: 'new' };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    const item = (await this.db.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }))).Item;
    const known = typeof item?.digest === 'string' ? { digest: item.digest } : {};
    if (item?.status === 'done') return { state: 'done', outcome: InboundOutcomeSchema.parse(item.outcome), ...known };
    return { state: 'busy', ...known };
  }

  async complete(agencyId: string, hash: string, outcome: InboundOutcome, at: string, evidence: MailEvidence): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.message(agencyId, hash),
        UpdateExpression: 'SET #status = :done, outcome = :outcome, completedAt = :at, evidence = :evidence REMOVE leaseUntil',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':done': 'done', ':outcome': outcome, ':at': at, ':evidence': evidence },
      }),
    );
  }

  async release(agencyId: string, hash: string): Promise<void> {
    await this.db.send(
      new DeleteCommand({
        TableName: this.tableName,
        Key: keys.message(agencyId, hash),
        ConditionExpression: '#status = :processing',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':processing': 'processing' },
      }),
    ).catch((error: unknown) => {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    });
  }

  async hold(message: HeldMessage): Promise<boolean> {
    return putIfAbsent(this.db, this.tableName, { ...keys.held(message.agencyId, message.heldId), entity: 'held-mail', ...message });
  }

  async getHeld(agencyId: string, heldId: string): Promise<HeldMessage | undefined> {
    const item = await getItem(this.db, this.tableName, keys.held(agencyId, heldId));
    return item && HeldMessageSchema.parse(withoutKeys(item));
  }

  async listHeld(agencyId: string): Promise<HeldMessage[]> {
    const items = await queryPrefix(this.db, this.tableName, agencyPk(agencyId), 'HELD-MAIL#');
    return items.map((item) => HeldMessageSchema.parse(withoutKeys(item))).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  }

  async resolveHeld(message: HeldMessage, resolution: NonNullable<HeldMessage['resolution']>, options: { forgetSender?: boolean } = {}): Promise<HeldMessage> {
    const status = resolution.action;
    const forget = options.forgetSender ? ', #from = :blank, envelopeFrom = :blank, subject = :blank, #to = :none' : '';
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.held(message.agencyId, message.heldId),
          UpdateExpression: `SET #status = :status, resolution = :resolution, version = version + :one${forget}`,
          ConditionExpression: '#status = :held AND version = :expected',
          ExpressionAttributeNames: { '#status': 'status', ...(options.forgetSender ? { '#from': 'from', '#to': 'to' } : {}) },
          ExpressionAttributeValues: {
            ':status': status,
            ':resolution': resolution,
            ':one': 1,
            ':held': 'held',
            ':expected': message.version,
            ...(options.forgetSender ? { ':blank': '', ':none': [] } : {}),
          },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new VersionConflictError('Thư đang giữ / The held message', { cause: error });
      throw error;
    }
    const forgotten = options.forgetSender ? { from: '', envelopeFrom: '', subject: '', to: [] } : {};
    return { ...message, ...forgotten, status, resolution, version: message.version + 1 };
  }
}
