import { DynamoDbCaseRepository } from '../cases/dynamodb-case-repository.ts';
import { DynamoDbRatingRepository } from '../cases/dynamodb-rating-repository.ts';
import { PublicCaseService } from '../cases/public-case-service.ts';
import { CaseService } from '../cases/service.ts';
import { DynamoDbRateLimiter } from '../storage/dynamodb-rate-limiter.ts';
import type { Core } from './core.ts';

/** Citizen cases and misconduct cases on top of the core. */
export function createCaseServices(core: Core) {
  const { config, db } = core;
  const caseRepository = new DynamoDbCaseRepository(db, config.TABLE_NAME);
  return {
    caseRepository,
    publicCases: new PublicCaseService({ cases: caseRepository, ratings: new DynamoDbRatingRepository(db, config.TABLE_NAME), calendars: core.calendars, clock: core.clock }),
    cases: new CaseService({ cases: caseRepository, organization: core.organizationRepository, calendars: core.calendars, deadlines: core.deadlines, ruleSet: core.ruleSet, mailer: core.mailer, limiter: new DynamoDbRateLimiter(db, config.TABLE_NAME), clock: core.clock, appUrl: config.APP_URL }),
  };
}
