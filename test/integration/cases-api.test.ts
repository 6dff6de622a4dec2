import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSesStore } from '../../infra/local/emulators/index.ts';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { PUBLIC_LIMITS } from '../../shared/cases/service.ts';
import { ApiClient } from '../support/api-client.ts';

const clock = new FixedClock('2026-11-16T02:00:00Z');

const complaint = {
  type: 'khieu-nai-lan-1',
  channel: 'truc-tiep',
  receivedAt: '2026-11-16T08:30:00+07:00',
  petitioner: { name: 'Nguyễn Thị Mai', address: 'Thôn 3, xã Tịnh Kỳ, Quảng Ngãi', phone: '0905123456', email: 'mai.nguyen@example.com' },
  subject: 'Khiếu nại quyết định xử phạt về đo lường',
  content: 'Tôi khiếu nại Quyết định xử phạt vi phạm hành chính số 12/QĐ-XPHC vì cân điện tử của tôi đã được kiểm định.',
  filingFacts: { actKnownOn: '2026-11-02' },
};

const denunciation = {
  type: 'to-cao',
  channel: 'buu-chinh',
  receivedAt: '2026-11-16T08:00:00+07:00',
  petitioner: { name: 'Trần Văn Bình', address: 'Phường Nghĩa Chánh, Quảng Ngãi', phone: '0914222333' },
  subject: 'Tố cáo cán bộ gây phiền hà khi thẩm định hồ sơ',
  content: 'Cán bộ thẩm định yêu cầu bổ sung giấy tờ không có trong quy định và hẹn nhiều lần.',
  officialConcerned: { kind: 'directory', userId: 'u-chuyen-vien-qlcn' },
  handlerUserId: 'u-chanh-thanh-tra',
};

