import { DynamoDBClient, paginateScan } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_AWS_CREDENTIALS, LOCAL_AWS_REGION, readSesStore } from '../../infra/local/emulators/index.ts';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { seedDemo } from '../../shared/demo/seed.ts';
import { loadConfig } from '../../shared/platform/config.ts';
import { createServices, type Services } from '../../shared/platform/container.ts';
import { ApiClient } from '../support/api-client.ts';

const clock = new FixedClock('2025-10-23T02:00:00Z');

/** Every item of the table, counted by the kind of record it is (obligations, cases, users, events, alerts…). */
async function countByKind(platform: LocalPlatform): Promise<Record<string, number>> {
  const client = new DynamoDBClient({ endpoint: platform.endpoints.dynamodb, region: LOCAL_AWS_REGION, credentials: LOCAL_AWS_CREDENTIALS });
  const counts: Record<string, number> = {};
  try {
    for await (const page of paginateScan({ client }, { TableName: platform.tableName })) {
      for (const item of page.Items ?? []) {
        const kind = item.entity?.S ?? `${item.pk?.S?.split('#')[0]}/${item.sk?.S?.split('#')[0]}`;
        counts[kind] = (counts[kind] ?? 0) + 1;
      }
    }
  } finally {
    client.destroy();
  }
  return counts;
}

describe('the demo seed on a platform that has it already', () => {
  let platform: LocalPlatform;
  let services: Services;

  beforeAll(async () => {
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock });
    services = createServices(loadConfig());
  });
  afterAll(async () => {
    services?.db.destroy();
    await platform?.stop();
  });

  it('creates nothing the second time, even after the office asked some units for an ad-hoc report', async () => {
    const office = await ApiClient.signIn(platform.url, 'u-chanh-van-phong');
    const adHoc = await office.request('POST', '/api/obligations', { titleVi: 'Báo cáo đột xuất về tiếp công dân', dueDate: '2025-11-20', unitIds: ['thanh-tra', 'van-phong'] });
    expect(adHoc.status).toBe(201);
    await platform.drainStreams();
    const before = await countByKind(platform);

    const created = await seedDemo(services, clock);
    await platform.drainStreams();

    expect(created).toBe(0);
    expect(await countByKind(platform)).toEqual(before);
    expect(before).toMatchObject({ obligation: expect.any(Number), case: 4, user: 18, unit: 9 });
    const adHocObligations = (await office.get('/api/obligations')).body.items.filter((o: { kind: string }) => o.kind === 'ad-hoc');
    expect(adHocObligations.map((o: { unitId: string }) => o.unitId).sort()).toEqual(['thanh-tra', 'van-phong']);
  });

  it('links e-mails to the web app on the port it runs on', async () => {
    const port = new URL(platform.url).port;
    expect(port).not.toBe('3000');
    const acknowledgement = (await readSesStore(platform.endpoints.ses)).find((m) => m.destination.to.includes('viet.pham@example.com'));
    expect(acknowledgement?.body.text).toContain(`${platform.url}/#/cong-dan/tra-cuu`);
    expect(acknowledgement?.body.text).not.toContain(':3000');
  });
});
