import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { runScheduled } from '../../infra/local/scheduler.ts';
import { FixedClock } from '../../shared/clock.ts';
import { ApiClient } from '../support/api-client.ts';

// Monday 16/11/2026, 09:00 in Quảng Ngãi.
const clock = new FixedClock('2026-11-16T02:00:00Z');

const complaint = {
  type: 'khieu-nai-lan-1',
  channel: 'truc-tiep',
  receivedAt: '2026-11-16T08:30:00+07:00',
  petitioner: { name: 'Phạm Thị Hoa', address: 'Thôn 2, xã Nghĩa Kỳ, Quảng Ngãi', phone: '0905777888', email: 'hoa.pham@example.com' },
  subject: 'Khiếu nại việc từ chối cấp giấy chứng nhận',
  content: 'Tôi khiếu nại việc Sở từ chối cấp giấy chứng nhận đăng ký hoạt động khoa học và công nghệ mà không nêu lý do.',
  filingFacts: { actKnownOn: '2026-11-02' },
  handlerUserId: 'u-chanh-van-phong',
};

describe('after its handling ends, the citizen rates the case once from the tracking page, and sees what they may do next', () => {
  let platform: LocalPlatform;
  let office: ApiClient;
  const citizen = () => ApiClient.anonymous(platform.url);
  const status = async (code: string) => (await citizen().get(`/api/public/cases/${code}`)).body;
  const rate = (code: string, body: object) => citizen().request('POST', `/api/public/cases/${code}/rating`, body);

  beforeAll(async () => {
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock });
    office = await ApiClient.signIn(platform.url, 'u-chanh-van-phong');
  });
  afterAll(async () => {
    await platform?.stop();
  });

  /** A complaint registered by the office and taken to its result; its tracking code. */
  async function resolvedComplaint(subject: string): Promise<string> {
    const registered = await office.request('POST', '/api/cases', { ...complaint, subject });
    expect(registered.status).toBe(201);
    let version = registered.body.case.version as number;
    for (const command of [{ type: 'accept' }, { type: 'start' }, { type: 'resolve', outcome: 'partly-upheld', publicSummary: 'Khiếu nại đúng một phần.' }]) {
      const done = await office.request('POST', `/api/cases/${registered.body.case.id}/commands`, { version, command });
      expect(done.status, command.type).toBe(200);
      version = done.body.case.version;
    }
    return registered.body.trackingCode as string;
  }

  it('refuses a rating while the case is being handled, and changes nothing', async () => {
    const registered = await office.request('POST', '/api/cases', { ...complaint, subject: 'Khiếu nại đang xem xét' });
    const code = registered.body.trackingCode as string;
    expect(await status(code)).toMatchObject({ mayRate: false, rating: null, nextStep: null });
    const early = await rate(code, { level: 'hai-long' });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe('Hồ sơ chưa kết thúc xử lý nên chưa thể đánh giá.');
    expect((await status(code)).rating).toBeNull();
    expect((await rate('DV-2222-2222-2222-2222-2222', { level: 'hai-long' })).status).toBe(404);
  });

  it('after the decision, says how to make a second-round complaint and by when, then takes one rating and keeps the first', async () => {
    const code = await resolvedComplaint('Khiếu nại đã có quyết định');
    const view = await status(code);
    expect(view.mayRate).toBe(true);
    // Decided 16/11/2026: 30 days → Wednesday 16/12/2026 (Luật Khiếu nại Điều 33).
    expect(view.nextStep).toMatchObject({ from: '2026-11-16', lastDay: '2026-12-16' });
    expect(view.nextStep.vi).toContain('khiếu nại lần hai');

    const invalid = await rate(code, { level: 'tuyet-voi' });
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(invalid.body)).toContain('Chọn một mức độ hài lòng');

    const rated = await rate(code, { level: 'hai-long' });
    expect(rated.status).toBe(200);
    expect(rated.body).toMatchObject({ mayRate: false, rating: { level: 'hai-long', ratedOn: '2026-11-16' } });
    // The same request again (the answer was lost) is the same rating; another level is refused.
    expect((await rate(code, { level: 'hai-long' })).status).toBe(200);
    const changed = await rate(code, { level: 'rat-khong-hai-long' });
    expect(changed.status).toBe(409);
    expect(changed.body.error.message).toContain('mỗi hồ sơ chỉ được đánh giá một lần');
    expect((await status(code)).rating.level).toBe('hai-long');
  });

  it('keeps one rating when two arrive at once', async () => {
    const code = await resolvedComplaint('Khiếu nại được đánh giá hai lần cùng lúc');
    const answers = await Promise.all([rate(code, { level: 'rat-hai-long' }), rate(code, { level: 'khong-hai-long' })]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const kept = answers.find((a) => a.status === 200)?.body.rating.level;
    expect((await status(code)).rating.level).toBe(kept);
  });

  it('counts the ratings on the dashboard, and publishes them after the nightly refresh, small counts suppressed', async () => {
    const before = (await office.get('/api/dashboard')).body.ratings;
    const code = await resolvedComplaint('Khiếu nại được đánh giá bình thường');
    expect((await rate(code, { level: 'binh-thuong' })).status).toBe(200);
    const after = (await office.get('/api/dashboard')).body.ratings;
    expect(after.total).toBe(before.total + 1);
    expect(after.byLevel['binh-thuong']).toBe(before.byLevel['binh-thuong'] + 1);

    await runScheduled(new Date('2026-11-16T17:05:00Z'), ['scheduled-public-statistics']);
    const published = (await citizen().get('/api/public/statistics')).body;
    // One "bình thường" in this platform: published as "under 5", and so is the total; nobody chose the worst level.
    expect(published.ratings.byLevel).toMatchObject({ 'binh-thuong': null, 'rat-khong-hai-long': 0 });
    expect(published.ratings.total).toBeNull();
    expect(JSON.stringify(published)).not.toContain(code);
  });
});
