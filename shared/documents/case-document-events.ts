import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';

/**
 * The case documents a batch of stream records wrote, each once: issued (to build and send) or built
 * (to send, if the send after building failed). The stream carries only the reference; the handler
 * reads the document itself, so what it builds is what is stored now.
 */
export function caseDocumentsWritten(records: DynamoDBRecord[]): { agencyId: string; caseId: string; documentId: string }[] {
  return written(records, 'case-document', (item) => ({ agencyId: String(item.agencyId), caseId: String(item.caseId), documentId: String(item.documentId) }));
}

/** The register exports a batch asked for (or built), each once. */
export function registerExportsWritten(records: DynamoDBRecord[]): { agencyId: string; exportId: string }[] {
  return written(records, 'register-export', (item) => ({ agencyId: String(item.agencyId), exportId: String(item.exportId) }));
}

function written<T extends Record<string, string>>(records: DynamoDBRecord[], entity: string, refOf: (item: Record<string, unknown>) => T): T[] {
  const seen = new Map<string, T>();
  for (const record of records) {
    const image = record.dynamodb?.NewImage;
    if (!image || record.eventName === 'REMOVE') continue;
    const item = unmarshall(image as Record<string, AttributeValue>);
    if (item.entity !== entity) continue;
    const ref = refOf(item);
    seen.set(Object.values(ref).join('/'), ref);
  }
  return [...seen.values()];
}
