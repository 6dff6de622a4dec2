import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSesStore } from '../../infra/local/emulators/index.ts';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { PLAN_SECTIONS } from '../../shared/demo/reporting-plan.ts';
import { ApiClient } from '../support/api-client.ts';

const clock = new FixedClock('2025-10-23T02:00:00Z');
const OWN = 'bao-cao-nam-2025--ke-hoach-tai-chinh';

const fullContent = (tag = '') => ({
  sections: Object.fromEntries(
    PLAN_SECTIONS.map((s) => [s.id, { narrative: `Kết quả thực hiện mục ${s.titleVi}${tag}`, metrics: Object.fromEntries(s.metrics.map((m, i) => [m.id, i + 1])) }]),
  ),
  difficulties: 'Kinh phí tuyên truyền còn hạn chế.',
  proposals: 'Đề nghị bổ sung kinh phí.',
  nextDirection: 'Tiếp tục triển khai phong trào “Dân vận khéo”.',
});

async function upload(client: ApiClient, filename: string, contentType: string, bytes: Buffer): Promise<{ key: string; filename: string }> {
  const ticket = await client.request('POST', '/api/uploads', { filename, contentType, size: bytes.length });
  expect(ticket.status).toBe(201);
  const put = await fetch(ticket.body.uploadUrl, { method: 'PUT', headers: ticket.body.headers, body: new Uint8Array(bytes) });
  expect(put.status).toBe(200);
  return { key: ticket.body.key, filename };
}

