/**
 * Port helpers shared by every local server (the emulators here, and later the HTTP gateway and the
 * SMTP server).
 *
 * Fixed ports (for `npm start`) are checked before anything is spawned, so a clash is reported as
 * "port N is taken, set VAR" instead of a Java BindException buried in a log. Port 0 means "any free
 * port", which is what tests use so they can run in parallel with each other and with `npm start`.
 */
import net from 'node:net';
import { PortInUseError } from './errors.ts';

/** Every local server binds here: nothing of the local runtime should be reachable from the LAN. */
export const LOOPBACK = '127.0.0.1';

/** Environment variables that choose the fixed ports of `npm start`; named in port-clash errors. */
export const PORT_ENV_VARS = {
  dynamodb: 'DVM_DYNAMODB_PORT',
  ses: 'DVM_SES_PORT',
  s3: 'DVM_S3_PORT',
} as const;

/**
 * A port that was free a moment ago. Only needed for servers we cannot hand port 0 to (DynamoDB
 * Local prints no "listening on" line); in-process servers should listen on 0 directly, race-free.
 */
export async function findFreePort(host: string = LOOPBACK): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ port: 0, host, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('could not read the port of a probe socket'))));
    });
  });
}

/** True when `port` can be bound on `host` right now. */
export async function isPortFree(port: number, host: string = LOOPBACK): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') resolve(false);
      else reject(err);
    });
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/**
 * Throws {@link PortInUseError} naming `envVarName` when `port` is taken on any of `hosts`.
 * Check the wildcard address too for servers that bind it (DynamoDB Local has no bind-address
 * option): on macOS a loopback bind can succeed while another process holds the wildcard.
 */
export async function assertPortFree(
  port: number,
  envVarName: string,
  hosts: readonly string[] = [LOOPBACK],
): Promise<void> {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new RangeError(
      `Cổng không hợp lệ: ${port} — ${envVarName} phải là số từ 1 đến 65535. / ` +
        `Invalid port ${port} — ${envVarName} must be an integer from 1 to 65535.`,
    );
  }
  for (const host of hosts) {
    if (!(await isPortFree(port, host))) throw new PortInUseError(port, envVarName);
  }
}

/** `undefined` and 0 both mean "pick one for me". */
export function isRandomPort(port: number | undefined): port is 0 | undefined {
  return port === undefined || port === 0;
}
