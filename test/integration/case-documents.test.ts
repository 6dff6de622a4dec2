import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSesStore } from '../../infra/local/emulators/index.ts';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { ApiClient } from '../support/api-client.ts';
import { readDocx } from '../support/read-docx.ts';

// Monday 16/11/2026, 09:00 in Quảng Ngãi.
const clock = new FixedClock('2026-11-16T02:00:00Z');
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

const complainant = { name: 'Nguyễn Thị Mai', address: 'Thôn 3, xã Tịnh Kỳ, Quảng Ngãi', phone: '0905123456', email: 'mai.nguyen@example.com' };
const complaint = {
  type: 'khieu-nai-lan-1',
  channel: 'truc-tiep',
  receivedAt: '2026-11-16T08:30:00+07:00',
  petitioner: complainant,
  subject: 'Khiếu nại quyết định xử phạt về đo lường',
  content: 'Tôi khiếu nại Quyết định xử phạt vi phạm hành chính số 12/QĐ-XPHC vì cân điện tử của tôi đã được kiểm định.',
  filingFacts: { actKnownOn: '2026-11-02' },
};
const denouncer = { name: 'Trần Văn Bình', address: 'Phường Nghĩa Chánh, Quảng Ngãi', phone: '0914222333', email: 'binh.tran@example.com' };
const denunciation = {
  type: 'to-cao',
  channel: 'buu-chinh',
  receivedAt: '2026-11-16T08:00:00+07:00',
  petitioner: denouncer,
  subject: 'Tố cáo cán bộ gây phiền hà khi thẩm định hồ sơ',
  content: 'Cán bộ thẩm định yêu cầu bổ sung giấy tờ không có trong quy định và hẹn nhiều lần.',
  officialConcerned: { kind: 'directory', userId: 'u-chuyen-vien-qlcn' },
  handlerUserId: 'u-chanh-thanh-tra',
};

interface DocumentView {
  documentId: string;
  symbol: string;
  status: string;
  email: string;
  step: string;
  addressee: string;
  replacedBy?: { symbol: string };
  replaces?: { symbol: string };
}

