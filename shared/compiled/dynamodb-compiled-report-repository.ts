import { createHash } from 'node:crypto';
import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { getItem, putIfAbsent, putVersioned, queryPrefix, updateVersioned, withoutKeys, type Item } from '../storage/dynamodb.ts';
import type { AttachmentStore } from '../storage/attachment-store.ts';
import {
  CompiledContentSchema,
  CompiledReportSchema,
  CompiledReportSummarySchema,
  RecipientListSchema,
  type CompiledContent,
  type CompiledReport,
  type CompiledReportSummary,
  type DeliveryEvent,
  type RecipientList,
} from './model.ts';
import type { CompiledReportRepository } from './repository.ts';

const agencyPk = (agencyId: string) => `AGENCY#${agencyId}`;
const keys = {
  report: (agencyId: string, reportId: string) => ({ pk: agencyPk(agencyId), sk: `COMPILED#${reportId}` }),
  sesMessage: (messageId: string) => ({ gsi1pk: `SES-MESSAGE#${messageId}`, gsi1sk: 'COMPILED' }),
  recipients: (agencyId: string) => ({ pk: agencyPk(agencyId), sk: 'RECIPIENT-LISTS' }),
};
const WHAT = 'Báo cáo tổng hợp / The compiled report';

/** Where a report's content is stored: the object key, and the digest and size it had when written. */
const ContentRefSchema = z.object({ key: z.string(), sha256: z.string(), bytes: z.number().int().nonnegative() });
type ContentRef = z.infer<typeof ContentRefSchema>;

/** Items written before the content moved out of the table hold it inline; they still read. */
const isLegacy = (item: Item) => item.content !== undefined && item.contentRef === undefined;
const summaryFromItem = (item: Item): CompiledReportSummary => {
  const record = withoutKeys(item);
  if (!isLegacy(record)) return CompiledReportSummarySchema.parse(record);
  const content = CompiledContentSchema.parse(record.content);
  return CompiledReportSummarySchema.parse({ ...record, title: content.title, kind: content.kind, period: content.period });
};

/**
 * The table side of compiled reports: summaries, the SES message index and delivery events. Needs no
 * document store, so the SES-events function reads and writes only the table.
 */
export class DynamoDbCompiledReportIndex {
  constructor(
    protected readonly db: DynamoDBDocumentClient,
    protected readonly tableName: string,
  ) {}

  async list(agencyId: string): Promise<CompiledReportSummary[]> {
    return (await queryPrefix(this.db, this.tableName, agencyPk(agencyId), 'COMPILED#')).map(summaryFromItem);
  }

  async findBySesMessageId(messageId: string): Promise<CompiledReportSummary | undefined> {
    const { gsi1pk, gsi1sk } = keys.sesMessage(messageId);
    const result = await this.db.send(
      new QueryCommand({ TableName: this.tableName, IndexName: 'byLookup', KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk = :sk', ExpressionAttributeValues: { ':pk': gsi1pk, ':sk': gsi1sk } }),
    );
    const found = result.Items?.[0];
    return found && summaryFromItem(found);
  }

  async addDeliveryEvent(report: CompiledReportSummary, event: DeliveryEvent): Promise<void> {
    await updateVersioned(this.db, this.tableName, keys.report(report.agencyId, report.reportId), report.version, { deliveryEvents: [...report.deliveryEvents, event] }, WHAT);
  }
}

/**
 * Compiled reports. The content (every unit's narratives: up to 256 KB from each unit, so megabytes for
 * a period) is one JSON object in the document store, named by its SHA-256 and written before the
 * item that points to it; the item holds the record, its title and period, and that reference, so it
 * stays far below DynamoDB's 400 KB item limit whatever the units wrote.
 */
export class DynamoDbCompiledReportRepository extends DynamoDbCompiledReportIndex implements CompiledReportRepository {
  /** Content objects this instance wrote or read: named by their digest, they never change, so an approval does not upload them again. */
  private readonly stored = new Set<string>();

  constructor(
    db: DynamoDBDocumentClient,
    tableName: string,
    private readonly contents: Pick<AttachmentStore, 'put' | 'get'>,
  ) {
    super(db, tableName);
  }

  async create(report: CompiledReport): Promise<boolean> {
    return putIfAbsent(this.db, this.tableName, await this.item(report));
  }

  async get(agencyId: string, reportId: string): Promise<CompiledReport | undefined> {
    const found = await getItem(this.db, this.tableName, keys.report(agencyId, reportId));
    if (!found) return undefined;
    const { contentRef, title: _t, kind: _k, period: _p, ...record } = withoutKeys(found);
    if (isLegacy(found)) return CompiledReportSchema.parse(record);
    return CompiledReportSchema.parse({ ...record, content: await this.content(ContentRefSchema.parse(contentRef)) });
  }

  async save(report: CompiledReport, expectedVersion: number): Promise<CompiledReport> {
    const next = { ...report, version: expectedVersion + 1 };
    await putVersioned(this.db, this.tableName, await this.item(next), expectedVersion, WHAT);
    return next;
  }

  async recipientLists(agencyId: string): Promise<RecipientList[]> {
    const found = await getItem(this.db, this.tableName, keys.recipients(agencyId));
    return found ? z.array(RecipientListSchema).parse(found.lists) : [];
  }

  async saveRecipientLists(agencyId: string, lists: RecipientList[]): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...keys.recipients(agencyId), entity: 'recipient-lists', lists } }));
  }

  /** Stores the content (idempotent: the same content is the same object) and returns the item that refers to it. */
  private async item(report: CompiledReport) {
    const { content, ...record } = report;
    const body = Buffer.from(JSON.stringify(content));
    const sha256 = createHash('sha256').update(body).digest('hex');
    const contentRef: ContentRef = { key: `compiled/${report.agencyId}/${report.reportId}/content/${sha256}.json`, sha256, bytes: body.byteLength };
    if (!this.stored.has(contentRef.key)) {
      await this.contents.put(contentRef.key, body, 'application/json');
      this.stored.add(contentRef.key);
    }
    return {
      ...keys.report(report.agencyId, report.reportId),
      ...(report.messageId ? keys.sesMessage(report.messageId) : {}),
      entity: 'compiled-report',
      ...record,
      title: content.title,
      kind: content.kind,
      period: content.period,
      contentRef,
    };
  }

  private async content(ref: ContentRef): Promise<CompiledContent> {
    const body = await this.contents.get(ref.key);
    if (!body) throw new Error(`compiled report content missing at ${ref.key}`);
    const sha256 = createHash('sha256').update(body).digest('hex');
    if (sha256 !== ref.sha256) throw new Error(`compiled report content at ${ref.key} does not match its digest`);
    this.stored.add(ref.key);
    return CompiledContentSchema.parse(JSON.parse(Buffer.from(body).toString('utf8')));
  }
}
