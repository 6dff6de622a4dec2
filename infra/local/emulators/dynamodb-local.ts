/**
 * DynamoDB Local (the emulator AWS publishes, shipped in `amplify-dynamodb-simulator`) as a child
 * process. It is the one emulator with transactions, streams and TTL semantics close to the service,
 * which is why the local runtime pays for a JVM.
 *
 * Why it is spawned through a tiny Node watchdog rather than directly: a Java child outlives its
 * parent whenever the parent dies without running `exit` handlers (Ctrl-C, SIGTERM from a test
 * runner, SIGKILL, a crash). The watchdog holds an IPC channel to us; the OS closes that channel
 * however we die, and the watchdog then stops Java (SIGTERM, SIGKILL after 3 s). `stop()` uses the
 * same path (disconnect), which also works on Windows where signals to children are not graceful.
 *
 * Start time measured on the dev container (2 vCPU, OpenJDK 17.0.15, DynamoDB Local 1.25.1),
 * spawn → first successful ListTables, `-inMemory`:
 *   - default JVM flags:              1.5–1.75 s
 *   - `-XX:TieredStopAtLevel=1`:      1.1–1.25 s  (C1 only: the emulator is I/O-bound, peak JIT
 *                                                  throughput does not matter for tests or dev)
 *   - `+ -Xshare:auto`:               no change (it is already the JDK 17 default)
 *   - `+ -XX:+UseSerialGC`:           no change
 *   - AppCDS (`-XX:ArchiveClassesAtExit`): impossible — the jar's manifest Class-Path contains `.`,
 *     a non-empty directory, and the JVM refuses to dump or map an archive with that.
 * The watchdog adds ~50 ms. So {@link FAST_START_JVM_ARGS} is the default.
 *
 * DynamoDB Local has no bind-address option: it listens on all interfaces. We only ever connect to
 * it through 127.0.0.1, and the port check covers both the loopback and the wildcard address.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { EmulatorStartError } from './errors.ts';
import {
  LOCAL_AWS_CREDENTIALS,
  LOCAL_AWS_REGION,
  localClientConfig,
  onceAsync,
  type EmulatorHandle,
  type LocalClientConfig,
} from './local-aws.ts';
import { LOOPBACK, PORT_ENV_VARS, assertPortFree, findFreePort, isRandomPort } from './ports.ts';

/** JVM flags that cut DynamoDB Local's start time by about a quarter (see the module doc). */
export const FAST_START_JVM_ARGS: readonly string[] = ['-XX:TieredStopAtLevel=1'];

const MIN_JAVA_MAJOR = 17;
const EMULATOR = 'DynamoDB Local';

export interface DynamoDbLocalOptions {
  /** 0 or undefined: a random free port (tests). A fixed port that is taken fails fast. */
  port?: number;
  /** Keep everything in memory (the default unless `dbPath` is given). */
  inMemory?: boolean;
  /** Persist to this directory (created if missing), e.g. `.data/dynamodb` for `npm start`. */
  dbPath?: string;
  /** Named in the error when the fixed port is taken. Default `DVM_DYNAMODB_PORT`. */
  portEnvVar?: string;
  /** The `java` binary. Default: `$JAVA_HOME/bin/java` when it exists, else `java` on the PATH. */
  java?: string;
  /** JVM flags, replacing the default {@link FAST_START_JVM_ARGS} (pass `[]` for plain JVM defaults). */
  jvmArgs?: readonly string[];
  /** How long to wait for the first successful ListTables. Default 30 s. */
  startTimeoutMs?: number;
  /** Receives the emulator's stdout/stderr lines; without it the emulator is silent. */
  log?: (line: string) => void;
}

export interface DynamoDbLocalHandle extends EmulatorHandle {
  /** Pid of the Java process (not of the watchdog), to check that nothing is left behind. */
  readonly javaPid: number;
  /** Absolute data directory, or undefined when in memory. */
  readonly dbPath: string | undefined;
  readonly clientConfig: LocalClientConfig;
}

