import type { Actor } from '../access/policy.ts';
import { DynamoDbAlertLog } from '../alerts/dynamodb-alert-log.ts';
import { DynamoDbCalendarRepository } from '../calendar/dynamodb-calendar-repository.ts';
import { CalendarService } from '../calendar/service.ts';
import { runtimeClock, type Clock } from '../clock.ts';
import { vnRuleSetData } from '../deadlines/data/rules-vn.ts';
import { RuleSchema, RuleSet } from '../deadlines/rules.ts';
import { SesMailer, createSesClient } from '../mail/ses-mailer.ts';
import { DynamoDbOrganizationRepository } from '../organization/dynamodb-organization-repository.ts';
import { OrganizationService } from '../organization/service.ts';
import { createDocumentClient } from '../storage/dynamodb.ts';
import { DynamoDbTrackingRepository } from '../tracked-deadlines/dynamodb-tracking-repository.ts';
import { DeadlineService } from '../tracked-deadlines/service.ts';
import type { Config } from './config.ts';

/**
 * What every function shares: the table, the organization, the calendar and deadlines, the alert log and
 * the mailer. Capabilities add their own services on top (`reporting-services.ts`, `case-services.ts`, …),
 * so each Lambda bundles only the code it runs. Built once per cold start, at module scope.
 */
export function createCore(config: Config, clock: Clock = runtimeClock) {
  const db = createDocumentClient(config);
  const organizationRepository = new DynamoDbOrganizationRepository(db, config.TABLE_NAME);
  const tracking = new DynamoDbTrackingRepository(db, config.TABLE_NAME);
  const calendarRepository = new DynamoDbCalendarRepository(db, config.TABLE_NAME);
  const calendars = new CalendarService(calendarRepository, clock);
  const ruleData = vnRuleSetData();
  const ruleSet = new RuleSet(ruleData);
  const rules = ruleData.rules.map((rule) => RuleSchema.parse(rule));
  const organization = new OrganizationService(organizationRepository);
  const alertLog = new DynamoDbAlertLog(db, config.TABLE_NAME);
  return {
    config,
    clock,
    db,
    organizationRepository,
    organization,
    /** Every signed-in request is checked against the directory (see `createHttpHandler`). */
    signedIn: (claimed: Actor) => organization.signedIn(claimed),
    tracking,
    calendarRepository,
    calendars,
    ruleSet,
    deadlines: new DeadlineService({ deadlines: tracking, organization: organizationRepository, calendars, ruleSet, rules, alerts: alertLog, clock }),
    alertLog,
    /** A mailer on demand: functions that never send create no SES client. */
    mailer: () => new SesMailer(createSesClient(config), config.MAIL_FROM ?? 'no-reply@example.gov.vn', config.SES_CONFIGURATION_SET),
  };
}

export type Core = ReturnType<typeof createCore>;
