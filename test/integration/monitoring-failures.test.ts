import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSesStore } from '../../infra/local/emulators/index.ts';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { DEMO_AGENCY_ID } from '../../shared/demo/organization.ts';
import type { Mailer, MailMessage } from '../../shared/mail/mailer.ts';
import { MailDeliveryError } from '../../shared/mail/mailer.ts';
import { DeadlineCheck } from '../../shared/monitoring/check.ts';
import { WeeklyDigest } from '../../shared/monitoring/digest.ts';
import { loadConfig } from '../../shared/platform/config.ts';
import { createServices, type Services } from '../../shared/platform/container.ts';
import { DynamoDbTrackingRepository } from '../../shared/tracked-deadlines/dynamodb-tracking-repository.ts';

/** Passes e-mails to SES, except those to `failFor`, which fail as an SES outage would. */
class FlakyMailer implements Mailer {
  failFor = new Set<string>();
  constructor(private readonly inner: Mailer) {}
  async send(message: MailMessage) {
    if (message.to.some((to) => this.failFor.has(to))) throw new MailDeliveryError('SES unavailable (injected)', true);
    return this.inner.send(message);
  }
}

describe('the deadline check when SES fails, and when two checks run at once', () => {
  let platform: LocalPlatform;
  let services: Services;
  let mailer: FlakyMailer;
  let check: DeadlineCheck;

  beforeAll(async () => {
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock: new FixedClock('2025-10-01T02:00:00Z') });
    services = createServices(loadConfig());
    mailer = new FlakyMailer(services.mailer());
    const tracking = new DynamoDbTrackingRepository(services.db, services.config.TABLE_NAME);
    check = new DeadlineCheck({ deadlines: tracking, organization: services.organizationRepository, calendars: services.calendars, alerts: services.alertLog, mailer, appUrl: services.config.APP_URL });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('loses no alert when SES fails mid-run: the failed ones are sent by the next run, the others are not repeated', async () => {
    const friday = new Date('2025-10-10T07:30:00+07:00');
    mailer.failFor = new Set(['truong-phong-khtc@khcn-quangngai.example']);
    const first = await check.run(DEMO_AGENCY_ID, friday);
    expect(first.failedEmails).toBe(1);
    expect(first.emailsSent).toBeGreaterThan(1);
    const pending = (await services.alertLog.unsent(DEMO_AGENCY_ID)).filter((a) => a.recipientUserId === 'u-truong-phong-khtc');
    expect(pending.map((a) => a.stage)).toEqual(['remind-14']);
    expect(pending[0]?.lastError).toContain('injected');

    mailer.failFor = new Set();
    const sentBefore = (await readSesStore(platform.endpoints.ses)).length;
    // The next morning is Saturday: a non-urgent alert waits for Monday, and then goes out.
    const saturdayAt = new Date('2025-10-11T07:30:00+07:00');
    const saturday = await check.run(DEMO_AGENCY_ID, saturdayAt);
    const sentSaturday = (await services.alertLog.list(DEMO_AGENCY_ID)).filter((a) => a.sentAt === saturdayAt.toISOString());
    // Only urgent alerts (escalations to leadership) go out on a day off.
    expect(sentSaturday.every((a) => a.urgent)).toBe(true);
    expect(sentSaturday.length).toBe(saturday.alertsSent);
    expect((await services.alertLog.unsent(DEMO_AGENCY_ID)).filter((a) => a.recipientUserId === 'u-truong-phong-khtc').map((a) => a.stage)).toEqual(['remind-14']);
    const afterSaturday = (await readSesStore(platform.endpoints.ses)).length;
    const monday = await check.run(DEMO_AGENCY_ID, new Date('2025-10-13T07:30:00+07:00'));
    const after = await readSesStore(platform.endpoints.ses);
    const toHead = after.slice(sentBefore).filter((m) => m.destination.to.includes('truong-phong-khtc@khcn-quangngai.example'));
    expect(toHead).toHaveLength(1);
    expect(toHead[0]?.body.text).toContain('Báo cáo tổng kết 05 năm');
    expect(monday.emailsSent).toBe(after.length - afterSaturday);
    expect((await services.alertLog.unsent(DEMO_AGENCY_ID)).filter((a) => a.kind.startsWith('deadline-'))).toEqual([]);
  });

  it('sends each alert once when two checks run at the same moment', async () => {
    const at = new Date('2025-10-17T07:30:00+07:00');
    const before = (await readSesStore(platform.endpoints.ses)).length;
    const [a, b] = await Promise.all([check.run(DEMO_AGENCY_ID, at), check.run(DEMO_AGENCY_ID, at)]);
    const after = await readSesStore(platform.endpoints.ses);
    const recorded = (await services.alertLog.list(DEMO_AGENCY_ID)).filter((alert) => alert.sentAt === at.toISOString());
    expect(a.alertsSent + b.alertsSent).toBe(recorded.length);
    expect(new Set(recorded.map((alert) => alert.alertId)).size).toBe(recorded.length);
    expect(after.length - before).toBe(a.emailsSent + b.emailsSent);
    const recipients = after.slice(before).map((m) => m.destination.to.join(','));
    expect(new Set(recipients).size).toBe(recipients.length);
  });

  it('sends the weekly digest to each leader once per week', async () => {
    const digest = new WeeklyDigest({ deadlines: new DynamoDbTrackingRepository(services.db, services.config.TABLE_NAME), organization: services.organizationRepository, alerts: services.alertLog, mailer, appUrl: services.config.APP_URL });
    const monday = new Date('2025-11-10T08:00:00+07:00');
    const first = await digest.run(DEMO_AGENCY_ID, monday);
    const again = await digest.run(DEMO_AGENCY_ID, new Date('2025-11-10T09:00:00+07:00'));
    expect(first).toMatchObject({ week: '2025-W46', emailsSent: 2 });
    expect(again.emailsSent).toBe(0);
    expect(first.overdue).toBeGreaterThan(0);
    const digests = (await readSesStore(platform.endpoints.ses)).filter((m) => m.subject.startsWith('Tổng hợp tuần 2025-W46'));
    expect(digests.map((m) => m.destination.to[0]).sort()).toEqual(['giam-doc@khcn-quangngai.example', 'pho-giam-doc@khcn-quangngai.example']);
    expect(digests[0]?.body.text).toContain('Báo cáo năm 2025');
  });
});
