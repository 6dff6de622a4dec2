import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { loadConfig } from '../shared/platform/config.ts';
import { createCore } from '../shared/platform/core.ts';
import { monitoring } from '../shared/platform/monitoring-services.ts';
import { ScheduledEventSchema } from '../shared/scheduling/scheduled-event.ts';

const logger = new Logger({ serviceName: 'dan-van-monitor', persistentKeys: { function: 'scheduled-weekly-digest' } });
const services = createCore(loadConfig());
const digest = monitoring(services).weeklyDigest();

export const handler = middy(async (event: unknown) => {
  const { scheduledAt } = ScheduledEventSchema.parse(event);
  const result = await digest.run(services.config.DEFAULT_AGENCY_ID, new Date(scheduledAt));
  logger.info('weekly digest', result);
  return result;
}).use(injectLambdaContext(logger));
