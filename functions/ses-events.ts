import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { SNSEvent } from 'aws-lambda';
import { recordDelivery } from '../shared/compiled/delivery.ts';
import { DynamoDbCompiledReportRepository } from '../shared/compiled/dynamodb-compiled-report-repository.ts';
import { deliveryEventsOf } from '../shared/compiled/ses-events.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createDocumentClient } from '../shared/storage/dynamodb.ts';

const config = loadConfig();
const logger = new Logger({ serviceName: 'dan-van-monitor', persistentKeys: { function: 'ses-events' } });
const reports = new DynamoDbCompiledReportRepository(createDocumentClient(config), config.TABLE_NAME);

/** SES delivery events (through SNS): bounces and complaints are recorded against the compiled report they concern. */
export const handler = middy(async (event: SNSEvent) => {
  for (const record of event.Records) {
    const parsed = deliveryEventsOf(record.Sns.Message);
    if (!parsed) {
      logger.warn('unreadable SES notification', { messageId: record.Sns.MessageId });
      continue;
    }
    for (const delivery of parsed.events) {
      const matched = await recordDelivery(reports, parsed.messageId, delivery);
      logger.info('delivery event', { sesMessageId: parsed.messageId, type: delivery.type, matched });
    }
  }
}).use(injectLambdaContext(logger));
