import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { beat } from '../shared/heartbeat/heartbeat.ts';
import { DynamoDbHeartbeatRepository } from '../shared/heartbeat/dynamodb-heartbeat-repository.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { clockOf } from '../shared/scheduling/scheduled-event.ts';
import { createDocumentClient } from '../shared/storage/dynamodb.ts';

const config = loadConfig();
const logger = new Logger({ serviceName: 'dan-van-monitor', persistentKeys: { function: 'scheduled-heartbeat' } });
const heartbeats = new DynamoDbHeartbeatRepository(createDocumentClient(config), config.TABLE_NAME);

export const handler = middy(async (event: unknown) => {
  const at = await beat(heartbeats, clockOf(event));
  logger.info('heartbeat recorded', { at: at.toISOString() });
  return { at: at.toISOString() };
}).use(injectLambdaContext(logger));
