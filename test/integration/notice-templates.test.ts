import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { ApiClient } from '../support/api-client.ts';
import { readDocx } from '../support/read-docx.ts';

// Monday 16/11/2026, 09:00 in Quảng Ngãi.
const clock = new FixedClock('2026-11-16T02:00:00Z');
const ACCEPTANCE = 'khieu-nai/thong-bao-thu-ly';
const NEW_WORDS = 'Sở Khoa học và Công nghệ đã thụ lý khiếu nại ngày {acceptedDate}; kết quả sẽ được thông báo trước ngày {resolutionDue}.';

const complaint = (subject: string) => ({
  type: 'khieu-nai-lan-1',
  channel: 'truc-tiep',
  receivedAt: '2026-11-16T08:30:00+07:00',
  petitioner: { name: 'Võ Thị Lệ', address: 'Xã Tịnh Khê, Quảng Ngãi' },
  subject,
  content: 'Tôi khiếu nại quyết định từ chối gia hạn giấy chứng nhận hoạt động dịch vụ khoa học và công nghệ.',
  filingFacts: { actKnownOn: '2026-11-02' },
});

interface Entry {
  template: { id: string; version: string; title: string; paragraphs: string[]; bases: string[]; recipients: string[]; label: { vi: string; en: string }; validFrom: string };
  inForce: boolean;
  versions: { version: string; validFrom: string; editedByName: string; reason: string }[];
}

describe('the agency adjusts the wording of its case documents; documents issued keep theirs', () => {
  let platform: LocalPlatform;
  let admin: ApiClient;
  let office: ApiClient;

  beforeAll(async () => {
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock });
    [admin, office] = (await Promise.all(['u-quan-tri', 'u-chanh-van-phong'].map((id) => ApiClient.signIn(platform.url, id)))) as [ApiClient, ApiClient];
  });
  afterAll(async () => {
    await platform?.stop();
  });

  const entryOf = async (id: string) => ((await admin.get('/api/case-notice-templates')).body.items as Entry[]).find((item) => item.template.id === id)!;
  const wordingOf = (entry: Entry, paragraphs: string[], validFrom = '2026-11-16') => ({
    templateId: entry.template.id,
    validFrom,
    label: entry.template.label,
    title: entry.template.title,
    bases: entry.template.bases,
    paragraphs,
    recipients: entry.template.recipients,
    reason: 'Rút gọn lời văn theo ý kiến của Chánh Văn phòng',
  });

  const textOf = async (path: string) => {
    await platform.drainStreams();
    const got = await office.get(path);
    return (await readDocx(new Uint8Array(await (await fetch(got.body.downloadUrl)).arrayBuffer()))).text;
  };

  /** Registers and accepts a complaint, issues its notice of thụ lý; the document's path. */
  async function acceptanceNotice(subject: string): Promise<string> {
    const registered = await office.request('POST', '/api/cases', complaint(subject));
    const caseId = registered.body.case.id as string;
    expect((await office.request('POST', `/api/cases/${caseId}/commands`, { version: registered.body.case.version, command: { type: 'accept' } })).status).toBe(200);
    const issued = await office.request('POST', `/api/cases/${caseId}/documents`, { step: 'acceptance', addressee: 'petitioner' });
    expect(issued.status).toBe(202);
    return `/api/cases/${caseId}/documents/${issued.body.documentId}`;
  }

  it('lists the templates for the administrator only, with the facts their words may name', async () => {
    const listed = await admin.get('/api/case-notice-templates');
    expect(listed.status).toBe(200);
    expect(listed.body.facts).toContain('resolutionDue');
    expect(await entryOf(ACCEPTANCE)).toMatchObject({ inForce: true, versions: [] });
    expect((await office.get('/api/case-notice-templates')).status).toBe(403);
  });

  it('refuses words that name no fact of the case, or the denouncer to the accused, and stores nothing', async () => {
    const acceptance = await entryOf(ACCEPTANCE);
    const unknown = await admin.request('POST', '/api/case-notice-templates/versions', wordingOf(acceptance, [acceptance.template.paragraphs[0]!, 'Gọi số {petitionerPhone}.']));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toContainEqual({ path: 'body.paragraphs.1', message: expect.stringContaining('{petitionerPhone} không phải là thông tin của hồ sơ') });
    const accused = await entryOf('to-cao/thong-bao-noi-dung');
    const naming = await admin.request('POST', '/api/case-notice-templates/versions', wordingOf(accused, [...accused.template.paragraphs, 'Người tố cáo: {petitionerName}.']));
    expect(naming.status).toBe(400);
    expect(JSON.stringify(naming.body)).toContain('không được nêu thông tin người tố cáo');
    expect((await entryOf(ACCEPTANCE)).versions).toEqual([]);
    expect((await admin.request('POST', '/api/case-notice-templates/versions', { ...wordingOf(acceptance, ['x']), templateId: 'khong-co' })).status).toBe(404);
  });

  it('issues from the new words from their date on, while a notice issued before keeps the old ones', async () => {
    const first = await acceptanceNotice('Khiếu nại trước khi sửa mẫu');
    expect(await textOf(first)).not.toContain('kết quả sẽ được thông báo trước ngày');
    const acceptance = await entryOf(ACCEPTANCE);

    // Words from tomorrow on change nothing today.
    const later = await admin.request('POST', '/api/case-notice-templates/versions', wordingOf(acceptance, ['Lời văn áp dụng từ ngày mai.'], '2026-11-17'));
    expect(later.status).toBe(201);
    expect(later.body.template.paragraphs).toEqual(acceptance.template.paragraphs);
    const today = await admin.request('POST', '/api/case-notice-templates/versions', wordingOf(acceptance, [NEW_WORDS]));
    expect(today.status).toBe(201);
    expect(today.body.template).toMatchObject({ paragraphs: [NEW_WORDS], version: '2026-11-16.1' });
    expect(today.body.versions.map((v: { validFrom: string; editedByName: string }) => [v.validFrom, v.editedByName])).toEqual([
      ['2026-11-16', 'Huỳnh Minh Tuấn'],
      ['2026-11-17', 'Huỳnh Minh Tuấn'],
    ]);

    const after = await textOf(await acceptanceNotice('Khiếu nại sau khi sửa mẫu'));
    expect(after).toContain('Sở Khoa học và Công nghệ đã thụ lý khiếu nại ngày 16/11/2026; kết quả sẽ được thông báo trước ngày');
    expect(after).not.toContain(acceptance.template.paragraphs[1]!.slice(0, 40));
    // The first notice, read again after the change, is as it was issued.
    const again = await textOf(first);
    expect(again).toContain(acceptance.template.paragraphs[1]!.replace(/\{\w+\}.*$/, '').trim());
    expect(again).not.toContain('kết quả sẽ được thông báo trước ngày');
  });
});
