/**
 * What the emulators have in common: the fake credentials and region every local SDK client uses,
 * and the handle shape every launcher returns, so `npm start`, the tests and later local servers
 * (HTTP gateway, SMTP) can start and stop them all the same way.
 */
import type { Server } from 'node:http';

/** Fake credentials and region for local SDK clients. s3rver is taught to accept this key too. */
export const LOCAL_AWS_REGION = 'ap-southeast-1';
export const LOCAL_AWS_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

/** What every launcher returns. */
export interface EmulatorHandle {
  /** `http://127.0.0.1:<port>`, ready to pass as an SDK client `endpoint`. */
  readonly endpoint: string;
  readonly port: number;
  /** Milliseconds from the call to "answers requests". */
  readonly startedInMs: number;
  /** Stops the emulator and frees the port. Safe to call more than once, and concurrently. */
  stop(): Promise<void>;
}

/** Settings for an SDK client pointed at a local emulator (plain data, so any v3 client accepts it). */
export interface LocalClientConfig {
  readonly endpoint: string;
  readonly region: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
}

export function localClientConfig(endpoint: string): LocalClientConfig {
  return { endpoint, region: LOCAL_AWS_REGION, credentials: { ...LOCAL_AWS_CREDENTIALS } };
}

/** Memoises an async action so repeated and concurrent calls share one run (idempotent `stop`). */
export function onceAsync(action: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= action());
}

/** Closes an HTTP server without waiting for idle keep-alive sockets (SDK clients keep them open). */
export async function closeServer(server: Server): Promise<void> {
  if (!server.listening) return;
  await new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
