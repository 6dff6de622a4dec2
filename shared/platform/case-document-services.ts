import { DynamoDbCaseRepository } from '../cases/dynamodb-case-repository.ts';
import { CaseDocumentService } from '../documents/case-document-service.ts';
import { CASE_NOTICE_TEMPLATES } from '../documents/data/case-notices-vn.ts';
import { DynamoDbCaseDocumentRepository } from '../documents/dynamodb-case-document-repository.ts';
import { DynamoDbOutgoingRegister } from '../documents/dynamodb-outgoing-register.ts';
import { createS3Client, S3AttachmentStore } from '../storage/s3-attachment-store.ts';
import type { Core } from './core.ts';

/** The case documents' store and the attachments bucket their files live in. */
export function createCaseDocumentStores(core: Core) {
  const { config, db } = core;
  return {
    documents: new DynamoDbCaseDocumentRepository(db, config.TABLE_NAME, new DynamoDbOutgoingRegister(db, config.TABLE_NAME, core.clock)),
    store: new S3AttachmentStore(createS3Client(config), config.ATTACHMENTS_BUCKET ?? 'attachments-bucket-not-configured'),
  };
}

/** Issuing, listing and downloading case documents (no document library: files are built by `case-documents`). */
export function createCaseDocumentServices(core: Core) {
  const { documents, store } = createCaseDocumentStores(core);
  return {
    caseDocuments: new CaseDocumentService({
      documents,
      store,
      cases: new DynamoDbCaseRepository(core.db, core.config.TABLE_NAME),
      organization: core.organizationRepository,
      alerts: core.alertLog,
      templates: CASE_NOTICE_TEMPLATES,
      clock: core.clock,
    }),
  };
}
