import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSesStore } from '../../infra/local/emulators/index.ts';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { DEMO_AGENCY_ID } from '../../shared/demo/organization.ts';
import { demoRecipientLists } from '../../shared/demo/recipients.ts';
import { PLAN_SECTIONS } from '../../shared/demo/reporting-plan.ts';
import { loadConfig } from '../../shared/platform/config.ts';
import { recordDelivery } from '../../shared/compiled/delivery.ts';
import { createServices, type Services } from '../../shared/platform/container.ts';
import { ApiClient } from '../support/api-client.ts';
import { readDocx } from '../support/read-docx.ts';

const clock = new FixedClock('2025-10-20T02:00:00Z');
const content = (n: number) => ({
  sections: Object.fromEntries(PLAN_SECTIONS.map((s) => [s.id, { narrative: `Đơn vị ${n}: kết quả mục ${s.id}.`, metrics: Object.fromEntries(s.metrics.map((m, i) => [m.id, n * 10 + i])) }])),
  difficulties: `Khó khăn của đơn vị ${n}`,
  proposals: `Đề xuất của đơn vị ${n}`,
  nextDirection: `Phương hướng của đơn vị ${n}`,
});

describe('compiled reports: compile, documents, approval and sending', () => {
  let platform: LocalPlatform;
  let services: Services;
  let office: ApiClient;
  let leader: ApiClient;
  let reporter: ApiClient;
  let compiled: { status: number; body: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- checked field by field
  let sent: { status: number; body: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- checked field by field
  let reviewed: number;

  beforeAll(async () => {
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock });
    services = createServices(loadConfig());
    [office, leader, reporter] = (await Promise.all(['u-chanh-van-phong', 'u-pho-giam-doc', 'u-bao-cao-khtc'].map((id) => ApiClient.signIn(platform.url, id)))) as [ApiClient, ApiClient, ApiClient];
    const qlkh = await ApiClient.signIn(platform.url, 'u-truong-phong-qlkh');
    expect((await reporter.request('POST', '/api/obligations/bao-cao-nam-2025--ke-hoach-tai-chinh/submissions', { content: content(1), attachments: [] })).status).toBe(201);
    expect((await qlkh.request('POST', '/api/obligations/bao-cao-nam-2025--quan-ly-khoa-hoc/submissions', { content: content(2), attachments: [] })).status).toBe(201);
    // A corrected version replaces the first in the compilation.
    expect((await qlkh.request('POST', '/api/obligations/bao-cao-nam-2025--quan-ly-khoa-hoc/submissions', { content: content(3), attachments: [] })).status).toBe(201);
    clock.set('2025-11-06T02:00:00Z');
    // Every test reads the same compiled and sent report, whatever order they run in.
    compiled = await office.request('POST', '/api/compiled', { templateId: 'bao-cao-nam-2025' });
    reviewed = compiled.body.version;
    sent = await leader.request('POST', '/api/compiled/tong-hop-bao-cao-nam-2025/approve', { version: reviewed });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('compiles every figure from the units’ latest versions and the platform’s own records, naming the units that did not report', async () => {
    expect((await reporter.request('POST', '/api/compiled', { templateId: 'bao-cao-nam-2025' })).status).toBe(403);
    expect(compiled.status).toBe(201);
    const c = compiled.body.content;
    expect(c.title).toBe('Báo cáo kết quả thực hiện công tác dân vận năm 2025');
    expect(c.units.reported.map((u: { unitId: string }) => u.unitId).sort()).toEqual(['ke-hoach-tai-chinh', 'quan-ly-khoa-hoc']);
    expect(c.units.missing).toHaveLength(6);
    const metric = c.sections.find((s: { sectionId: string }) => s.sectionId === 'quan-triet').metrics[0];
    expect(metric.byUnit).toEqual({ 'ke-hoach-tai-chinh': 10, 'quan-ly-khoa-hoc': 30 });
    expect(metric.total).toBe(40);
    for (const section of c.sections) for (const m of section.metrics) expect(m.total).toBe(Object.values(m.byUnit as Record<string, number>).reduce((a, b) => a + b, 0));
    const seeded = await services.caseRepository.list(DEMO_AGENCY_ID);
    expect(c.cases.totals.received).toBe(seeded.length);
    expect(c.cases.byType.reduce((sum: number, row: { received: number }) => sum + row.received, 0)).toBe(c.cases.totals.received);
    expect(JSON.stringify(c)).not.toMatch(/Trần Văn Bình|Nguyễn Thị Mai|0914222333/);
    expect(c.recipients.map((r: { name: string }) => r.name)).toEqual(demoRecipientLists.map((r) => r.name));
  });

  it('renders the DOCX in the official format and the XLSX annex with the same figures', async () => {
    const { body } = await office.get('/api/compiled/tong-hop-bao-cao-nam-2025/documents');
    const docx = await readDocx(new Uint8Array(Buffer.from(body.docx.contentBase64, 'base64')));
    expect(docx.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(docx.text).toMatch(/công tác dân vận năm 2025/i);
    expect(docx.text).toContain('Phòng Chuyển đổi số và Bưu chính, Viễn thông');
    expect(docx.text).toContain('Ban Dân vận Tỉnh ủy');
    expect(docx.fonts).toEqual(['Times New Roman']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(body.xlsx.contentBase64, 'base64') as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => cells.push((row.values as unknown[]).slice(1).map(String).join('|'))));
    // Per-unit figures (numbered rows) and the reporting sheet: the corrected version's 30, two versions, on time.
    expect(cells).toContain('2|Phòng Quản lý khoa học|30|31|32|30|31|32|30|31|32|33|30|31|32|33|30|31|32|30|31|32|33|30|31|32');
    expect(cells.some((row) => row.startsWith('2|Phòng Quản lý khoa học|Đúng hạn|2|'))).toBe(true);
  });

  it('is approved by a leader and sent once to the recipient lists, with attachments identical to the documents', async () => {
    const report = (await leader.get('/api/compiled/tong-hop-bao-cao-nam-2025')).body;
    expect((await office.request('POST', '/api/compiled/tong-hop-bao-cao-nam-2025/approve', { version: reviewed })).status).toBe(403);
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'sent', approvedBy: 'u-pho-giam-doc' });
    const again = await leader.request('POST', '/api/compiled/tong-hop-bao-cao-nam-2025/approve', { version: reviewed });
    expect(again.body.messageId).toBe(sent.body.messageId);
    const mail = (await readSesStore(platform.endpoints.ses)).filter((m) => m.subject === report.content.title);
    expect(mail).toHaveLength(1);
    // The emulator keeps a raw message's To header as one string.
    const to = (mail[0]?.destination.to ?? []).flatMap((t) => t.split(/,\s*/));
    expect(to.sort()).toEqual(demoRecipientLists.flatMap((l) => l.emails).sort());
    const documents = (await leader.get('/api/compiled/tong-hop-bao-cao-nam-2025/documents')).body;
    const attached = Object.fromEntries((mail[0]?.attachments ?? []).map((a) => [a.filename, a.content]));
    expect(attached[documents.docx.filename]).toBe(documents.docx.contentBase64);
    expect(attached[documents.xlsx.filename]).toBe(documents.xlsx.contentBase64);
    expect((await office.request('POST', '/api/compiled', { templateId: 'bao-cao-nam-2025' })).status).toBe(409);
  });

  it('finishes the record of a report an earlier attempt sent but did not record, without sending it again', async () => {
    const draft = (await office.request('POST', '/api/compiled', { templateId: 'bao-cao-nam-2024' })).body;
    const approved = await services.compiledReportRepository.save({ ...draft, status: 'approved', approvedBy: 'u-pho-giam-doc', approvedAt: '2025-11-06T02:00:00.000Z' }, draft.version);
    const alertId = `compiled:${draft.reportId}:send`;
    const at = new Date('2025-11-06T02:00:00Z');
    expect(await services.alertLog.claim({ agencyId: DEMO_AGENCY_ID, alertId, kind: 'compiled-report', subjectRef: draft.reportId, subjectTitle: draft.content.title, stage: 'send', recipientUserId: 'u-pho-giam-doc', createdAt: at.toISOString(), urgent: true }, at, new Date(at.getTime() + 60_000), 'attempt-earlier')).toBe(true);
    await services.alertLog.markSent(DEMO_AGENCY_ID, alertId, at.toISOString(), 'ses-message-earlier');
    const before = (await readSesStore(platform.endpoints.ses)).length;
    const finished = await leader.request('POST', `/api/compiled/${draft.reportId}/approve`, { version: approved.version });
    expect(finished.body).toMatchObject({ status: 'sent', messageId: 'ses-message-earlier' });
    expect((await readSesStore(platform.endpoints.ses)).length).toBe(before);
  });

  it('records bounces and complaints against the recipient of the sent report', async () => {
    const report = (await leader.get('/api/compiled/tong-hop-bao-cao-nam-2025')).body;
    const matched = await recordDelivery(services.compiledReportRepository, report.messageId, { at: '2025-11-06T03:00:00.000Z', type: 'bounce', recipient: 'vanthu@snv-quangngai.example', detail: 'Permanent: General' });
    expect(matched).toBe(true);
    expect(await recordDelivery(services.compiledReportRepository, report.messageId, { at: '2025-11-06T03:00:00.000Z', type: 'bounce', recipient: 'vanthu@snv-quangngai.example', detail: 'Permanent: General' })).toBe(true);
    expect((await leader.get('/api/compiled/tong-hop-bao-cao-nam-2025')).body.deliveryEvents).toEqual([
      { at: '2025-11-06T03:00:00.000Z', type: 'bounce', recipient: 'vanthu@snv-quangngai.example', detail: 'Permanent: General' },
    ]);
  });

  it('drafts the report of a period whose deadline just passed and asks each leader once to review it', async () => {
    const drafted = await platform.runScheduled(new Date('2025-10-27T01:00:00Z'), ['scheduled-compile-drafts']);
    expect(drafted['scheduled-compile-drafts']).toEqual({ drafted: ['tong-hop-bao-cao-tong-ket-2025'] });
    await platform.runScheduled(new Date('2025-10-28T01:00:00Z'), ['scheduled-compile-drafts']);
    const asks = (await readSesStore(platform.endpoints.ses)).filter((m) => m.subject.startsWith('Đề nghị xem xét, phê duyệt: Báo cáo kết quả thực hiện công tác dân vận tổng kết 05 năm'));
    expect(asks.map((m) => m.destination.to[0]).sort()).toEqual(['giam-doc@khcn-quangngai.example', 'pho-giam-doc@khcn-quangngai.example']);
  });

  it('shows dashboards to the office and leaders, and the public only anonymised aggregates', async () => {
    const dash = await office.get('/api/dashboard');
    expect(dash.status).toBe(200);
    expect(dash.body.units.find((u: { unitId: string }) => u.unitId === 'quan-ly-khoa-hoc').onTime).toBe(1);
    expect((await reporter.get('/api/dashboard')).status).toBe(403);
    const stats = await ApiClient.anonymous(platform.url).get('/api/public/statistics');
    expect(stats.status).toBe(200);
    const annual = stats.body.reporting.find((r: { titleVi: string }) => r.titleVi === 'Báo cáo năm 2025');
    expect(annual).toMatchObject({ units: 8, onTime: 2, notReported: 6 });
    expect(JSON.stringify(stats.body)).not.toMatch(/Phòng|Trần Văn Bình|Nguyễn|@/);
    // Case counts as of the end of yesterday, none from 1 to 4: a filing cannot be spotted by polling.
    expect(stats.body).toMatchObject({ minimumCell: 5, asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(JSON.stringify([...stats.body.cases, stats.body.casesTotal])).not.toMatch(/"(received|resolved|resolvedOnTime)":[1-4][,}]/);
  });
});
