import { DeadlineCheck } from '../monitoring/check.ts';
import { WeeklyDigest } from '../monitoring/digest.ts';
import { ObstacleAlerter } from '../reporting/obstacle-alerter.ts';
import { DeadlineNoticeSender } from '../tracked-deadlines/notifier.ts';
import type { Core } from './core.ts';

/** Senders and checks built on demand from the core (each creates an SES client when called). */
export const monitoring = (core: Core) => ({
  deadlineCheck: () => new DeadlineCheck(core.tracking, core.organizationRepository, core.calendars, core.alertLog, core.mailer(), core.config.APP_URL),
  weeklyDigest: () => new WeeklyDigest(core.tracking, core.organizationRepository, core.alertLog, core.mailer(), core.config.APP_URL),
  noticeSender: () => new DeadlineNoticeSender(core.tracking, core.organizationRepository, core.alertLog, core.mailer(), core.config.APP_URL, core.clock),
  obstacleAlerter: () => new ObstacleAlerter(core.organizationRepository, core.alertLog, core.mailer(), core.config.APP_URL, core.clock),
});
