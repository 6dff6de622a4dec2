import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSesStore, type SesStoredEmail } from '../../infra/local/emulators/index.ts';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { ApiClient } from '../support/api-client.ts';

/**
 * Who sees a case that names an official, walked as a matrix: every route that returns case data, as
 * every kind of person, for each case type and each way of naming the official. The expectations are
 * written from the rules (Luật Tố cáo Điều 47–48 and the issue), not read from the code:
 * - a case reader sees a case unless recused: the official, whoever heads their unit, anyone declared
 *   conflicted with them — for an official named from the directory, or named by a citizen in words
 *   matching a directory user; an outside person recuses no one;
 * - only the office head (who handles these cases here), and the head of the agency learn who denounced.
 */
const clock = new FixedClock('2026-11-16T02:00:00Z');

const DENOUNCER = { name: 'Hồ Thị Bảo Trâm', address: '27 Hùng Vương, phường Trần Phú, Quảng Ngãi', phone: '0935777123', email: 'bao.tram@example.org' };
const PII = Object.values(DENOUNCER);
/** Complainants and petitioners are not protected like denouncers: a different person, so the scans stay exact. */
const PETITIONER = { name: 'Lương Văn Khải', address: 'Thôn 2, xã Nghĩa Hà, Quảng Ngãi', phone: '0905111222' };
const ACCUSED = 'u-thanh-tra-vien';

type Viewer = 'officeHead' | 'agencyHead' | 'viceLeader' | 'accused' | 'accusedHead' | 'conflicted' | 'otherUnit' | 'admin' | 'newInspector';
const USER_IDS: Record<Exclude<Viewer, 'newInspector'>, string> = {
  officeHead: 'u-chanh-van-phong',
  agencyHead: 'u-giam-doc',
  viceLeader: 'u-pho-giam-doc',
  accused: ACCUSED,
  accusedHead: 'u-chanh-thanh-tra',
  conflicted: 'u-chuyen-vien-vp',
  otherUnit: 'u-bao-cao-khtc',
  admin: 'u-quan-tri',
};
const VIEWERS = [...Object.keys(USER_IDS), 'newInspector'] as Viewer[];
const CASE_READERS = new Set<Viewer>(['officeHead', 'agencyHead', 'viceLeader', 'accused', 'accusedHead', 'conflicted', 'newInspector']);
const RECUSED = new Set<Viewer>(['accused', 'accusedHead', 'conflicted']);
const KNOWS_DENOUNCER = new Set<Viewer>(['officeHead', 'agencyHead']);

type Naming = 'directory user' | 'citizen’s words' | 'outside person';
const TYPES = ['to-cao', 'kien-nghi-phan-anh', 'khieu-nai-lan-1'] as const;
interface Record_ {
  id: string;
  type: (typeof TYPES)[number];
  naming: Naming;
  step: string;
}

const base = (type: (typeof TYPES)[number], subject: string) => ({
  type,
  channel: 'truc-tiep',
  receivedAt: '2026-11-16T08:30:00+07:00',
  petitioner: type === 'to-cao' ? DENOUNCER : PETITIONER,
  subject,
  content: `Nội dung ${subject}: cán bộ thanh tra yêu cầu nộp thêm giấy tờ không có trong quy định và hẹn nhiều lần.`,
  ...(type === 'khieu-nai-lan-1' ? { filingFacts: { actKnownOn: '2026-11-10' } } : {}),
  handlerUserId: USER_IDS.officeHead,
});

const sees = (viewer: Viewer, record: Record_) => CASE_READERS.has(viewer) && !(record.naming !== 'outside person' && RECUSED.has(viewer));

