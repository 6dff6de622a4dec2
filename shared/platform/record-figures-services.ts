import { DynamoDbCaseRepository } from '../cases/dynamodb-case-repository.ts';
import type { ReportingRepository } from '../reporting/repository.ts';
import { RecordFiguresService } from '../reporting/record-figures-service.ts';
import type { Core } from './core.ts';

/**
 * Section 6's figures from the case records, apart from the reporting services so that the e-mail
 * intake, which shares those, carries no case code.
 */
export const createRecordFiguresService = (core: Core, reporting: ReportingRepository) =>
  new RecordFiguresService({ reporting, cases: new DynamoDbCaseRepository(core.db, core.config.TABLE_NAME), organization: core.organizationRepository });
