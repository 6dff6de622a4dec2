import { DynamoDbCaseRepository } from '../cases/dynamodb-case-repository.ts';
import { CaseService } from '../cases/service.ts';
import { DynamoDbRateLimiter } from '../storage/dynamodb-rate-limiter.ts';
import type { Core } from './core.ts';

/** Citizen cases and misconduct cases on top of the core. */
export function createCaseServices(core: Core) {
  const { config, db } = core;
  const caseRepository = new DynamoDbCaseRepository(db, config.TABLE_NAME);
  return {
    caseRepository,
    cases: new CaseService(caseRepository, core.organizationRepository, core.calendars, core.deadlines, core.ruleSet, core.mailer, new DynamoDbRateLimiter(db, config.TABLE_NAME), core.clock, config.APP_URL),
  };
}
