import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort, readSesStore } from '../../infra/local/emulators/index.ts';
import { startLocalPlatform, type LocalPlatformOptions, type Ports } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { ApiClient } from '../support/api-client.ts';

const clock = new FixedClock('2025-10-23T02:00:00Z');
const TITLE = 'Chưa nhận được kinh phí tuyên truyền';

/** One start of the platform on the kept data directory: `act` runs against it, then it stops; returns the obstacle alerts sent so far (the SES store lives as long as this process). */
async function runOnce(options: LocalPlatformOptions, act: (url: string) => Promise<void> = async () => undefined) {
  const platform = await startLocalPlatform({ scheduler: false, clock, ...options });
  try {
    await act(platform.url);
    await platform.drainStreams();
    return (await readSesStore(platform.endpoints.ses)).filter((m) => m.subject.endsWith(TITLE));
  } finally {
    await platform.stop();
  }
}

describe('the local platform restarted on its data directory', () => {
  let dataDir: string;
  let ports: Ports;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'dvm-restart-'));
    // The same ports each time: handlers, as in Lambda, keep the endpoints they read at their cold start.
    ports = { http: await findFreePort(), dynamodb: await findFreePort(), ses: await findFreePort(), s3: await findFreePort(), smtp: await findFreePort() };
  });
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('alerts the office exactly once about an obstacle written just before a crash, and not again at the next restart', async () => {
    const beforeCrash = await runOnce({ ports, dataDir, streams: false }, async (url) => {
      const reporter = await ApiClient.signIn(url, 'u-bao-cao-khtc');
      const reported = await reporter.request('POST', '/api/obstacles', { title: TITLE, description: 'Đơn vị chưa nhận được kinh phí tuyên truyền quý IV năm 2025.', attachments: [] });
      expect(reported.status).toBe(201);
    });

    const afterRestart = await runOnce({ ports, dataDir });
    const afterNextRestart = await runOnce({ ports, dataDir });

    expect(beforeCrash).toEqual([]);
    expect(afterRestart.map((m) => m.destination.to[0]).sort()).toEqual(['chanh-van-phong@khcn-quangngai.example', 'chuyen-vien-vp@khcn-quangngai.example']);
    expect(afterRestart.every((m) => m.body.text?.includes(`http://127.0.0.1:${ports.http}/#/obstacles`))).toBe(true);
    expect(afterNextRestart.map((m) => m.messageId).sort()).toEqual(afterRestart.map((m) => m.messageId).sort());
  }, 120_000);
});
