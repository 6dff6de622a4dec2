import { BatchWriteCommand, GetCommand, UpdateCommand, type DynamoDBDocumentClient, type QueryCommand } from '@aws-sdk/lib-dynamodb';
import { VersionConflictError } from '../errors.ts';
import { queryAll, transactVersioned, withoutKeys, type Item, type Key, type TransactionExtra } from '../storage/dynamodb.ts';
import { DeadlineEventSchema, DeadlineNoticeSchema, TrackedDeadlineSchema, type DeadlineEvent, type DeadlineNotice, type TrackedDeadline } from './model.ts';
import type { DeadlineRepository, NoticeRepository } from './repository.ts';

const keys = {
  deadline: (agencyId: string, deadlineId: string) => ({ pk: `AGENCY#${agencyId}`, sk: `DEADLINE#${deadlineId}` }),
  event: (agencyId: string, e: DeadlineEvent) => ({ pk: `AGENCY#${agencyId}`, sk: `DEADLINE-EVENT#${e.deadlineId}#${e.at}#${e.type}` }),
  notice: (n: DeadlineNotice) => ({ pk: `AGENCY#${n.agencyId}`, sk: `NOTICE#${n.batchId}#${n.userId}#${n.deadlineId}` }),
  /** Sparse: only open deadlines with a due instant are in the index. */
  due: (d: TrackedDeadline) =>
    d.status === 'open' && d.dueInstant ? { duePk: `${d.agencyId}#OPEN`, dueSk: `${d.dueInstant}#${d.deadlineId}` } : {},
};

const deadlineItem = (d: TrackedDeadline): Item => ({ ...keys.deadline(d.agencyId, d.deadlineId), ...keys.due(d), entity: 'deadline', ...d });

export class DynamoDbTrackingRepository implements DeadlineRepository, NoticeRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(deadline: TrackedDeadline, event: DeadlineEvent): Promise<boolean> {
    try {
      await this.transact(deadline, null, event);
      return true;
    } catch (error) {
      if (error instanceof VersionConflictError) return false;
      throw error;
    }
  }

  async importMany(deadlines: TrackedDeadline[]): Promise<void> {
    for (let i = 0; i < deadlines.length; i += 25) {
      let requests: Record<string, { PutRequest: { Item: Item } }[]> = {
        [this.tableName]: deadlines.slice(i, i + 25).map((d) => ({ PutRequest: { Item: deadlineItem(d) } })),
      };
      // BatchWrite may leave some items unprocessed under load: write them again until none remain.
      for (let attempt = 0; Object.keys(requests).length > 0; attempt += 1) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 20 * 2 ** attempt)));
        const result = await this.db.send(new BatchWriteCommand({ RequestItems: requests }));
        requests = (result.UnprocessedItems ?? {}) as typeof requests;
      }
    }
  }

  async get(agencyId: string, deadlineId: string): Promise<TrackedDeadline | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.deadline(agencyId, deadlineId) }));
    return result.Item && TrackedDeadlineSchema.parse(withoutKeys(result.Item));
  }

  async list(agencyId: string): Promise<TrackedDeadline[]> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': `AGENCY#${agencyId}`, ':prefix': 'DEADLINE#' },
    });
    return items.map((item) => TrackedDeadlineSchema.parse(withoutKeys(item)));
  }

  async openDueFrom(agencyId: string, fromInstant: string): Promise<TrackedDeadline[]> {
    const items = await this.queryAll({
      IndexName: 'byDue',
      KeyConditionExpression: 'duePk = :pk AND dueSk >= :from',
      ExpressionAttributeValues: { ':pk': `${agencyId}#OPEN`, ':from': fromInstant },
    });
    return items.map((item) => TrackedDeadlineSchema.parse(withoutKeys(item)));
  }

  async openDueBetween(agencyId: string, from: string, to: string): Promise<TrackedDeadline[]> {
    const items = await this.queryAll({
      IndexName: 'byDue',
      KeyConditionExpression: 'duePk = :pk AND dueSk BETWEEN :from AND :to',
      // `~` sorts after every id character, so items due exactly at `to` are included.
      ExpressionAttributeValues: { ':pk': `${agencyId}#OPEN`, ':from': from, ':to': `${to}~` },
    });
    return items.map((item) => TrackedDeadlineSchema.parse(withoutKeys(item)));
  }

  async move(
    deadline: TrackedDeadline,
    to: Pick<TrackedDeadline, 'due' | 'dueInstant' | 'ruleVersion' | 'updatedAt'>,
    event: DeadlineEvent,
    notices: DeadlineNotice[],
  ): Promise<TrackedDeadline> {
    const moved: TrackedDeadline = { ...deadline, ...to, version: deadline.version + 1 };
    await this.transact(moved, deadline.version, event, notices.map((notice) => ({ put: { ...keys.notice(notice), entity: 'deadline-notice', ...notice } })));
    return moved;
  }

  async close(deadline: TrackedDeadline, status: 'met' | 'cancelled', event: DeadlineEvent): Promise<void> {
    await this.transact({ ...deadline, status, updatedAt: event.at, version: deadline.version + 1 }, deadline.version, event);
  }

  /** The deadline at its next version with its history entry (and any new notices), all or nothing. */
  private transact(deadline: TrackedDeadline, expectedVersion: number | null, event: DeadlineEvent, extras: TransactionExtra[] = []): Promise<void> {
    const entry = { upsert: { ...keys.event(deadline.agencyId, event), entity: 'deadline-event', ...event } };
    return transactVersioned(this.db, this.tableName, deadlineItem(deadline) as Item & Key, expectedVersion, [entry, ...extras], 'Thời hạn / The deadline');
  }

  async history(agencyId: string, deadlineId: string): Promise<DeadlineEvent[]> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': `AGENCY#${agencyId}`, ':prefix': `DEADLINE-EVENT#${deadlineId}#` },
    });
    return items.map((item) => DeadlineEventSchema.parse(withoutKeys(item)));
  }

  async pending(agencyId: string, batchId: string): Promise<DeadlineNotice[]> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      FilterExpression: '#status = :pending',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':pk': `AGENCY#${agencyId}`, ':prefix': `NOTICE#${batchId}#`, ':pending': 'pending' },
    });
    return items.map((item) => DeadlineNoticeSchema.parse(withoutKeys(item)));
  }

  async markSent(notices: DeadlineNotice[], sentAt: string, messageId: string): Promise<void> {
    for (const notice of notices) {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.notice(notice),
          UpdateExpression: 'SET #status = :sent, sentAt = :at, messageId = :id',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':sent': 'sent', ':at': sentAt, ':id': messageId },
        }),
      );
    }
  }

  private queryAll(input: Omit<ConstructorParameters<typeof QueryCommand>[0], 'TableName' | 'ExclusiveStartKey'>): Promise<Item[]> {
    return queryAll(this.db, this.tableName, input);
  }
}
