import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { DEMO_AGENCY_ID } from '../../shared/demo/organization.ts';
import { PLAN_SECTIONS } from '../../shared/demo/reporting-plan.ts';
import { DEFAULT_MAX_BODY_BYTES } from '../../shared/http/route.ts';
import { loadConfig } from '../../shared/platform/config.ts';
import { createServices, type Services } from '../../shared/platform/container.ts';
import { NARRATIVE_MAX } from '../../shared/reporting/model.ts';
import { ApiClient } from '../support/api-client.ts';

/** One reporter of each unit that reports on the plan. */
const REPORTERS: Record<string, string> = {
  'van-phong': 'u-bao-cao-vp',
  'thanh-tra': 'u-bao-cao-tt',
  'ke-hoach-tai-chinh': 'u-bao-cao-khtc',
  'quan-ly-khoa-hoc': 'u-truong-phong-qlkh',
  'quan-ly-cong-nghe': 'u-bao-cao-qlcn',
  'chuyen-doi-so': 'u-bao-cao-cds',
  'chi-cuc-tdc': 'u-bao-cao-tdc',
  'trung-tam-ung-dung': 'u-bao-cao-ttud',
};
const TEMPLATE = 'bao-cao-nam-2025';
/** Each "ệ" is three bytes of UTF-8 and one character: the most bytes a narrative can carry. */
const WIDE = 'ệ';

/**
 * The largest submission the API accepts: every narrative as long as the bytes allow, the body padded
 * to exactly the route's limit. `extra` bytes more make it one the API refuses.
 */
function largestBody(unitId: string, extra = 0) {
  const narratives = PLAN_SECTIONS.length + 3;
  const build = (length: number, pad: string) => {
    const text = (i: number) => `${unitId} ${i}: ${WIDE.repeat(length)}${i === 0 ? pad : ''}`;
    return {
      content: {
        sections: Object.fromEntries(PLAN_SECTIONS.map((s, i) => [s.id, { narrative: text(i), metrics: Object.fromEntries(s.metrics.map((m) => [m.id, 1])) }])),
        difficulties: text(PLAN_SECTIONS.length),
        proposals: text(PLAN_SECTIONS.length + 1),
        nextDirection: text(PLAN_SECTIONS.length + 2),
      },
      attachments: [],
    };
  };
  const bytes = (body: unknown) => Buffer.byteLength(JSON.stringify(body));
  const limit = DEFAULT_MAX_BODY_BYTES + extra;
  const length = Math.min(NARRATIVE_MAX - 200, Math.floor((limit - bytes(build(0, ''))) / (narratives * Buffer.byteLength(WIDE))));
  const body = build(length, 'x'.repeat(limit - bytes(build(length, ''))));
  expect(bytes(body)).toBe(limit);
  return body;
}

describe('compiled reports of any size: every unit writes the largest report the API accepts', () => {
  const clock = new FixedClock('2025-10-20T02:00:00Z');
  let platform: LocalPlatform;
  let services: Services;
  let office: ApiClient;
  let leader: ApiClient;

  beforeAll(async () => {
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock });
    services = createServices(loadConfig());
    [office, leader] = await Promise.all([ApiClient.signIn(platform.url, 'u-chanh-van-phong'), ApiClient.signIn(platform.url, 'u-pho-giam-doc')]);
    for (const [unitId, userId] of Object.entries(REPORTERS)) {
      const reporter = await ApiClient.signIn(platform.url, userId);
      const path = `/api/obligations/${TEMPLATE}--${unitId}/submissions`;
      expect((await reporter.request('POST', path, largestBody(unitId, 1))).status).toBe(413);
      expect((await reporter.request('POST', path, largestBody(unitId))).status).toBe(201);
    }
    clock.set('2025-11-06T02:00:00Z');
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('drafts automatically, recompiles, lists, renders, approves and sends, with a table item far below DynamoDB’s 400 KB', async () => {
    // The scheduled draft (which failed with "Item size has exceeded") and the office's recompilation.
    expect(await services.compiledReports.automaticDrafts(DEMO_AGENCY_ID, clock.now())).toContain(`tong-hop-${TEMPLATE}`);
    const compiled = await office.request('POST', '/api/compiled', { templateId: TEMPLATE });
    expect(compiled.status).toBe(201);
    expect(compiled.body.content.units.reported).toHaveLength(Object.keys(REPORTERS).length);
    expect(compiled.body.content.units.missing).toEqual([]);
    const narratives = JSON.stringify(compiled.body.content.sections);
    for (const unitId of Object.keys(REPORTERS)) expect(narratives).toContain(`${unitId} 0: ${WIDE.repeat(100)}`);

    const listed = await leader.get('/api/compiled');
    const summary = listed.body.items.find((r: { reportId: string }) => r.reportId === `tong-hop-${TEMPLATE}`);
    expect(summary).toMatchObject({ title: compiled.body.content.title, period: compiled.body.content.period, status: 'draft' });
    expect(summary.content).toBeUndefined();
    expect(Buffer.byteLength(JSON.stringify(listed.body))).toBeLessThan(20_000);

    const read = await leader.get(`/api/compiled/tong-hop-${TEMPLATE}`);
    expect(read.body.content).toEqual(compiled.body.content);
    const item = (await services.db.send(new GetCommand({ TableName: services.config.TABLE_NAME, Key: { pk: `AGENCY#${DEMO_AGENCY_ID}`, sk: `COMPILED#tong-hop-${TEMPLATE}` } }))).Item;
    expect(item?.content).toBeUndefined();
    expect(item?.contentRef.bytes).toBeGreaterThan(8 * 200_000);
    expect(Buffer.byteLength(JSON.stringify(item))).toBeLessThan(10_000);

    const documents = await office.get(`/api/compiled/tong-hop-${TEMPLATE}/documents`);
    expect(documents.status).toBe(200);
    const sent = await leader.request('POST', `/api/compiled/tong-hop-${TEMPLATE}/approve`, { version: read.body.version });
    expect(sent.status).toBe(200);
    expect(sent.body.status).toBe('sent');
  });

  it('still reads a report stored before the content moved out of the table (content inline in the item)', async () => {
    const draft = await services.compiledReports.draft('system', DEMO_AGENCY_ID, 'bao-cao-so-ket-2023');
    const legacy = { ...draft, reportId: 'tong-hop-cu' };
    await services.db.send(new PutCommand({ TableName: services.config.TABLE_NAME, Item: { pk: `AGENCY#${DEMO_AGENCY_ID}`, sk: 'COMPILED#tong-hop-cu', entity: 'compiled-report', ...legacy } }));

    expect((await leader.get('/api/compiled/tong-hop-cu')).body).toEqual(legacy);
    const listed = (await leader.get('/api/compiled')).body.items.find((r: { reportId: string }) => r.reportId === 'tong-hop-cu');
    expect(listed).toMatchObject({ title: draft.content.title, period: draft.content.period, version: draft.version });
  });
});
