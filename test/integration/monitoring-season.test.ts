import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSesStore, type SesStoredEmail } from '../../infra/local/emulators/index.ts';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { DEMO_AGENCY_ID } from '../../shared/demo/organization.ts';
import { PLAN_SECTIONS } from '../../shared/demo/reporting-plan.ts';
import { loadConfig } from '../../shared/platform/config.ts';
import { createServices, type Services } from '../../shared/platform/container.ts';
import { ApiClient } from '../support/api-client.ts';

const clock = new FixedClock('2025-09-30T02:00:00Z');
const FINAL = 'report--bao-cao-tong-ket-2025--ke-hoach-tai-chinh';
const ANNUAL = 'report--bao-cao-nam-2025--ke-hoach-tai-chinh';

/** 07:30 in Vietnam on a local date. */
const morning = (date: string) => new Date(`${date}T07:30:00+07:00`);
const days = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d = new Date(d.getTime() + 86_400_000)) out.push(d.toISOString().slice(0, 10));
  return out;
};
const localDay = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10);

describe('a reporting season replayed day by day, 01/10/2025 to 20/11/2025', () => {
  let platform: LocalPlatform;
  let services: Services;
  let mail: SesStoredEmail[];

  beforeAll(async () => {
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock });
    services = createServices(loadConfig());
    const khtc = await ApiClient.signIn(platform.url, 'u-bao-cao-khtc');
    for (const day of days('2025-10-01', '2025-11-20')) {
      clock.set(morning(day));
      if (day === '2025-10-17') {
        // Two checks at once on the same morning: neither may double an alert.
        await Promise.all([platform.runScheduled(morning(day), ['scheduled-deadline-check']), platform.runScheduled(morning(day), ['scheduled-deadline-check'])]);
      } else {
        await platform.runScheduled(morning(day), ['scheduled-deadline-check']);
      }
      if (day === '2025-10-22') {
        clock.set(`${day}T09:00:00+07:00`);
        const content = {
          sections: Object.fromEntries(PLAN_SECTIONS.map((s) => [s.id, { narrative: 'Đã thực hiện.', metrics: Object.fromEntries(s.metrics.map((m) => [m.id, 0])) }])),
          difficulties: 'Không',
          proposals: 'Không',
          nextDirection: 'Tiếp tục',
        };
        const submitted = await khtc.request('POST', '/api/obligations/bao-cao-tong-ket-2025--ke-hoach-tai-chinh/submissions', { content, attachments: [] });
        expect(submitted.status).toBe(201);
      }
      // A re-run later the same day (a retry, a second trigger) sends nothing new.
      if (day === '2025-11-06') await platform.runScheduled(new Date(`${day}T10:00:00+07:00`), ['scheduled-deadline-check']);
    }
    mail = await readSesStore(platform.endpoints.ses);
  }, 240_000);
  afterAll(async () => {
    await platform?.stop();
  });

  it('sends the unit reporter exactly the reminders and escalations of the ladder, on working days, one e-mail per morning', async () => {
    const alerts = (await services.alertLog.list(DEMO_AGENCY_ID)).filter((a) => a.recipientUserId === 'u-bao-cao-khtc');
    const byDay = new Map<string, string[]>();
    for (const a of alerts) {
      expect(a.status).toBe('sent');
      const day = localDay(a.sentAt!);
      byDay.set(day, [...(byDay.get(day) ?? []), `${a.subjectRef === FINAL ? 'final' : a.subjectRef === ANNUAL ? 'annual' : a.subjectRef}:${a.stage}`].sort());
    }
    expect(Object.fromEntries([...byDay].sort())).toEqual({
      '2025-10-10': ['final:remind-14'],
      '2025-10-17': ['final:remind-7'],
      '2025-10-21': ['annual:remind-14', 'final:remind-3'],
      '2025-10-28': ['annual:remind-7'],
      // remind-3 fell on Saturday 01/11: not urgent, so it waited; by Monday the item had reached remind-1.
      '2025-11-03': ['annual:remind-1'],
      '2025-11-04': ['annual:due-today'],
      '2025-11-05': ['annual:overdue'],
      '2025-11-06': ['annual:escalate-1'],
    });
    const emails = mail.filter((m) => m.destination.to.includes('bao-cao-khtc@khcn-quangngai.example'));
    expect(emails).toHaveLength(8);
    const grouped = emails.find((m) => m.body.text?.includes('Báo cáo tổng kết 05 năm') && m.body.text.includes('Báo cáo năm 2025'));
    expect(grouped?.subject).toMatch(/^\[Nhắc hạn\] 2 việc cần xử lý — 21\/10\/2025/);
    expect(grouped?.body.html).toContain('/#/obligations/bao-cao-tong-ket-2025--ke-hoach-tai-chinh');
  });

  it('escalates to the unit head and the office one day overdue, and to leadership a week overdue, even on a Saturday', async () => {
    const alerts = await services.alertLog.list(DEMO_AGENCY_ID);
    const annualEscalation = alerts.filter((a) => a.subjectRef === ANNUAL && a.stage === 'escalate-1').map((a) => a.recipientUserId).sort();
    expect(annualEscalation).toEqual(['u-bao-cao-khtc', 'u-chanh-van-phong', 'u-chuyen-vien-vp', 'u-truong-phong-khtc']);
    const leadership = alerts.filter((a) => a.recipientUserId === 'u-giam-doc' && a.stage === 'escalate-7');
    const finalReports = leadership.filter((a) => a.subjectRef.startsWith('report--bao-cao-tong-ket-2025--'));
    expect(finalReports.map((a) => a.subjectRef)).not.toContain(FINAL);
    expect(finalReports).toHaveLength(7);
    expect(new Set(finalReports.map((a) => localDay(a.sentAt!)))).toEqual(new Set(['2025-11-01']));
    const annualReports = leadership.filter((a) => a.subjectRef.startsWith('report--bao-cao-nam-2025--'));
    expect(annualReports).toHaveLength(8);
    expect(new Set(annualReports.map((a) => localDay(a.sentAt!)))).toEqual(new Set(['2025-11-12']));
  });

  it('never sends one person two alerts for the same item and stage, and never two e-mails in one run', async () => {
    const alerts = await services.alertLog.list(DEMO_AGENCY_ID);
    const keys = alerts.map((a) => `${a.subjectRef}|${a.stage}|${a.recipientUserId}`);
    expect(new Set(keys).size).toBe(keys.length);
    const perPersonPerDay = new Map<string, number>();
    for (const m of mail) {
      const key = `${m.destination.to.join(',')}|${m.subject.match(/— (\d{2}\/\d{2}\/\d{4})/)?.[1] ?? m.subject}`;
      perPersonPerDay.set(key, (perPersonPerDay.get(key) ?? 0) + 1);
    }
    expect([...perPersonPerDay.values()].every((n) => n === 1)).toBe(true);
    expect(alerts.every((a) => a.status === 'sent')).toBe(true);
  });

  it('stops alerting on a report once it is submitted', async () => {
    const alerts = await services.alertLog.list(DEMO_AGENCY_ID, FINAL);
    expect(alerts.map((a) => localDay(a.sentAt!)).every((day) => day <= '2025-10-21')).toBe(true);
    const deadline = await services.deadlines.get({ userId: 'u-chanh-van-phong', email: 'x@x.example', agencyId: DEMO_AGENCY_ID, roles: ['office'] }, FINAL);
    expect(deadline.deadline.status).toBe('met');
  });
});