export type JavaCheck =
  | { readonly ok: true; readonly version: string; readonly major: number; readonly java: string }
  | { readonly ok: false; readonly message: string; readonly java: string };

/** Where the jar and its native libraries are, resolved through the package so hoisting does not matter. */
export function dynamoDbLocalPaths(): { jar: string; libDir: string } {
  const require = createRequire(import.meta.url);
  const emulatorDir = path.join(path.dirname(require.resolve('amplify-dynamodb-simulator/package.json')), 'emulator');
  return { jar: path.join(emulatorDir, 'DynamoDBLocal.jar'), libDir: path.join(emulatorDir, 'DynamoDBLocal_lib') };
}

/** `$JAVA_HOME/bin/java` when it exists, so a keg-only Homebrew JDK works without touching PATH. */
export function resolveJavaCommand(): string {
  const javaHome = process.env.JAVA_HOME;
  if (javaHome) {
    const candidate = path.join(javaHome, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (existsSync(candidate)) return candidate;
  }
  return 'java';
}

/** Major version from `java -version` output: `"17.0.15"` → 17, `"1.8.0_422"` → 8, `"21-ea"` → 21. */
export function parseJavaVersion(output: string): { version: string; major: number } | undefined {
  const match = /version "([^"]+)"/.exec(output);
  const version = match?.[1];
  if (version === undefined) return undefined;
  const [first, second] = version.split(/[.\-+_]/).map((part) => Number.parseInt(part, 10));
  const major = first === 1 ? second : first;
  return major === undefined || Number.isNaN(major) ? undefined : { version, major };
}

function installJavaHelp(problemVi: string, problemEn: string): string {
  return [
    `${problemVi} DynamoDB Local cần Java ${MIN_JAVA_MAJOR} trở lên. Cài đặt:`,
    '  • Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y openjdk-17-jre-headless',
    '  • macOS (Homebrew): brew install openjdk@17 && export JAVA_HOME="$(brew --prefix openjdk@17)"',
    '  • Windows: winget install --id Microsoft.OpenJDK.17 (rồi mở lại cửa sổ dòng lệnh)',
    '  Hoặc đặt JAVA_HOME trỏ tới một bản Java 17+ đã cài.',
    `${problemEn} DynamoDB Local needs Java ${MIN_JAVA_MAJOR} or newer. Install it:`,
    '  • Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y openjdk-17-jre-headless',
    '  • macOS (Homebrew): brew install openjdk@17 && export JAVA_HOME="$(brew --prefix openjdk@17)"',
    '  • Windows: winget install --id Microsoft.OpenJDK.17 (then open a new terminal)',
    '  Or point JAVA_HOME at an installed Java 17+.',
  ].join('\n');
}

/**
 * Is a Java ≥ 17 available? Never throws: the answer carries the install instructions, so
 * `npm start` and `.ci/run` can print them as they are.
 */
