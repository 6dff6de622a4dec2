import { randomUUID } from 'node:crypto';
import { ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import nodemailer, { type Transporter } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_AWS_CREDENTIALS, LOCAL_AWS_REGION, readSesStore, type SesStoredEmail } from '../../infra/local/emulators/index.ts';
import { invokeFunction } from '../../infra/local/functions.ts';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { sesReceiptEvent } from '../../infra/local/smtp.ts';
import { FixedClock } from '../../shared/clock.ts';
import { DEMO_AGENCY_ID } from '../../shared/demo/organization.ts';
import { INBOUND_OBJECT_KEY_PREFIX } from '../../shared/platform/resources.ts';
import { loadConfig } from '../../shared/platform/config.ts';
import { createServices, type Services } from '../../shared/platform/container.ts';
import { obligationCode, obligationIdOf } from '../../shared/reporting/rules.ts';
import { ApiClient } from '../support/api-client.ts';
import { docxParts, minimalDocx, zip } from '../support/zip.ts';

const DOMAIN = 'bao-cao.khcn-quangngai.example';
const KHTC = 'ke-hoach-tai-chinh@khcn-quangngai.example';
const ANNUAL_KHTC = obligationIdOf('bao-cao-nam-2025', 'ke-hoach-tai-chinh');
const ANNUAL_QLKH = obligationIdOf('bao-cao-nam-2025', 'quan-ly-khoa-hoc');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The first unit report of the run, by e-mail. */
const ANNUAL_REPORT_MAIL = {
  from: `"Phòng Kế hoạch - Tài chính" <${KHTC}>`,
  to: `bao-cao@${DOMAIN}`,
  subject: `Báo cáo năm 2025 [${obligationCode(ANNUAL_KHTC)}]`,
  messageId: '<bc-2025-khtc@khcn-quangngai.example>',
  text: 'Kính gửi Văn phòng Sở, Phòng KH-TC gửi báo cáo công tác dân vận năm 2025.',
  attachments: [{ filename: 'Báo cáo dân vận 2025.docx', content: minimalDocx('báo cáo năm 2025'), contentType: DOCX }],
};

/** A small .docx as far as any check can tell: a ZIP local file header, then content. */

