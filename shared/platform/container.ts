import { DynamoDbCalendarRepository } from '../calendar/dynamodb-calendar-repository.ts';
import { CalendarService } from '../calendar/service.ts';
import { runtimeClock, type Clock } from '../clock.ts';
import { RuleSchema } from '../deadlines/rules.ts';
import { vnRuleSetData } from '../deadlines/data/rules-vn.ts';
import { RuleSet } from '../deadlines/rules.ts';
import { SesMailer, createSesClient } from '../mail/ses-mailer.ts';
import { DynamoDbOrganizationRepository } from '../organization/dynamodb-organization-repository.ts';
import { OrganizationService } from '../organization/service.ts';
import { createDocumentClient } from '../storage/dynamodb.ts';
import { DeadlineNoticeSender } from '../tracking/notifier.ts';
import { DynamoDbTrackingRepository } from '../tracking/dynamodb-tracking-repository.ts';
import { DeadlineService } from '../tracking/service.ts';
import { DynamoDbAlertLog } from '../alerts/dynamodb-alert-log.ts';
import { DynamoDbReportingRepository } from '../reporting/dynamodb-reporting-repository.ts';
import { ObstacleAlerter } from '../reporting/obstacle-alerter.ts';
import { ReportingService } from '../reporting/service.ts';
import { createS3Client, S3AttachmentStore } from '../storage/s3-attachment-store.ts';
import { DynamoDbInboundMailRepository } from '../inbound/dynamodb-inbound-mail-repository.ts';
import { InboundMailService } from '../inbound/service.ts';
import { DeadlineCheck } from '../monitoring/check.ts';
import { WeeklyDigest } from '../monitoring/digest.ts';
import { DynamoDbCaseRepository } from '../cases/dynamodb-case-repository.ts';
import { CaseService } from '../cases/service.ts';
import { DynamoDbRateLimiter } from '../storage/rate-limiter.ts';
import { DynamoDbCompiledReportRepository } from '../compiled/dynamodb-compiled-report-repository.ts';
import { CompiledReportService } from '../compiled/service.ts';
import type { Config } from './config.ts';
import { INBOUND_OBJECT_KEY_PREFIX } from './resources.ts';

/**
 * Wires use cases to their adapters. A handler calls this once, at module scope (once per cold start);
 * tests and the local runtime call it with their own clock.
 */
export function createServices(config: Config, clock: Clock = runtimeClock) {
  const db = createDocumentClient(config);
  const organizationRepository = new DynamoDbOrganizationRepository(db, config.TABLE_NAME);
  const tracking = new DynamoDbTrackingRepository(db, config.TABLE_NAME);
  const calendarRepository = new DynamoDbCalendarRepository(db, config.TABLE_NAME);
  const calendars = new CalendarService(calendarRepository, clock);
  const ruleData = vnRuleSetData();
  const ruleSet = new RuleSet(ruleData);
  const rules = ruleData.rules.map((rule) => RuleSchema.parse(rule));
  const mailer = () => new SesMailer(createSesClient(config), config.MAIL_FROM ?? 'no-reply@example.gov.vn', config.SES_CONFIGURATION_SET);
  const deadlines = new DeadlineService(tracking, calendars, ruleSet, rules, clock);
  const s3 = createS3Client(config);
  const attachments = new S3AttachmentStore(s3, config.ATTACHMENTS_BUCKET ?? 'attachments-bucket-not-configured');
  const reportingRepository = new DynamoDbReportingRepository(db, config.TABLE_NAME);
  const alertLog = new DynamoDbAlertLog(db, config.TABLE_NAME);
  const reporting = new ReportingService(reportingRepository, organizationRepository, attachments, deadlines, clock, config.INBOUND_MAIL_DOMAIN);
  const caseRepository = new DynamoDbCaseRepository(db, config.TABLE_NAME);
  const cases = new CaseService(caseRepository, organizationRepository, calendars, deadlines, ruleSet, mailer, new DynamoDbRateLimiter(db, config.TABLE_NAME), clock, config.APP_URL);
  const compiledReports = new CompiledReportService(new DynamoDbCompiledReportRepository(db, config.TABLE_NAME), reportingRepository, caseRepository, tracking, organizationRepository, alertLog, attachments, mailer, clock, config.APP_URL);
  return {
    config,
    compiledReports,
    cases,
    caseRepository,
    s3,
    attachments,
    alertLog,
    mailer,
    reportingRepository,
    reporting,
    /** E-mail ingestion and its holding area; built on demand (it creates an SES client). */
    inboundMail: () =>
      new InboundMailService(
        { agencyId: config.DEFAULT_AGENCY_ID, domain: config.INBOUND_MAIL_DOMAIN, objectKeyPrefix: INBOUND_OBJECT_KEY_PREFIX },
        new S3AttachmentStore(s3, config.INBOUND_MAIL_BUCKET ?? 'inbound-mail-bucket-not-configured'),
        attachments,
        reporting,
        organizationRepository,
        new DynamoDbInboundMailRepository(db, config.TABLE_NAME),
        alertLog,
        mailer(),
        clock,
      ),
    deadlineCheck: () => new DeadlineCheck(tracking, organizationRepository, calendars, alertLog, mailer(), config.APP_URL),
    weeklyDigest: () => new WeeklyDigest(tracking, organizationRepository, alertLog, mailer(), config.APP_URL),
    obstacleAlerter: () => new ObstacleAlerter(organizationRepository, alertLog, mailer(), config.APP_URL, clock),
    db,
    organizationRepository,
    organization: new OrganizationService(organizationRepository),
    calendarRepository,
    calendars,
    deadlines,
    noticeSender: () => new DeadlineNoticeSender(tracking, organizationRepository, mailer(), config.APP_URL, clock),
  };
}

export type Services = ReturnType<typeof createServices>;
