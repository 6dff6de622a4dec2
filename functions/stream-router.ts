import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { calendarYearsSaved } from '../shared/calendar/calendar-events.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createCore } from '../shared/platform/core.ts';
import { monitoring } from '../shared/platform/monitoring-services.ts';
import { obstaclesReported } from '../shared/reporting/reporting-events.ts';

const logger = new Logger({ serviceName: 'dan-van-monitor', persistentKeys: { function: 'stream-router' } });
const services = createCore(loadConfig());
const noticeSender = monitoring(services).noticeSender();
const obstacleAlerter = monitoring(services).obstacleAlerter();

/**
 * Reactions to table writes, driven by the stream rather than by the request that wrote: a saved
 * calendar year recomputes the deadlines it moves and tells their handlers; an obstacle a unit reports
 * alerts the office at once. Each reaction is safe to
 * repeat, so a failed batch is simply retried.
 */
export const handler = middy(async (event: DynamoDBStreamEvent) => {
  for (const saved of calendarYearsSaved(event.Records)) {
    const notices = await services.deadlines.onCalendarYearSaved(saved.agencyId, saved.before?.data ?? null, saved.after.data, saved.batchId);
    const sent = await noticeSender.sendPending(saved.agencyId, saved.batchId, {
      vi: `Lịch ngày nghỉ năm ${saved.after.data.year} vừa được điều chỉnh.`,
      en: `The ${saved.after.data.year} calendar of days off was changed.`,
    });
    logger.info('calendar year saved', { year: saved.after.data.year, moved: notices.length, ...sent });
  }
  for (const obstacle of obstaclesReported(event.Records)) {
    const sent = await obstacleAlerter.alert(obstacle);
    logger.info('obstacle reported', { obstacleId: obstacle.obstacleId, unitId: obstacle.unitId, emails: sent });
  }
}).use(injectLambdaContext(logger));
