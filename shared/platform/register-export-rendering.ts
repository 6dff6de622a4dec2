import { DynamoDbRegisterExportRepository } from '../documents/dynamodb-register-export-repository.ts';
import { RegisterExportBuilder } from '../documents/register-export-builder.ts';
import { createCaseDocumentStores } from './case-document-services.ts';
import type { Core } from './core.ts';

/** Building register workbooks: the `register-exports` function's service. */
export function createRegisterExportBuilder(core: Core): RegisterExportBuilder {
  const { store } = createCaseDocumentStores(core);
  return new RegisterExportBuilder({ exports: new DynamoDbRegisterExportRepository(core.db, core.config.TABLE_NAME), store, organization: core.organizationRepository });
}
