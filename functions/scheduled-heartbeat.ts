import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { beat } from '../shared/heartbeat/heartbeat.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createHeartbeatServices } from '../shared/platform/heartbeat-services.ts';
import { clockOf } from '../shared/scheduling/scheduled-event.ts';

const logger = new Logger({ serviceName: 'dan-van-monitor', persistentKeys: { function: 'scheduled-heartbeat' } });
const { heartbeats } = createHeartbeatServices(loadConfig());

export const handler = middy(async (event: unknown) => {
  const at = await beat(heartbeats, clockOf(event));
  logger.info('heartbeat recorded', { at: at.toISOString() });
  return { at: at.toISOString() };
}).use(injectLambdaContext(logger));
