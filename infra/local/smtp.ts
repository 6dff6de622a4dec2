import { randomUUID } from 'node:crypto';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { SMTPServer } from 'smtp-server';
import { runtimeClock } from '../../shared/clock.ts';
import { functionsOfKind, INBOUND_OBJECT_KEY_PREFIX } from '../../shared/platform/resources.ts';
import { LOOPBACK } from './emulators/ports.ts';
import { invokeFunction } from './functions.ts';

export const emailFunctions = functionsOfKind('email');

/** SES's own limit on an inbound message delivered to S3. */
const MAX_MESSAGE_BYTES = 40 * 1024 * 1024;

export interface SmtpOptions {
  port: number;
  s3: S3Client;
  bucket: string;
  /** Object key prefix, as configured on the SES receipt rule's S3 action (default {@link INBOUND_OBJECT_KEY_PREFIX}). */
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
        // SES message ids are opaque tokens of letters, digits and hyphens; the S3 action's key is prefix + id.
        const messageId = randomUUID().replace(/-/g, '');
        const key = `${options.prefix ?? INBOUND_OBJECT_KEY_PREFIX}${messageId}`;
        const recipients = session.envelope.rcptTo.map((r) => r.address);
        const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        options.s3
          .send(new PutObjectCommand({ Bucket: options.bucket, Key: key, Body: raw, ContentType: 'message/rfc822' }))
          .then(async () => {
            callback();
            const event = sesReceiptEvent({ messageId, mailFrom, recipients, raw, at: runtimeClock.now() });
            for (const name of emailFunctions) await invokeAsync(name, event, key, log);
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

/** Delays before the retries of an asynchronous (`Event`) invocation: Lambda retries twice, after about 1 and 2 minutes. */
const ASYNC_RETRY_DELAYS_MS = [200, 1_000];

/** Invokes like Lambda's `Event` invocation type: a failure is retried twice, then given up (and logged). */
async function invokeAsync(name: (typeof emailFunctions)[number], event: unknown, key: string, log: (line: string) => void): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await invokeFunction(name, event);
      return;
    } catch (error) {
      const delay = ASYNC_RETRY_DELAYS_MS[attempt];
      log(`[smtp] ${name} failed on ${key} (attempt ${attempt + 1}): ${(error as Error).message}`);
      if (delay === undefined) return;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * The event SES sends a receipt rule's Lambda action, field for field, with the verdicts a local
 * delivery cannot judge set to PASS. Like SES's, it does not say where the S3 action stored the
 * message: the handler derives the key from the prefix and `mail.messageId`.
 */
export function sesReceiptEvent(input: { messageId: string; mailFrom: string; recipients: string[]; raw: Buffer; at?: Date }) {
  const headerText = input.raw.toString('utf8').split(/\r?\n\r?\n/, 1)[0] ?? '';
  const headers = headerText
    .replace(/\r?\n[ \t]+/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.match(/^([^:]+):\s*(.*)$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => ({ name: m[1] ?? '', value: m[2] ?? '' }));
  const header = (name: string) => headers.find((h) => h.name.toLowerCase() === name)?.value;
  const pass = { status: 'PASS' };
  const at = (input.at ?? new Date()).toISOString();
  return {
    Records: [
      {
        eventSource: 'aws:ses',
        eventVersion: '1.0',
        ses: {
          mail: {
            timestamp: at,
            source: input.mailFrom,
            messageId: input.messageId,
            destination: input.recipients,
            headersTruncated: false,
            headers,
            commonHeaders: {
              returnPath: input.mailFrom,
              from: header('from') ? [header('from')] : [],
              to: header('to') ? [header('to')] : [],
              messageId: header('message-id'),
              subject: header('subject'),
              date: header('date'),
            },
          },
          receipt: {
            timestamp: at,
            processingTimeMillis: 1,
            recipients: input.recipients,
            spamVerdict: pass,
            virusVerdict: pass,
            spfVerdict: pass,
            dkimVerdict: pass,
            dmarcVerdict: pass,
            action: { type: 'Lambda', functionArn: 'arn:aws:lambda:local:000000000000:function:email', invocationType: 'Event' },
          },
        },
      },
    ],
  };
}
