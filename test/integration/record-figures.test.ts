import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { PLAN_SECTIONS } from '../../shared/demo/reporting-plan.ts';
import { obligationIdOf } from '../../shared/reporting/rules.ts';
import { recordDifferences, type RecordFigures } from '../../shared/reporting/views.ts';
import { ApiClient } from '../support/api-client.ts';

// Monday 20/10/2025, 10:00 in Vietnam: inside the 2025 annual period (15/12/2024 – 14/12/2025).
const clock = new FixedClock('2025-10-20T03:00:00Z');
const OFFICE_REPORT = obligationIdOf('bao-cao-nam-2025', 'van-phong');
const INSPECTORATE_REPORT = obligationIdOf('bao-cao-nam-2025', 'thanh-tra');

const petition = (n: number, handlerUserId: string, receivedAt = '2025-10-20T08:00:00+07:00') => ({
  type: 'kien-nghi-phan-anh',
  channel: 'truc-tiep',
  receivedAt,
  petitioner: { name: `Người kiến nghị ${n}`, address: `${n} Quang Trung, Quảng Ngãi` },
  subject: `Kiến nghị số ${n} về thủ tục`,
  content: `Kiến nghị số ${n}: đề nghị công khai thời hạn giải quyết thủ tục hành chính tại bộ phận một cửa.`,
  handlerUserId,
});

describe('section 6 of a unit report drawn from the records: the cases its members handle in the period', () => {
  let platform: LocalPlatform;
  let office: ApiClient;
  let officeReporter: ApiClient;
  let inspectorateReporter: ApiClient;
  let otherReporter: ApiClient;
  const figures = async (client: ApiClient, obligationId: string) => {
    const answer = await client.get(`/api/obligations/${obligationId}/record-figures`);
    expect(answer.status).toBe(200);
    return answer.body as RecordFigures;
  };

  beforeAll(async () => {
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock });
    [office, officeReporter, inspectorateReporter, otherReporter] = (await Promise.all(['u-chanh-van-phong', 'u-bao-cao-vp', 'u-bao-cao-tt', 'u-bao-cao-khtc'].map((id) => ApiClient.signIn(platform.url, id)))) as [ApiClient, ApiClient, ApiClient, ApiClient];
  });
  afterAll(async () => {
    await platform?.stop();
  });

  async function register(body: object): Promise<{ id: string; version: number }> {
    const registered = await office.request('POST', '/api/cases', body);
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    return { id: registered.body.case.id, version: registered.body.case.version };
  }

  it('counts received, resolved and resolved on time for the unit whose member handles each case, in the period only', async () => {
    const before = await figures(officeReporter, OFFICE_REPORT);
    const inspectorateBefore = await figures(inspectorateReporter, INSPECTORATE_REPORT);
    expect(before).toMatchObject({ available: true, period: { from: '2024-12-15', to: '2025-12-14' } });

    const first = await register({ ...petition(1, 'u-chanh-van-phong'), type: 'khieu-nai-lan-1', subject: 'Khiếu nại việc chậm cấp phép', filingFacts: { actKnownOn: '2025-10-01' } });
    await register(petition(2, 'u-chuyen-vien-vp'));
    // Received before the period: not received in it.
    await register(petition(3, 'u-chanh-van-phong', '2024-12-10T08:00:00+07:00'));
    await register(petition(4, 'u-chanh-thanh-tra'));
    let version = first.version;
    for (const command of [{ type: 'accept' }, { type: 'start' }, { type: 'resolve', outcome: 'upheld', publicSummary: 'Khiếu nại đúng.' }]) {
      const done = await office.request('POST', `/api/cases/${first.id}/commands`, { version, command });
      expect(done.status, command.type).toBe(200);
      version = done.body.case.version;
    }

    const after = await figures(officeReporter, OFFICE_REPORT);
    expect(after.totals['cases-received']).toBe(before.totals['cases-received'] + 2);
    expect(after.totals['cases-resolved']).toBe(before.totals['cases-resolved'] + 1);
    expect(after.totals['cases-resolved-on-time']).toBe(before.totals['cases-resolved-on-time'] + 1);
    const ofType = (f: RecordFigures, type: string) => f.byType.find((row) => row.type === type)!;
    expect(ofType(after, 'kien-nghi-phan-anh').received).toBe(ofType(before, 'kien-nghi-phan-anh').received + 1);
    expect(ofType(after, 'khieu-nai-lan-1')).toMatchObject({ received: ofType(before, 'khieu-nai-lan-1').received + 1, resolvedOnTime: ofType(before, 'khieu-nai-lan-1').resolvedOnTime + 1 });
    expect((await figures(inspectorateReporter, INSPECTORATE_REPORT)).totals['cases-received']).toBe(inspectorateBefore.totals['cases-received'] + 1);
    // The office reads the same figures for the unit's report; another unit's reporter may not know the report exists.
    expect((await figures(office, OFFICE_REPORT)).totals).toEqual(after.totals);
    expect((await otherReporter.get(`/api/obligations/${OFFICE_REPORT}/record-figures`)).status).toBe(404);
  });

  it('never counts for an official, nor for their unit head, a denunciation about them', async () => {
    const director = await ApiClient.signIn(platform.url, 'u-giam-doc');
    const before = { reporter: await figures(officeReporter, OFFICE_REPORT), head: await figures(office, OFFICE_REPORT), director: await figures(director, OFFICE_REPORT) };
    // Handled in the office by a colleague (its head, the accused's unit head, may not handle it).
    await register({ ...petition(5, 'u-chuyen-vien-vp'), type: 'to-cao', subject: 'Tố cáo cán bộ văn thư', officialConcerned: { kind: 'directory', userId: 'u-bao-cao-vp' } });
    expect((await figures(director, OFFICE_REPORT)).totals['cases-received']).toBe(before.director.totals['cases-received'] + 1);
    expect((await figures(officeReporter, OFFICE_REPORT)).totals['cases-received']).toBe(before.reporter.totals['cases-received']);
    expect((await figures(office, OFFICE_REPORT)).totals['cases-received']).toBe(before.head.totals['cases-received']);
  });

  it('flags a submitted number that differs from the records', async () => {
    const records = await figures(officeReporter, OFFICE_REPORT);
    const content = {
      sections: Object.fromEntries(PLAN_SECTIONS.map((s) => [s.id, { narrative: `Kết quả mục ${s.id}.`, metrics: Object.fromEntries(s.metrics.map((m) => [m.id, m.fromRecords ? records.totals[m.fromRecords] : 1])) }])),
      difficulties: 'Không',
      proposals: 'Không',
      nextDirection: 'Tiếp tục',
    };
    content.sections['tiep-cong-dan']!.metrics['don-nhan'] = records.totals['cases-received'] + 3;
    expect((await officeReporter.request('POST', `/api/obligations/${OFFICE_REPORT}/submissions`, { content, attachments: [] })).status).toBe(201);
    const submitted = (await office.get(`/api/obligations/${OFFICE_REPORT}`)).body.submissions.at(-1);
    expect(recordDifferences(PLAN_SECTIONS, submitted.content, (await figures(office, OFFICE_REPORT)).totals)).toEqual([
      { sectionId: 'tiep-cong-dan', metricId: 'don-nhan', reported: records.totals['cases-received'] + 3, records: records.totals['cases-received'] },
    ]);
  });
});
