import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { loadConfig } from '../shared/platform/config.ts';
import { createCaseServices } from '../shared/platform/case-services.ts';
import { createCompiledServices } from '../shared/platform/compiled-services.ts';
import { createCore } from '../shared/platform/core.ts';
import { createReportingServices } from '../shared/platform/reporting-services.ts';
import { ScheduledEventSchema } from '../shared/scheduling/scheduled-event.ts';

const logger = new Logger({ serviceName: 'dan-van-monitor', persistentKeys: { function: 'scheduled-compile-drafts' } });
const core = createCore(loadConfig());
const reporting = createReportingServices(core);
const { compiledReports } = createCompiledServices(core, reporting.reportingRepository, createCaseServices(core).caseRepository, reporting.attachments);

export const handler = middy(async (event: unknown) => {
  const { scheduledAt } = ScheduledEventSchema.parse(event);
  const drafted = await compiledReports.automaticDrafts(core.config.DEFAULT_AGENCY_ID, new Date(scheduledAt));
  logger.info('compiled drafts', { drafted });
  return { drafted };
}).use(injectLambdaContext(logger));
