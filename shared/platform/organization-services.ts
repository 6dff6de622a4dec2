import { DynamoDbCaseRepository } from '../cases/dynamodb-case-repository.ts';
import { CaseSuccession } from '../cases/succession.ts';
import { DirectoryAdministration } from '../organization/administration.ts';
import { createIdentityProvider } from '../organization/cognito-identity.ts';
import { DynamoDbReportingRepository } from '../reporting/dynamodb-reporting-repository.ts';
import { ReportingSuccession } from '../reporting/succession.ts';
import type { Core } from './core.ts';

/**
 * Administration of the directory: the sign-in accounts (Cognito in AWS), and what follows a merged or
 * split unit (report obligations, citizen cases), through their repositories alone.
 */
export function createDirectoryAdministration(core: Core): DirectoryAdministration {
  const { config, db } = core;
  const successions = [
    new ReportingSuccession(new DynamoDbReportingRepository(db, config.TABLE_NAME), core.organizationRepository, core.deadlines),
    new CaseSuccession(new DynamoDbCaseRepository(db, config.TABLE_NAME), core.organizationRepository, core.clock),
  ];
  return new DirectoryAdministration(core.organizationRepository, createIdentityProvider(config), core.clock, successions);
}
