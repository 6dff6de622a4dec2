import { DynamoDbCaseRepository } from '../cases/dynamodb-case-repository.ts';
import { CaseDocumentService } from '../documents/case-document-service.ts';
import { CASE_NOTICE_TEMPLATES } from '../documents/data/case-notices-vn.ts';
import { DynamoDbCaseDocumentRepository } from '../documents/dynamodb-case-document-repository.ts';
import { DynamoDbNoticeTemplateStore } from '../documents/dynamodb-notice-template-store.ts';
import { NoticeTemplateService } from '../documents/notice-template-service.ts';
import { DynamoDbOutgoingRegister } from '../documents/dynamodb-outgoing-register.ts';
import { DynamoDbRegisterExportRepository } from '../documents/dynamodb-register-export-repository.ts';
import { RegisterService } from '../documents/register-service.ts';
import { createS3Client, S3AttachmentStore } from '../storage/s3-attachment-store.ts';
import { createCaseServices } from './case-services.ts';
import type { Core } from './core.ts';

/** The case documents' store and the attachments bucket their files live in. */
export function createCaseDocumentStores(core: Core) {
  const { config, db } = core;
  return {
    documents: new DynamoDbCaseDocumentRepository(db, config.TABLE_NAME, new DynamoDbOutgoingRegister(db, config.TABLE_NAME, core.clock)),
    store: new S3AttachmentStore(createS3Client(config), config.ATTACHMENTS_BUCKET ?? 'attachments-bucket-not-configured'),
  };
}

/** Issuing, listing and downloading case documents, and the registers (no document library: files are built by the documents functions). */
export function createCaseDocumentServices(core: Core) {
  const { documents, store } = createCaseDocumentStores(core);
  const cases = new DynamoDbCaseRepository(core.db, core.config.TABLE_NAME);
  const templates = new NoticeTemplateService({ store: new DynamoDbNoticeTemplateStore(core.db, core.config.TABLE_NAME), shipped: CASE_NOTICE_TEMPLATES, organization: core.organizationRepository, clock: core.clock });
  return {
    templates,
    registers: new RegisterService({ cases, documents, exports: new DynamoDbRegisterExportRepository(core.db, core.config.TABLE_NAME), organization: core.organizationRepository, store, clock: core.clock }),
    caseDocuments: new CaseDocumentService({
      documents,
      store,
      cases,
      organization: core.organizationRepository,
      alerts: core.alertLog,
      templates,
      caseCommands: createCaseServices(core).cases,
      clock: core.clock,
    }),
  };
}
