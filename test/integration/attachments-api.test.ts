import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_AWS_CREDENTIALS, LOCAL_AWS_REGION } from '../../infra/local/emulators/index.ts';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { DEMO_AGENCY_ID } from '../../shared/demo/organization.ts';
import { PLAN_SECTIONS } from '../../shared/demo/reporting-plan.ts';
import { ApiClient } from '../support/api-client.ts';
import { deflatedZeros, docxParts, zip } from '../support/zip.ts';

const clock = new FixedClock('2025-10-23T02:00:00Z');
const UNIT = 'ke-hoach-tai-chinh';
const OWN = `bao-cao-nam-2025--${UNIT}`;
const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const content = () => ({
  sections: Object.fromEntries(PLAN_SECTIONS.map((s) => [s.id, { narrative: `Kết quả mục ${s.titleVi}`, metrics: Object.fromEntries(s.metrics.map((m) => [m.id, 1])) }])),
  difficulties: 'Không có.',
  proposals: 'Không có.',
  nextDirection: 'Tiếp tục thực hiện.',
});

const pdf = (body: string) => Buffer.from(`%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n${body}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');

describe('attachments that are what they claim, through the API and local S3', () => {
  let platform: LocalPlatform;
  let s3: S3Client;
  let reporter: ApiClient;
  let otherReporter: ApiClient;

  beforeAll(async () => {
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock });
    s3 = new S3Client({ endpoint: platform.endpoints.s3, region: LOCAL_AWS_REGION, credentials: LOCAL_AWS_CREDENTIALS, forcePathStyle: true });
    [reporter, otherReporter] = (await Promise.all(['u-bao-cao-khtc', 'u-bao-cao-qlcn'].map((id) => ApiClient.signIn(platform.url, id)))) as [ApiClient, ApiClient];
  });
  afterAll(async () => {
    s3?.destroy();
    await platform?.stop();
  });

  async function upload(client: ApiClient, filename: string, contentType: string, bytes: Uint8Array) {
    const ticket = await client.request('POST', '/api/uploads', { filename, contentType, size: bytes.length });
    expect(ticket.status).toBe(201);
    const put = await fetch(ticket.body.uploadUrl, { method: 'PUT', headers: ticket.body.headers, body: new Uint8Array(bytes) });
    expect(put.status).toBe(200);
    return { ref: { key: ticket.body.key as string, filename }, ticket: ticket.body as { uploadUrl: string; headers: Record<string, string> } };
  }
  const submit = (attachments: { key: string; filename: string }[], key: string) =>
    reporter.request('POST', `/api/obligations/${OWN}/submissions`, { content: content(), attachments }, { 'idempotency-key': key });
  const filedObjects = async () => (await s3.send(new ListObjectsV2Command({ Bucket: platform.buckets.attachments, Prefix: `submitted/${DEMO_AGENCY_ID}/${UNIT}/` }))).KeyCount ?? 0;
  const versions = async () => (await reporter.get(`/api/obligations/${OWN}`)).body.submissions.length as number;
  const download = async (version: number) => {
    const link = await reporter.get(`/api/obligations/${OWN}/submissions/${version}/attachments/0`);
    expect(link.status).toBe(200);
    return Buffer.from(await (await fetch(link.body.url)).arrayBuffer());
  };

  it.each([
    ['a zip bomb that declares 1 kB and inflates to 200 MiB', 'bom.docx', DOCX, () => zip([...docxParts(), { name: 'word/bomb.xml', raw: { deflated: deflatedZeros(200 * 1024 * 1024), declaredSize: 1000 } }]), 'khai sai kích thước thành phần (word/bomb.xml)'],
    ['a .docx holding an .exe', 'virus.docx', DOCX, () => zip([...docxParts(), { name: 'virus.exe', content: 'MZ\u0090\u0000' }]), 'Tệp .docx chứa tệp chạy được (virus.exe) — không nhận'],
    ['a .docx without word/document.xml', 'rong.docx', DOCX, () => zip(docxParts().slice(0, 1)), 'thiếu phần bắt buộc word/document.xml'],
    ['a PDF with JavaScript', 'js.pdf', PDF, () => pdf('2 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj'), 'Tệp PDF chứa mã chạy tự động hoặc lệnh mở chương trình (/JavaScript)'],
    ['a PDF that launches a program', 'launch.pdf', PDF, () => pdf('2 0 obj << /OpenAction << /S /Launch /F (cmd.exe) >> >> endobj'), '(/Launch)'],
    ['a %PDF- + HTML polyglot', 'web.pdf', PDF, () => pdf('<html><script>alert(1)</script></html>'), 'Tệp PDF đồng thời chứa mã trang web (<html)'],
  ])('refuses %s with its reason and files nothing', async (name, filename, type, build, reason) => {
    // Prepare
    const { ref } = await upload(reporter, filename, type, build());
    const [versionsBefore, filedBefore] = [await versions(), await filedObjects()];
    // Act
    const refused = await submit([ref], `bad-${filename}`);
    // Assess
    expect(refused.status, name).toBe(400);
    expect(refused.body.error.details).toEqual([{ path: 'body.attachments.0', message: expect.stringContaining(reason) }]);
    expect(refused.body.error.details[0].message).toMatch(/ — không nhận \/ .+ — refused$/);
    expect(await versions()).toBe(versionsBefore);
    expect(await filedObjects()).toBe(filedBefore);
  });

  it("refuses a key that leads into another unit's uploads once normalised, and files nothing", async () => {
    // Prepare: the other unit's genuine PDF, and a path that starts in our unit and climbs into theirs.
    const { ref: theirs } = await upload(otherReporter, 'cua-don-vi-khac.pdf', PDF, pdf(''));
    const climbing = theirs.key.replace(`/quan-ly-cong-nghe/`, `/${UNIT}/../quan-ly-cong-nghe/`);
    expect(climbing.startsWith(`uploads/${DEMO_AGENCY_ID}/${UNIT}/`)).toBe(true);
    const [versionsBefore, filedBefore] = [await versions(), await filedObjects()];
    // Act
    const refused = await submit([{ key: climbing, filename: theirs.filename }], 'climb');
    const encoded = await submit([{ key: theirs.key.replace(`/quan-ly-cong-nghe/`, `/${UNIT}/%2e%2e/quan-ly-cong-nghe/`), filename: theirs.filename }], 'climb-encoded');
    // Assess
    for (const response of [refused, encoded]) {
      expect(response.status).toBe(400);
      expect(response.body.error.details).toEqual([{ path: 'body.attachments.0', message: 'Tệp không thuộc đơn vị này / Not an upload of this unit' }]);
    }
    expect(await versions()).toBe(versionsBefore);
    expect(await filedObjects()).toBe(filedBefore);
  });

  it('files a real Word document, and the old upload URL cannot change what the version downloads afterwards', async () => {
    // Prepare
    const original = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Báo cáo năm 2025 của Phòng Kế hoạch - Tài chính')] }] }));
    const { ref, ticket } = await upload(reporter, 'Báo cáo năm 2025.docx', DOCX, original);
    const filed = await submit([ref], 'good');
    expect(filed.status).toBe(201);
    expect(filed.body.attachments[0]).toMatchObject({ filename: 'Báo cáo năm 2025.docx', contentType: DOCX, size: original.length });
    expect(filed.body.attachments[0].key).toMatch(new RegExp(`^submitted/${DEMO_AGENCY_ID}/${UNIT}/`));
    const replacement = Buffer.alloc(original.length, 'x');
    // Act: the presigned PUT is still valid, and S3 takes the new bytes at the upload key.
    const again = await fetch(ticket.uploadUrl, { method: 'PUT', headers: ticket.headers, body: new Uint8Array(replacement) });
    // Assess
    expect(again.status).toBe(200);
    expect((await download(filed.body.version)).equals(original)).toBe(true);
    const stored = (await reporter.get(`/api/obligations/${OWN}`)).body.submissions.find((v: { version: number }) => v.version === filed.body.version);
    expect(stored.attachments[0].key).toBe(filed.body.attachments[0].key);
    expect((await otherReporter.get(`/api/obligations/${OWN}/submissions/${filed.body.version}/attachments/0`)).status).toBe(404);
  });
});
