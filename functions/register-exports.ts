import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { registerExportsWritten } from '../shared/documents/case-document-events.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createCore } from '../shared/platform/core.ts';
import { createRegisterExportBuilder } from '../shared/platform/register-export-rendering.ts';

const logger = new Logger({ serviceName: 'dan-van-monitor', persistentKeys: { function: 'register-exports' } });
const builder = createRegisterExportBuilder(createCore(loadConfig()));

/** Writes each register export asked for as XLSX; a redelivered record finds it built and does nothing. */
export const handler = middy(async (event: DynamoDBStreamEvent) => {
  for (const ref of registerExportsWritten(event.Records)) {
    const outcome = await builder.handle(ref);
    logger.info('register export', { exportId: ref.exportId, ...outcome });
  }
}).use(injectLambdaContext(logger));