describe('e-mail ingestion, through the local SMTP server', () => {
  let platform: LocalPlatform;
  let services: Services;
  let s3: S3Client;
  let reporter: ApiClient;
  let office: ApiClient;
  let transport: Transporter;
  const logLines: string[] = [];

  beforeAll(async () => {
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock: new FixedClock('2025-10-20T03:00:00Z'), log: (line) => logLines.push(line) });
    services = createServices(loadConfig());
    s3 = new S3Client({ endpoint: platform.endpoints.s3, region: LOCAL_AWS_REGION, credentials: LOCAL_AWS_CREDENTIALS, forcePathStyle: true });
    [reporter, office] = await Promise.all([ApiClient.signIn(platform.url, 'u-bao-cao-khtc'), ApiClient.signIn(platform.url, 'u-chanh-van-phong')]);
    transport = nodemailer.createTransport({ host: '127.0.0.1', port: platform.smtpPort, secure: false, ignoreTLS: true });
  });
  afterAll(async () => {
    transport?.close();
    s3?.destroy();
    await platform?.stop();
  });

  /** Sends through SMTP and waits until the SMTP server has run the e-mail functions on it. */
  async function deliver(mail: Mail.Options): Promise<void> {
    const before = logLines.filter((l) => l.startsWith('[smtp] stored')).length;
    await transport.sendMail(mail);
    await waitFor(async () => logLines.filter((l) => l.startsWith('[smtp] stored')).length > before, 'the SMTP server to run email-ingest');
  }

  const versionsOf = async (obligationId: string) => (await services.reportingRepository.getObligation(DEMO_AGENCY_ID, obligationId))?.latestVersion;
  const totalVersions = async () => (await services.reportingRepository.listObligations(DEMO_AGENCY_ID)).reduce((n, o) => n + o.latestVersion, 0);
  const held = async () => (await office.get('/api/inbound/held')).body.items as { heldId: string; reason: string; messageId: string; from: string; status: string; senderNotified: boolean; attachments: { filename: string }[]; detail?: string }[];
  const heldByMessageId = async (messageId: string) => (await held()).find((m) => m.messageId === messageId);
  const repliesTo = async (address: string, subjectPart: string): Promise<SesStoredEmail[]> =>
    (await readSesStore(platform.endpoints.ses)).filter((m) => m.destination.to.some((to) => to.includes(address)) && m.subject.includes(subjectPart));
  const uploadsOf = async (unitId: string) =>
    (await s3.send(new ListObjectsV2Command({ Bucket: platform.buckets.attachments, Prefix: `uploads/${DEMO_AGENCY_ID}/${unitId}/` }))).Contents ?? [];

  it('files a Vietnamese report e-mail with a .docx as a version of the obligation and answers with a receipt', async () => {
    const content = ANNUAL_REPORT_MAIL.attachments[0]!.content;
    await deliver(ANNUAL_REPORT_MAIL);

    const { status, body } = await reporter.get(`/api/obligations/${ANNUAL_KHTC}`);
    expect(status).toBe(200);
    expect(body.submissions).toHaveLength(1);
    const [submission] = body.submissions;
    expect(submission).toMatchObject({ version: 1, channel: 'email', submittedBy: `email:${KHTC}`, sourceMessageId: '<bc-2025-khtc@khcn-quangngai.example>' });
    expect(submission.message).toContain('công tác dân vận năm 2025');
    expect(submission.attachments).toEqual([expect.objectContaining({ filename: 'Báo cáo dân vận 2025.docx', contentType: DOCX, size: content.length })]);
    expect(submission.attachments[0].key).toMatch(new RegExp(`^submitted/${DEMO_AGENCY_ID}/ke-hoach-tai-chinh/`));
    expect(Buffer.from((await services.attachments.get(submission.attachments[0].key)) ?? []).equals(content)).toBe(true);
    expect(body.obligation.status).toBe('submitted-on-time');

    const [reply, ...others] = await waitFor(async () => {
      const found = await repliesTo(KHTC, 'Đã nhận báo cáo');
      return found.length > 0 ? found : undefined;
    }, 'the receipt reply');
    expect(others).toEqual([]);
    expect(reply?.subject).toContain(submission.receiptNumber);
    const text = reply?.body.text ?? '';
    expect(text.indexOf('Số biên nhận')).toBeLessThan(text.indexOf('Receipt number'));
    expect(text).toContain(`Số biên nhận: ${submission.receiptNumber}`);
    expect(text).toContain('Phiên bản: 1');
    expect(text).toContain('20/10/2025 10:00');
    expect(text).toContain('Đúng hạn');
    expect(text).toContain('On time');
    expect(text).toContain('Report: Annual report 2025');
    expect(text).toContain('Status: On time');
  });

  it('makes one version and one reply of a message delivered twice, by SMTP and by SES with another message id', async () => {
    // The same message again (a sender's retry): other MIME boundaries and Date, the same content.
    const again = { ...ANNUAL_REPORT_MAIL, from: KHTC, attachments: [{ filename: 'Báo cáo dân vận 2025.docx', content: minimalDocx('báo cáo năm 2025'), contentType: DOCX }] };
    await deliver(again);
    const raw = await new MailComposer(again).compile().build();
    const sesMessageId = randomUUID().replace(/-/g, '');
    await s3.send(new PutObjectCommand({ Bucket: platform.buckets.inboundMail, Key: `${INBOUND_OBJECT_KEY_PREFIX}${sesMessageId}`, Body: raw }));
    const result = await invokeFunction('email-ingest', sesReceiptEvent({ messageId: sesMessageId, mailFrom: KHTC, recipients: [`bao-cao@${DOMAIN}`], raw }));
    expect(result).toEqual({ results: [{ kind: 'duplicate', of: 'submitted' }] });

    expect(await versionsOf(ANNUAL_KHTC)).toBe(1);
    expect(await repliesTo(KHTC, 'Đã nhận báo cáo')).toHaveLength(1);
  });

  it('holds, not drops, a message reusing a filed Message-ID with other content or another sender, and files it when the office assigns it', async () => {
    const reusedId = '<bc-2025-khtc@khcn-quangngai.example>';
    const other = {
      from: KHTC,
      to: `bao-cao@${DOMAIN}`,
      subject: `Báo cáo năm 2025, bản sửa [${obligationCode(ANNUAL_KHTC)}]`,
      messageId: reusedId,
      text: 'Bản sửa, thay bản trước.',
      attachments: [{ filename: 'Báo cáo dân vận 2025 (sửa).docx', content: minimalDocx('bản sửa'), contentType: DOCX }],
    };
    await deliver(other);
    await deliver({ ...other, from: 'nguoi-la@gmail.example', envelope: { from: 'nguoi-la@gmail.example', to: [`bao-cao@${DOMAIN}`] } });
    await deliver(other); // the reusing message itself delivered again: still one held message

    const reused = (await held()).filter((m) => m.messageId === reusedId);
    expect(reused).toHaveLength(2);
    expect(reused.every((m) => m.reason === 'reused-message-id' && m.status === 'held' && !m.senderNotified)).toBe(true);
    expect(new Set(reused.map((m) => m.heldId)).size).toBe(2);
    expect(await versionsOf(ANNUAL_KHTC)).toBe(1);
    expect(await repliesTo(KHTC, 'bản sửa')).toEqual([]);

    // Filed under its own identity: not taken for the first message's version.
    const mine = (await held()).find((m) => m.reason === 'reused-message-id' && m.from === KHTC);
    const assigned = await office.request('POST', `/api/inbound/held/${mine?.heldId}/assign`, { obligationId: ANNUAL_KHTC });
    expect(assigned.status).toBe(200);
    expect(assigned.body.submission).toMatchObject({ version: 2, sourceMessageId: reusedId });
    expect(await versionsOf(ANNUAL_KHTC)).toBe(2);
  });

  it('keeps an encoded subject on one line in the obstacle title and the reply', async () => {
    const subject = '[Vướng mắc] Thiết bị đo\r\nBcc: ke-gian@example.com\nhỏng';
    const raw = [
      `From: ${KHTC}`,
      `To: vuong-mac@${DOMAIN}`,
      `Subject: =?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`,
      'Message-ID: <vuong-mac-dong@khcn-quangngai.example>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Thiết bị đo của phòng thí nghiệm bị hỏng từ tuần trước, chưa được sửa.',
      '',
    ].join('\r\n');
    await deliver({ envelope: { from: KHTC, to: [`vuong-mac@${DOMAIN}`] }, raw });
    const { body } = await reporter.get('/api/obstacles');
    const obstacle = body.items.find((o: { title: string }) => o.title.startsWith('Thiết bị đo'));
    expect(obstacle?.title).toBe('Thiết bị đo Bcc: ke-gian@example.com hỏng');
    const [reply] = await repliesTo(KHTC, 'Thiết bị đo');
    expect(reply?.subject).toBe('Đã nhận báo cáo vướng mắc / Obstacle report received: Thiết bị đo Bcc: ke-gian@example.com hỏng');
    expect(reply?.destination.to).toEqual([KHTC]);
  });

  it('holds mail from an unregistered address, tells the sender, and files nothing', async () => {
    const before = await totalVersions();
    await deliver({
      from: 'nguoi-la@gmail.example',
      to: `bao-cao+${obligationCode(ANNUAL_KHTC).toLowerCase()}@${DOMAIN}`,
      subject: 'Báo cáo năm 2025',
      messageId: '<unknown-sender@gmail.example>',
      text: 'Báo cáo gửi Sở.',
      attachments: [{ filename: 'bao-cao.docx', content: minimalDocx('x'), contentType: DOCX }],
    });
    expect(await heldByMessageId('<unknown-sender@gmail.example>')).toMatchObject({ reason: 'unknown-sender', status: 'held', senderNotified: true });
    const [reply] = await waitFor(async () => {
      const found = await repliesTo('nguoi-la@gmail.example', 'Report not accepted');
      return found.length > 0 ? found : undefined;
    }, 'the rejection');
    expect(reply?.body.text).toContain('chưa được đăng ký');
    expect(reply?.body.text).toContain('ask the office');
    expect(await totalVersions()).toBe(before);
  });

  it('refuses a report naming another unit’s obligation, and stores nothing for that unit', async () => {
    const before = await totalVersions();
    await deliver({
      from: KHTC,
      to: `bao-cao@${DOMAIN}`,
      subject: `Báo cáo năm 2025 [${obligationCode(ANNUAL_QLKH)}]`,
      messageId: '<wrong-unit@khcn-quangngai.example>',
      text: 'Nhầm mã.',
      attachments: [{ filename: 'bao-cao.docx', content: minimalDocx('x'), contentType: DOCX }],
    });
    expect(await heldByMessageId('<wrong-unit@khcn-quangngai.example>')).toMatchObject({ reason: 'wrong-unit', unitId: 'ke-hoach-tai-chinh' });
    expect(await versionsOf(ANNUAL_QLKH)).toBe(0);
    expect(await uploadsOf('quan-ly-khoa-hoc')).toEqual([]);
    expect(await totalVersions()).toBe(before);
    expect((await repliesTo(KHTC, 'Report not accepted')).some((m) => m.body.text?.includes('không thuộc đơn vị'))).toBe(true);
  });

  it.each([
    ['a program', 'cai-dat.exe', Buffer.from('MZ\u0090\u0000 program', 'latin1'), 'attachment-type'],
    ['a .pdf whose bytes are not PDF', 'bao-cao.pdf', minimalDocx('not a pdf'), 'attachment-content'],
  ])('refuses %s as an attachment', async (_what, filename, content, reason) => {
    const before = await totalVersions();
    const uploadsBefore = (await uploadsOf('ke-hoach-tai-chinh')).length;
    const messageId = `<${reason}@khcn-quangngai.example>`;
    await deliver({ from: KHTC, to: `bao-cao@${DOMAIN}`, subject: `Báo cáo năm 2025 [${obligationCode(ANNUAL_KHTC)}]`, messageId, text: 'Kèm báo cáo.', attachments: [{ filename, content }] });
    expect(await heldByMessageId(messageId)).toMatchObject({ reason, detail: filename, attachments: [expect.objectContaining({ filename })] });
    expect(await totalVersions()).toBe(before);
    expect(await uploadsOf('ke-hoach-tai-chinh')).toHaveLength(uploadsBefore);
  });

  it('holds a .docx that carries a program, naming it, and files nothing', async () => {
    // Prepare
    const before = await totalVersions();
    const messageId = '<docx-exe@khcn-quangngai.example>';
    const content = zip([...docxParts(), { name: 'virus.exe', content: 'MZ\u0090\u0000' }]);
    // Act
    await deliver({ from: KHTC, to: `bao-cao@${DOMAIN}`, subject: `Báo cáo năm 2025 [${obligationCode(ANNUAL_KHTC)}]`, messageId, text: 'Kèm báo cáo.', attachments: [{ filename: 'bao-cao.docx', content, contentType: DOCX }] });
    // Assess
    expect(await heldByMessageId(messageId)).toMatchObject({ reason: 'submission-refused', detail: expect.stringContaining('Tệp .docx chứa tệp chạy được (virus.exe) — không nhận') });
    expect(await totalVersions()).toBe(before);
    expect(await uploadsOf('ke-hoach-tai-chinh')).toEqual([]);
  });

  it('holds malformed MIME', async () => {
    const before = await totalVersions();
    const raw = [
      `From: ${KHTC}`,
      `To: bao-cao@${DOMAIN}`,
      `Subject: Bao cao [${obligationCode(ANNUAL_KHTC)}]`,
      'Message-ID: <malformed@khcn-quangngai.example>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="ranh-gioi"',
      '',
      'Thân thư không có ranh giới MIME nào.',
      '',
    ].join('\r\n');
    await deliver({ envelope: { from: KHTC, to: [`bao-cao@${DOMAIN}`] }, raw });
    const message = (await held()).find((m) => m.reason === 'malformed');
    expect(message).toMatchObject({ messageId: '<malformed@khcn-quangngai.example>', status: 'held' });
    expect(await totalVersions()).toBe(before);
  });

  it.each([
    ['a failed SPF check', { spfVerdict: { status: 'FAIL' } }, 'spf-failed'],
    ['a virus', { virusVerdict: { status: 'FAIL' } }, 'virus'],
    ['spam', { spamVerdict: { status: 'FAIL' } }, 'spam'],
  ])('holds mail with %s silently: no reply, no attachment stored', async (_what, verdict, reason) => {
    const before = await totalVersions();
    const uploadsBefore = (await uploadsOf('ke-hoach-tai-chinh')).length;
    const subject = `Báo cáo năm 2025 [${obligationCode(ANNUAL_KHTC)}] (${reason})`;
    const raw = await new MailComposer({
      from: KHTC,
      to: `bao-cao@${DOMAIN}`,
      subject,
      messageId: `<verdict-${reason}@khcn-quangngai.example>`,
      text: 'Báo cáo.',
      attachments: [{ filename: 'bao-cao.docx', content: minimalDocx('x'), contentType: DOCX }],
    })
      .compile()
      .build();
    const sesMessageId = randomUUID().replace(/-/g, '');
    await s3.send(new PutObjectCommand({ Bucket: platform.buckets.inboundMail, Key: `${INBOUND_OBJECT_KEY_PREFIX}${sesMessageId}`, Body: raw }));
    const event = sesReceiptEvent({ messageId: sesMessageId, mailFrom: KHTC, recipients: [`bao-cao@${DOMAIN}`], raw });
    Object.assign(event.Records[0]!.ses.receipt, verdict);
    const result = (await invokeFunction('email-ingest', event)) as { results: { kind: string; reason: string }[] };
    expect(result.results[0]).toMatchObject({ kind: 'held', reason });

    expect(await heldByMessageId(`<verdict-${reason}@khcn-quangngai.example>`)).toMatchObject({ reason, senderNotified: false, attachments: [expect.objectContaining({ filename: 'bao-cao.docx' })] });
    expect((await readSesStore(platform.endpoints.ses)).filter((m) => m.subject.includes(`(${reason})`))).toEqual([]);
    expect(await uploadsOf('ke-hoach-tai-chinh')).toHaveLength(uploadsBefore);
    expect(await totalVersions()).toBe(before);
  });

  it('stores an obstacle e-mail and alerts the office from the stream', async () => {
    await deliver({
      from: 'bao-cao-khtc@khcn-quangngai.example',
      to: `vuong-mac@${DOMAIN}`,
      subject: '[Vướng mắc] Thiếu kinh phí in tài liệu tuyên truyền',
      messageId: '<vuong-mac-1@khcn-quangngai.example>',
      text: 'Phòng chưa được bố trí kinh phí in tài liệu tuyên truyền về dân vận chính quyền năm 2025.',
    });
    const { body } = await reporter.get('/api/obstacles');
    const obstacle = body.items.find((o: { title: string }) => o.title === 'Thiếu kinh phí in tài liệu tuyên truyền');
    expect(obstacle).toMatchObject({ channel: 'email', unitId: 'ke-hoach-tai-chinh', reportedBy: 'u-bao-cao-khtc' });
    expect(obstacle.description).toContain('chưa được bố trí kinh phí');

    await platform.drainStreams();
    const alerts = await waitFor(async () => {
      const found = await repliesTo('chanh-van-phong@khcn-quangngai.example', 'Thiếu kinh phí in tài liệu');
      return found.length > 0 ? found : undefined;
    }, 'the office alert');
    expect(alerts[0]?.subject).toContain('Vướng mắc từ Phòng Kế hoạch - Tài chính');
    expect(await repliesTo('bao-cao-khtc@khcn-quangngai.example', 'Đã nhận báo cáo vướng mắc')).toHaveLength(1);
  });

  it('lets the office, not a reporter, review held mail, assign it to an obligation and discard another', async () => {
    const messageId = '<no-code@khcn-quangngai.example>';
    await deliver({ from: KHTC, to: `bao-cao@${DOMAIN}`, subject: 'Báo cáo sơ kết', messageId, text: 'Quên ghi mã.', attachments: [{ filename: 'so-ket.docx', content: minimalDocx('sơ kết'), contentType: DOCX }] });
    const message = await heldByMessageId(messageId);
    expect(message).toMatchObject({ reason: 'no-target', status: 'held' });
    expect((await reporter.get('/api/inbound/held')).status).toBe(403);

    const target = obligationIdOf('bao-cao-tong-ket-2025', 'ke-hoach-tai-chinh');
    const assigned = await office.request('POST', `/api/inbound/held/${message?.heldId}/assign`, { obligationId: target });
    expect(assigned.status).toBe(200);
    expect(assigned.body.held).toMatchObject({ status: 'assigned', resolution: { action: 'assigned', by: 'u-chanh-van-phong', obligationId: target, version: 1 } });
    expect(assigned.body.submission).toMatchObject({ channel: 'email', submittedBy: 'u-chanh-van-phong', sourceMessageId: messageId, attachments: [expect.objectContaining({ filename: 'so-ket.docx' })] });
    expect(await versionsOf(target)).toBe(1);
    expect((await office.request('POST', `/api/inbound/held/${message?.heldId}/assign`, { obligationId: target })).status).toBe(409);

    const unknown = await heldByMessageId('<unknown-sender@gmail.example>');
    const discarded = await office.request('POST', `/api/inbound/held/${unknown?.heldId}/discard`, { reason: 'Không phải đơn vị trong Sở' });
    expect(discarded.body).toMatchObject({ status: 'discarded', resolution: { action: 'discarded', by: 'u-chanh-van-phong', reason: 'Không phải đơn vị trong Sở' } });
    expect((await office.get('/api/inbound/held?status=held')).body.items.some((m: { heldId: string }) => m.heldId === unknown?.heldId)).toBe(false);
  });

  it('filed exactly the accepted messages: one by e-mail, two assigned by the office', async () => {
    expect(await totalVersions()).toBe(3);
  });
});

async function waitFor<T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
