import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { runScheduled } from '../../infra/local/scheduler.ts';
import { FixedClock } from '../../shared/clock.ts';
import { ApiClient } from '../support/api-client.ts';

const petition = (n: number) => ({
  type: 'kien-nghi-phan-anh',
  channel: 'truc-tiep',
  // Back-dated to yesterday: a per-request count would show it at once.
  receivedAt: '2025-11-19T09:00:00+07:00',
  petitioner: { name: `Người kiến nghị số ${n}`, address: `${n} Lê Lợi, Quảng Ngãi`, phone: `090511122${n}` },
  subject: `Kiến nghị số ${n} về thủ tục cấp phép`,
  content: `Kiến nghị số ${n}: đề nghị rút ngắn thời gian giải quyết thủ tục cấp phép hoạt động khoa học và công nghệ.`,
  handlerUserId: 'u-chanh-van-phong',
});
const received = (body: { cases: { type: string; received: number | null }[] }) => body.cases.find((row) => row.type === 'kien-nghi-phan-anh')?.received;

describe('public statistics: a snapshot refreshed on a schedule, not counted per request', () => {
  const clock = new FixedClock('2025-11-20T03:00:00Z');
  let platform: LocalPlatform;
  let office: ApiClient;
  const anonymous = () => ApiClient.anonymous(platform.url);

  beforeAll(async () => {
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock });
    office = await ApiClient.signIn(platform.url, 'u-chanh-van-phong');
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('shows the same figures all day whatever is filed, and the new ones after the next refresh', async () => {
    await runScheduled(new Date('2025-11-19T17:05:00Z'), ['scheduled-public-statistics']);
    const before = await anonymous().get('/api/public/statistics');
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ asOf: '2025-11-19', refreshedAt: '2025-11-19T17:05:00.000Z' });

    for (let n = 1; n <= 6; n += 1) expect((await office.request('POST', '/api/cases', petition(n))).status).toBe(201);
    const polled = await anonymous().get('/api/public/statistics');
    expect(polled.body).toEqual(before.body);

    // The next night's refresh (00:05 on the 21st, Vietnam) publishes them, as figures to the end of the 20th.
    expect(await runScheduled(new Date('2025-11-20T17:05:00Z'), ['scheduled-public-statistics'])).toEqual({
      'scheduled-public-statistics': { asOf: '2025-11-20', refreshedAt: '2025-11-20T17:05:00.000Z' },
    });
    const after = await anonymous().get('/api/public/statistics');
    expect(after.body.asOf).toBe('2025-11-20');
    expect(received(after.body)).toBe((received(before.body) ?? 0) + 6);
  });
});
