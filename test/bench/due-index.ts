import { startLocalPlatform } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { DEMO_AGENCY_ID } from '../../shared/demo/organization.ts';
import type { Mailer, MailMessage } from '../../shared/mail/mailer.ts';
import { DeadlineCheck } from '../../shared/monitoring/check.ts';
import { DEFAULT_POLICY, window } from '../../shared/monitoring/policy.ts';
import { loadConfig } from '../../shared/platform/config.ts';
import { createServices } from '../../shared/platform/container.ts';
import { DynamoDbTrackingRepository } from '../../shared/tracked-deadlines/dynamodb-tracking-repository.ts';
import type { TrackedDeadline } from '../../shared/tracked-deadlines/model.ts';
import { median, printTable, type BenchContext } from './report.ts';

const CLOSED = 200_000;
const OPEN = 2_000;
const DAY_MS = 86_400_000;

/** Counts e-mails instead of sending them: this benchmark measures reading, not SES. */
class CountingMailer implements Mailer {
  sent = 0;
  async send(_message: MailMessage) {
    this.sent += 1;
    return { messageId: `bench-${this.sent}` };
  }
}

/**
 * The deadline check's cost must grow with what is due, not with history: with 200,000 closed and
 * 2,000 open items, it should read only the open items in its window, through the sparse due index.
 */
export async function benchDueIndex(_context: BenchContext): Promise<void> {
  const now = new Date('2026-03-10T00:30:00Z');
  const platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock: new FixedClock(now) });
  try {
    const services = createServices(loadConfig());
    const tracking = new DynamoDbTrackingRepository(services.db, services.config.TABLE_NAME);
    const base = (i: number, dueMs: number, status: TrackedDeadline['status']): TrackedDeadline => {
      const dueInstant = new Date(dueMs).toISOString();
      return {
        agencyId: DEMO_AGENCY_ID,
        deadlineId: `bench-${status}-${i}`,
        subject: { kind: 'case', id: `bench-${i}`, title: `Đơn thư ${i}`, unitId: 'van-phong' },
        assignees: ['u-chuyen-vien-vp'],
        basis: { type: 'fixed', dueInstant, label: 'bench' },
        due: new Date(dueMs + 7 * 3600_000 - 1).toISOString().slice(0, 10),
        dueInstant,
        status,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
        version: 0,
      };
    };
    const seedStarted = performance.now();
    const closed = Array.from({ length: CLOSED }, (_, i) => base(i, now.getTime() - (i % 1500) * DAY_MS, 'met'));
    // Open items spread over a year around now: a few dozen fall in any one check's window.
    const open = Array.from({ length: OPEN }, (_, i) => base(i, now.getTime() + Math.round(((i / OPEN) * 365 - 180) * DAY_MS), 'open'));
    for (let i = 0; i < closed.length; i += 5_000) await tracking.importMany(closed.slice(i, i + 5_000));
    await tracking.importMany(open);
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    const range = window(now, [DEFAULT_POLICY]);
    const inWindow = open.filter((d) => d.dueInstant! >= range.from && d.dueInstant! <= range.to).length;
    const mailer = new CountingMailer();
    const check = new DeadlineCheck({ deadlines: tracking, organization: services.organizationRepository, calendars: services.calendars, alerts: services.alertLog, mailer, appUrl: services.config.APP_URL });
    const times: number[] = [];
    let itemsRead = 0;
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      const report = await check.run(DEMO_AGENCY_ID, new Date(now.getTime() + run * 60_000));
      times.push(performance.now() - started);
      itemsRead = report.itemsRead;
    }
    printTable('Deadline check over the sparse due index', ['items stored', 'open', 'in window', 'read per check', 'read / stored', 'check ms (median of 5)', 'seed s'], [
      [String(CLOSED + OPEN), String(OPEN), String(inWindow), String(itemsRead), (itemsRead / (CLOSED + OPEN)).toFixed(5), median(times).toFixed(0), seedSeconds.toFixed(0)],
    ]);
    if (itemsRead > inWindow + 20) {
      console.error(`✖ the check read ${itemsRead} items for ${inWindow} in its window`);
      process.exitCode = 1;
    }
  } finally {
    await platform.stop();
  }
}
