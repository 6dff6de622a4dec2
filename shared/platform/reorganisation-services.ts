import { DynamoDbCaseRepository } from '../cases/dynamodb-case-repository.ts';
import { CaseSuccession } from '../cases/succession.ts';
import type { DirectoryAdministration } from '../organization/administration.ts';
import { DynamoDbReportingRepository } from '../reporting/dynamodb-reporting-repository.ts';
import { ReportingSuccession } from '../reporting/succession.ts';
import type { Core } from './core.ts';
import { createDirectoryAdministration } from './organization-services.ts';

/** The directory's administration with what follows a merged or split unit: open report obligations and citizen cases. */
export function createReorganisation(core: Core): DirectoryAdministration {
  const { config, db } = core;
  return createDirectoryAdministration(core, [
    new ReportingSuccession(new DynamoDbReportingRepository(db, config.TABLE_NAME), core.organizationRepository, core.deadlines),
    new CaseSuccession(new DynamoDbCaseRepository(db, config.TABLE_NAME), core.organizationRepository, core.clock),
  ]);
}
