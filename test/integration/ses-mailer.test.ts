import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSesStore, startSesLocal, type SesLocalHandle } from '../../infra/local/emulators/index.ts';
import { MailDeliveryError } from '../../shared/mail/mailer.ts';
import { createSesClient, SesMailer } from '../../shared/mail/ses-mailer.ts';

const FROM = '"Theo dõi công tác dân vận" <no-reply@khcn-quangngai.example>';

describe('SesMailer against the SES emulator', () => {
  let ses: SesLocalHandle;
  let mailer: SesMailer;

  beforeAll(async () => {
    ses = await startSesLocal({ port: 0 });
    mailer = new SesMailer(createSesClient({ AWS_REGION: 'ap-southeast-1', SES_ENDPOINT: ses.endpoint }), FROM);
  });
  afterAll(async () => {
    await ses?.stop();
  });

  it('sends HTML and text parts with a Vietnamese subject intact', async () => {
    const subject = 'Nhắc hạn: Báo cáo năm 2025 — còn 3 ngày';
    const { messageId } = await mailer.send({
      to: ['chanh-van-phong@khcn-quangngai.example'],
      cc: ['giam-doc@khcn-quangngai.example'],
      subject,
      text: 'Kính gửi Văn phòng Sở: hạn nộp là 04/11/2025.',
      html: '<p>Kính gửi <strong>Văn phòng Sở</strong>: hạn nộp là 04/11/2025.</p>',
    });
    const stored = (await readSesStore(ses.endpoint)).find((email) => email.messageId === messageId);
    expect(stored).toBeDefined();
    expect(stored?.subject).toBe(subject);
    expect(stored?.destination.to).toEqual(['chanh-van-phong@khcn-quangngai.example']);
    expect(stored?.destination.cc).toEqual(['giam-doc@khcn-quangngai.example']);
    expect(stored?.body.text).toContain('hạn nộp là 04/11/2025');
    expect(stored?.body.html).toContain('<strong>Văn phòng Sở</strong>');
  });

  it('sends raw MIME with an attachment whose bytes and file name survive', async () => {
    const content = new Uint8Array(Buffer.from('PK\u0003\u0004 báo cáo tổng hợp', 'utf8'));
    const { messageId } = await mailer.send({
      to: ['bandanvan@tinhuy.example'],
      subject: 'Báo cáo kết quả thực hiện công tác dân vận năm 2025',
      text: 'Kính gửi Ban Dân vận Tỉnh ủy.',
      html: '<p>Kính gửi Ban Dân vận Tỉnh ủy.</p>',
      attachments: [
        {
          filename: 'Báo cáo dân vận 2025.docx',
          contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          content,
        },
      ],
      headers: { 'X-DVM-Report': 'annual-2025' },
    });
    const stored = (await readSesStore(ses.endpoint)).find((email) => email.subject.startsWith('Báo cáo kết quả'));
    expect(messageId).toBeTruthy();
    expect(stored?.destination.to).toEqual(['bandanvan@tinhuy.example']);
    expect(stored?.attachments).toHaveLength(1);
    const attachment = stored?.attachments[0];
    expect(attachment?.filename).toBe('Báo cáo dân vận 2025.docx');
    expect(Buffer.from(attachment?.content ?? '', 'base64').equals(Buffer.from(content))).toBe(true);
  });

  it('reports an unreachable SES as a retryable delivery error', async () => {
    const offline = new SesMailer(createSesClient({ AWS_REGION: 'ap-southeast-1', SES_ENDPOINT: 'http://127.0.0.1:9' }), FROM);
    const failure = await offline.send({ to: ['a@b.example'], subject: 's', text: 't', html: '<p>t</p>' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MailDeliveryError);
    expect((failure as MailDeliveryError).retryable).toBe(true);
  });
});
