/**
 * s3rver, in-process, on a local folder: the attachments and inbound-mail buckets of `npm start`
 * survive restarts when given a directory, and tests get a throwaway one.
 *
 * Things to know about s3rver 3.7.1 (checked in its source):
 * - Clients must use path-style URLs (`forcePathStyle: true`): with an IP host it never reads a bucket
 *   from the host name, and `<bucket>.127.0.0.1` does not resolve anyway.
 * - It only knows the access key `S3RVER` out of the box (unknown keys get InvalidAccessKeyId). We
 *   register the shared local key too, so one set of fake credentials serves every emulator. SigV4
 *   signatures are not verified at all, so the secret does not matter.
 * - `run()` turns a bind error into an uncaught exception; we listen ourselves through its `listen`,
 *   with an error handler, and check a fixed port first.
 * - It does not decode `aws-chunked` uploads (what SDK v3 sends for streamed bodies with its default
 *   flexible checksums): use {@link S3LocalClientConfig}, or `AWS_REQUEST_CHECKSUM_CALCULATION=WHEN_REQUIRED`.
 * - No types are published; the little we use is typed below.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PortInUseError } from './errors.ts';
import {
  LOCAL_AWS_CREDENTIALS,
  closeServer,
  localClientConfig,
  onceAsync,
  type EmulatorHandle,
  type LocalClientConfig,
} from './local-aws.ts';
import { LOOPBACK, PORT_ENV_VARS, assertPortFree, isRandomPort } from './ports.ts';

/** The CORS rule the CDK app gives the attachments bucket, in the XML s3rver reads. */
const BROWSER_UPLOAD_CORS =
  '<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>PUT</AllowedMethod><AllowedHeader>content-type</AllowedHeader><AllowedHeader>content-length</AllowedHeader><MaxAgeSeconds>3600</MaxAgeSeconds></CORSRule></CORSConfiguration>';

export interface S3LocalOptions {
  /** 0 or undefined: a random free port (tests). A fixed port that is taken fails fast. */
  port?: number;
  /** Where objects live (created if missing). Default: a temp directory, removed by `stop()`. */
  directory?: string;
  /** Buckets created before the server listens (existing ones are kept as they are). */
  buckets: readonly string[];
  /** Buckets browsers PUT to with presigned URLs: given the same CORS rule as in AWS. */
  browserUploads?: readonly string[];
  /** Named in the error when the fixed port is taken. Default `DVM_S3_PORT`. */
  portEnvVar?: string;
  /** Receives one line per request (`PUT /bucket/key 200`); without it the emulator is silent. */
  log?: (line: string) => void;
}

/**
 * What SDK clients need on top of {@link LocalClientConfig} to talk to s3rver. Checksums only when
 * required: by default the SDK sends streamed bodies `aws-chunked` with a trailing CRC32, which
 * s3rver does not decode — it would store the chunk framing as the object's content.
 */
export interface S3LocalClientConfig extends LocalClientConfig {
  readonly forcePathStyle: true;
  readonly requestChecksumCalculation: 'WHEN_REQUIRED';
  readonly responseChecksumValidation: 'WHEN_REQUIRED';
}

export interface S3LocalHandle extends EmulatorHandle {
  /** Absolute path of the folder holding the buckets. */
  readonly directory: string;
  readonly buckets: readonly string[];
  readonly clientConfig: S3LocalClientConfig;
}

interface S3rverOptions {
  port: number;
  address: string;
  directory: string;
  silent: boolean;
  configureBuckets: { name: string; configs: (string | Buffer)[] }[];
}
interface S3rverInstance {
  configureBuckets(): Promise<void>;
  /** Koa-style listen: with a trailing callback it returns the `http.Server` synchronously. */
  listen(port: number, host: string, onListening: () => void): Server;
}
type S3rverConstructor = new (options: S3rverOptions) => S3rverInstance;
interface S3rverAccountModule {
  DUMMY_ACCOUNT: { createKeyPair(accessKeyId: string, secretAccessKey: string): void };
}

const requireCjs = createRequire(import.meta.url);

function loadS3rver(): S3rverConstructor {
  const S3rver = requireCjs('s3rver') as S3rverConstructor;
  // The account registry is module-level; adding the key is idempotent.
  const accounts = requireCjs('s3rver/lib/models/account.js') as S3rverAccountModule;
  accounts.DUMMY_ACCOUNT.createKeyPair(LOCAL_AWS_CREDENTIALS.accessKeyId, LOCAL_AWS_CREDENTIALS.secretAccessKey);
  return S3rver;
}

/** Starts s3rver on 127.0.0.1 with `buckets` created; resolves once it is listening. */
export async function startS3Local(options: S3LocalOptions): Promise<S3LocalHandle> {
  const startedAt = performance.now();
  const portEnvVar = options.portEnvVar ?? PORT_ENV_VARS.s3;
  const requestedPort = isRandomPort(options.port) ? 0 : options.port;
  if (requestedPort !== 0) await assertPortFree(requestedPort, portEnvVar);

  const temporary = options.directory === undefined;
  const directory = temporary
    ? mkdtempSync(path.join(os.tmpdir(), 'dvm-s3-'))
    : path.resolve(options.directory ?? '.');
  const removeTemporary = () => {
    if (temporary) rmSync(directory, { recursive: true, force: true });
  };

  let server: Server;
  try {
    mkdirSync(directory, { recursive: true });
    const S3rver = loadS3rver();
    const s3rver = new S3rver({
      port: requestedPort,
      address: LOOPBACK,
      directory,
      silent: true,
      configureBuckets: options.buckets.map((name) => ({ name, configs: options.browserUploads?.includes(name) ? [BROWSER_UPLOAD_CORS] : [] })),
    });
    await s3rver.configureBuckets();
    server = await new Promise<Server>((resolve, reject) => {
      const listening = s3rver.listen(requestedPort, LOOPBACK, () => {
        listening.off('error', reject);
        resolve(listening);
      });
      listening.once('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'EADDRINUSE' ? new PortInUseError(requestedPort, portEnvVar, { cause: error }) : error),
      );
    });
  } catch (error) {
    removeTemporary();
    throw error;
  }

  const { log } = options;
  if (log) {
    server.prependListener('request', (req, res) => {
      res.once('finish', () => log(`${req.method} ${req.url} ${res.statusCode}`));
    });
  }

  const port = (server.address() as AddressInfo).port;
  const endpoint = `http://${LOOPBACK}:${port}`;
  return {
    endpoint,
    port,
    directory,
    buckets: [...options.buckets],
    startedInMs: Math.round(performance.now() - startedAt),
    clientConfig: {
      ...localClientConfig(endpoint),
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
    stop: onceAsync(async () => {
      try {
        await closeServer(server);
      } finally {
        removeTemporary();
      }
    }),
  };
}
