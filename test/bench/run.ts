import path from 'node:path';
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
];

const only = process.argv.slice(2);
for (const [name, run] of benchmarks) {
  if (only.length && !only.includes(name)) continue;
  const started = performance.now();
  await run(context);
  console.log(`\n(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
