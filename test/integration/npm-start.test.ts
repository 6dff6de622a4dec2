import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort, isPortFree } from '../../infra/local/emulators/index.ts';
import { StreamCheckpointSchema } from '../../infra/local/stream-checkpoints.ts';
import { ApiClient } from '../support/api-client.ts';

const root = path.resolve(import.meta.dirname, '../..');

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs `npm start`'s entry point as a user would, with its own ports and data folder. */
function start(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(run: Run, text: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!run.output().includes(text)) {
    if (Date.now() > until || run.child.exitCode !== null) throw new Error(`"${text}" never appeared; output:\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('npm start', () => {
  let dataDir: string;
  let env: Record<string, string>;
  const ports: Record<string, number> = {};

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'dvm-start-'));
    for (const name of ['HTTP', 'DYNAMODB', 'SES', 'S3', 'SMTP']) ports[name] = await findFreePort();
    env = Object.fromEntries(Object.entries(ports).map(([name, port]) => [`DVM_${name}_PORT`, String(port)]));
    env.DVM_DATA_DIR = dataDir;
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts everything, prints every URL, keeps data across a restart without duplicating it, and stops cleanly on Ctrl-C', async () => {
    const first = start(env);
    await waitFor(first, 'Nhấn Ctrl-C để dừng');
    const printed = first.output();
    for (const port of Object.values(ports)) expect(printed).toContain(String(port));
    expect(printed).toMatch(/Dữ liệu mẫu \/ demo data: đã tạo \d+ bản ghi/);

    const url = `http://127.0.0.1:${ports.HTTP}`;
    const admin = await ApiClient.signIn(url, 'u-quan-tri');
    const changed = await admin.request('PATCH', '/api/units/cong-doan', { version: 0, changes: { name: 'Công đoàn cơ sở (đã sửa)' }, reason: 'Sửa tên theo quyết định' });
    expect(changed.status).toBe(200);
    const unitsBefore = (await admin.get('/api/units')).body.items.length;

    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    for (const port of Object.values(ports)) expect(await isPortFree(port), `port ${port} freed`).toBe(true);
    // Where the stream poller resumes: the seed's writes were delivered, so each shard has a checkpoint.
    expect(Object.keys(StreamCheckpointSchema.parse(JSON.parse(await readFile(path.join(dataDir, 'stream-checkpoints.json'), 'utf8'))).shards).length).toBeGreaterThan(0);

    const second = start(env);
    await waitFor(second, 'Nhấn Ctrl-C để dừng');
    expect(second.output()).toContain('đã có sẵn / already present');
    const again = await ApiClient.signIn(url, 'u-quan-tri');
    const units = (await again.get('/api/units')).body.items;
    expect(units).toHaveLength(unitsBefore);
    expect(units.find((u: { unitId: string }) => u.unitId === 'cong-doan')).toMatchObject({ name: 'Công đoàn cơ sở (đã sửa)', version: 1 });
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 120_000);

  it('names the variable to change when a port is taken', async () => {
    const blocker = net.createServer().listen(ports.HTTP, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    try {
      const run = start(env);
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`Cổng ${ports.HTTP} đang được dùng`);
      expect(run.output()).toContain('DVM_HTTP_PORT');
    } finally {
      blocker.close();
    }
  }, 60_000);

  it('says how to install Java when it is missing, instead of failing obscurely', async () => {
    const run = start({ ...env, PATH: '/nonexistent', JAVA_HOME: '' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('apt-get install -y openjdk-17-jre-headless');
  }, 60_000);
});