describe('recusal and the denouncer’s identity, as a matrix over routes, people, case types and namings', () => {
  let platform: LocalPlatform;
  const clients = {} as Record<Viewer, ApiClient>;
  const records: Record_[] = [];
  let misconductId = '';
  let newInspectorId = '';
  const refusals: { naming: string; status: number; code: string }[] = [];
  let emails: SesStoredEmail[] = [];
  /** Accepted cases with the notices issued for them: to the petitioner and, for a denunciation, to the accused. */
  const documented: (Record_ & { documents: { documentId: string; addressee: string }[] })[] = [];
  const call = (viewer: Viewer, path: string) => clients[viewer].get(path);

  beforeAll(async () => {
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock });
    for (const [viewer, userId] of Object.entries(USER_IDS)) clients[viewer as Viewer] = await ApiClient.signIn(platform.url, userId);
    const admin = clients.admin;
    // The directory, administered as an admin would: a new inspector (signs in at once), a declared conflict.
    const created = await admin.request('POST', '/api/users', { user: { email: 'thanh-tra-moi@khcn-quangngai.example', fullName: 'Phan Thị Thu', title: 'Thanh tra viên', roles: ['inspector'], unitId: 'thanh-tra', language: 'vi' }, reason: 'Tiếp nhận công chức mới' });
    expect(created.status).toBe(201);
    newInspectorId = created.body.userId;
    clients.newInspector = await ApiClient.signIn(platform.url, newInspectorId);
    const accused = (await admin.get('/api/users')).body.items.find((u: { userId: string }) => u.userId === ACCUSED);
    const conflict = await admin.request('PATCH', `/api/users/${ACCUSED}`, { version: accused.version, changes: { conflictedUserIds: [USER_IDS.conflicted] }, reason: 'Quan hệ gia đình (vợ chồng)' });
    expect(conflict.status).toBe(200);
    // Who is related to whom is for the administrators who record it, not for the readers of the user list.
    const conflictsSeenBy = async (viewer: Viewer) => (await clients[viewer].get('/api/users')).body.items.find((u: { userId: string }) => u.userId === ACCUSED)?.conflictedUserIds;
    expect(await conflictsSeenBy('admin')).toEqual([USER_IDS.conflicted]);
    for (const viewer of ['officeHead', 'agencyHead', 'newInspector'] as const) expect(await conflictsSeenBy(viewer)).toEqual([]);

    const office = clients.officeHead;
    for (const type of TYPES) {
      const byUser = await office.request('POST', '/api/cases', { ...base(type, `Đơn ${type} nêu tên cán bộ từ danh bạ`), officialConcerned: { kind: 'directory', userId: ACCUSED } });
      expect(byUser.status).toBe(201);
      records.push({ id: byUser.body.case.id, type, naming: 'directory user', step: 'acceptance' });
      const outside = await office.request('POST', '/api/cases', {
        ...base(type, `Đơn ${type} nêu người ngoài cơ quan`),
        officialConcerned: { kind: 'outside', name: 'Nguyễn Văn Ngoài', position: 'Công chức địa chính', organisation: 'UBND xã Tịnh Kỳ', reason: 'Công chức cấp xã, không thuộc Sở' },
      });
      expect(outside.status).toBe(201);
      records.push({ id: outside.body.case.id, type, naming: 'outside person', step: 'acceptance' });
      // The ways of naming that used to switch protection off are refused, and store nothing.
      for (const [naming, officialConcerned] of [
        ['name + unit', { name: 'Đặng Thị Lan', unitId: 'thanh-tra' }],
        ['directory user with a typed (wrong) unit', { kind: 'directory', userId: ACCUSED, unitId: 'ke-hoach-tai-chinh' }],
        ['outside person with a directory user’s name', { kind: 'outside', name: 'dang thi  LAN', reason: 'Không rõ' }],
      ] as const) {
        const refused = await office.request('POST', '/api/cases', { ...base(type, `Đơn ${type} bị từ chối (${naming})`), officialConcerned });
        refusals.push({ naming, status: refused.status, code: refused.body.error?.code });
      }
    }
    // A citizen names the official in their own words on the public form: protection holds before the office identifies her.
    const filed = await ApiClient.anonymous(platform.url).request('POST', '/api/public/cases', {
      type: 'kien-nghi-phan-anh',
      petitioner: PETITIONER,
      subject: 'Phản ánh thái độ của cán bộ thanh tra',
      content: 'Bà Đặng Thị Lan, thanh tra viên, có thái độ hách dịch khi làm việc với cửa hàng của tôi.',
      officialConcerned: { name: 'Đặng Thị Lan', position: 'Thanh tra viên' },
    });
    expect(filed.status).toBe(201);
    const listed = (await office.get('/api/cases?type=kien-nghi-phan-anh')).body.items.find((c: { subject: string }) => c.subject === 'Phản ánh thái độ của cán bộ thanh tra');
    records.push({ id: listed.id, type: 'kien-nghi-phan-anh', naming: 'citizen’s words', step: 'acceptance' });
    const public2 = await ApiClient.anonymous(platform.url).request('POST', '/api/public/cases', {
      type: 'to-cao',
      petitioner: DENOUNCER,
      subject: 'Tố cáo cán bộ thanh tra nhận tiền',
      content: 'Bà Đặng Thị Lan nhận tiền của cửa hàng khi kiểm tra đo lường.',
      officialConcerned: { name: 'Đặng Thị Lan' },
    });
    expect(public2.status).toBe(201);
    const listed2 = (await office.get('/api/cases?type=to-cao')).body.items.find((c: { subject: string }) => c.subject === 'Tố cáo cán bộ thanh tra nhận tiền');
    records.push({ id: listed2.id, type: 'to-cao', naming: 'citizen’s words', step: 'acceptance' });

    const misconduct = await office.request('POST', '/api/misconduct', { origin: { kind: 'office', note: 'Từ đơn tố cáo' }, official: { kind: 'directory', userId: ACCUSED }, allegation: 'Nhận tiền khi kiểm tra đo lường.', discoveredOn: '2026-11-16' });
    expect(misconduct.status).toBe(201);
    misconductId = misconduct.body.case.id;
    for (const [type, naming, officialConcerned] of [
      ['to-cao', 'directory user', { kind: 'directory', userId: ACCUSED }],
      ['to-cao', 'outside person', { kind: 'outside', name: 'Nguyễn Văn Ngoài', reason: 'Công chức cấp xã, không thuộc Sở' }],
      ['khieu-nai-lan-1', 'directory user', { kind: 'directory', userId: ACCUSED }],
    ] as const) {
      const registered = await office.request('POST', '/api/cases', { ...base(type, `Đơn ${type} đã thụ lý, có thông báo`), officialConcerned });
      const id = registered.body.case.id;
      expect((await office.request('POST', `/api/cases/${id}/commands`, { version: registered.body.case.version, command: { type: 'accept' } })).status).toBe(200);
      const documents = [];
      for (const addressee of type === 'to-cao' ? ['petitioner', 'accused'] : ['petitioner']) {
        const issued = await office.request('POST', `/api/cases/${id}/documents`, { step: 'acceptance', addressee });
        expect(issued.status).toBe(202);
        documents.push({ documentId: issued.body.documentId, addressee });
      }
      documented.push({ id, type, naming, step: 'resolution', documents });
    }
    await platform.drainStreams();
    const compiled = await office.request('POST', '/api/compiled', { templateId: 'bao-cao-nam-2026' });
    expect(compiled.status).toBe(201);

    // The daily checks of five working days, from before the first deadline to a week after it passed.
    for (const day of ['2026-11-20', '2026-11-25', '2026-11-27', '2026-12-01', '2026-12-09']) {
      clock.set(`${day}T09:00:00+07:00`);
      await platform.runScheduled(new Date(`${day}T02:00:00Z`), ['scheduled-deadline-check']);
    }
    emails = await readSesStore(platform.endpoints.ses);
  }, 240_000);
  afterAll(async () => {
    await platform?.stop();
  });

  it('refuses every way of naming an official that would bypass the directory, for each case type', () => {
    expect(refusals).toHaveLength(TYPES.length * 3);
    for (const refusal of refusals) expect(refusal, refusal.naming).toMatchObject({ status: 400 });
    expect(refusals.filter((r) => r.naming.startsWith('outside')).every((r) => r.code === 'ambiguous-official')).toBe(true);
  });

  const cells = VIEWERS.flatMap((viewer) => TYPES.flatMap((type) => (['directory user', 'outside person', 'citizen’s words'] as Naming[]).map((naming) => ({ viewer, type, naming }))));

  it.each(cells)('$viewer, $type named as $naming: the case, its list, access log, deadline and alerts', async ({ viewer, type, naming }) => {
    const record = records.find((r) => r.type === type && r.naming === naming);
    if (!record) return expect(naming === 'citizen’s words' && type === 'khieu-nai-lan-1').toBe(true);
    const visible = sees(viewer, record);
    const detail = await call(viewer, `/api/cases/${record.id}`);
    expect(detail.status).toBe(visible ? 200 : CASE_READERS.has(viewer) ? 404 : 403);
    const list = await call(viewer, '/api/cases');
    const listed = list.status === 200 ? list.body.items.map((c: { id: string }) => c.id) : [];
    expect(listed.includes(record.id)).toBe(visible);
    const searched = await call(viewer, `/api/cases?type=${type}`);
    expect(searched.status === 200 && searched.body.items.some((c: { id: string }) => c.id === record.id)).toBe(visible);
    const log = await call(viewer, `/api/cases/${record.id}/access-log`);
    expect(log.status).toBe(!visible ? (CASE_READERS.has(viewer) ? 404 : 403) : ['officeHead', 'agencyHead', 'viceLeader'].includes(viewer) ? 200 : 403);
    const deadlineId = `case--${record.id}--${record.step}`;
    expect((await call(viewer, `/api/deadlines/${deadlineId}`)).status).toBe(visible ? 200 : 404);
    expect((await call(viewer, `/api/deadlines/${deadlineId}/alerts`)).status).toBe(visible ? 200 : 404);
    const deadlines = await call(viewer, '/api/deadlines');
    expect(deadlines.body.items.some((d: { deadlineId: string }) => d.deadlineId === deadlineId)).toBe(visible);
    const alertLog = await call(viewer, '/api/alerts');
    if (alertLog.status === 200) expect(alertLog.body.items.some((a: { subjectRef: string }) => a.subjectRef === deadlineId)).toBe(visible);
    // Recused or not, nobody reads who filed a denunciation except those entitled.
    if (visible && type === 'to-cao') expect(detail.body.case.petitioner.name === DENOUNCER.name).toBe(KNOWS_DENOUNCER.has(viewer));
  });

  it.each(VIEWERS)('%s: the documents issued for a case, listed and downloaded, the notice to a denouncer only by those who may know them', async (viewer) => {
    for (const record of documented) {
      const visible = sees(viewer, record);
      const list = await call(viewer, `/api/cases/${record.id}/documents`);
      expect(list.status, record.naming).toBe(visible ? 200 : CASE_READERS.has(viewer) ? 404 : 403);
      for (const document of record.documents) {
        const readable = visible && (record.type !== 'to-cao' || document.addressee === 'accused' || KNOWS_DENOUNCER.has(viewer));
        const listed = list.status === 200 && list.body.items.some((d: { documentId: string }) => d.documentId === document.documentId);
        expect(listed, `${record.type} ${record.naming} → ${document.addressee}`).toBe(readable);
        const got = await call(viewer, `/api/cases/${record.id}/documents/${document.documentId}`);
        expect(got.status, `${record.type} ${record.naming} → ${document.addressee}`).toBe(readable ? 200 : CASE_READERS.has(viewer) ? 404 : 403);
        if (readable) expect(got.body.downloadUrl).toMatch(/^http/);
      }
    }
  });

  it.each(VIEWERS)('%s: the misconduct case about the accused, its deadline, the dashboard and the compiled report', async (viewer) => {
    const readsMisconduct = ['agencyHead', 'viceLeader', 'accused', 'accusedHead', 'newInspector'].includes(viewer);
    const visible = readsMisconduct && !RECUSED.has(viewer);
    const detail = await call(viewer, `/api/misconduct/${misconductId}`);
    // Not even its existence: the same 404 for the recused and for those without the grant.
    expect(detail.status).toBe(visible ? 200 : 404);
    const list = await call(viewer, '/api/misconduct');
    expect(list.status === 200 && list.body.items.some((m: { id: string }) => m.id === misconductId)).toBe(visible);
    expect((await call(viewer, `/api/deadlines/case--${misconductId}--handling`)).status).toBe(visible ? 200 : 404);
    const dashboard = await call(viewer, '/api/dashboard');
    for (const record of records) if (!sees(viewer, record)) expect(JSON.stringify(dashboard.body)).not.toContain(record.id);
    const compiled = await call(viewer, '/api/compiled/tong-hop-bao-cao-nam-2026');
    expect(JSON.stringify(compiled.body)).not.toContain('Đặng Thị Lan');
  });

  it('lets the office head assign none of the recused as handler, and no one but active office or inspection staff', async () => {
    const record = records.find((r) => r.type === 'to-cao' && r.naming === 'directory user') as Record_;
    for (const handlerUserId of [ACCUSED, USER_IDS.accusedHead, USER_IDS.conflicted, USER_IDS.otherUnit]) {
      const current = (await clients.officeHead.get(`/api/cases/${record.id}`)).body.case;
      const refused = await clients.officeHead.request('POST', `/api/cases/${record.id}/commands`, { version: current.version, command: { type: 'accept', handlerUserId } });
      expect(refused.status, handlerUserId).toBe(400);
      expect(refused.body.error.code).toBe('invalid-handler');
    }
    const inspection = await clients.newInspector.get(`/api/misconduct/${misconductId}`);
    const assign = await clients.newInspector.request('POST', `/api/misconduct/${misconductId}/commands`, { version: inspection.body.case.version, command: { type: 'start-inspection', inspectorUserId: USER_IDS.accusedHead } });
    expect(assign.status).toBe(409);
    expect(assign.body.error.code).toBe('recused-inspector');
  });

  it('sends alerts to those entitled, and none about a case to anyone recused from it', () => {
    const addressOf = (userId: string) => `${userId.replace(/^u-/, '')}@khcn-quangngai.example`;
    const to = (userId: string) => emails.filter((m) => m.destination.to.includes(addressOf(userId)));
    const mentions = (m: SesStoredEmail, id: string) => `${m.subject} ${m.body.text ?? ''} ${m.body.html ?? ''}`.includes(id);
    // The check did alert: the office head handles every case and hears of each.
    for (const record of records) expect(to(USER_IDS.officeHead).some((m) => mentions(m, record.id)), record.id).toBe(true);
    for (const viewer of ['accused', 'accusedHead', 'conflicted'] as const) {
      for (const record of records.filter((r) => r.naming !== 'outside person')) expect(to(USER_IDS[viewer]).some((m) => mentions(m, record.id))).toBe(false);
      expect(to(USER_IDS[viewer]).some((m) => mentions(m, misconductId))).toBe(false);
    }
  });

  it.each(VIEWERS)('%s receives the denouncer’s name, phone, address and e-mail only if entitled, on every route with case data', async (viewer) => {
    const paths = ['/api/cases', '/api/deadlines', '/api/alerts', '/api/dashboard', '/api/misconduct', '/api/compiled/tong-hop-bao-cao-nam-2026', `/api/misconduct/${misconductId}`];
    for (const record of records) paths.push(`/api/cases/${record.id}`, `/api/cases/${record.id}/access-log`, `/api/deadlines/case--${record.id}--${record.step}`, `/api/deadlines/case--${record.id}--${record.step}/alerts`);
    for (const type of TYPES) paths.push(`/api/cases?type=${type}`);
    for (const record of documented) paths.push(`/api/cases/${record.id}`, `/api/cases/${record.id}/documents`, ...record.documents.map((d) => `/api/cases/${record.id}/documents/${d.documentId}`));
    const all = (await Promise.all(paths.map(async (path) => JSON.stringify((await call(viewer, path)).body)))).join('\n');
    for (const value of PII) expect(all.includes(value), `${viewer} received ${value}`).toBe(KNOWS_DENOUNCER.has(viewer));
  });

  it('puts the denouncer’s identity in no e-mail but their own acknowledgements', () => {
    expect(emails.length).toBeGreaterThan(0);
    for (const email of emails.filter((m) => !m.destination.to.includes(DENOUNCER.email))) {
      for (const value of PII) expect(`${email.subject} ${email.body.text ?? ''} ${email.body.html ?? ''}`, email.destination.to.join()).not.toContain(value);
    }
  });

  it('re-applies recusal at once when a unit gets a new head: the new head loses sight, the head at the time keeps none', async () => {
    const record = records.find((r) => r.type === 'to-cao' && r.naming === 'directory user') as Record_;
    expect((await clients.newInspector.get(`/api/cases/${record.id}`)).status).toBe(200);
    const unit = (await clients.admin.get('/api/units/thanh-tra')).body;
    const changed = await clients.admin.request('PATCH', '/api/units/thanh-tra', { version: unit.version, changes: { headUserId: newInspectorId }, reason: 'Bổ nhiệm Chánh Thanh tra mới' });
    expect(changed.status).toBe(200);
    expect((await clients.newInspector.get(`/api/cases/${record.id}`)).status).toBe(404);
    expect((await clients.newInspector.get(`/api/deadlines/case--${record.id}--acceptance`)).status).toBe(404);
    expect((await clients.accusedHead.get(`/api/cases/${record.id}`)).status).toBe(404);
    // Deactivated: refused at the next request, not at the token's expiry.
    const user = (await clients.admin.get('/api/users')).body.items.find((u: { userId: string }) => u.userId === USER_IDS.viceLeader);
    expect((await clients.admin.request('PATCH', `/api/users/${USER_IDS.viceLeader}`, { version: user.version, changes: { active: false }, reason: 'Nghỉ hưu' })).status).toBe(200);
    expect((await clients.viceLeader.get('/api/cases')).status).toBe(401);
    // Put back as it was, so no other test depends on running before this one.
    const after = (await clients.admin.get('/api/users')).body.items.find((u: { userId: string }) => u.userId === USER_IDS.viceLeader);
    expect((await clients.admin.request('PATCH', `/api/users/${USER_IDS.viceLeader}`, { version: after.version, changes: { active: true }, reason: 'Hoàn tác thử nghiệm' })).status).toBe(200);
    expect((await clients.admin.request('PATCH', '/api/units/thanh-tra', { version: changed.body.version, changes: { headUserId: USER_IDS.accusedHead }, reason: 'Hoàn tác thử nghiệm' })).status).toBe(200);
    expect((await clients.viceLeader.get('/api/cases')).status).toBe(200);
  });
});
