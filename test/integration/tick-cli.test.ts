import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform, type LocalPlatform, type Ports } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { DEMO_AGENCY_ID } from '../../shared/demo/organization.ts';
import { loadConfig } from '../../shared/platform/config.ts';
import { createServices } from '../../shared/platform/container.ts';
import { portsOf, runCli } from '../support/cli.ts';


const tick = (args: string[], ports: Ports) => runCli('tick', args, { DVM_HTTP_PORT: String(ports.http), DVM_DYNAMODB_PORT: String(ports.dynamodb), DVM_SES_PORT: String(ports.ses), DVM_S3_PORT: String(ports.s3) });

describe('npm run tick -- --at <instant>', () => {
  let platform: LocalPlatform;
  let ports: Ports;

  beforeAll(async () => {
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock: new FixedClock('2025-10-01T02:00:00Z') });
    ports = portsOf(platform);
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('replays the scheduled work as of the given instant against the running local platform', async () => {
    const result = await tick(['--at', '2025-10-10T07:30:00+07:00', '--only', 'scheduled-deadline-check'], ports);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout)['scheduled-deadline-check'];
    expect(report).toMatchObject({ agencyId: DEMO_AGENCY_ID, at: '2025-10-10T00:30:00.000Z' });
    expect(report.emailsSent).toBeGreaterThan(0);
    const alerts = await createServices(loadConfig()).alertLog.list(DEMO_AGENCY_ID);
    expect(alerts.filter((a) => a.stage === 'remind-14' && a.subjectRef.startsWith('report--bao-cao-tong-ket-2025--')).length).toBeGreaterThan(0);
  });

  it('refuses an instant without a time zone, and an unknown function, with a clear message', async () => {
    const bare = await tick(['--at', '2025-10-10T07:30:00'], ports);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('Thời điểm không hợp lệ');
    const unknown = await tick(['--at', '2025-10-10T00:30:00Z', '--only', 'khong-co'], ports);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No such scheduled function');
  });
});