export async function checkJava(java: string = resolveJavaCommand()): Promise<JavaCheck> {
  return new Promise((resolve) => {
    execFile(java, ['-version'], { timeout: 20_000, windowsHide: true }, (error, stdout, stderr) => {
      const parsed = parseJavaVersion(`${stderr}\n${stdout}`);
      if (parsed === undefined) {
        const missing = (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
        resolve({
          ok: false,
          java,
          message: missing
            ? installJavaHelp(`Không tìm thấy Java (\`${java}\`).`, `Java was not found (\`${java}\`).`)
            : installJavaHelp(
                `Không đọc được phiên bản Java từ \`${java} -version\`: ${(stderr || error?.message || '').trim()}.`,
                `Could not read the Java version from \`${java} -version\`.`,
              ),
        });
        return;
      }
      if (parsed.major < MIN_JAVA_MAJOR) {
        resolve({
          ok: false,
          java,
          message: installJavaHelp(
            `Java ${parsed.version} (\`${java}\`) quá cũ.`,
            `Java ${parsed.version} (\`${java}\`) is too old.`,
          ),
        });
        return;
      }
      resolve({ ok: true, java, version: parsed.version, major: parsed.major });
    });
  });
}

/**
 * Runs in the watchdog process (CommonJS, via `node -e`). It exits when Java exits, and stops Java
 * when its IPC channel to us closes — which the OS does for us even if we are SIGKILLed.
 */
const WATCHDOG_SOURCE = `
const { spawn } = require('node:child_process');
const [cmd, args] = JSON.parse(process.argv[1]);
const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], windowsHide: true });
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  setTimeout(() => child.kill('SIGKILL'), 3000).unref();
};
child.on('spawn', () => { if (process.connected) process.send({ type: 'spawned', pid: child.pid }); });
child.on('error', (err) => {
  if (process.connected) process.send({ type: 'spawn-error', code: err.code, message: err.message }, () => process.exit(127));
  else process.exit(127);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 143 : 0)));
process.on('disconnect', stop);
for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(sig, stop);
`;

type WatchdogMessage =
  | { type: 'spawned'; pid: number }
  | { type: 'spawn-error'; code?: string; message: string };

/** Keeps the last lines of output for error messages, and forwards them to `log` when given. */
class OutputTail {
  private readonly lines: string[] = [];
  private partial = '';

  constructor(private readonly log: ((line: string) => void) | undefined) {}

  push(chunk: Buffer): void {
    const parts = (this.partial + chunk.toString('utf8')).split(/\r?\n/);
    this.partial = parts.pop() ?? '';
    for (const line of parts) this.add(line);
  }

  flush(): void {
    if (this.partial) this.add(this.partial);
    this.partial = '';
  }

  text(): string {
    return this.lines.join('\n');
  }

  private add(line: string): void {
    this.log?.(line);
    this.lines.push(line);
    if (this.lines.length > 60) this.lines.shift();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts DynamoDB Local on 127.0.0.1 and resolves once it answers ListTables. */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocalHandle> {
  const startedAt = performance.now();
  if (options.inMemory === true && options.dbPath !== undefined) {
    throw new EmulatorStartError(EMULATOR, 'choose either inMemory or dbPath, not both');
  }
  const dbPath = options.dbPath === undefined ? undefined : path.resolve(options.dbPath);
  if (dbPath !== undefined) mkdirSync(dbPath, { recursive: true });

  const randomPort = isRandomPort(options.port);
  if (!randomPort) {
    await assertPortFree(options.port ?? 0, options.portEnvVar ?? PORT_ENV_VARS.dynamodb, [LOOPBACK, '0.0.0.0']);
  }

  // A random port can be grabbed by someone else between the probe and the JVM's bind; try another.
  for (let attempt = 1; ; attempt++) {
    const port = randomPort ? await findFreePort() : (options.port ?? 0);
    try {
      return await launch(port, dbPath, options, startedAt);
    } catch (error) {
      const bindClash = error instanceof EmulatorStartError && /BindException|Address already in use/i.test(error.message);
      if (!randomPort || !bindClash || attempt >= 3) throw error;
    }
  }
}

async function launch(
  port: number,
  dbPath: string | undefined,
  options: DynamoDbLocalOptions,
  startedAt: number,
): Promise<DynamoDbLocalHandle> {
  const { jar, libDir } = dynamoDbLocalPaths();
  const java = options.java ?? resolveJavaCommand();
  const javaArgs = [
    ...(options.jvmArgs ?? FAST_START_JVM_ARGS),
    `-Djava.library.path=${libDir}`,
    '-jar',
    jar,
    '-port',
    String(port),
    '-disableTelemetry',
    // One database whatever the client's credentials and region: handlers, tests and the stream
    // poller must all see the same tables.
    '-sharedDb',
    ...(dbPath === undefined ? ['-inMemory'] : ['-dbPath', dbPath]),
  ];

  const { NODE_OPTIONS: _nodeOptions, ...env } = process.env;
  const watchdog = spawn(process.execPath, ['-e', WATCHDOG_SOURCE, JSON.stringify([java, javaArgs])], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env,
    windowsHide: true,
  });
  const output = new OutputTail(options.log);
  watchdog.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  watchdog.stderr?.on('data', (chunk: Buffer) => output.push(chunk));

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    watchdog.once('exit', (code, signal) => resolve({ code, signal }));
  });
  let javaPid: number | undefined;
  let spawnError: { code?: string; message: string } | undefined;
  watchdog.on('message', (message: WatchdogMessage) => {
    if (message.type === 'spawned') javaPid = message.pid;
    else spawnError = message;
  });

  const stop = onceAsync(() => stopWatchdog(watchdog, exited));
  const endpoint = `http://${LOOPBACK}:${port}`;

  try {
    await waitUntilReady(endpoint, exited, options.startTimeoutMs ?? 30_000);
  } catch (error) {
    await stop();
    output.flush();
    throw await describeStartFailure(error, output.text(), java, spawnError);
  }
  if (javaPid === undefined) {
    // The 'spawned' message always precedes readiness; this only guards against a broken watchdog.
    await stop();
    throw new EmulatorStartError(EMULATOR, 'the watchdog did not report the Java pid');
  }

  return {
    endpoint,
    port,
    javaPid,
    dbPath,
    startedInMs: Math.round(performance.now() - startedAt),
    clientConfig: localClientConfig(endpoint),
    stop,
  };
}

