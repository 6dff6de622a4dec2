import { startLocalPlatform } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { DEMO_AGENCY_ID } from '../../shared/demo/organization.ts';
import { PLAN_SECTIONS } from '../../shared/demo/reporting-plan.ts';
import { loadConfig } from '../../shared/platform/config.ts';
import { createServices } from '../../shared/platform/container.ts';
import { ApiClient } from '../support/api-client.ts';
import { printTable, type BenchContext } from './report.ts';

const SUBMISSIONS = 400;
const CONCURRENCY = 8;

/** Reporters of the demo agency, one per unit, and the periods they file for. */
const REPORTERS = [
  ['u-bao-cao-khtc', 'ke-hoach-tai-chinh'],
  ['u-truong-phong-qlkh', 'quan-ly-khoa-hoc'],
  ['u-bao-cao-qlcn', 'quan-ly-cong-nghe'],
  ['u-bao-cao-cds', 'chuyen-doi-so'],
  ['u-bao-cao-tdc', 'chi-cuc-tdc'],
  ['u-bao-cao-ttud', 'trung-tam-ung-dung'],
  ['u-bao-cao-vp', 'van-phong'],
  ['u-bao-cao-tt', 'thanh-tra'],
] as const;
const PERIODS = ['bao-cao-nam-2024', 'bao-cao-nam-2025', 'bao-cao-tong-ket-2025', 'bao-cao-nam-2026'];

/**
 * Submissions per second through the local gateway (API Gateway event → middy → zod → DynamoDB Local),
 * with every submission a distinct version, and the count stored read back afterwards: they must match.
 */
export async function benchReportingSubmissions(_context: BenchContext): Promise<void> {
  const platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock: new FixedClock('2025-10-23T02:00:00Z') });
  try {
    const clients = await Promise.all(REPORTERS.map(([userId]) => ApiClient.signIn(platform.url, userId)));
    const content = (n: number) => ({
      sections: Object.fromEntries(PLAN_SECTIONS.map((s) => [s.id, { narrative: `Lần gửi ${n}: ${s.titleVi}`, metrics: Object.fromEntries(s.metrics.map((m) => [m.id, n])) }])),
      difficulties: 'Không',
      proposals: 'Không',
      nextDirection: 'Tiếp tục',
    });
    let next = 0;
    let accepted = 0;
    const failures: string[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let n = next++; n < SUBMISSIONS; n = next++) {
          const who = n % REPORTERS.length;
          const [, unitId] = REPORTERS[who]!;
          const obligationId = `${PERIODS[Math.floor(n / REPORTERS.length) % PERIODS.length]}--${unitId}`;
          const response = await clients[who]!.request('POST', `/api/obligations/${obligationId}/submissions`, { content: content(n), attachments: [] }, { 'idempotency-key': `bench-${n}` });
          if (response.status === 201) accepted += 1;
          else failures.push(`${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const services = createServices(loadConfig());
    const obligations = await services.reportingRepository.listObligations(DEMO_AGENCY_ID);
    const stored = obligations.reduce((sum, o) => sum + o.latestVersion, 0);
    printTable('Report submissions through the local gateway', ['sent', 'accepted (201)', 'stored versions', 'concurrency', 'seconds', 'submissions/s'], [
      [String(SUBMISSIONS), String(accepted), String(stored), String(CONCURRENCY), seconds.toFixed(2), (SUBMISSIONS / seconds).toFixed(1)],
    ]);
    if (failures.length > 0) console.log(`failures (first 3): ${failures.slice(0, 3).join(' | ')}`);
    if (stored !== accepted || accepted !== SUBMISSIONS) {
      console.error(`✖ sent ${SUBMISSIONS}, accepted ${accepted}, stored ${stored}: they must be equal`);
      process.exitCode = 1;
    }
  } finally {
    await platform.stop();
  }
}
