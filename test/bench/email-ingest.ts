import nodemailer from 'nodemailer';
import { startLocalPlatform } from '../../infra/local/platform.ts';
import { DEMO_AGENCY_ID } from '../../shared/demo/organization.ts';
import { loadConfig } from '../../shared/platform/config.ts';
import { createServices } from '../../shared/platform/container.ts';
import { minimalDocx } from '../support/zip.ts';
import { printTable, type BenchContext } from './report.ts';

const EMAILS = Number(process.env.BENCH_EMAILS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_EMAIL_CONCURRENCY ?? 8);
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * E-mails ingested per second: N valid report e-mails, each with a .docx, sent through the local SMTP
 * server with bounded concurrency, each unit to its own obligations in turn (so later ones are new
 * versions, each with its own Message-ID). Counts what was stored as versions; sent and stored must
 * be equal, or the run fails.
 */
export async function benchEmailIngest(_context: BenchContext): Promise<void> {
  const smtpRuns: string[] = [];
  const platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, log: (line) => line.startsWith('[smtp] stored') && smtpRuns.push(line) });
  const services = createServices(loadConfig());
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: platform.smtpPort, secure: false, ignoreTLS: true, pool: true, maxConnections: CONCURRENCY });
  try {
    const [units, obligations] = await Promise.all([services.organizationRepository.listUnits(DEMO_AGENCY_ID), services.reportingRepository.listObligations(DEMO_AGENCY_ID)]);
    const targets = obligations.flatMap((o) => {
      const from = units.find((u) => u.unitId === o.unitId)?.reportingEmails[0];
      return from ? [{ obligation: o, from }] : [];
    });
    const storedSoFar = async () => (await services.reportingRepository.listObligations(DEMO_AGENCY_ID)).reduce((n, o) => n + o.latestVersion, 0);
    const before = await storedSoFar();
    const content = minimalDocx('báo cáo '.repeat(2_500));

    const started = performance.now();
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < EMAILS; i = next++) {
        const target = targets[i % targets.length];
        if (!target) throw new Error('No obligation to report on');
        await transport.sendMail({
          from: target.from,
          to: `bao-cao+${target.obligation.code.toLowerCase()}@${services.config.INBOUND_MAIL_DOMAIN}`,
          subject: `Báo cáo ${target.obligation.titleVi} [${target.obligation.code}] — lần ${i + 1}`,
          messageId: `<bench-${i}-${started.toFixed(0)}@bench.khcn-quangngai.example>`,
          text: `Kính gửi Văn phòng Sở, báo cáo số ${i + 1}.`,
          attachments: [{ filename: `bao-cao-${i + 1}.docx`, content, contentType: DOCX }],
        });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const acceptedMs = performance.now() - started;
    const deadline = Date.now() + 120_000;
    while (smtpRuns.length < EMAILS && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const elapsedMs = performance.now() - started;
    const stored = (await storedSoFar()) - before;

    printTable(
      `E-mail ingestion through the local SMTP server (${CONCURRENCY} connections, ${targets.length} obligations, .docx of ${Math.round(content.length / 1024)} KiB)`,
      ['sent', 'stored', 'SMTP accepted in s', 'elapsed s', 'e-mails per second', 'stored / sent'],
      [[String(EMAILS), String(stored), (acceptedMs / 1000).toFixed(2), (elapsedMs / 1000).toFixed(2), (EMAILS / (elapsedMs / 1000)).toFixed(1), (stored / EMAILS).toFixed(3)]],
    );
    if (stored !== EMAILS) {
      console.error(`email-ingest: sent ${EMAILS} but stored ${stored}`);
      process.exitCode = 1;
    }
  } finally {
    transport.close();
    await platform.stop();
  }
}
