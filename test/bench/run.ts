import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCompileReports } from './compile-reports.ts';
import { benchDueIndex } from './due-index.ts';
import { benchEmailIngest } from './email-ingest.ts';
import { benchLambdaBundles } from './lambda-bundles.ts';
import { benchReportingSubmissions } from './reporting-submissions.ts';
import type { BenchContext } from './report.ts';

/**
 * `npm run bench`: performance figures, kept out of `npm test`. Each benchmark prints a table;
 * later capabilities add theirs to the list below.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';

const context: BenchContext = {
  root: path.resolve(import.meta.dirname, '../..'),
  workDir: path.resolve(import.meta.dirname, '../../.bench'),
};

const benchmarks: [string, (context: BenchContext) => Promise<void>][] = [
  ['lambda-bundles', benchLambdaBundles],
  ['reporting-submissions', benchReportingSubmissions],
  ['due-index', benchDueIndex],
  ['email-ingest', benchEmailIngest],
  ['compile-reports', benchCompileReports],
];

const only = process.argv.slice(2);
if (only.length !== 1) {
  // Each benchmark in its own process: handlers read their configuration once per process, and
  // several benchmarks start a local platform of their own.
  for (const [name] of benchmarks) {
    if (only.length && !only.includes(name)) continue;
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), name], { stdio: 'inherit' });
    if (child.status !== 0) process.exitCode = child.status ?? 1;
  }
} else {
  const entry = benchmarks.find(([name]) => name === only[0]);
  if (!entry) {
    console.error(`Unknown benchmark ${only[0]}; known: ${benchmarks.map(([name]) => name).join(', ')}`);
    process.exit(2);
  }
  const started = performance.now();
  await entry[1](context);
  console.log(`\n(${entry[0]}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
