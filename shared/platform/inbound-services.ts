import type { CaseService } from '../cases/service.ts';
import { DynamoDbInboundMailRepository } from '../inbound/dynamodb-inbound-mail-repository.ts';
import { HeldMailService } from '../inbound/held-mail.ts';
import { ReplySender } from '../inbound/reply-sender.ts';
import { InboundMailService } from '../inbound/service.ts';
import { S3AttachmentStore } from '../storage/s3-attachment-store.ts';
import type { Core } from './core.ts';
import type { createReportingServices } from './reporting-services.ts';
import { INBOUND_OBJECT_KEY_PREFIX } from './resources.ts';

type Reporting = ReturnType<typeof createReportingServices>;

/** What e-mail intake and the review of its holding area share: the raw messages, the records, the replies. */
function inboundParts(core: Core, reporting: Reporting) {
  const agencyId = core.config.DEFAULT_AGENCY_ID;
  return {
    rawMail: new S3AttachmentStore(reporting.s3, core.config.INBOUND_MAIL_BUCKET ?? 'inbound-mail-bucket-not-configured'),
    attachments: reporting.attachments,
    repository: new DynamoDbInboundMailRepository(core.db, core.config.TABLE_NAME),
    replies: new ReplySender({ agencyId, reporting: reporting.reporting, alerts: core.alertLog, mailer: core.mailer(), clock: core.clock }),
    clock: core.clock,
  };
}

/** E-mail ingestion: each received message filed, or held with its reason. */
export function inboundMail(core: Core, reporting: Reporting) {
  return new InboundMailService({
    ...inboundParts(core, reporting),
    settings: { agencyId: core.config.DEFAULT_AGENCY_ID, domain: core.config.INBOUND_MAIL_DOMAIN, objectKeyPrefix: INBOUND_OBJECT_KEY_PREFIX },
    reporting: reporting.reporting,
    obstacles: reporting.obstacles,
    organization: core.organizationRepository,
  });
}

/** The office's review of the holding area: filed as a report, registered as a case, or discarded. */
export function heldMail(core: Core, reporting: Reporting, cases: CaseService) {
  return new HeldMailService({ ...inboundParts(core, reporting), reporting: reporting.reporting, cases });
}
