import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { caseDocumentsWritten } from '../shared/documents/case-document-events.ts';
import { createCaseDocumentRenderer } from '../shared/platform/case-document-rendering.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createCore } from '../shared/platform/core.ts';

const logger = new Logger({ serviceName: 'dan-van-monitor', persistentKeys: { function: 'case-documents' } });
const renderer = createCaseDocumentRenderer(createCore(loadConfig()));

/**
 * Builds each issued case document and e-mails it where the law says the citizen is told. Both steps
 * are idempotent (the file is recorded once, the e-mail goes through the alert log), so a failed batch
 * is simply delivered again.
 */
export const handler = middy(async (event: DynamoDBStreamEvent) => {
  for (const ref of caseDocumentsWritten(event.Records)) {
    const outcome = await renderer.handle(ref);
    logger.info('case document', { caseId: ref.caseId, documentId: ref.documentId, ...outcome });
  }
}).use(injectLambdaContext(logger));
