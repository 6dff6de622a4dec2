import { DynamoDbCaseRepository } from '../cases/dynamodb-case-repository.ts';
import { DynamoDbRatingRepository } from '../cases/dynamodb-rating-repository.ts';
import { DynamoDbPublicStatisticsStore } from '../statistics/dynamodb-public-statistics-store.ts';
import { StatisticsService } from '../statistics/service.ts';
import { DynamoDbReportingRepository } from '../reporting/dynamodb-reporting-repository.ts';
import type { Core } from './core.ts';

/** Figures for dashboards and the public page (reads reporting and case records; no documents). */
export const statistics = (core: Core) =>
  new StatisticsService({
    reporting: new DynamoDbReportingRepository(core.db, core.config.TABLE_NAME),
    cases: new DynamoDbCaseRepository(core.db, core.config.TABLE_NAME),
    ratings: new DynamoDbRatingRepository(core.db, core.config.TABLE_NAME),
    deadlines: core.tracking,
    organization: core.organizationRepository,
    snapshots: new DynamoDbPublicStatisticsStore(core.db, core.config.TABLE_NAME),
    clock: core.clock,
  });
