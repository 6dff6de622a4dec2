import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { DIRECT_LIMITS, PUBLIC_LIMITS } from '../../shared/cases/service.ts';
import { FixedClock } from '../../shared/clock.ts';
import { EDGE_HEADERS } from '../../shared/http/client-address.ts';
import { ApiClient } from '../support/api-client.ts';

const SECRET = 'origin-secret-for-this-test-only';
const form = (i: number) => ({ type: 'kien-nghi-phan-anh', anonymous: true, subject: `Phản ánh giờ làm việc ${i}`, content: 'Bộ phận một cửa mở cửa muộn hơn giờ niêm yết.' });

/**
 * The public form as deployed: the gateway stands where API Gateway stands behind CloudFront, which
 * sends the viewer's address and the origin secret on every `/api/*` request.
 */
describe('the public form behind CloudFront: limited per viewer, direct calls limited apart', () => {
  let platform: LocalPlatform;
  let citizen: ApiClient;
  let n = 0;
  const file = async (headers: Record<string, string>) => (await citizen.request('POST', '/api/public/cases', form((n += 1)), headers)).status;
  const times = async (count: number, headers: Record<string, string>) => {
    const statuses: number[] = [];
    for (let i = 0; i < count; i += 1) statuses.push(await file(headers));
    return statuses;
  };
  const viaEdge = (ip: string) => ({ [EDGE_HEADERS.originVerify]: SECRET, [EDGE_HEADERS.viewerIp]: ip });

  beforeAll(async () => {
    process.env.ORIGIN_VERIFY_SECRET = SECRET;
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock: new FixedClock('2025-10-20T03:00:00Z') });
    citizen = ApiClient.anonymous(platform.url);
  });
  afterAll(async () => {
    delete process.env.ORIGIN_VERIFY_SECRET;
    await platform?.stop();
  });

  it('counts each viewer address on its own, though every request reaches the API from the same edge', async () => {
    expect(await times(PUBLIC_LIMITS.perHour + 1, viaEdge('203.0.113.7'))).toEqual([...Array(PUBLIC_LIMITS.perHour).fill(201), 429]);
    expect(await times(1, viaEdge('2001:db8::42'))).toEqual([201]);
  });

  it('limits calls to the API’s own domain apart and tighter, and does not believe a viewer address they claim', async () => {
    const forged = { [EDGE_HEADERS.viewerIp]: '198.51.100.9' };
    const wrongSecret = { [EDGE_HEADERS.originVerify]: 'not-the-secret-at-all', [EDGE_HEADERS.viewerIp]: '198.51.100.10' };
    expect([...(await times(DIRECT_LIMITS.perHour - 1, {})), ...(await times(1, forged)), ...(await times(1, wrongSecret))]).toEqual([...Array(DIRECT_LIMITS.perHour).fill(201), 429]);
    // The direct budget is its own: a viewer through the web app is not refused because of it.
    expect(await times(1, viaEdge('198.51.100.9'))).toEqual([201]);
  });
});
