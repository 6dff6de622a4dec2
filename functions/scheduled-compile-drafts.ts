import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { loadConfig } from '../shared/platform/config.ts';
import { createServices } from '../shared/platform/container.ts';
import { ScheduledEventSchema } from '../shared/scheduling/scheduled-event.ts';

const logger = new Logger({ serviceName: 'dan-van-monitor', persistentKeys: { function: 'scheduled-compile-drafts' } });
const services = createServices(loadConfig());

export const handler = middy(async (event: unknown) => {
  const { scheduledAt } = ScheduledEventSchema.parse(event);
  const drafted = await services.compiledReports.automaticDrafts(services.config.DEFAULT_AGENCY_ID, new Date(scheduledAt));
  logger.info('compiled drafts', { drafted });
  return { drafted };
}).use(injectLambdaContext(logger));
