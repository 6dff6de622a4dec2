import { DynamoDbInboundMailRepository } from '../inbound/dynamodb-inbound-mail-repository.ts';
import { InboundMailService } from '../inbound/service.ts';
import { S3AttachmentStore } from '../storage/s3-attachment-store.ts';
import type { Core } from './core.ts';
import type { createReportingServices } from './reporting-services.ts';
import { INBOUND_OBJECT_KEY_PREFIX } from './resources.ts';

/** E-mail ingestion and its holding area. */
export function inboundMail(core: Core, reporting: ReturnType<typeof createReportingServices>) {
  return new InboundMailService(
    { agencyId: core.config.DEFAULT_AGENCY_ID, domain: core.config.INBOUND_MAIL_DOMAIN, objectKeyPrefix: INBOUND_OBJECT_KEY_PREFIX },
    new S3AttachmentStore(reporting.s3, core.config.INBOUND_MAIL_BUCKET ?? 'inbound-mail-bucket-not-configured'),
    reporting.attachments,
    reporting.reporting,
    core.organizationRepository,
    new DynamoDbInboundMailRepository(core.db, core.config.TABLE_NAME),
    core.alertLog,
    core.mailer(),
    core.clock,
  );
}
