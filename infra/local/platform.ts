import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { runtimeClock, systemClock, type Clock } from '../../shared/clock.ts';
import { demoOrganization } from '../../shared/demo/organization.ts';
import { seedDemo } from '../../shared/demo/seed.ts';
import { DynamoDbOrganizationRepository } from '../../shared/organization/dynamodb-organization-repository.ts';
import { createDocumentClient } from '../../shared/storage/dynamodb.ts';
import { createHeartbeatServices } from '../../shared/platform/heartbeat-services.ts';
import { heartbeatStatus } from '../../shared/heartbeat/heartbeat.ts';
import { loadConfig } from '../../shared/platform/config.ts';
import { BUCKETS, TABLE, type FunctionName } from '../../shared/platform/resources.ts';
import { createServices } from '../../shared/platform/container.ts';
import { DevAuth } from './dev-auth.ts';
import { assertPortFree, LOCAL_AWS_CREDENTIALS, LOCAL_AWS_REGION, startAllEmulators } from './emulators/index.ts';
import { startGateway } from './gateway.ts';
import { ensureTable } from './provision.ts';
import { runScheduled, startScheduler } from './scheduler.ts';
import { invokeFunction } from './functions.ts';
import { startSesEventPublisher } from './ses-events.ts';
import { startSmtpServer } from './smtp.ts';
import { fileCheckpointStore, memoryCheckpointStore } from './stream-checkpoints.ts';
import { startStreamPoller } from './stream-poller.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

export interface Ports {
  http: number;
  dynamodb: number;
  ses: number;
  s3: number;
  smtp: number;
}

/** The fixed ports of `npm start`, each overridable by its environment variable. */
export const PORT_SETTINGS: Record<keyof Ports, { env: string; default: number }> = {
  http: { env: 'DVM_HTTP_PORT', default: 3000 },
  dynamodb: { env: 'DVM_DYNAMODB_PORT', default: 8000 },
  ses: { env: 'DVM_SES_PORT', default: 8005 },
  s3: { env: 'DVM_S3_PORT', default: 4568 },
  smtp: { env: 'DVM_SMTP_PORT', default: 2525 },
};

export interface LocalPlatformOptions {
  /** `random` for tests; otherwise fixed ports (0 in a field still means random). */
  ports?: 'random' | Ports;
  /** Keep nothing on disk (tests). Otherwise DynamoDB and S3 data live under `dataDir`. */
  inMemory?: boolean;
  dataDir?: string;
  /** Seed the demo agency (idempotent). Default true. */
  seed?: boolean;
  /** "Now" for the seed and every handler (tests pass a fixed one; scheduled runs use their own instant). */
  clock?: Clock;
  /** Fire scheduled functions on their cron expressions. Default true; tests replay with `runScheduled`. */
  scheduler?: boolean;
  /** Deliver the table's stream to the stream functions. Default true; false leaves the records unread, as a crash would (restart tests). */
  streams?: boolean;
  log?: (line: string) => void;
}

export interface LocalPlatform {
  /** Web app and API (`/api/...`). */
  url: string;
  mailboxUrl: string;
  smtpPort: number;
  endpoints: { dynamodb: string; ses: string; s3: string };
  tableName: string;
  buckets: Record<keyof typeof BUCKETS, string>;
  /** How many demo records this start created (0 when they were all there already). */
  seeded: number;
  /** Delivers what was written so far to the stream functions (nothing when `streams` is false). */
  drainStreams(): Promise<void>;
  /** Waits until SES's (emulated) events of the messages sent so far reached `ses-events`. */
  drainSesEvents(): Promise<void>;
  /** Runs scheduled functions once as of `at`, as the `tick` command does. */
  runScheduled(at: Date, only?: FunctionName[]): Promise<Record<string, unknown>>;
  nextScheduledRuns(): Record<string, string | undefined>;
  /** `stale` when the scheduler's heartbeat is older than three beats: the scheduled work has stopped. */
  schedulerHealth(): Promise<{ status: 'ok' | 'stale'; lastBeat?: Date }>;
  stop(): Promise<void>;
}

let started = false;

/**
 * Starts the whole platform on loopback: DynamoDB Local, the SES emulator, s3rver, the table and
 * buckets from the shared resource definitions, the demo seed, the HTTP gateway with the web app, the
 * SMTP server, the stream poller and the scheduler. Handlers run in this process and read their
 * configuration once, so there can be one platform per process.
 */
