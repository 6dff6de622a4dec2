import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { FUNCTIONS, functionNames, LAMBDA_BUNDLING } from '../../shared/platform/resources.ts';
import { median, printTable, type BenchContext } from './report.ts';

const INIT_RUNS = 7;

/**
 * For each Lambda: bundle it exactly as the CDK app does, report its size, and time the module's
 * initialisation (import of the bundle in a fresh Node process, which is what a cold start pays
 * after the runtime itself has started), median of several runs.
 */
export async function benchLambdaBundles(context: BenchContext): Promise<void> {
  const outDir = path.join(context.workDir, 'bundles');
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const rows: string[][] = [];
  for (const name of functionNames) {
    const outfile = path.join(outDir, name, 'index.mjs');
    await build({
      entryPoints: [path.join(context.root, FUNCTIONS[name].entry)],
      outfile,
      bundle: true,
      platform: 'node',
      format: LAMBDA_BUNDLING.format,
      target: LAMBDA_BUNDLING.target,
      mainFields: [...LAMBDA_BUNDLING.mainFields],
      minify: LAMBDA_BUNDLING.minify,
      sourcemap: LAMBDA_BUNDLING.sourcemap,
      external: [...LAMBDA_BUNDLING.external],
      banner: { js: LAMBDA_BUNDLING.banner },
      logLevel: 'error',
    });
    const code = await readFile(outfile);
    const times: number[] = [];
    for (let run = 0; run < INIT_RUNS; run += 1) {
      const output = execFileSync(
        process.execPath,
        ['--input-type=module', '-e', `const t = performance.now(); await import(${JSON.stringify(outfile)}); console.log(performance.now() - t);`],
        {
          cwd: context.root,
          env: { ...process.env, TABLE_NAME: 'bench', AWS_REGION: 'ap-southeast-1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', POWERTOOLS_LOG_LEVEL: 'SILENT' },
          encoding: 'utf8',
        },
      );
      times.push(Number(output.trim()));
    }
    rows.push([name, FUNCTIONS[name].kind, (code.length / 1024).toFixed(1), (gzipSync(code).length / 1024).toFixed(1), median(times).toFixed(1)]);
  }
  printTable('Lambda bundles (esbuild as deployed; AWS SDK provided by the runtime)', ['function', 'kind', 'size KiB', 'gzip KiB', `init ms (median of ${INIT_RUNS})`], rows);
}
