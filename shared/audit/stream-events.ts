import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { VerdictsSchema } from '../inbound/model.ts';
import { AUDITED_ENTITIES } from '../platform/resources.ts';
import { canonicalSha256 } from './chain.ts';
import type { AuditEvent } from './model.ts';

/** Fields that name who acted, where a record has one. */
const ACTOR_FIELDS = ['userId', 'submittedBy', 'updatedBy', 'approvedBy', 'createdBy', 'issuedBy'] as const;

const optionalString = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The audit events of a batch of stream records: one per write of an audited record of an agency. */
export function auditEventsOf(records: readonly DynamoDBRecord[]): AuditEvent[] {
  return records.flatMap((record): AuditEvent[] => {
    const image = record.dynamodb?.NewImage;
    const eventName = record.eventName;
    if (!image || !eventName || !record.eventID) return [];
    const item = unmarshall(image as Record<string, AttributeValue>);
    const agencyId = /^AGENCY#(.+)$/.exec(String(item.pk))?.[1];
    if (!agencyId || !(AUDITED_ENTITIES as readonly string[]).includes(item.entity)) return [];
    const seconds = record.dynamodb?.ApproximateCreationDateTime;
    const actor = ACTOR_FIELDS.map((field) => optionalString(item[field])).find(Boolean);
    const evidence = item.entity === 'inbound-mail' && item.evidence ? { verdicts: VerdictsSchema.parse(item.evidence.verdicts), dkimDomains: (item.evidence.dkimDomains as string[]) ?? [] } : undefined;
    return [
      {
        agencyId,
        at: seconds ? new Date(seconds * 1000).toISOString() : '',
        source: { eventId: record.eventID, eventName, entity: item.entity, sk: String(item.sk) },
        ...(typeof item.version === 'number' ? { version: item.version } : {}),
        ...(optionalString(item.status) ? { status: item.status } : {}),
        ...(actor ? { actor } : {}),
        recordSha256: canonicalSha256(item),
        ...(evidence ? { evidence } : {}),
      },
    ];
  });
}