describe('case documents: issued under the register’s number, built off the request path, e-mailed once', () => {
  let platform: LocalPlatform;
  let office: ApiClient;
  let officeClerk: ApiClient;
  let inspector: ApiClient;
  let accused: ApiClient;
  let reporter: ApiClient;

  beforeAll(async () => {
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock });
    [office, officeClerk, inspector, accused, reporter] = (await Promise.all(['u-chanh-van-phong', 'u-chuyen-vien-vp', 'u-chanh-thanh-tra', 'u-chuyen-vien-qlcn', 'u-bao-cao-khtc'].map((id) => ApiClient.signIn(platform.url, id)))) as [ApiClient, ApiClient, ApiClient, ApiClient, ApiClient];
  });
  afterAll(async () => {
    await platform?.stop();
  });

  async function acceptedCase(by: ApiClient, registration: object): Promise<string> {
    const registered = await office.request('POST', '/api/cases', registration);
    expect(registered.status).toBe(201);
    const accepted = await by.request('POST', `/api/cases/${registered.body.case.id}/commands`, { version: registered.body.case.version, command: { type: 'accept' } });
    expect(accepted.status).toBe(200);
    return registered.body.case.id;
  }

  /** The built file, read back: the stream delivered to the documents function in between. */
  async function fileOf(by: ApiClient, caseId: string, documentId: string) {
    await platform.drainStreams();
    const got = await by.get(`/api/cases/${caseId}/documents/${documentId}`);
    expect(got.status).toBe(200);
    expect(got.body.document.status).toBe('ready');
    const bytes = new Uint8Array(await (await fetch(got.body.downloadUrl)).arrayBuffer());
    expect(bytes.length).toBe(got.body.document.size);
    return { view: got.body.document as DocumentView & { filename: string; size: number }, doc: await readDocx(bytes) };
  }

  const mailsTo = async (address: string) => (await readSesStore(platform.endpoints.ses)).filter((m) => m.destination.to.includes(address) && m.attachments.length > 0);

  it('issues the notice of thụ lý of a complaint: numbered, built, downloadable, e-mailed to the complainant once', async () => {
    const caseId = await acceptedCase(office, complaint);
    const offered = await office.get(`/api/cases/${caseId}/documents`);
    expect(offered.body.items).toEqual([]);
    expect(offered.body.issuable).toContainEqual(expect.objectContaining({ step: 'acceptance', addressee: 'petitioner', issued: false, label: { vi: 'Thông báo thụ lý', en: 'Notice of acceptance' } }));
    // Accepted: the other path's notice is not offered at all.
    expect(offered.body.issuable.map((n: { step: string }) => n.step)).not.toContain('not-accepted');

    const issued = await office.request('POST', `/api/cases/${caseId}/documents`, { step: 'acceptance', addressee: 'petitioner' });
    expect(issued.status).toBe(202);
    expect(issued.body).toMatchObject({ status: 'pending', summary: 'Thông báo về việc thụ lý giải quyết khiếu nại', issuedOn: '2026-11-16', issuedByName: expect.not.stringMatching(/^u-/), addresseeLabel: { vi: 'Người khiếu nại', en: 'The complainant' } });
    expect(issued.body.symbol).toMatch(/^\d{2,}\/TB-SKHCN$/);
    // The same request again (a double click, a retried call) is the same document, not a second number.
    const again = await office.request('POST', `/api/cases/${caseId}/documents`, { step: 'acceptance', addressee: 'petitioner' });
    expect(again.body).toMatchObject({ documentId: issued.body.documentId, symbol: issued.body.symbol });

    const { view, doc } = await fileOf(office, caseId, issued.body.documentId);
    expect(view.filename).toMatch(/^\d{2,}-TB-SKHCN-thong-bao-thu-ly\.docx$/);
    expect(doc.text).toContain(`Số: ${issued.body.symbol}`);
    expect(doc.text).toContain('Quảng Ngãi, ngày 16 tháng 11 năm 2026');
    expect(doc.text).toContain(`Kính gửi: Ông (Bà) ${complainant.name}.`);
    expect(doc.text).toContain('Ngày 16/11/2026');
    expect(doc.text).not.toMatch(ISO_DATE);
    for (const secret of [complainant.phone, complainant.email]) expect(doc.text).not.toContain(secret);

    await platform.drainStreams();
    const mails = await mailsTo(complainant.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain(`(số ${issued.body.symbol})`);
    expect(mails[0]?.attachments[0]).toMatchObject({ filename: view.filename, size: view.size });
    expect((await office.get(`/api/cases/${caseId}/documents`)).body.items[0]).toMatchObject({ email: 'sent', status: 'ready' });
    expect((await office.get(`/api/cases/${caseId}/documents`)).body.issuable.find((n: { step: string }) => n.step === 'acceptance').issued).toBe(true);
  });

  it('corrects a notice with a new number that says what it replaces; the old one stays, marked, and is corrected once', async () => {
    const caseId = await acceptedCase(office, { ...complaint, subject: 'Khiếu nại quyết định thu hồi giấy chứng nhận' });
    const first = (await office.request('POST', `/api/cases/${caseId}/documents`, { step: 'acceptance', addressee: 'petitioner' })).body as DocumentView;
    await platform.drainStreams();
    const tooShort = await office.request('POST', `/api/cases/${caseId}/documents`, { replaces: first.documentId, reason: 'sai' });
    expect(tooShort.status).toBe(400);
    expect(JSON.stringify(tooShort.body)).toContain('Lý do đính chính quá ngắn');

    const correction = await office.request('POST', `/api/cases/${caseId}/documents`, { replaces: first.documentId, reason: 'Ghi sai địa chỉ người khiếu nại' });
    expect(correction.status).toBe(202);
    const [, firstNumber] = /^(\d+)\//.exec(first.symbol) ?? [];
    expect(correction.body.symbol).not.toBe(first.symbol);
    expect(Number(/^(\d+)\//.exec(correction.body.symbol)?.[1])).toBeGreaterThan(Number(firstNumber));
    expect(correction.body.replaces).toMatchObject({ symbol: first.symbol, reason: 'Ghi sai địa chỉ người khiếu nại' });

    const { doc } = await fileOf(office, caseId, correction.body.documentId);
    expect(doc.text).toContain(`Văn bản này thay thế văn bản số ${first.symbol} ngày 16/11/2026 (lý do: Ghi sai địa chỉ người khiếu nại).`);
    const items = (await office.get(`/api/cases/${caseId}/documents`)).body.items as DocumentView[];
    expect(items.map((d) => d.symbol)).toEqual([first.symbol, correction.body.symbol]);
    expect(items[0]?.replacedBy).toMatchObject({ symbol: correction.body.symbol });

    const twice = await office.request('POST', `/api/cases/${caseId}/documents`, { replaces: first.documentId, reason: 'Đính chính lần nữa' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toContain(`đã được thay thế bởi văn bản ${correction.body.symbol}`);
  });

  it('refuses a notice the case is not at, or that its type does not have, and issues nothing', async () => {
    const registered = await office.request('POST', '/api/cases', { ...complaint, subject: 'Khiếu nại chưa thụ lý' });
    const caseId = registered.body.case.id;
    const offered = (await office.get(`/api/cases/${caseId}/documents`)).body.issuable as { step: string; refusal?: { vi: string } }[];
    // Before either path, the handler's proposal may be issued (with the proposal left blank), thụ lý not yet.
    expect(offered.map((n) => [n.step, n.refusal?.vi])).toEqual([
      ['proposal', undefined],
      ['acceptance', 'Hồ sơ chưa được thụ lý.'],
      ['not-accepted', 'Hồ sơ chưa có quyết định không thụ lý.'],
    ]);
    const early = await office.request('POST', `/api/cases/${caseId}/documents`, { step: 'acceptance', addressee: 'petitioner' });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe('Hồ sơ chưa được thụ lý.');
    const wrongType = await office.request('POST', `/api/cases/${caseId}/documents`, { step: 'acceptance', addressee: 'accused' });
    expect(wrongType.status).toBe(400);
    expect((await office.request('POST', `/api/cases/${caseId}/documents`, { step: 'decision', addressee: 'petitioner' })).status).toBe(400);
    expect((await reporter.request('POST', `/api/cases/${caseId}/documents`, { step: 'acceptance', addressee: 'petitioner' })).status).toBe(403);
    expect((await office.get(`/api/cases/${caseId}/documents`)).body.items).toEqual([]);
  });

  it('keeps the denouncer out of the notice to the accused, and the notice to the denouncer from all who may not know them', async () => {
    const caseId = await acceptedCase(inspector, denunciation);
    const notificationOf = async () => ((await inspector.get(`/api/cases/${caseId}`)).body.case.deadlines as { step: string; status: string }[]).find((d) => d.step === 'notification')?.status;
    expect(await notificationOf()).toBe('open');
    const toDenouncer = await inspector.request('POST', `/api/cases/${caseId}/documents`, { step: 'acceptance', addressee: 'petitioner' });
    const toAccused = await inspector.request('POST', `/api/cases/${caseId}/documents`, { step: 'acceptance', addressee: 'accused' });
    expect([toDenouncer.status, toAccused.status]).toEqual([202, 202]);
    // The notice to the denouncer is the notification the law requires: its deadline is met, under the notice's number, once.
    expect(await notificationOf()).toBe('met');
    const documents = (await inspector.get(`/api/cases/${caseId}`)).body.case.documents as { kind: string; ref: string }[];
    expect(documents.filter((d) => d.kind === 'notice').map((d) => d.ref)).toEqual([toDenouncer.body.symbol]);
    expect((await inspector.request('POST', `/api/cases/${caseId}/documents`, { step: 'acceptance', addressee: 'petitioner' })).body.symbol).toBe(toDenouncer.body.symbol);

    const accusedNotice = await fileOf(inspector, caseId, toAccused.body.documentId);
    expect(accusedNotice.doc.text).toContain('Về nội dung tố cáo');
    for (const secret of Object.values(denouncer)) expect(accusedNotice.doc.text).not.toContain(secret);
    const denouncerNotice = await fileOf(inspector, caseId, toDenouncer.body.documentId);
    expect(denouncerNotice.doc.text).toContain(`Kính gửi: Ông (Bà) ${denouncer.name}.`);

    // An office clerk may see the case, not who denounced: the denouncer's notice is not theirs to list, read or issue.
    const clerkList = (await officeClerk.get(`/api/cases/${caseId}/documents`)).body;
    expect(clerkList.items.map((d: DocumentView) => d.documentId)).toEqual([toAccused.body.documentId]);
    expect(JSON.stringify(clerkList)).not.toContain(denouncer.name);
    expect((await officeClerk.get(`/api/cases/${caseId}/documents/${toDenouncer.body.documentId}`)).status).toBe(404);
    expect((await officeClerk.request('POST', `/api/cases/${caseId}/documents`, { replaces: toDenouncer.body.documentId, reason: 'Đính chính thông tin' })).status).toBe(404);
    // The accused (an official without access to cases) learns nothing of the case from its documents either.
    for (const path of [`/api/cases/${caseId}/documents`, `/api/cases/${caseId}/documents/${toAccused.body.documentId}`]) {
      const answer = await accused.get(path);
      expect(answer.status).toBe(403);
      expect(JSON.stringify(answer.body)).not.toMatch(/Tố cáo|thẩm định|TB-SKHCN/);
    }

    // The denouncer is told by e-mail, once; the accused's notice goes by the office's own channel.
    await platform.drainStreams();
    expect(await mailsTo(denouncer.email)).toHaveLength(1);
    const log = (await office.get(`/api/cases/${caseId}/access-log`)).body.items as { userId: string; action: string }[];
    expect(log).toContainEqual(expect.objectContaining({ userId: 'u-chuyen-vien-vp', action: 'documents:list' }));
  });

  it('issues the decision extending a denunciation, one per recorded extension, with the new end date and no denouncer', async () => {
    const caseId = await acceptedCase(inspector, { ...denunciation, subject: 'Tố cáo cán bộ thẩm định nhận quà của doanh nghiệp' });
    const before = (await inspector.get(`/api/cases/${caseId}`)).body;
    // Beyond the legal maximum (Luật Tố cáo Điều 30: 30 days at a time) the extension is refused, and nothing moves.
    const tooLong = await inspector.request('POST', `/api/cases/${caseId}/commands`, { version: before.case.version, command: { type: 'extend', days: 31, reason: 'Vụ việc phức tạp' } });
    expect(tooLong.status).toBe(400);
    // No number typed: the platform issues the decision.
    const extended = await inspector.request('POST', `/api/cases/${caseId}/commands`, { version: before.case.version, command: { type: 'extend', days: 30, reason: 'Vụ việc phức tạp, cần xác minh tại nhiều nơi' } });
    expect(extended.status).toBe(200);
    const due = extended.body.case.deadlines.find((d: { step: string }) => d.step === 'resolution').due as string;
    expect(due > before.case.deadlines.find((d: { step: string }) => d.step === 'resolution').due).toBe(true);

    const offered = (await officeClerk.get(`/api/cases/${caseId}/documents`)).body.issuable;
    expect(offered).toContainEqual(expect.objectContaining({ step: 'extension', addressee: 'parties', decision: 0, issued: false, label: expect.objectContaining({ vi: 'Quyết định gia hạn giải quyết tố cáo (lần 1, ngày 16/11/2026)' }) }));
    const missing = await inspector.request('POST', `/api/cases/${caseId}/documents`, { step: 'extension', addressee: 'parties', decision: 5 });
    expect(missing.status).toBe(409);
    expect(missing.body.error.message).toBe('Hồ sơ không có quyết định này.');

    const issued = await inspector.request('POST', `/api/cases/${caseId}/documents`, { step: 'extension', addressee: 'parties', decision: 0 });
    expect(issued.status).toBe(202);
    expect(issued.body.symbol).toMatch(/^\d{2,}\/QĐ-SKHCN$/);
    expect(issued.body.addresseeLabel.vi).toBe('Người tố cáo và người bị tố cáo');
    // Both sides receive it, so whoever may see the case may read it, the clerk who may not know the denouncer included.
    const { doc } = await fileOf(officeClerk, caseId, issued.body.documentId);
    expect(doc.text).toContain(`Số: ${issued.body.symbol}`);
    expect(doc.text).toContain('Về việc gia hạn giải quyết tố cáo');
    expect(doc.text).toContain('GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(doc.text).toContain('QUYẾT ĐỊNH:');
    expect(doc.text).toContain('Điều 1. Gia hạn giải quyết tố cáo đối với Ông (Bà) Lê Văn Cường');
    expect(doc.text).toContain('Thời gian gia hạn: 30 ngày (gia hạn lần 1, quyết định ngày 16/11/2026)');
    expect(doc.text).toContain(`Điều 2. Thời hạn giải quyết tố cáo được kéo dài đến hết ngày ${due.split('-').reverse().join('/')}.`);
    expect(doc.text).not.toContain('Kính gửi');
    expect(doc.text).not.toMatch(ISO_DATE);
    for (const secret of Object.values(denouncer)) expect(doc.text).not.toContain(secret);

    // The denouncer, who gave an address, is sent it once.
    await platform.drainStreams();
    expect((await mailsTo(denouncer.email)).filter((m) => m.subject.includes(issued.body.symbol))).toHaveLength(1);
  });

  it('transfers a denunciation: the slip to the competent body and the handler’s proposal name nobody who denounced and are e-mailed to nobody; the denouncer is told once', async () => {
    const registered = await office.request('POST', '/api/cases', { ...denunciation, subject: 'Tố cáo cán bộ xã nhận tiền khi xác nhận hồ sơ' });
    const caseId = registered.body.case.id as string;
    const moved = await inspector.request('POST', `/api/cases/${caseId}/commands`, { version: registered.body.case.version, command: { type: 'transfer', to: 'UBND huyện Sơn Tịnh', reason: 'Người bị tố cáo do UBND huyện quản lý' } });
    expect(moved.status).toBe(200);
    const offered = (await inspector.get(`/api/cases/${caseId}/documents`)).body.issuable as { step: string; addressee: string; refusal?: unknown }[];
    // Transferred: the transfer's two documents, and neither of thụ lý.
    expect(offered.filter((n) => n.step === 'transfer').map((n) => [n.addressee, n.refusal])).toEqual([
      ['receiving-body', undefined],
      ['petitioner', undefined],
    ]);
    expect(offered.map((n) => n.step)).not.toContain('acceptance');

    const slip = await inspector.request('POST', `/api/cases/${caseId}/documents`, { step: 'transfer', addressee: 'receiving-body' });
    expect(slip.status).toBe(202);
    expect(slip.body.addresseeLabel.vi).toBe('Cơ quan nhận đơn chuyển: UBND huyện Sơn Tịnh');
    const word = await inspector.request('POST', `/api/cases/${caseId}/documents`, { step: 'transfer', addressee: 'petitioner' });
    // The handler's proposal to the leaders: numbered, signed by the handler, no denouncer, sent to nobody.
    const proposal = await inspector.request('POST', `/api/cases/${caseId}/documents`, { step: 'proposal', addressee: 'leader' });
    expect(proposal.status).toBe(202);
    expect(proposal.body.symbol).toMatch(/^\d{2,}\/TTr-SKHCN$/);
    const proposalText = (await fileOf(officeClerk, caseId, proposal.body.documentId)).doc.text;
    expect(proposalText).toContain('Đề xuất: Chuyển đơn đến UBND huyện Sơn Tịnh');
    expect(proposalText).toContain(proposal.body.issuedByName);
    for (const secret of Object.values(denouncer)) expect(proposalText).not.toContain(secret);
    const { doc } = await fileOf(inspector, caseId, slip.body.documentId);
    expect(doc.text).toContain('PHIẾU CHUYỂN');
    expect(doc.text).toContain('Kính gửi: UBND huyện Sơn Tịnh.');
    expect(doc.text).toContain('Người bị tố cáo do UBND huyện quản lý');
    for (const secret of Object.values(denouncer)) expect(doc.text).not.toContain(secret);
    expect((await fileOf(inspector, caseId, word.body.documentId)).doc.text).toContain(`Kính gửi: Ông (Bà) ${denouncer.name}.`);

    await platform.drainStreams();
    const mails = (await readSesStore(platform.endpoints.ses)).filter((m) => m.attachments.length > 0 && [slip.body.symbol, word.body.symbol, proposal.body.symbol].some((symbol) => m.subject.includes(symbol)));
    expect(mails.map((m) => [m.destination.to, m.subject.includes(word.body.symbol)])).toEqual([[[denouncer.email], true]]);
  });

  it('issues the decision on a complaint once it is resolved, with the outcome, and e-mails it to the complainant once', async () => {
    const caseId = await acceptedCase(office, { ...complaint, subject: 'Khiếu nại việc từ chối cấp giấy phép' });
    const early = await office.request('POST', `/api/cases/${caseId}/documents`, { step: 'resolution', addressee: 'parties' });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe('Hồ sơ chưa có kết quả giải quyết.');
    let version = (await office.get(`/api/cases/${caseId}`)).body.case.version as number;
    for (const command of [{ type: 'start' }, { type: 'resolve', outcome: 'partly-upheld', publicSummary: 'Khiếu nại đúng một phần.' }]) {
      const done = await office.request('POST', `/api/cases/${caseId}/commands`, { version, command });
      expect(done.status, command.type).toBe(200);
      version = done.body.case.version;
    }
    const issued = await office.request('POST', `/api/cases/${caseId}/documents`, { step: 'resolution', addressee: 'parties' });
    expect(issued.status).toBe(202);
    expect(issued.body.symbol).toMatch(/^\d{2,}\/QĐ-SKHCN$/);
    const { doc } = await fileOf(office, caseId, issued.body.documentId);
    expect(doc.text).toContain(`Về việc giải quyết khiếu nại của Ông (Bà) ${complainant.name} (lần đầu)`);
    expect(doc.text).toContain('là đúng một phần');
    expect(doc.text).not.toMatch(ISO_DATE);
    await platform.drainStreams();
    expect((await mailsTo(complainant.email)).filter((m) => m.subject.includes(issued.body.symbol))).toHaveLength(1);
  });

  it('gives notices issued at the same moment consecutive numbers, none twice', async () => {
    const caseIds = [];
    for (let i = 0; i < 6; i += 1) caseIds.push(await acceptedCase(office, { ...complaint, subject: `Khiếu nại số ${i + 1} về đo lường` }));
    const issued = await Promise.all(caseIds.map((id) => office.request('POST', `/api/cases/${id}/documents`, { step: 'acceptance', addressee: 'petitioner' })));
    expect(issued.map((r) => r.status)).toEqual(caseIds.map(() => 202));
    const numbers = issued.map((r) => Number(/^(\d+)\//.exec(r.body.symbol)?.[1])).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(6);
    expect(numbers.at(-1)! - numbers[0]!).toBe(5);
  });

  it('keeps the registers from the records: the rows and totals the case list gives for the range, denouncers hidden from who may not know them', async () => {
    const range = 'from=2026-11-16&to=2026-11-16';
    for (const [viewer, name] of [
      [office, 'office head'],
      [officeClerk, 'office clerk'],
    ] as const) {
      const cases = (await viewer.get('/api/cases')).body.items as { type: string; channel: string; receivedAt: string }[];
      const inRange = cases.filter((c) => c.receivedAt.startsWith('2026-11-16'));
      const handled = await viewer.get(`/api/registers/so-theo-doi-xu-ly-don?${range}`);
      expect(handled.status, name).toBe(200);
      expect(handled.body.totals.rows, name).toBe(inRange.length);
      const byType: Record<string, number> = {};
      for (const c of inRange) byType[c.type] = (byType[c.type] ?? 0) + 1;
      expect(handled.body.totals.byType, name).toEqual(byType);
      expect(handled.body.rows).toHaveLength(inRange.length);
      const received = await viewer.get(`/api/registers/so-tiep-cong-dan?${range}`);
      expect(received.body.totals.rows, name).toBe(inRange.filter((c) => c.channel === 'truc-tiep').length);
      expect(received.body.columns.map((c: { header: string }) => c.header).slice(0, 5)).toEqual(['STT', 'Ngày tiếp', 'Họ tên - Địa chỉ', 'CMND/Hộ chiếu của công dân', 'Nội dung vụ việc']);
      const text = JSON.stringify([handled.body, received.body]);
      expect(text.includes(denouncer.name), name).toBe(viewer === office);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    }
    const clerkRows = (await officeClerk.get(`/api/registers/so-theo-doi-xu-ly-don?${range}`)).body.rows as string[][];
    expect(clerkRows.some((row) => row.includes('Đã ẩn (bảo vệ người tố cáo)'))).toBe(true);

    const reversed = await office.get('/api/registers/so-tiep-cong-dan?from=2026-11-30&to=2026-11-01');
    expect(reversed.status).toBe(400);
    expect(JSON.stringify(reversed.body)).toContain('Ngày bắt đầu phải trước ngày kết thúc');
    expect((await office.get(`/api/registers/so-khac?${range}`)).status).toBe(400);
    expect((await reporter.get(`/api/registers/so-tiep-cong-dan?${range}`)).status).toBe(403);
  });

  it('exports a register as XLSX off the request path, for the one who asked only', async () => {
    const asked = await office.request('POST', '/api/registers/so-theo-doi-xu-ly-don/exports', { from: '2026-11-16', to: '2026-11-16' });
    expect(asked.status).toBe(202);
    expect(asked.body.status).toBe('pending');
    const path = `/api/registers/so-theo-doi-xu-ly-don/exports/${asked.body.exportId}`;
    await platform.drainStreams();
    const ready = await office.get(path);
    expect(ready.body).toMatchObject({ status: 'ready', filename: 'so-theo-doi-xu-ly-don-16-11-2026-den-16-11-2026.xlsx' });
    const bytes = Buffer.from(await (await fetch(ready.body.downloadUrl)).arrayBuffer());
    expect(bytes.length).toBe(ready.body.size);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    // Merged cells repeat their text in each cell: the first one is the row's.
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push(Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).text)));
    expect(rows[1]?.[0]).toBe('SỔ THEO DÕI XỬ LÝ ĐƠN');
    expect(rows[2]?.[0]).toBe('Từ ngày 16/11/2026 đến ngày 16/11/2026');
    expect(rows[3]?.slice(0, 3)).toEqual(['STT', 'Ngày nhận', 'Nguồn đơn']);
    expect(rows[3]?.[6]).toBe('Phân loại');
    expect(rows[4]?.[6]).toBe('Đủ điều kiện xử lý');
    const table = (await office.get('/api/registers/so-theo-doi-xu-ly-don?from=2026-11-16&to=2026-11-16')).body;
    expect(rows.at(-1)?.[0]).toBe(`Tổng số: ${table.totals.rows}`);
    const data = rows.filter((row) => /^\d+$/.test(row[0] ?? '') && /^\d{2}\/\d{2}\/2026$/.test(row[1] ?? ''));
    expect(data).toEqual(table.rows);
    // The rows were made for the office head: nobody else may fetch them, not even that they exist.
    expect((await officeClerk.get(path)).status).toBe(404);
  });
});
