import { randomUUID } from 'node:crypto';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { SMTPServer } from 'smtp-server';
import { functionsOfKind } from '../../shared/platform/resources.ts';
import { LOOPBACK } from './emulators/ports.ts';
import { invokeFunction } from './functions.ts';

export const emailFunctions = functionsOfKind('email');

/** SES's own limit on an inbound message delivered to S3. */
const MAX_MESSAGE_BYTES = 40 * 1024 * 1024;

export interface SmtpOptions {
  port: number;
  s3: S3Client;
  bucket: string;
  /** Object key prefix, as configured on the SES receipt rule's S3 action. */
  prefix?: string;
  log?: (line: string) => void;
}

/**
 * The local stand-in for SES receiving: accepts mail on loopback, writes the raw message to the
 * inbound-mail bucket, then invokes the e-mail functions with an SES receipt event, as a receipt
 * rule with an S3 action followed by a Lambda action does. The message is stored before the sender
 * is told it was accepted, so nothing acknowledged is lost.
 */
export async function startSmtpServer(options: SmtpOptions): Promise<{ port: number; stop(): Promise<void> }> {
  const log = options.log ?? (() => undefined);
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    banner: 'dan-van-monitor local SMTP',
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) {
          callback(Object.assign(new Error('Message exceeds the 40 MB limit'), { responseCode: 552 }));
          return;
        }
        const raw = Buffer.concat(chunks);
        const messageId = randomUUID();
        const key = `${options.prefix ?? 'inbound/'}${messageId}`;
        const recipients = session.envelope.rcptTo.map((r) => r.address);
        const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        options.s3
          .send(new PutObjectCommand({ Bucket: options.bucket, Key: key, Body: raw, ContentType: 'message/rfc822' }))
          .then(async () => {
            callback();
            const event = sesReceiptEvent({ messageId, mailFrom, recipients, raw, bucket: options.bucket, key });
            for (const name of emailFunctions) {
              await invokeFunction(name, event).catch((error: unknown) => log(`[smtp] ${name} failed on ${key}: ${(error as Error).message}`));
            }
            log(`[smtp] stored ${key} from ${mailFrom} to ${recipients.join(', ')}`);
          })
          .catch((error: unknown) => callback(Object.assign(new Error(`Temporary failure: ${(error as Error).message}`), { responseCode: 451 })));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK, () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { port, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The event SES sends a Lambda action, with the verdicts a local delivery cannot judge set to PASS. */
function sesReceiptEvent(input: { messageId: string; mailFrom: string; recipients: string[]; raw: Buffer; bucket: string; key: string }) {
  const headerText = input.raw.toString('utf8').split(/\r?\n\r?\n/, 1)[0] ?? '';
  const headers = headerText
    .replace(/\r?\n[ \t]+/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.match(/^([^:]+):\s*(.*)$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => ({ name: m[1] ?? '', value: m[2] ?? '' }));
  const header = (name: string) => headers.find((h) => h.name.toLowerCase() === name)?.value;
  const pass = { status: 'PASS' };
  return {
    Records: [
      {
        eventSource: 'aws:ses',
        eventVersion: '1.0',
        ses: {
          mail: {
            timestamp: new Date().toISOString(),
            source: input.mailFrom,
            messageId: input.messageId,
            destination: input.recipients,
            headersTruncated: false,
            headers,
            commonHeaders: {
              from: header('from') ? [header('from')] : [],
              to: header('to') ? [header('to')] : [],
              messageId: header('message-id'),
              subject: header('subject'),
              date: header('date'),
            },
          },
          receipt: {
            timestamp: new Date().toISOString(),
            processingTimeMillis: 1,
            recipients: input.recipients,
            spamVerdict: pass,
            virusVerdict: pass,
            spfVerdict: pass,
            dkimVerdict: pass,
            dmarcVerdict: pass,
            action: { type: 'Lambda', functionArn: 'arn:aws:lambda:local:000000000000:function:email', invocationType: 'Event' },
            s3: { bucketName: input.bucket, objectKey: input.key },
          },
        },
      },
    ],
  };
}
