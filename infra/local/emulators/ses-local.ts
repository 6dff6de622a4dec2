/**
 * aws-ses-v2-local, in-process: it is an Express app with a programmatic entry point, so there is no
 * child process to leak and it starts in milliseconds.
 *
 * Things to know about this emulator (checked in its source, v2.10.2):
 * - Its mail store is a module-level singleton: every SES server started in one process shares it,
 *   and `clearSesStore` empties it for all of them (templates included). Tests that read the store
 *   should filter by recipient or messageId rather than assume they are alone.
 * - `SendRawEmail` ignores `Destinations` and `Source` when the MIME has headers: recipients come from
 *   the MIME To/Cc/Bcc (formatted, e.g. `"Name" <a@b.vn>`), so a Bcc-only recipient (Bcc is normally
 *   stripped from MIME) never shows up. `SendEmail` stores the bare addresses it was given.
 * - `at` is in epoch seconds; `GET /store?since=<seconds>` filters on it.
 * - v1 actions other than SendEmail/SendRawEmail (VerifyEmailIdentity, GetSendQuota…) get no answer at
 *   all and the request hangs: only use those two against it.
 * - Its own `listen` swallows bind errors (it resolves with a non-listening server), hence the checks
 *   here.
 */
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { Config as SesLocalConfig } from 'aws-ses-v2-local';
import * as z from 'zod';
import { closeServer, localClientConfig, onceAsync, type EmulatorHandle, type LocalClientConfig } from './local-aws.ts';
import { EmulatorStartError, PortInUseError } from './errors.ts';
import { LOOPBACK, PORT_ENV_VARS, assertPortFree, isRandomPort } from './ports.ts';

export interface SesLocalOptions {
  /** 0 or undefined: a random free port (tests). A fixed port that is taken fails fast. */
  port?: number;
  /** Named in the error when the fixed port is taken. Default `DVM_SES_PORT`. */
  portEnvVar?: string;
  /** Receives one line per request (`POST / 200`); without it the emulator is silent. */
  log?: (line: string) => void;
}

export interface SesLocalHandle extends EmulatorHandle {
  /** The mailbox web UI, for a human looking at what was sent. */
  readonly mailboxUrl: string;
  readonly clientConfig: LocalClientConfig;
  /** Calls `listener` for each message the emulator took (a v1 send answered 200), with the tags it was sent with. */
  onSent(listener: (sent: SesSentMessage) => void): void;
}

/** A message the emulator took, as SES's `Send` event would describe it. */
export interface SesSentMessage {
  messageId: string;
  /** As SES events carry them: tag name → values. */
  tags: Record<string, string[]>;
  at: string;
}

/** The `Tags.member.N.Name/Value` fields of a v1 (query protocol) send, as SES events list them. */
function tagsOf(body: Record<string, unknown>): Record<string, string[]> {
  const tags: Record<string, string[]> = {};
  for (const [field, name] of Object.entries(body)) {
    const member = /^Tags\.member\.(\d+)\.Name$/.exec(field);
    const value = member ? body[`Tags.member.${member[1]}.Value`] : undefined;
    if (typeof name === 'string' && typeof value === 'string') (tags[name] ??= []).push(value);
  }
  return tags;
}

/** One email as `GET /store` returns it. Unknown fields (mailparser extras on attachments) are dropped. */
export const SesStoredEmailSchema = z.object({
  messageId: z.string(),
  from: z.string(),
  replyTo: z.array(z.string()),
  destination: z.object({
    to: z.array(z.string()),
    cc: z.array(z.string()),
    bcc: z.array(z.string()),
  }),
  subject: z.string(),
  body: z.object({
    html: z.string().optional(),
    text: z.string().optional(),
  }),
  attachments: z.array(
    z.object({
      /** Base64. */
      content: z.string(),
      contentType: z.string(),
      filename: z.string().optional(),
      size: z.number(),
    }),
  ),
  headers: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
  /** Epoch seconds. */
  at: z.number(),
});
export type SesStoredEmail = z.infer<typeof SesStoredEmailSchema>;

