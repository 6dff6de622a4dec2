import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { auditEventsOf } from '../shared/audit/stream-events.ts';
import { createAuditServices } from '../shared/platform/audit-services.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createCore } from '../shared/platform/core.ts';

const logger = new Logger({ serviceName: 'dan-van-monitor', persistentKeys: { function: 'audit-chain' } });
const { chain } = createAuditServices(createCore(loadConfig()));

/**
 * Appends every write of an audited record to its agency's hash chain, in stream order. A redelivered
 * record is appended once; a failure fails the batch, which the stream delivers again.
 */
export const handler = middy(async (event: DynamoDBStreamEvent) => {
  let appended = 0;
  const events = auditEventsOf(event.Records);
  for (const audit of events) if (await chain.append(audit)) appended += 1;
  logger.info('audit chain', { records: event.Records.length, events: events.length, appended });
}).use(injectLambdaContext(logger));
