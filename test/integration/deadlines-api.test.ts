import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearSesStore, readSesStore } from '../../infra/local/emulators/index.ts';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { DEMO_AGENCY_ID } from '../../shared/demo/organization.ts';
import { loadConfig } from '../../shared/platform/config.ts';
import { createServices, type Services } from '../../shared/platform/container.ts';
import { ApiClient } from '../support/api-client.ts';

describe('deadlines and the working calendar, through the API', () => {
  let platform: LocalPlatform;
  let services: Services;
  let admin: ApiClient;
  let office: ApiClient;
  let reporter: ApiClient;
  let inspector: ApiClient;

  beforeAll(async () => {
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock: new FixedClock('2026-11-10T02:00:00Z') });
    services = createServices(loadConfig(), new FixedClock('2026-11-18T03:00:00Z'));
    [admin, office, reporter, inspector] = (await Promise.all(
      ['u-quan-tri', 'u-chanh-van-phong', 'u-bao-cao-khtc', 'u-chanh-thanh-tra'].map((id) => ApiClient.signIn(platform.url, id)),
    )) as [ApiClient, ApiClient, ApiClient, ApiClient];
  });
  afterAll(async () => {
    await platform?.stop();
  });

  describe('preview', () => {
    it('computes a working-day deadline across Tết 2024 and explains each skipped day', async () => {
      const { status, body } = await reporter.get('/api/deadlines/preview?ruleId=to-cao/thu-ly&trigger=2024-02-07');
      expect(status).toBe(200);
      expect(body.due).toBe('2024-02-23');
      expect(body.dueInstant).toBe('2024-02-23T17:00:00.000Z');
      const skipped = body.trace.filter((s: { kind: string }) => s.kind === 'skip').map((s: { date: string }) => s.date);
      expect(skipped).toEqual(expect.arrayContaining(['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14']));
      expect(body.trace.some((s: { kind: string; text: string }) => s.kind === 'skip' && /Tết/.test(s.text))).toBe(true);
      expect(body.rule).toMatchObject({ id: 'to-cao/thu-ly' });
    });

    it.each(['2027-13-01', '2027-02-32', '2027-02-30', '2025-02-29', '2025-02-30T10:00:00Z', '2025-01-20T10:00:00'])('refuses the impossible trigger %s with a bilingual 400', async (trigger) => {
      const { status, body } = await reporter.get(`/api/deadlines/preview?ruleId=to-cao/thu-ly&trigger=${encodeURIComponent(trigger)}`);
      expect(status).toBe(400);
      expect(body.error.details[0]).toMatchObject({ path: 'query.trigger', message: expect.stringMatching(/Ngày không tồn tại.* \/ Not a real date/) });
    });

    it('applies variants and extensions given in the query', async () => {
      const plain = await reporter.get('/api/deadlines/preview?ruleId=to-cao/giai-quyet&trigger=2025-03-03');
      const extended = await reporter.get('/api/deadlines/preview?ruleId=to-cao/giai-quyet&trigger=2025-03-03&extensions=1');
      expect(plain.body.due).toBe('2025-04-02');
      // 60 days end on Fri 02/05/2025, a bridge day off (30/04–04/05), so the period rolls to Mon 05/05.
      expect(extended.body.due).toBe('2025-05-05');
      const remote = await reporter.get('/api/deadlines/preview?ruleId=khieu-nai/lan-1&trigger=2025-03-03&variants=remote,complex');
      expect(remote.body.rule.period).toBe(60);
    });

    it.each([
      ['an unknown rule', 'ruleId=khong-co/quy-tac&trigger=2025-03-03', 'unknown-rule'],
      ['an unknown variant', 'ruleId=to-cao/thu-ly&trigger=2025-03-03&variants=bay-gio', 'unknown-variant'],
      ['more extensions than the law allows', 'ruleId=to-cao/giai-quyet&trigger=2025-03-03&extensions=3', 'extension-limit'],
    ])('refuses %s with 400 and a bilingual message', async (_what, query, code) => {
      const { status, body } = await reporter.get(`/api/deadlines/preview?${query}`);
      expect(status).toBe(400);
      expect(body.error.code).toBe(code);
      expect(body.error.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
      expect(body.error.messageEn.length).toBeGreaterThan(5);
    });

    it('lists every rule version with its source', async () => {
      const { body } = await reporter.get('/api/deadlines/rules');
      const ids = new Set(body.items.map((r: { id: string }) => r.id));
      for (const id of ['khieu-nai/thu-ly', 'khieu-nai/lan-1', 'khieu-nai/lan-2', 'to-cao/thu-ly', 'to-cao/giai-quyet', 'tiep-can-thong-tin/don-gian', 'ky-luat/xu-ly']) {
        expect(ids.has(id), id).toBe(true);
      }
      const thuLy = body.items.filter((r: { id: string }) => r.id === 'khieu-nai/thu-ly');
      expect(thuLy.map((r: { effectiveFrom: string }) => r.effectiveFrom)).toContain('2026-07-01');
    });
  });

  describe('calendar administration', () => {
    it('shows every seeded year, 2021 to 2027, to any signed-in user', async () => {
      const { body } = await reporter.get('/api/calendar');
      expect(body.years.map((y: { data: { year: number } }) => y.data.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027]);
      const y2026 = body.years.find((y: { data: { year: number } }) => y.data.year === 2026);
      expect(y2026.data.makeUpDays.map((d: { date: string }) => d.date)).toEqual(['2026-01-10', '2026-08-22']);
    });

    it('lets only an admin edit, refuses a stale version, and refuses contradictory data, storing nothing', async () => {
      const year = (await admin.get('/api/calendar')).body.years.find((y: { data: { year: number } }) => y.data.year === 2025);
      const byReporter = await reporter.request('PUT', '/api/calendar/2025', { version: year.version, data: year.data, reason: 'Thử sửa lịch' });
      expect(byReporter.status).toBe(403);
      const stale = await admin.request('PUT', '/api/calendar/2025', { version: year.version + 5, data: year.data, reason: 'Sửa theo công văn mới' });
      expect(stale.status).toBe(409);
      const contradictory = {
        ...year.data,
        makeUpDays: [...year.data.makeUpDays, { date: year.data.daysOff[0].date, nameVi: 'Làm bù', nameEn: 'Make-up' }],
      };
      const refused = await admin.request('PUT', '/api/calendar/2025', { version: year.version, data: contradictory, reason: 'Dữ liệu sai' });
      expect(refused.status).toBe(400);
      const wrongYear = await admin.request('PUT', '/api/calendar/2024', { version: year.version, data: year.data, reason: 'Nhầm năm' });
      expect(wrongYear.status).toBe(400);
      expect((await admin.get('/api/calendar/2025/history')).body.items).toHaveLength(1);
    });

    it('proposes a future year from the lunar calendar for an admin to confirm', async () => {
      const { status, body } = await admin.get('/api/calendar/2028/proposal');
      expect(status).toBe(200);
      expect(body.status).toBe('proposal');
      const tet = body.daysOff.filter((d: { kind: string }) => d.kind === 'tet').map((d: { date: string }) => d.date);
      expect(tet).toContain('2028-01-26');
    });

    it('exports iCalendar and imports it back as a new version of each year', async () => {
      const exported = await admin.get('/api/calendar/export');
      expect(exported.body.content).toContain('BEGIN:VCALENDAR');
      expect(exported.body.content).toContain('Tết Nguyên đán');
      const before = (await admin.get('/api/calendar')).body.years.find((y: { data: { year: number } }) => y.data.year === 2023);
      const imported = await admin.request('POST', '/api/calendar/import', { ics: exported.body.content, reason: 'Nhập lại từ tệp sao lưu' });
      expect(imported.status).toBe(200);
      const after = imported.body.years.find((y: { data: { year: number } }) => y.data.year === 2023);
      expect(after.version).toBe(before.version + 1);
      expect(after.data.daysOff).toEqual(before.data.daysOff);
      const byReporter = await reporter.request('POST', '/api/calendar/import', { ics: exported.body.content, reason: 'Không được phép' });
      expect(byReporter.status).toBe(403);
    });
  });

  describe('a new day off decreed mid-year', () => {
    it('recomputes the open deadlines it moves, records why, and tells their handlers once', async () => {
      const spanning = await services.deadlines.track({
        agencyId: DEMO_AGENCY_ID,
        deadlineId: 'test-spans-24-11',
        subject: { kind: 'case', id: 'c-1', title: 'Tố cáo <gửi> ngày 20/11 (thử)', unitId: 'thanh-tra' },
        assignees: ['u-pho-giam-doc'],
        basis: { type: 'rule', input: { ruleId: 'to-cao/thu-ly', trigger: '2026-11-20' } },
        by: 'test',
      });
      const after = await services.deadlines.track({
        agencyId: DEMO_AGENCY_ID,
        deadlineId: 'test-after-24-11',
        subject: { kind: 'case', id: 'c-2', title: 'Tố cáo ngày 01/12 (thử)', unitId: 'thanh-tra' },
        assignees: ['u-pho-giam-doc'],
        basis: { type: 'rule', input: { ruleId: 'to-cao/thu-ly', trigger: '2026-12-01' } },
        by: 'test',
      });
      expect(spanning.deadline.due).toBe('2026-12-01');
      await platform.drainStreams();
      await clearSesStore(platform.endpoints.ses);

      const year = (await admin.get('/api/calendar')).body.years.find((y: { data: { year: number } }) => y.data.year === 2026);
      const newDayOff = { date: '2026-11-24', nameVi: 'Ngày Văn hóa Việt Nam', nameEn: 'Vietnam Culture Day', kind: 'holiday', confidence: 'strong' };
      const saved = await admin.request('PUT', '/api/calendar/2026', {
        version: year.version,
        data: { ...year.data, daysOff: [...year.data.daysOff, newDayOff] },
        reason: 'Quyết định bổ sung ngày nghỉ 24/11',
      });
      expect(saved.status).toBe(200);
      await platform.drainStreams();

      const moved = await inspector.get('/api/deadlines/test-spans-24-11');
      expect(moved.body.deadline.due).toBe('2026-12-02');
      const recomputed = moved.body.history.find((e: { type: string }) => e.type === 'recomputed');
      expect(recomputed).toMatchObject({ oldDue: '2026-12-01', newDue: '2026-12-02' });
      expect(recomputed.reason).toContain('24/11/2026');
      expect(moved.body.computation.trace.some((s: { kind: string; date?: string }) => s.kind === 'skip' && s.date === '2026-11-24')).toBe(true);
      expect((await inspector.get('/api/deadlines/test-after-24-11')).body.deadline.due).toBe(after.deadline.due);

      const mail = (await readSesStore(platform.endpoints.ses)).filter((m) => m.destination.to.includes('pho-giam-doc@khcn-quangngai.example'));
      expect(mail).toHaveLength(1);
      expect(mail[0]?.subject).toMatch(/^Thời hạn thay đổi do điều chỉnh lịch nghỉ/);
      expect(mail[0]?.body.text).toContain('01/12/2026 → 02/12/2026');
      expect(mail[0]?.body.html).toContain('Tố cáo &lt;gửi&gt; ngày 20/11 (thử)');
      expect(mail[0]?.body.html).not.toContain('<gửi>');

      await platform.drainStreams();
      expect((await readSesStore(platform.endpoints.ses)).filter((m) => m.destination.to.includes('pho-giam-doc@khcn-quangngai.example'))).toHaveLength(1);
    });
  });

  describe('who sees which tracked deadline', () => {
    it('shows the office everything, a unit member their unit, and hides another unit and misconduct', async () => {
      await services.deadlines.track({
        agencyId: DEMO_AGENCY_ID,
        deadlineId: 'test-misconduct',
        subject: { kind: 'misconduct', id: 'm-1', title: 'Xử lý kỷ luật (thử)', unitId: 'ke-hoach-tai-chinh' },
        assignees: ['u-chanh-thanh-tra'],
        basis: { type: 'rule', input: { ruleId: 'ky-luat/xu-ly', trigger: '2026-11-02' } },
        by: 'test',
      });
      for (const [deadlineId, unitId] of [['test-thanh-tra', 'thanh-tra'], ['test-khtc', 'ke-hoach-tai-chinh']] as const) {
        await services.deadlines.track({
          agencyId: DEMO_AGENCY_ID,
          deadlineId,
          subject: { kind: 'other', id: deadlineId, title: `Việc của ${unitId} (thử)`, unitId },
          assignees: ['u-chanh-thanh-tra'],
          basis: { type: 'rule', input: { ruleId: 'kien-nghi/xu-ly-don', trigger: '2026-11-02' } },
          by: 'test',
        });
      }
      const ids = async (client: ApiClient) => (await client.get('/api/deadlines')).body.items.map((d: { deadlineId: string }) => d.deadlineId);
      const officeSees = await ids(office);
      expect(officeSees).toEqual(expect.arrayContaining(['test-thanh-tra', 'test-khtc']));
      expect(officeSees).not.toContain('test-misconduct');
      expect(await ids(inspector)).toEqual(expect.arrayContaining(['test-misconduct', 'test-thanh-tra', 'test-khtc']));
      const reporterSees = await ids(reporter);
      expect(reporterSees).toContain('test-khtc');
      expect(reporterSees).not.toContain('test-thanh-tra');
      expect(reporterSees).not.toContain('test-misconduct');
      expect((await reporter.get('/api/deadlines/test-thanh-tra')).status).toBe(404);
      // A citizen case's deadline belongs to the case: a unit member never sees it, even of their own unit.
      const caseDeadline = (await office.get('/api/deadlines')).body.items.find((d: { subject: { kind: string } }) => d.subject.kind === 'case');
      expect(caseDeadline).toBeDefined();
      expect(reporterSees).not.toContain(caseDeadline.deadlineId);
      expect((await office.get('/api/deadlines/test-misconduct')).status).toBe(404);
    });
  });
});
