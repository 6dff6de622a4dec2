import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';

/**
 * The case documents a batch of stream records wrote, each once: issued (to build and send) or built
 * (to send, if the send after building failed). The stream carries only the reference; the handler
 * reads the document itself, so what it builds is what is stored now.
 */
export function caseDocumentsWritten(records: DynamoDBRecord[]): { agencyId: string; caseId: string; documentId: string }[] {
  const seen = new Map<string, { agencyId: string; caseId: string; documentId: string }>();
  for (const record of records) {
    const image = record.dynamodb?.NewImage;
    if (!image || record.eventName === 'REMOVE') continue;
    const item = unmarshall(image as Record<string, AttributeValue>);
    if (item.entity !== 'case-document') continue;
    const ref = { agencyId: String(item.agencyId), caseId: String(item.caseId), documentId: String(item.documentId) };
    seen.set(`${ref.agencyId}/${ref.caseId}/${ref.documentId}`, ref);
  }
  return [...seen.values()];
}
