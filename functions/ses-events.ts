import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { SNSEvent } from 'aws-lambda';
import { recordDelivery } from '../shared/compiled/delivery.ts';
import { deliveryEventsOf } from '../shared/mail/ses-events.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createCore } from '../shared/platform/core.ts';
import { createDeliveryServices } from '../shared/platform/delivery-services.ts';

const logger = new Logger({ serviceName: 'dan-van-monitor', persistentKeys: { function: 'ses-events' } });
const { alertLog, reports } = createDeliveryServices(createCore(loadConfig()));

/**
 * SES events (through SNS). Any event of a message the alert log sent settles that attempt as sent,
 * so an attempt whose answer was lost is never sent again; bounces, complaints and deliveries are
 * recorded against the compiled report they concern.
 */
export const handler = middy(async (event: SNSEvent) => {
  for (const record of event.Records) {
    const parsed = deliveryEventsOf(record.Sns.Message);
    if (!parsed) {
      logger.warn('unreadable SES notification', { messageId: record.Sns.MessageId });
      continue;
    }
    if (parsed.attempt) {
      const settled = await alertLog.reconcile(parsed.attempt.agencyId, parsed.attempt.sendId, parsed.messageId, parsed.at);
      if (settled > 0) logger.info('alerts settled by SES event', { sesMessageId: parsed.messageId, sendId: parsed.attempt.sendId, settled });
    }
    for (const delivery of parsed.events) {
      const matched = await recordDelivery(reports, parsed.messageId, delivery);
      logger.info('delivery event', { sesMessageId: parsed.messageId, type: delivery.type, matched });
    }
  }
}).use(injectLambdaContext(logger));