class ExitedEarly extends Error {
  override readonly name = 'ExitedEarly';
}

async function waitUntilReady(
  endpoint: string,
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
  timeoutMs: number,
): Promise<void> {
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  void exited.then((value) => (exit = value));
  const client = new DynamoDBClient({
    endpoint,
    region: LOCAL_AWS_REGION,
    credentials: LOCAL_AWS_CREDENTIALS,
    maxAttempts: 1,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 2_000 },
  });
  const deadline = performance.now() + timeoutMs;
  let lastError: unknown;
  try {
    while (performance.now() < deadline) {
      if (exit) throw new ExitedEarly(`exited with ${exit.signal ?? `code ${exit.code}`} before answering`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch (error) {
        lastError = error;
      }
      await Promise.race([sleep(50), exited]);
    }
  } finally {
    client.destroy();
  }
  const last = lastError instanceof Error ? ` (last attempt: ${lastError.name}: ${lastError.message})` : '';
  throw new Error(`did not answer ListTables within ${timeoutMs} ms${last}`, { cause: lastError });
}

async function describeStartFailure(
  error: unknown,
  output: string,
  java: string,
  spawnError: { code?: string; message: string } | undefined,
): Promise<Error> {
  if (spawnError !== undefined || /UnsupportedClassVersionError/.test(output)) {
    const check = await checkJava(java);
    if (!check.ok) return new EmulatorStartError(EMULATOR, check.message, { cause: error });
  }
  const reason = error instanceof Error ? error.message : String(error);
  const details = output.trim() ? `\n--- Java output ---\n${output.trim()}` : ' (no output from Java)';
  return new EmulatorStartError(EMULATOR, `${reason}${details}`, { cause: error });
}

async function stopWatchdog(
  watchdog: ChildProcess,
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
): Promise<void> {
  if (watchdog.exitCode !== null || watchdog.signalCode !== null) return;
  if (watchdog.connected) watchdog.disconnect();
  else watchdog.kill('SIGTERM');
  // The watchdog SIGKILLs Java after 3 s; waiting a little longer than that is always enough.
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), 6_000))),
  ]);
  clearTimeout(timer);
  if (timedOut) {
    watchdog.kill('SIGKILL');
    await exited;
  }
}
