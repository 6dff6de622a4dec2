import { DynamoDbCompiledReportIndex } from '../compiled/dynamodb-compiled-report-repository.ts';
import type { Core } from './core.ts';

/** What SES's events settle: the alert log's attempts and the compiled reports' deliveries (no document code). */
export function createDeliveryServices(core: Core) {
  return { alertLog: core.alertLog, reports: new DynamoDbCompiledReportIndex(core.db, core.config.TABLE_NAME) };
}