export async function startLocalPlatform(options: LocalPlatformOptions = {}): Promise<LocalPlatform> {
  if (started) throw new Error('A local platform is already running in this process (handlers read their configuration once).');
  started = true;
  const log = options.log ?? (() => undefined);
  const ports: Ports = options.ports === 'random' || !options.ports ? { http: 0, dynamodb: 0, ses: 0, s3: 0, smtp: 0 } : options.ports;
  const dataDir = path.resolve(projectRoot, options.dataDir ?? '.data');
  const tableName = TABLE.localName;
  const buckets = { attachments: BUCKETS.attachments.localName, inboundMail: BUCKETS.inboundMail.localName };

  for (const name of ['http', 'smtp'] as const) {
    if (ports[name]) await assertPortFree(ports[name], PORT_SETTINGS[name].env);
  }
  const stops: (() => Promise<void> | void)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await Promise.resolve(stop()).catch((error: unknown) => log(`stop failed: ${String(error)}`));
    started = false;
  };

  try {
    const emulators = await startAllEmulators({
      dynamodb: options.inMemory ? { port: ports.dynamodb, inMemory: true } : { port: ports.dynamodb, dbPath: path.join(dataDir, 'dynamodb') },
      ses: { port: ports.ses },
      s3: { port: ports.s3, buckets: Object.values(buckets), browserUploads: [buckets.attachments], ...(options.inMemory ? {} : { directory: path.join(dataDir, 's3') }) },
    });
    stops.push(() => emulators.stop());

    Object.assign(process.env, {
      AWS_REGION: LOCAL_AWS_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_AWS_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_AWS_CREDENTIALS.secretAccessKey,
      TABLE_NAME: tableName,
      DYNAMODB_ENDPOINT: emulators.dynamodb.endpoint,
      SES_ENDPOINT: emulators.ses.endpoint,
      S3_ENDPOINT: emulators.s3.endpoint,
      ATTACHMENTS_BUCKET: buckets.attachments,
      INBOUND_MAIL_BUCKET: buckets.inboundMail,
      MAIL_FROM: process.env.MAIL_FROM ?? '"Theo dõi công tác dân vận" <no-reply@khcn-quangngai.example>',
      POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
      // s3rver stores streamed uploads with the SDK's checksum framing unless checksums are only sent when required.
      AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
      AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    });

    // The gateway listens first, so its URL (the port it got) is APP_URL before any service or handler reads its configuration.
    const directoryDb = createDocumentClient({ AWS_REGION: LOCAL_AWS_REGION, DYNAMODB_ENDPOINT: emulators.dynamodb.endpoint });
    stops.push(() => directoryDb.destroy());
    const organization = new DynamoDbOrganizationRepository(directoryDb, tableName);
    const gateway = await startGateway({
      port: ports.http,
      webRoot: path.join(projectRoot, 'web', 'dist'),
      auth: new DevAuth(),
      // Every agency's users, the demo's first: a user onboarded or created a moment ago can sign in at once.
      listUsers: async () => (await Promise.all([demoOrganization.agency.agencyId, ...(await organization.listAgencies()).map((a) => a.agencyId).filter((id) => id !== demoOrganization.agency.agencyId)].map((id) => organization.listUsers(id)))).flat(),
      unitName: async (agencyId, unitId) => (await organization.getUnit(agencyId, unitId))?.name,
    });
    stops.push(() => gateway.stop());
    process.env.APP_URL = gateway.url;

    const dynamodb = new DynamoDBClient({ endpoint: emulators.dynamodb.endpoint, region: LOCAL_AWS_REGION, credentials: LOCAL_AWS_CREDENTIALS });
    stops.push(() => dynamodb.destroy());
    const { streamArn } = await ensureTable(dynamodb, tableName);

    const checkpoints = options.inMemory ? memoryCheckpointStore() : fileCheckpointStore(path.join(dataDir, 'stream-checkpoints.json'));
    const poller = options.streams === false ? undefined : await startStreamPoller({ endpoint: emulators.dynamodb.endpoint, region: LOCAL_AWS_REGION, streamArn, checkpoints, log });
    if (poller) stops.push(() => poller.stop());
    const sesEvents = startSesEventPublisher({ ses: emulators.ses, publish: (event) => invokeFunction('ses-events', event), log });
    stops.push(() => sesEvents.stop());

    if (options.clock) runtimeClock.use(options.clock);
    stops.push(() => runtimeClock.use(systemClock));
    const services = createServices(loadConfig());
    stops.push(() => services.db.destroy());
    const seeded = options.seed === false ? 0 : await seedDemo(services, runtimeClock);

    const s3 = new S3Client(emulators.s3.clientConfig);
    stops.push(() => s3.destroy());
    const smtp = await startSmtpServer({ port: ports.smtp, s3, bucket: buckets.inboundMail, log });
    stops.push(() => smtp.stop());

    const scheduler = options.scheduler === false ? undefined : startScheduler(log);
    if (scheduler) stops.push(() => scheduler.stop());

    return {
      url: gateway.url,
      mailboxUrl: emulators.ses.mailboxUrl,
      smtpPort: smtp.port,
      endpoints: { dynamodb: emulators.dynamodb.endpoint, ses: emulators.ses.endpoint, s3: emulators.s3.endpoint },
      tableName,
      buckets,
      seeded,
      drainStreams: async () => poller?.drain(),
      drainSesEvents: () => sesEvents.drain(),
      runScheduled: (at, only) => runScheduled(at, only),
      nextScheduledRuns: () => scheduler?.next() ?? {},
      schedulerHealth: () => heartbeatStatus(createHeartbeatServices(services.config, services.db).heartbeats, systemClock),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
