import { SendEmailCommand, SendRawEmailCommand, SESClient, SESServiceException } from '@aws-sdk/client-ses';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Config } from '../platform/config.ts';
import { singleLine } from '../text.ts';
import { MailDeliveryError, type MailMessage, type Mailer } from './mailer.ts';

const RETRYABLE = new Set(['Throttling', 'ThrottlingException', 'ServiceUnavailable', 'InternalFailure', 'TooManyRequestsException']);

/**
 * One attempt per call: the SDK's own retries would resend a message SES had accepted whenever only
 * the answer was lost. Retrying is the alert log's decision, after SES's events have been heard.
 */
export function createSesClient(config: Pick<Config, 'AWS_REGION' | 'SES_ENDPOINT'>): SESClient {
  return new SESClient({
    region: config.AWS_REGION,
    maxAttempts: 1,
    ...(config.SES_ENDPOINT ? { endpoint: config.SES_ENDPOINT, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
}

/**
 * Sends through SES: a plain message with `SendEmail` (HTML + text), one with attachments or extra
 * headers as raw MIME built by nodemailer's MailComposer with `SendRawEmail`. Every message goes
 * through the configuration set, so bounces and complaints are reported.
 */
export class SesMailer implements Mailer {
  constructor(
    private readonly ses: SESClient,
    private readonly from: string,
    private readonly configurationSet?: string,
  ) {}

  async send(composed: MailMessage): Promise<{ messageId: string }> {
    // A subject or header is one line whatever it was built from (an inbound subject, a case title).
    const message = { ...composed, subject: singleLine(composed.subject), ...(composed.headers ? { headers: Object.fromEntries(Object.entries(composed.headers).map(([k, v]) => [k, singleLine(v)])) } : {}) };
    try {
      const raw = (message.attachments?.length ?? 0) > 0 || Object.keys(message.headers ?? {}).length > 0;
      const result = raw ? await this.sendRaw(message) : await this.sendSimple(message);
      if (!result.MessageId) throw new MailDeliveryError('SES answered without a MessageId', true, { outcome: 'unknown' });
      return { messageId: result.MessageId };
    } catch (error) {
      if (error instanceof MailDeliveryError) throw error;
      // An error SES answered with means it did not take the message; anything else (a reset, a timeout) may come after it did.
      if (error instanceof SESServiceException && error.$metadata.httpStatusCode !== undefined) {
        throw new MailDeliveryError(`SES refused the message: ${error.message}`, RETRYABLE.has(error.name) || error.$retryable !== undefined, { cause: error });
      }
      throw new MailDeliveryError(`No answer from SES, the message may have been sent: ${(error as Error).message}`, true, { cause: error, outcome: 'unknown' });
    }
  }

  private tags(message: MailMessage) {
    const tags = Object.entries(message.tags ?? {}).map(([Name, Value]) => ({ Name, Value }));
    return tags.length > 0 ? tags : undefined;
  }

  private sendSimple(message: MailMessage) {
    return this.ses.send(
      new SendEmailCommand({
        Source: this.from,
        Destination: { ToAddresses: message.to, CcAddresses: message.cc, BccAddresses: message.bcc },
        ReplyToAddresses: message.replyTo,
        Message: {
          Subject: { Data: message.subject, Charset: 'UTF-8' },
          Body: { Text: { Data: message.text, Charset: 'UTF-8' }, Html: { Data: message.html, Charset: 'UTF-8' } },
        },
        ConfigurationSetName: this.configurationSet,
        Tags: this.tags(message),
      }),
    );
  }

  private async sendRaw(message: MailMessage) {
    const mime = await new MailComposer({
      from: this.from,
      to: message.to,
      cc: message.cc,
      replyTo: message.replyTo,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: message.headers,
      attachments: message.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content) })),
    })
      .compile()
      .build();
    return this.ses.send(
      new SendRawEmailCommand({
        RawMessage: { Data: mime },
        Destinations: [...message.to, ...(message.cc ?? []), ...(message.bcc ?? [])],
        ConfigurationSetName: this.configurationSet,
        Tags: this.tags(message),
      }),
    );
  }
}