describe('unit reporting, through the API', () => {
  let platform: LocalPlatform;
  let reporter: ApiClient;
  let otherReporter: ApiClient;
  let office: ApiClient;
  let admin: ApiClient;
  let leader: ApiClient;

  beforeAll(async () => {
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock });
    [reporter, otherReporter, office, admin, leader] = (await Promise.all(
      ['u-bao-cao-khtc', 'u-bao-cao-qlcn', 'u-chanh-van-phong', 'u-quan-tri', 'u-giam-doc'].map((id) => ApiClient.signIn(platform.url, id)),
    )) as [ApiClient, ApiClient, ApiClient, ApiClient, ApiClient];
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('generates an obligation per reporting unit and period from the plan, with statuses as of now', async () => {
    const mine = (await reporter.get('/api/obligations')).body.items;
    expect(new Set(mine.map((o: { unitId: string }) => o.unitId))).toEqual(new Set(['ke-hoach-tai-chinh']));
    const status = (templateId: string) => mine.find((o: { templateId: string }) => o.templateId === templateId)?.status;
    expect(status('bao-cao-nam-2025')).toBe('due-soon');
    expect(status('bao-cao-tong-ket-2025')).toBe('due-soon');
    expect(status('bao-cao-nam-2024')).toBe('missing');
    expect(status('bao-cao-nam-2026')).toBe('not-yet-due');
    const own = mine.find((o: { obligationId: string }) => o.obligationId === OWN);
    expect(own.emailAddress).toMatch(/^bao-cao\+bc-[a-z0-9]{6}@/);
    expect(own.recipients.map((r: { userId: string }) => r.userId).sort()).toEqual(['u-chanh-van-phong', 'u-chuyen-vien-vp']);
    const all = (await office.get('/api/obligations?templateId=bao-cao-nam-2025')).body.items;
    expect(all.map((o: { unitId: string }) => o.unitId)).not.toContain('cong-doan');
    expect(all).toHaveLength(8);
  });

  it('keeps each unit to its own obligations: no reading, drafting or submitting for another unit', async () => {
    expect((await otherReporter.get(`/api/obligations/${OWN}`)).status).toBe(404);
    expect((await otherReporter.request('PUT', `/api/obligations/${OWN}/draft`, { version: null, content: fullContent(), attachments: [] })).status).toBe(404);
    expect((await otherReporter.request('POST', `/api/obligations/${OWN}/submissions`, { content: fullContent(), attachments: [] })).status).toBe(404);
    expect((await office.request('POST', `/api/obligations/${OWN}/submissions`, { content: fullContent(), attachments: [] })).status).toBe(403);
    expect((await reporter.get(`/api/obligations/${OWN}`)).body.submissions).toEqual([]);
  });

  it('refuses an incomplete report field by field and stores nothing', async () => {
    const content = fullContent();
    content.sections['tuyen-truyen'] = { narrative: '  ', metrics: {} };
    const refused = await reporter.request('POST', `/api/obligations/${OWN}/submissions`, { content, attachments: [] });
    expect(refused.status).toBe(400);
    const paths = refused.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toContain('body.content.sections.tuyen-truyen.narrative');
    expect(paths).toContain('body.content.sections.tuyen-truyen.metrics.tin-bai');
    expect(paths).toHaveLength(4);
    const unknownSection = await reporter.request('PUT', `/api/obligations/${OWN}/draft`, { version: null, content: { ...fullContent(), sections: { 'muc-la': { narrative: 'x', metrics: {} } } }, attachments: [] });
    expect(unknownSection.status).toBe(400);
    const detail = (await reporter.get(`/api/obligations/${OWN}`)).body;
    expect(detail.submissions).toEqual([]);
    expect(detail.draft).toBeNull();
  });

  it('refuses attachments that are not what they claim, too large, or another unit\'s upload', async () => {
    const exe = await reporter.request('POST', '/api/uploads', { filename: 'bao-cao.exe', contentType: 'application/pdf', size: 10 });
    expect(exe.status).toBe(400);
    const tooBig = await reporter.request('POST', '/api/uploads', { filename: 'bao-cao.pdf', contentType: 'application/pdf', size: 11 * 1024 * 1024 });
    expect(tooBig.status).toBe(400);
    const fake = await upload(reporter, 'gia-mao.pdf', 'application/pdf', Buffer.from('MZ this is not a pdf'));
    const refused = await reporter.request('POST', `/api/obligations/${OWN}/submissions`, { content: fullContent(), attachments: [fake] });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0].path).toBe('body.attachments.0');
    const foreign = await upload(otherReporter, 'cua-don-vi-khac.pdf', 'application/pdf', Buffer.from('%PDF-1.4 khac'));
    const stolen = await reporter.request('POST', `/api/obligations/${OWN}/submissions`, { content: fullContent(), attachments: [foreign] });
    expect(stolen.status).toBe(400);
    expect((await reporter.get(`/api/obligations/${OWN}`)).body.submissions).toEqual([]);
  });

  it('saves a draft with optimistic locking', async () => {
    const first = await reporter.request('PUT', `/api/obligations/${OWN}/draft`, { version: null, content: fullContent(' (nháp)'), attachments: [] });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(0);
    const second = await reporter.request('PUT', `/api/obligations/${OWN}/draft`, { version: 0, content: fullContent(' (nháp 2)'), attachments: [] });
    expect(second.body.version).toBe(1);
    const stale = await reporter.request('PUT', `/api/obligations/${OWN}/draft`, { version: 0, content: fullContent(' (cũ)'), attachments: [] });
    expect(stale.status).toBe(409);
    expect((await reporter.get(`/api/obligations/${OWN}`)).body.draft.content.difficulties).toBe(fullContent().difficulties);
    // The draft is the unit's working copy: the office sees submitted versions only.
    expect((await office.get(`/api/obligations/${OWN}`)).body.draft).toBeNull();
  });

  it('files one version for a double-clicked submit, a new version on resubmission, and judges timeliness by the first', async () => {
    const pdf = await upload(reporter, 'Báo cáo năm 2025.pdf', 'application/pdf', Buffer.from('%PDF-1.4\nbáo cáo\n%%EOF'));
    const body = { content: fullContent(), attachments: [pdf] };
    const [a, b] = await Promise.all([
      reporter.request('POST', `/api/obligations/${OWN}/submissions`, body, { 'idempotency-key': 'click-1' }),
      reporter.request('POST', `/api/obligations/${OWN}/submissions`, body, { 'idempotency-key': 'click-1' }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.receiptNumber).toBe(b.body.receiptNumber);
    expect(a.body.version).toBe(1);
    expect(a.body.attachments[0]).toMatchObject({ filename: 'Báo cáo năm 2025.pdf', contentType: 'application/pdf' });
    const retry = await reporter.request('POST', `/api/obligations/${OWN}/submissions`, body);
    const retryAgain = await reporter.request('POST', `/api/obligations/${OWN}/submissions`, body);
    expect(retry.body.version).toBe(retryAgain.body.version);

    clock.set('2025-11-06T03:00:00Z');
    const late = await reporter.request('POST', `/api/obligations/${OWN}/submissions`, { content: fullContent(' (bổ sung)'), attachments: [] }, { 'idempotency-key': 'click-2' });
    expect(late.body.version).toBe(retry.body.version + 1);
    const detail = (await reporter.get(`/api/obligations/${OWN}`)).body;
    // click-1 (twice) → v1; the same content without a key → v2 (once, however often); the late correction → v3.
    expect(detail.submissions.map((s: { version: number }) => s.version)).toEqual([1, 2, 3]);
    expect(detail.obligation.status).toBe('submitted-on-time');
    const receipt = await reporter.get(`/api/obligations/${OWN}/submissions/${late.body.version}/receipt`);
    expect(receipt.body).toMatchObject({ unitName: 'Phòng Kế hoạch - Tài chính', obligationTitleVi: 'Báo cáo năm 2025', onTime: true, submittedBy: 'Trương Công Danh' });
    expect((await otherReporter.get(`/api/obligations/${OWN}/submissions/1/receipt`)).status).toBe(404);
    clock.set('2025-10-23T02:00:00Z');
  });

  it('shows the office the units × periods matrix and exports it as a readable workbook', async () => {
    const qlkh = await ApiClient.signIn(platform.url, 'u-truong-phong-qlkh');
    const submitted = await qlkh.request('POST', '/api/obligations/bao-cao-nam-2025--quan-ly-khoa-hoc/submissions', { content: fullContent(), attachments: [] });
    expect(submitted.status).toBe(201);
    const matrix = await office.get('/api/compliance');
    expect(matrix.status).toBe(200);
    const cell = matrix.body.cells.find((c: { obligationId: string }) => c.obligationId === 'bao-cao-nam-2025--quan-ly-khoa-hoc');
    expect(cell.status).toBe('submitted-on-time');
    expect(matrix.body.totals['submitted-on-time']).toBeGreaterThanOrEqual(1);
    expect((await reporter.get('/api/compliance')).status).toBe(403);
    const exported = await leader.get('/api/compliance/export');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(exported.body.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
    const header = rows.find((r) => r[0] === 'Đơn vị')!;
    const qlkhRow = rows.find((r) => r[0] === 'Phòng Quản lý khoa học')!;
    const column = header.findIndex((h) => h.startsWith('Báo cáo năm 2025'));
    expect(qlkhRow[column]).toMatch(/^Đã nộp đúng hạn/);
    expect(rows.find((r) => r[0] === 'Phòng Quản lý công nghệ và Sở hữu trí tuệ')![column]).toBe('Sắp đến hạn');
  });

  it('lets the office ask for an ad-hoc report and an admin add a period, each creating obligations as data', async () => {
    const adHoc = await office.request('POST', '/api/obligations', { titleVi: 'Báo cáo nhanh về tiếp công dân quý IV', dueDate: '2025-11-15', unitIds: ['ke-hoach-tai-chinh', 'thanh-tra'] });
    expect(adHoc.status).toBe(201);
    expect(adHoc.body.items.map((o: { unitId: string }) => o.unitId).sort()).toEqual(['ke-hoach-tai-chinh', 'thanh-tra']);
    expect(adHoc.body.items[0].dueInstant).toBe('2025-11-15T17:00:00.000Z');
    expect((await reporter.request('POST', '/api/obligations', { titleVi: 'Không được', dueDate: '2025-11-15', unitIds: ['ke-hoach-tai-chinh'] })).status).toBe(403);
    const period = { templateId: 'bao-cao-nam-2027', kind: 'annual', titleVi: 'Báo cáo năm 2027', titleEn: 'Annual report 2027', dueInstant: '2027-11-05T00:00:00+07:00' };
    const added = await admin.request('POST', '/api/reporting/plan/periods', period);
    expect(added.status).toBe(201);
    expect(added.body.created).toBe(8);
    expect((await admin.request('POST', '/api/reporting/plan/periods', period)).status).toBe(400);
    expect((await office.request('POST', '/api/reporting/plan/periods', { ...period, templateId: 'khac' })).status).toBe(403);
    expect((await reporter.get('/api/obligations?templateId=bao-cao-nam-2027')).body.items).toHaveLength(1);
  });

  it('alerts the office at once when a unit reports an obstacle, from the write and not the request', async () => {
    const reported = await reporter.request('POST', '/api/obstacles', { title: 'Chưa có hướng dẫn chấm điểm', description: 'Đơn vị chưa nhận được hướng dẫn chấm điểm phong trào “Dân vận khéo” năm 2025.', attachments: [] });
    expect(reported.status).toBe(201);
    expect((await otherReporter.get('/api/obstacles')).body.items).toEqual([]);
    expect((await office.get('/api/obstacles')).body.items[0].title).toBe('Chưa có hướng dẫn chấm điểm');
    await platform.drainStreams();
    await platform.drainStreams();
    const alerts = (await readSesStore(platform.endpoints.ses)).filter((m) => m.subject.startsWith('Vướng mắc từ Phòng Kế hoạch - Tài chính'));
    expect(alerts.map((m) => m.destination.to[0]).sort()).toEqual(['chanh-van-phong@khcn-quangngai.example', 'chuyen-vien-vp@khcn-quangngai.example']);
    expect((await reporter.request('POST', '/api/obstacles', { title: 'x', description: 'ngắn', attachments: [] })).status).toBe(400);
  });
});
