import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { SesReceiptEventSchema } from '../shared/inbound/model.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createCore } from '../shared/platform/core.ts';
import { inboundMail } from '../shared/platform/inbound-services.ts';
import { createReportingServices } from '../shared/platform/reporting-services.ts';

const logger = new Logger({ serviceName: 'dan-van-monitor', persistentKeys: { function: 'email-ingest' } });
const core = createCore(loadConfig());
const inbound = inboundMail(core, createReportingServices(core));

/**
 * The Lambda action of the SES receipt rule (locally: the SMTP server). Each message becomes a
 * submission, an obstacle or a held message; an error is thrown so Lambda retries the event, which
 * is safe because a Message-ID is processed once.
 */
export const handler = middy(async (event: unknown) => {
  const { Records } = SesReceiptEventSchema.parse(event);
  const results = [];
  for (const record of Records) {
    const result = await inbound.ingest(record);
    logger.info('inbound message', {
      sesMessageId: record.ses.mail.messageId,
      outcome: result.kind,
      ...(result.kind === 'held' ? { heldId: result.heldId, reason: result.reason } : {}),
      ...(result.kind === 'submitted' ? { obligationId: result.obligationId, version: result.version } : {}),
    });
    results.push(result);
  }
  return { results };
}).use(injectLambdaContext(logger));
