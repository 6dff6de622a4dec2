import { DynamoDbCompiledReportRepository } from '../compiled/dynamodb-compiled-report-repository.ts';
import { CompiledReportService } from '../compiled/service.ts';
import type { CaseRepository } from '../cases/repository.ts';
import type { ReportingRepository } from '../reporting/repository.ts';
import type { AttachmentStore } from '../storage/attachment-store.ts';
import type { Core } from './core.ts';

/** Compiled reports (with DOCX and XLSX generation) on top of the core, reporting and cases. */
export function createCompiledServices(core: Core, reportingRepository: ReportingRepository, caseRepository: CaseRepository, attachments: AttachmentStore) {
  const compiledReportRepository = new DynamoDbCompiledReportRepository(core.db, core.config.TABLE_NAME, attachments);
  return {
    compiledReportRepository,
    compiledReports: new CompiledReportService({ reports: compiledReportRepository, reporting: reportingRepository, cases: caseRepository, organization: core.organizationRepository, alerts: core.alertLog, store: attachments, mailer: core.mailer, clock: core.clock, appUrl: core.config.APP_URL }),
  };
}