describe('citizen cases and misconduct cases, through the API', () => {
  let platform: LocalPlatform;
  let office: ApiClient;
  let officeClerk: ApiClient;
  let inspector: ApiClient;
  let otherInspector: ApiClient;
  let leader: ApiClient;
  let viceLeader: ApiClient;
  let reporter: ApiClient;
  let citizen: ApiClient;

  beforeAll(async () => {
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock });
    [office, officeClerk, inspector, otherInspector, leader, reporter, viceLeader] = (await Promise.all(
      ['u-chanh-van-phong', 'u-chuyen-vien-vp', 'u-chanh-thanh-tra', 'u-thanh-tra-vien', 'u-giam-doc', 'u-bao-cao-khtc', 'u-pho-giam-doc'].map((id) => ApiClient.signIn(platform.url, id)),
    )) as ApiClient[] as [ApiClient, ApiClient, ApiClient, ApiClient, ApiClient, ApiClient, ApiClient];
    citizen = ApiClient.anonymous(platform.url);
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('refuses a case received on a day that does not exist, saying so in both languages, and stores nothing', async () => {
    // Prepare
    const before = (await office.get('/api/cases')).body.items.length;

    // Act
    const refused = await office.request('POST', '/api/cases', { ...complaint, receivedAt: '2025-02-30T02:00:00Z' });

    // Assess
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toContainEqual(expect.objectContaining({ path: 'body.receivedAt', message: expect.stringMatching(/ngày có thật.* \/ .*real date/) }));
    expect((await office.get('/api/cases')).body.items.length).toBe(before);
  });

  it('registers a complaint with its acceptance deadline, a tracking code and an acknowledgement e-mail', async () => {
    const registered = await office.request('POST', '/api/cases', complaint);
    expect(registered.status).toBe(201);
    expect(registered.body.trackingCode).toMatch(/^DV(-[2-9A-Z]{4}){5}$/);
    expect(registered.body.case.status).toBe('received');
    // Only what the route documents: the stored, unredacted case is not echoed under another name.
    expect(Object.keys(registered.body).sort()).toEqual(['case', 'duplicates', 'trackingCode', 'warnings']);
    const acceptance = registered.body.case.deadlines.find((d: { step: string }) => d.step === 'acceptance');
    expect(acceptance).toMatchObject({ ruleId: 'khieu-nai/thu-ly', status: 'open' });
    const ack = (await readSesStore(platform.endpoints.ses)).find((m) => m.destination.to.includes('mai.nguyen@example.com'));
    expect(ack?.body.text).toContain(registered.body.trackingCode);
    expect((await reporter.request('POST', '/api/cases', complaint)).status).toBe(403);
  });

  it('moves a case through its lifecycle, refusing illegal and stale commands and recomputing deadlines', async () => {
    const { body } = await office.request('POST', '/api/cases', { ...complaint, petitioner: { ...complaint.petitioner, email: undefined }, subject: 'Khiếu nại thứ hai về thu phí' });
    const id = body.case.id;
    const illegal = await office.request('POST', `/api/cases/${id}/commands`, { version: 0, command: { type: 'resolve', outcome: 'upheld', documentRef: 'QĐ 1', publicSummary: 'x' } });
    expect(illegal.status).toBe(409);
    expect(illegal.body.error.code).toBe('illegal-transition');
    const accepted = await office.request('POST', `/api/cases/${id}/commands`, { version: 0, command: { type: 'accept', documentRef: 'TB 15/TB-SKHCN' } });
    expect(accepted.status).toBe(200);
    expect(accepted.body.case.status).toBe('accepted');
    const resolution = accepted.body.case.deadlines.find((d: { step: string }) => d.step === 'resolution');
    expect(resolution).toMatchObject({ ruleId: 'khieu-nai/lan-1', status: 'open' });
    expect(accepted.body.deadlineIds.resolution).toBe(`case--${id}--resolution`);
    const tracked = await office.get(`/api/deadlines/case--${id}--resolution`);
    expect(tracked.body.deadline.due).toBe(resolution.due);
    expect(tracked.body.computation.trace.length).toBeGreaterThan(2);
    const stale = await office.request('POST', `/api/cases/${id}/commands`, { version: 0, command: { type: 'start' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version-conflict');
    expect((await reporter.get(`/api/cases/${id}`)).status).toBe(403);
  });

  it('lets a citizen file without an account, follow the case by code and see nothing personal; a wrong code tells nothing', async () => {
    const filed = await citizen.request('POST', '/api/public/cases', {
      type: 'kien-nghi-phan-anh',
      petitioner: { name: 'Phạm Văn Dũng', address: 'Xã Bình Sơn', email: 'dung.pham@example.com' },
      subject: 'Kiến nghị công khai thủ tục đăng ký đề tài',
      content: 'Đề nghị Sở công khai đầy đủ hồ sơ mẫu đăng ký đề tài khoa học trên trang thông tin điện tử.',
    });
    expect(filed.status).toBe(201);
    expect(filed.body.acknowledgementSent).toBe(true);
    const status = await citizen.get(`/api/public/cases/${encodeURIComponent(filed.body.trackingCode.toLowerCase().replaceAll('-', ' '))}`);
    expect(status.status).toBe(200);
    expect(Object.keys(status.body).sort()).toEqual(['decisions', 'mayRate', 'nextDeadline', 'nextStep', 'rating', 'receivedOn', 'status', 'statusLabel', 'type', 'typeLabel']);
    expect(JSON.stringify(status.body)).not.toMatch(/Phạm Văn Dũng|dung\.pham|Bình Sơn|công khai đầy đủ/);
    const wrong = await citizen.get('/api/public/cases/DV-2222-2222-2222-2222-2222');
    expect(wrong.status).toBe(404);
  });

  it(`limits the public form to ${PUBLIC_LIMITS.perHour} cases an hour from one address, and stores nothing beyond`, async () => {
    const form = { type: 'kien-nghi-phan-anh', anonymous: true, subject: 'Phản ánh giờ làm việc', content: 'Bộ phận một cửa mở cửa muộn hơn giờ niêm yết.' };
    const before = (await office.get('/api/cases')).body.items.length;
    const statuses: number[] = [];
    for (let i = 0; i < PUBLIC_LIMITS.perHour + 1; i += 1) statuses.push((await citizen.request('POST', '/api/public/cases', { ...form, subject: `${form.subject} ${i}` })).status);
    // One public case was filed by the previous test from this address within the same hour.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
    const accepted = statuses.filter((s) => s === 201).length;
    expect((await office.get('/api/cases')).body.items.length).toBe(before + accepted);
    const tooBig = await citizen.request('POST', '/api/public/cases', { ...form, content: 'x'.repeat(70 * 1024) });
    expect(tooBig.status).toBe(413);
  });

  it('shows a denouncer only to the assigned handler, the office head and the head of the agency, and logs every read', async () => {
    const { body } = await office.request('POST', '/api/cases', denunciation);
    const id = body.case.id;
    expect(body.case.petitioner.name).toBe('Trần Văn Bình');
    expect((await inspector.get(`/api/cases/${id}`)).body.case.petitioner.name).toBe('Trần Văn Bình');
    // The director resolves denunciations (Luật Tố cáo) and signs the decision: he may know who denounced.
    expect((await leader.get(`/api/cases/${id}`)).body.case.petitioner.name).toBe('Trần Văn Bình');
    for (const other of [officeClerk, otherInspector, viceLeader]) {
      const seen = (await other.get(`/api/cases/${id}`)).body.case;
      expect(seen.petitioner.name).not.toBe('Trần Văn Bình');
      expect(seen.redacted).toContain('petitioner');
    }
    const listed = (await officeClerk.get('/api/cases?type=to-cao')).body.items.find((c: { id: string }) => c.id === id);
    expect(JSON.stringify(listed)).not.toContain('0914222333');
    const log = await office.get(`/api/cases/${id}/access-log`);
    expect(log.body.items.map((e: { userId: string }) => e.userId)).toEqual(expect.arrayContaining(['u-chanh-thanh-tra', 'u-chuyen-vien-vp', 'u-thanh-tra-vien', 'u-giam-doc', 'u-pho-giam-doc']));
    expect((await officeClerk.get(`/api/cases/${id}/access-log`)).status).toBe(403);
  });

  it('queues a citizen letter sent to the cases address for the office, who registers it as a case', async () => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: platform.smtpPort, secure: false, ignoreTLS: true });
    await transport.sendMail({
      from: 'Võ Thị Hoa <hoa.vo@example.net>',
      to: 'don-thu@bao-cao.khcn-quangngai.example',
      subject: 'Đơn kiến nghị về việc cấp giấy chứng nhận',
      text: 'Kính gửi Sở Khoa học và Công nghệ, tôi kiến nghị rút ngắn thời gian cấp giấy chứng nhận.',
    });
    transport.close();
    // The SMTP server acknowledges once the message is stored; ingestion follows, as SES invokes Lambda asynchronously.
    let letter: { heldId: string; receivedAt: string } | undefined;
    for (let i = 0; i < 50 && !letter; i += 1) {
      letter = (await office.get('/api/inbound/held?status=held')).body.items.find((h: { from: string }) => h.from === 'hoa.vo@example.net');
      if (!letter) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(letter).toMatchObject({ reason: 'case-triage', senderNotified: false });
    expect((await readSesStore(platform.endpoints.ses)).filter((m) => m.destination.to.includes('hoa.vo@example.net'))).toHaveLength(0);

    const registration = {
      type: 'kien-nghi-phan-anh',
      petitioner: { name: 'Võ Thị Hoa' },
      subject: 'Kiến nghị rút ngắn thời gian cấp giấy chứng nhận',
      content: 'Tôi kiến nghị rút ngắn thời gian cấp giấy chứng nhận.',
    };
    if (!letter) throw new Error('the letter was never queued');
    const registered = await office.request('POST', `/api/inbound/held/${letter.heldId}/register-case`, registration);
    expect(registered.status).toBe(201);
    expect(registered.body.case).toMatchObject({ channel: 'email', source: 'email-triage', receivedAt: letter.receivedAt });
    expect(registered.body.held).toMatchObject({ status: 'assigned', resolution: { caseId: registered.body.case.id } });
    // The sender now lives only in the case, under its protections; the held copy forgets it.
    expect(registered.body.held).toMatchObject({ from: '', subject: '', to: [] });
    const ack = (await readSesStore(platform.endpoints.ses)).filter((m) => m.destination.to.includes('hoa.vo@example.net'));
    expect(ack).toHaveLength(1);
    expect(ack[0]?.body.text).toContain(registered.body.trackingCode);
    expect((await office.request('POST', `/api/inbound/held/${letter.heldId}/register-case`, registration)).status).toBe(409);
    expect((await reporter.request('POST', `/api/inbound/held/${letter.heldId}/register-case`, registration)).status).toBe(403);
  });

  it('lets only the office head assign a handler, so nobody unmasks a denouncer by assigning themselves', async () => {
    const { body } = await office.request('POST', '/api/cases', { ...denunciation, handlerUserId: undefined, subject: 'Tố cáo thứ hai (giao người xử lý)' });
    const id = body.case.id;
    const selfAssigned = await officeClerk.request('POST', `/api/cases/${id}/commands`, { version: body.case.version, command: { type: 'accept', handlerUserId: 'u-chuyen-vien-vp' } });
    expect(selfAssigned.status).toBe(403);
    expect((await officeClerk.get(`/api/cases/${id}`)).body.case.petitioner.name).not.toBe('Trần Văn Bình');
    const assigned = await office.request('POST', `/api/cases/${id}/commands`, { version: body.case.version, command: { type: 'accept', handlerUserId: 'u-thanh-tra-vien' } });
    expect(assigned.status).toBe(200);
    expect((await otherInspector.get(`/api/cases/${id}`)).body.case.petitioner.name).toBe('Trần Văn Bình');
  });

  it('keeps a denunciation away from the official concerned and their unit head: no deadline, no alert, no duplicate hint', async () => {
    const accused = { ...denunciation, subject: 'Tố cáo ông Trương Công Danh nhận tiền khi thẩm định', officialConcerned: { kind: 'directory', userId: 'u-bao-cao-khtc' } };
    const { body } = await office.request('POST', '/api/cases', accused);
    const id = body.case.id;
    const head = await ApiClient.signIn(platform.url, 'u-truong-phong-khtc');
    for (const recused of [reporter, head]) {
      const deadlines = (await recused.get('/api/deadlines')).body.items.map((d: { subject: { id: string } }) => d.subject.id);
      expect(deadlines).not.toContain(id);
      expect((await recused.get(`/api/deadlines/case--${id}--acceptance`)).status).toBe(404);
    }
    const titles = (await office.get('/api/deadlines')).body.items.filter((d: { subject: { id: string } }) => d.subject.id === id).map((d: { subject: { title: string } }) => d.subject.title);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.join(' ')).not.toContain('Trương Công Danh');
    // The same denouncer's phone on a new letter: the clerk, who may not know the denouncer, is not told.
    const probe = await officeClerk.request('POST', '/api/cases', { ...complaint, petitioner: { name: 'Thử', address: 'Thử', phone: '0914222333' }, subject: 'Đơn khác hẳn về thủ tục', content: 'Nội dung không liên quan đến tố cáo.' });
    expect(probe.status).toBe(201);
    expect(probe.body.duplicates.map((d: { caseId: string }) => d.caseId)).not.toContain(id);
  });

  it('hides a misconduct case from the accused official and the head of their unit, and from the office', async () => {
    const opened = await leader.request('POST', '/api/misconduct', {
      origin: { kind: 'office', note: 'Phản ánh của công dân tại buổi tiếp dân' },
      official: { kind: 'directory', userId: 'u-thanh-tra-vien' },
      allegation: 'Gây phiền hà cho tổ chức khi kiểm tra đo lường.',
      discoveredOn: '2026-11-10',
      violationOn: '2026-10-20',
    });
    expect(opened.status).toBe(403);
    const byOffice = await office.request('POST', '/api/misconduct', {
      origin: { kind: 'office', note: 'Phản ánh của công dân tại buổi tiếp dân' },
      official: { kind: 'directory', userId: 'u-thanh-tra-vien' },
      allegation: 'Gây phiền hà cho tổ chức khi kiểm tra đo lường.',
      discoveredOn: '2026-11-10',
      violationOn: '2026-10-20',
    });
    expect(byOffice.status).toBe(201);
    const id = byOffice.body.case.id;
    expect((await leader.get(`/api/misconduct/${id}`)).status).toBe(200);
    expect((await leader.get('/api/misconduct')).body.items.map((m: { id: string }) => m.id)).toContain(id);
    for (const recused of [otherInspector, inspector]) {
      expect((await recused.get(`/api/misconduct/${id}`)).status).toBe(404);
      expect((await recused.get('/api/misconduct')).body.items.map((m: { id: string }) => m.id)).not.toContain(id);
    }
    expect((await office.get(`/api/misconduct/${id}`)).status).toBe(404);
    for (const recused of [otherInspector, inspector]) {
      expect((await recused.get(`/api/deadlines/case--${id}--handling`)).status).toBe(404);
    }
    expect((await leader.get(`/api/deadlines/case--${id}--handling`)).status).toBe(200);
    const deadlines = (await office.get('/api/deadlines')).body.items.map((d: { subject: { kind: string } }) => d.subject.kind);
    expect(deadlines).not.toContain('misconduct');
  });
});
