import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { VersionConflictError } from '../errors.ts';
import { getItem, queryPrefix, transactVersioned, withoutKeys } from '../storage/dynamodb.ts';
import { nextEntry, verifyChain } from './chain.ts';
import { AuditHeadSchema, type AuditEntry, type AuditEvent, type AuditHead, type AuditVerification } from './model.ts';

const agencyPk = (agencyId: string) => `AGENCY#${agencyId}`;
const keys = {
  head: (agencyId: string) => ({ pk: agencyPk(agencyId), sk: 'AUDIT-HEAD' }),
  entry: (agencyId: string, seq: number) => ({ pk: agencyPk(agencyId), sk: `AUDIT#${String(seq).padStart(12, '0')}` }),
  source: (agencyId: string, eventId: string) => ({ pk: agencyPk(agencyId), sk: `AUDIT-SOURCE#${eventId}` }),
};
/** Appends retried after another writer took the head, before giving up (the stream batch is then retried). */
const MAX_ATTEMPTS = 20;

class AlreadyAppended extends Error {}

/**
 * The per-agency audit chain in the table. An append is one transaction: the next entry, a marker for
 * its source event (so a redelivered stream record is appended once) and the head, conditional on the
 * head being the one the entry links to; two writers at once cannot fork the chain.
 */
export class DynamoDbAuditChain {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Appends an event; false when its source event is in the chain already. */
  async append(event: AuditEvent): Promise<boolean> {
    for (let attempt = 1; ; attempt += 1) {
      const head = await this.head(event.agencyId);
      const entry = nextEntry(head, event);
      try {
        await transactVersioned(
          this.db,
          this.tableName,
          { ...keys.head(event.agencyId), entity: 'audit-head', seq: entry.seq, hash: entry.hash, version: entry.seq },
          head.seq === 0 ? null : head.seq,
          [{ put: { ...keys.entry(event.agencyId, entry.seq), entity: 'audit-entry', ...entry } }, { put: { ...keys.source(event.agencyId, event.source.eventId), entity: 'audit-source', seq: entry.seq } }],
          'Nhật ký kiểm toán / The audit log',
          (reasons) => (reasons[2] === 'ConditionalCheckFailed' ? new AlreadyAppended() : undefined),
        );
        return true;
      } catch (error) {
        if (error instanceof AlreadyAppended) return false;
        if (attempt >= MAX_ATTEMPTS || !(error instanceof VersionConflictError)) throw error;
      }
    }
  }

  async head(agencyId: string): Promise<AuditHead> {
    const found = await getItem(this.db, this.tableName, keys.head(agencyId));
    return found ? AuditHeadSchema.parse({ seq: found.seq, hash: found.hash }) : { seq: 0, hash: '' };
  }

  /** Every entry, in order (as stored: verification parses them). */
  async entries(agencyId: string): Promise<AuditEntry[]> {
    return (await queryPrefix(this.db, this.tableName, agencyPk(agencyId), 'AUDIT#')).map((item) => withoutKeys(item) as AuditEntry);
  }

  async verify(agencyId: string): Promise<AuditVerification> {
    const found = await getItem(this.db, this.tableName, keys.head(agencyId));
    const head = found ? AuditHeadSchema.parse({ seq: found.seq, hash: found.hash }) : undefined;
    return verifyChain(agencyId, await this.entries(agencyId), head);
  }
}
