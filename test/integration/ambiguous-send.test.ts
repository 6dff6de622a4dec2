import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSesStore } from '../../infra/local/emulators/index.ts';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import type { AlertLog } from '../../shared/alerts/alert-log.ts';
import { LEASE_MS } from '../../shared/alerts/send-once.ts';
import { FixedClock } from '../../shared/clock.ts';
import { DEMO_AGENCY_ID } from '../../shared/demo/organization.ts';
import { createSesClient, SesMailer } from '../../shared/mail/ses-mailer.ts';
import { DeadlineCheck } from '../../shared/monitoring/check.ts';
import { loadConfig } from '../../shared/platform/config.ts';
import { createServices, type Services } from '../../shared/platform/container.ts';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.ts';

/**
 * An e-mail SES accepted is never sent again, even when its answer is lost or the sender dies before
 * recording it: each attempt is tagged with a send id, SES's `Send` event for it settles the alerts,
 * and the SES client makes one attempt per call. The real `SesMailer` talks to the SES emulator
 * through a proxy that loses answers; the emulator's events reach `ses-events` as SNS would deliver
 * them. Each case uses its own reminder date of the demo plan (Fridays of October 2025, 07:30).
 */
describe('alert e-mails whose outcome is unknown', () => {
  let platform: LocalPlatform;
  let services: Services;
  let proxy: FaultProxy;

  const checkWith = (alerts: AlertLog = services.alertLog) =>
    new DeadlineCheck({
      deadlines: services.tracking,
      organization: services.organizationRepository,
      calendars: services.calendars,
      alerts,
      mailer: new SesMailer(createSesClient({ AWS_REGION: 'us-east-1', SES_ENDPOINT: proxy.url }), 'no-reply@khcn-quangngai.example'),
      appUrl: services.config.APP_URL,
    });
  const storedSince = async (count: number) => (await readSesStore(platform.endpoints.ses)).slice(count);
  const deadlineAlerts = async () => (await services.alertLog.list(DEMO_AGENCY_ID)).filter((a) => a.kind.startsWith('deadline-'));
  const unsent = async () => (await services.alertLog.unsent(DEMO_AGENCY_ID)).filter((a) => a.kind.startsWith('deadline-'));

  beforeAll(async () => {
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock: new FixedClock('2025-10-01T02:00:00Z') });
    services = createServices(loadConfig());
    proxy = await startFaultProxy(platform.endpoints.ses);
  });
  afterAll(async () => {
    await proxy?.stop();
    await platform?.stop();
  });

  it('sends a message whose answer was lost once: SES’s event settles it, no retry and no later run resends it', async () => {
    // Prepare
    const at = new Date('2025-10-10T07:30:00+07:00');
    const before = (await readSesStore(platform.endpoints.ses)).length;
    proxy.mode = 'drop-response';

    // Act
    const lost = await checkWith().run(DEMO_AGENCY_ID, at);
    await platform.drainSesEvents();
    proxy.mode = 'pass';
    const later = await checkWith().run(DEMO_AGENCY_ID, new Date(at.getTime() + LEASE_MS + 60_000));

    // Assess
    const stored = await storedSince(before);
    expect(lost.emailsSent).toBe(0);
    expect(lost.failedEmails).toBeGreaterThan(0);
    expect(proxy.forwarded).toBe(lost.failedEmails);
    expect(stored).toHaveLength(lost.failedEmails);
    const recipients = stored.map((m) => m.destination.to.join(','));
    expect(new Set(recipients).size).toBe(recipients.length);
    expect(later.emailsSent).toBe(0);
    expect(await unsent()).toEqual([]);
    const settled = (await deadlineAlerts()).filter((a) => a.createdAt === at.toISOString());
    expect(settled.length).toBe(lost.alertsDue - lost.deferred);
    expect(new Set(settled.map((a) => a.messageId))).toEqual(new Set(stored.map((m) => m.messageId)));
  });

  it('sends a message that never reached SES once the lease runs out without an event, and not before', async () => {
    // Prepare
    const at = new Date('2025-10-17T07:30:00+07:00');
    const before = (await readSesStore(platform.endpoints.ses)).length;
    const forwarded = proxy.forwarded;
    proxy.mode = 'drop-request';

    // Act
    const lost = await checkWith().run(DEMO_AGENCY_ID, at);
    await platform.drainSesEvents();
    proxy.mode = 'pass';
    const withinLease = await checkWith().run(DEMO_AGENCY_ID, new Date(at.getTime() + LEASE_MS - 60_000));
    const waiting = await unsent();
    const afterLease = await checkWith().run(DEMO_AGENCY_ID, new Date(at.getTime() + LEASE_MS + 60_000));

    // Assess
    expect(lost.failedEmails).toBeGreaterThan(0);
    expect(proxy.forwarded - forwarded).toBe(afterLease.emailsSent);
    expect(withinLease.emailsSent).toBe(0);
    expect(waiting.length).toBe(lost.alertsDue - lost.deferred);
    expect(waiting.every((a) => a.lastError?.includes('may have been sent'))).toBe(true);
    expect(afterLease.emailsSent).toBe(lost.failedEmails);
    expect(await storedSince(before)).toHaveLength(lost.failedEmails);
    expect(await unsent()).toEqual([]);
  });

  it('does not resend what SES accepted when the sender died before recording it', async () => {
    // Prepare: the process "dies" at the record of its first sent message
    const at = new Date('2025-10-24T07:30:00+07:00');
    const before = (await readSesStore(platform.endpoints.ses)).length;
    proxy.mode = 'pass';
    const dying: AlertLog = Object.assign(Object.create(services.alertLog) as AlertLog, {
      markSent: () => Promise.reject(new Error('killed between send and mark')),
    });

    // Act
    await expect(checkWith(dying).run(DEMO_AGENCY_ID, at)).rejects.toThrow('killed between send and mark');
    const [beforeDeath] = await storedSince(before);
    await platform.drainSesEvents();
    const afterRestart = await checkWith().run(DEMO_AGENCY_ID, new Date(at.getTime() + LEASE_MS + 60_000));

    // Assess
    const stored = await storedSince(before);
    expect(beforeDeath).toBeDefined();
    expect(stored).toHaveLength(1 + afterRestart.emailsSent);
    const recipients = stored.map((m) => m.destination.to.join(','));
    expect(new Set(recipients).size).toBe(recipients.length);
    const settledByEvent = (await deadlineAlerts()).filter((a) => a.messageId === beforeDeath?.messageId);
    expect(settledByEvent.length).toBeGreaterThan(0);
    expect(settledByEvent.every((a) => a.status === 'sent' && a.createdAt === at.toISOString())).toBe(true);
    expect(await unsent()).toEqual([]);
  });
});