export const SesStoreSchema = z.object({
  templates: z.record(z.string(), z.unknown()),
  emails: z.array(SesStoredEmailSchema),
});
export type SesStore = z.infer<typeof SesStoreSchema>;

interface SesLocalModule {
  default: (config?: Partial<SesLocalConfig>) => Promise<Server>;
}

/**
 * Loaded with `require`: it is CommonJS with `exports.default`, which Node's ESM loader and vitest's
 * module runner expose differently through a default import (`module.exports` vs `exports.default`).
 */
function loadSesLocal(): SesLocalModule {
  return createRequire(import.meta.url)('aws-ses-v2-local') as SesLocalModule;
}

/** Starts the SES emulator on 127.0.0.1; resolves once it is listening. */
export async function startSesLocal(options: SesLocalOptions = {}): Promise<SesLocalHandle> {
  const startedAt = performance.now();
  const portEnvVar = options.portEnvVar ?? PORT_ENV_VARS.ses;
  const requestedPort = isRandomPort(options.port) ? 0 : options.port;
  if (requestedPort !== 0) await assertPortFree(requestedPort, portEnvVar);

  const server: Server = await loadSesLocal().default({ host: LOOPBACK, port: requestedPort });
  if (!server.listening) {
    server.close();
    if (requestedPort !== 0) throw new PortInUseError(requestedPort, portEnvVar);
    throw new EmulatorStartError('aws-ses-v2-local', `could not listen on ${LOOPBACK}`);
  }
  const { log } = options;
  if (log) {
    server.prependListener('request', (req, res) => {
      res.once('finish', () => log(`${req.method} ${req.url} ${res.statusCode}`));
    });
  }

  // The emulator publishes no events: what SES's `Send` event says is read off each send as it is answered
  // (the form the body parser left on the request, the MessageId in the XML answer).
  const sentListeners: ((sent: SesSentMessage) => void)[] = [];
  server.prependListener('request', (req, res) => {
    if (req.method !== 'POST' || req.url !== '/') return;
    const end = res.end.bind(res) as (...args: unknown[]) => typeof res;
    let answer = '';
    res.end = ((...args: unknown[]) => {
      if (typeof args[0] === 'string' || Buffer.isBuffer(args[0])) answer += args[0].toString();
      return end(...args);
    }) as typeof res.end;
    res.once('finish', () => {
      const messageId = /<MessageId>([^<]+)<\/MessageId>/.exec(answer)?.[1];
      if (res.statusCode !== 200 || !messageId) return;
      const sent = { messageId, tags: tagsOf((req as { body?: Record<string, unknown> }).body ?? {}), at: new Date().toISOString() };
      for (const listener of sentListeners) listener(sent);
    });
  });

  const port = (server.address() as AddressInfo).port;
  const endpoint = `http://${LOOPBACK}:${port}`;
  return {
    onSent: (listener) => sentListeners.push(listener),
    endpoint,
    port,
    mailboxUrl: `${endpoint}/`,
    startedInMs: Math.round(performance.now() - startedAt),
    clientConfig: localClientConfig(endpoint),
    stop: onceAsync(() => closeServer(server)),
  };
}

/** The emails the emulator has "sent", oldest first; `sinceEpochSeconds` filters on `at`. */
export async function readSesStore(endpoint: string, sinceEpochSeconds?: number): Promise<SesStoredEmail[]> {
  const url = new URL('/store', endpoint);
  if (sinceEpochSeconds !== undefined) url.searchParams.set('since', String(Math.floor(sinceEpochSeconds)));
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url.href} answered ${response.status}: ${await response.text()}`);
  return SesStoreSchema.parse(await response.json()).emails;
}

/** Empties the store — for every SES emulator in the serving process, templates included. */
export async function clearSesStore(endpoint: string): Promise<void> {
  const url = new URL('/clear-store', endpoint);
  const response = await fetch(url, { method: 'POST' });
  if (!response.ok) throw new Error(`POST ${url.href} answered ${response.status}: ${await response.text()}`);
}
