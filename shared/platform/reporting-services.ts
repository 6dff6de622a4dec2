import { DynamoDbReportingRepository } from '../reporting/dynamodb-reporting-repository.ts';
import { ObstacleService } from '../reporting/obstacles.ts';
import { ReportingService } from '../reporting/service.ts';
import { createS3Client, S3AttachmentStore } from '../storage/s3-attachment-store.ts';
import type { Core } from './core.ts';

/** Unit reporting on top of the core: attachments in S3, obligations, submissions and obstacles. */
export function createReportingServices(core: Core) {
  const { config, db } = core;
  const s3 = createS3Client(config);
  const attachments = new S3AttachmentStore(s3, config.ATTACHMENTS_BUCKET ?? 'attachments-bucket-not-configured');
  const reportingRepository = new DynamoDbReportingRepository(db, config.TABLE_NAME);
  return {
    s3,
    attachments,
    reportingRepository,
    reporting: new ReportingService({ repository: reportingRepository, organization: core.organizationRepository, attachments, deadlines: core.deadlines, clock: core.clock, inboundDomain: config.INBOUND_MAIL_DOMAIN }),
    obstacles: new ObstacleService({ repository: reportingRepository, attachments, clock: core.clock }),
  };
}
