import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { loadConfig } from '../shared/platform/config.ts';
import { createCore } from '../shared/platform/core.ts';
import { statistics } from '../shared/platform/statistics-services.ts';
import { ScheduledEventSchema } from '../shared/scheduling/scheduled-event.ts';

const logger = new Logger({ serviceName: 'dan-van-monitor', persistentKeys: { function: 'scheduled-public-statistics' } });
const core = createCore(loadConfig());
const figures = statistics(core);

/** The daily refresh of the public figures: requests to the public page read what this stored. */
export const handler = middy(async (event: unknown) => {
  const { scheduledAt } = ScheduledEventSchema.parse(event);
  const published = await figures.refreshPublicStatistics(core.config.DEFAULT_AGENCY_ID, new Date(scheduledAt));
  logger.info('public statistics refreshed', { asOf: published.asOf });
  return { asOf: published.asOf, refreshedAt: published.refreshedAt };
}).use(injectLambdaContext(logger));
