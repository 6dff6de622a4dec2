import { DeadlineCheck } from '../monitoring/check.ts';
import { WeeklyDigest } from '../monitoring/digest.ts';
import { ObstacleAlerter } from '../reporting/obstacle-alerter.ts';
import { DeadlineNoticeSender } from '../tracked-deadlines/notifier.ts';
import type { Core } from './core.ts';

/** Senders and checks built on demand from the core (each creates an SES client when called). */
export const monitoring = (core: Core) => ({
  deadlineCheck: () => new DeadlineCheck({ deadlines: core.tracking, organization: core.organizationRepository, calendars: core.calendars, alerts: core.alertLog, mailer: core.mailer(), appUrl: core.config.APP_URL }),
  weeklyDigest: () => new WeeklyDigest({ deadlines: core.tracking, organization: core.organizationRepository, alerts: core.alertLog, mailer: core.mailer(), appUrl: core.config.APP_URL }),
  noticeSender: () => new DeadlineNoticeSender({ notices: core.tracking, organization: core.organizationRepository, alerts: core.alertLog, mailer: core.mailer(), appUrl: core.config.APP_URL, clock: core.clock }),
  obstacleAlerter: () => new ObstacleAlerter({ organization: core.organizationRepository, alerts: core.alertLog, mailer: core.mailer(), appUrl: core.config.APP_URL, clock: core.clock }),
});
