import { spawn } from 'node:child_process';
import path from 'node:path';
import type { LocalPlatform, Ports } from '../../infra/local/platform.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** Runs one of the project's commands (`infra/local/cli/<name>.ts`) as `npm run` would, with extra environment. */
export function runCli(name: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `infra/local/cli/${name}.ts`, ...args], { cwd: root, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * The ports a platform started on random ports listens on, for a command run beside it. Asking the
 * platform (instead of probing free ports first and passing them in) leaves no moment in which a test
 * running in parallel can take one of them.
 */
export function portsOf(platform: LocalPlatform): Ports {
  const port = (url: string) => Number(new URL(url).port);
  return { http: port(platform.url), dynamodb: port(platform.endpoints.dynamodb), ses: port(platform.endpoints.ses), s3: port(platform.endpoints.s3), smtp: platform.smtpPort };
}
