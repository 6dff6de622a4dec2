import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkJava, PortInUseError } from './emulators/index.ts';
import { PORT_SETTINGS, startLocalPlatform, type Ports } from './platform.ts';

/**
 * `npm start`: the whole platform on this machine, with the demo agency, until Ctrl-C.
 * Data is kept under `.data/`; ports come from DVM_*_PORT variables.
 */
const projectRoot = path.resolve(import.meta.dirname, '../..');

function readPorts(): Ports {
  const ports = {} as Ports;
  for (const [name, setting] of Object.entries(PORT_SETTINGS) as [keyof Ports, (typeof PORT_SETTINGS)[keyof Ports]][]) {
    const raw = process.env[setting.env];
    const port = raw === undefined || raw === '' ? setting.default : Number(raw);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      fail(`${setting.env}=${raw} không phải số cổng hợp lệ (1–65535). / ${setting.env}=${raw} is not a valid port (1–65535).`);
    }
    ports[name] = port;
  }
  return ports;
}

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

const java = await checkJava();
if (!java.ok) fail(java.message);

if (!existsSync(path.join(projectRoot, 'web', 'dist', 'index.html'))) {
  console.log('Đang build ứng dụng web… / Building the web app…');
  const build = spawnSync('npm', ['run', '-s', 'build:web'], { cwd: projectRoot, stdio: 'inherit' });
  if (build.status !== 0) fail('Không build được ứng dụng web. / The web app failed to build.');
}

const started = Date.now();
const platform = await startLocalPlatform({
  ports: readPorts(),
  dataDir: process.env.DVM_DATA_DIR ?? '.data',
  log: (line) => console.log(line),
}).catch((error: unknown) => {
  if (error instanceof PortInUseError) fail(error.message);
  const inner = error instanceof AggregateError ? error.errors.find((e) => e instanceof PortInUseError) : undefined;
  if (inner) fail((inner as Error).message);
  throw error;
});

console.log(`
Dân vận monitor đang chạy / is running (${((Date.now() - started) / 1000).toFixed(1)} s)

  Ứng dụng web / Web app        ${platform.url}
  API (OpenAPI)                 ${platform.url}/api/openapi.json
  Hộp thư SES / SES mailbox     ${platform.mailboxUrl}
  SMTP nhận thư / inbound mail  smtp://127.0.0.1:${platform.smtpPort}
  DynamoDB Local                ${platform.endpoints.dynamodb}  (bảng / table ${platform.tableName})
  S3 (s3rver)                   ${platform.endpoints.s3}  (${Object.values(platform.buckets).join(', ')})

  Dữ liệu mẫu / demo data: ${platform.seeded > 0 ? `đã tạo ${platform.seeded} bản ghi / ${platform.seeded} records created` : 'đã có sẵn / already present'}
  Lịch chạy kế tiếp / next scheduled runs: ${Object.entries(platform.nextScheduledRuns()).map(([name, at]) => `${name} ${at ?? '-'}`).join('; ')}

Nhấn Ctrl-C để dừng. / Press Ctrl-C to stop.
`);

// A first beat now, as a freshly deployed schedule would soon give; then the watch below has a baseline.
await platform.runScheduled(new Date(), ['scheduled-heartbeat']);

// The local stand-in for the scheduler-stopped alarm: a visible warning when the heartbeat goes stale.
const watch = setInterval(() => {
  platform.schedulerHealth().then(
    (health) => {
      if (health.status === 'stale') {
        console.warn(
          `\n⚠ Bộ lập lịch không chạy: lần chạy gần nhất ${health.lastBeat?.toISOString() ?? 'chưa có'}. Việc kiểm tra thời hạn có thể đã dừng.\n` +
            `⚠ The scheduler is not running: last heartbeat ${health.lastBeat?.toISOString() ?? 'never'}. Deadline checks may have stopped.\n`,
        );
      }
    },
    () => undefined,
  );
}, 5 * 60_000);
watch.unref();

let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: đang dừng… / stopping…`);
  platform.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
