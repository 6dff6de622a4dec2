import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { HttpEvent } from '../../shared/http/handler.ts';
import { routeKey, type RouteDefinition } from '../../shared/http/route.ts';
import { routeEntries } from '../../shared/http/routes/index.ts';
import { DEV_ROUTES } from '../../shared/http/dev-routes.ts';
import type { User } from '../../shared/organization/model.ts';
import { claimsAsApiGatewayPassesThem, type DevAuth } from './dev-auth.ts';
import { LOOPBACK } from './emulators/ports.ts';
import { invokeFunction } from './functions.ts';

/** API Gateway's own limit on a request payload. */
const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

export interface GatewayOptions {
  port: number;
  /** Built web app (`web/dist`); served with a fallback to index.html for client-side routes. */
  webRoot: string;
  auth: DevAuth;
  /** The seeded users offered by the development sign-in. */
  listUsers: () => Promise<User[]>;
  unitName: (agencyId: string, unitId: string) => Promise<string | undefined>;
}

interface CompiledRoute {
  route: RouteDefinition;
  key: string;
  pattern: RegExp;
  names: string[];
}

function compile(route: RouteDefinition): CompiledRoute {
  const names: string[] = [];
  const source = route.path.replace(/[.]/g, '\\.').replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { route, key: routeKey(route), pattern: new RegExp(`^${source}$`), names };
}

// Static paths before parameterised ones, as API Gateway prefers the most specific route.
const routes = routeEntries.map(([, route]) => compile(route)).sort((a, b) => a.names.length - b.names.length);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * The local stand-in for API Gateway (HTTP API) and CloudFront: turns each request into the same
 * payload-2.0 event API Gateway sends, with the claims its JWT authorizer would add, invokes the
 * route's function in-process, and serves the web app and its `config.json`.
 */
export async function startGateway(options: GatewayOptions): Promise<{ url: string; port: number; stop(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    handle(req, res, options).catch((error: unknown) => {
      console.error('[gateway]', error);
      if (!res.headersSent) sendJson(res, 500, { message: 'Internal Server Error' });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${LOOPBACK}:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, options: GatewayOptions): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const method = (req.method ?? 'GET').toUpperCase();

  if (url.pathname === '/config.json') return sendJson(res, 200, { auth: { mode: 'dev' }, apiBase: '/api' });
  const { listDevUsers, devSignIn: signIn } = DEV_ROUTES;
  if (url.pathname === listDevUsers.path && method === listDevUsers.method) return sendJson(res, 200, { items: await devUsers(options) });
  if (url.pathname === signIn.path && method === signIn.method) return devSignIn(req, res, options);
  if (url.pathname.startsWith('/api/')) return proxyToFunction(req, res, url, method, options);
  return serveStatic(res, url.pathname, options.webRoot);
}

async function devUsers(options: GatewayOptions) {
  const users = await options.listUsers();
  return Promise.all(
    users
      .filter((user) => user.active)
      .map(async (user) => ({
        userId: user.userId,
        fullName: user.fullName,
        email: user.email,
        title: user.title,
        roles: user.roles,
        unitId: user.unitId,
        unitName: user.unitId ? await options.unitName(user.agencyId, user.unitId) : undefined,
      })),
  );
}

async function devSignIn(req: http.IncomingMessage, res: http.ServerResponse, options: GatewayOptions): Promise<void> {
  const parsed = DEV_ROUTES.devSignIn.body.safeParse(safeJson((await readBody(req, 4096)).toString('utf8')));
  const user = parsed.success ? (await options.listUsers()).find((u) => u.userId === parsed.data.userId && u.active) : undefined;
  if (!user) {
    return sendJson(res, 400, {
      error: {
        code: 'unknown-user',
        message: 'Không có người dùng mẫu này.',
        messageEn: 'There is no such demo user.',
        details: [],
        correlationId: randomUUID(),
      },
    });
  }
  return sendJson(res, 200, await options.auth.issue(user));
}

async function proxyToFunction(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  method: string,
  options: GatewayOptions,
): Promise<void> {
  let match: { compiled: CompiledRoute; params: Record<string, string> } | undefined;
  for (const compiled of routes) {
    if (compiled.route.method !== method) continue;
    const found = compiled.pattern.exec(url.pathname);
    if (found) {
      const values = compiled.names.map((_, i) => decodedOrUndefined(found[i + 1] ?? ''));
      if (values.some((value) => value === undefined)) {
        return sendJson(res, 400, {
          error: {
            code: 'malformed-path',
            message: 'Địa chỉ yêu cầu có ký tự mã hóa sai (dấu % không đúng).',
            messageEn: 'The request path has a malformed percent-encoding.',
            details: [],
            correlationId: randomUUID(),
          },
        });
      }
      match = { compiled, params: Object.fromEntries(compiled.names.map((name, i) => [name, values[i] as string])) };
      break;
    }
  }
  // API Gateway answers these itself, before any function runs.
  if (!match) return sendJson(res, 404, { message: 'Not Found' });
  const claims = await options.auth.verify(req.headers.authorization);
  if (match.compiled.route.auth === 'user' && !claims) return sendJson(res, 401, { message: 'Unauthorized' });

  let body: Buffer;
  try {
    body = await readBody(req, MAX_PAYLOAD_BYTES);
  } catch {
    return sendJson(res, 413, { message: 'Request Entity Too Large' });
  }
  const event = toApiGatewayEvent(req, url, method, match.compiled, match.params, body, claims);
  const result = (await invokeFunction(match.compiled.route.function, event)) as APIGatewayProxyStructuredResultV2;
  res.writeHead(result.statusCode ?? 200, result.headers as http.OutgoingHttpHeaders);
  res.end(result.body === undefined ? '' : Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8'));
}

function toApiGatewayEvent(
  req: http.IncomingMessage,
  url: URL,
  method: string,
  compiled: CompiledRoute,
  pathParameters: Record<string, string>,
  body: Buffer,
  claims: Record<string, unknown> | undefined,
): HttpEvent {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const name of new Set(url.searchParams.keys())) query[name] = url.searchParams.getAll(name).join(',');
  const textual = /^(application\/(json|x-www-form-urlencoded)|text\/)/i.test(headers['content-type'] ?? '');
  const now = new Date();
  const requestId = randomUUID();
  return {
    version: '2.0',
    routeKey: compiled.key,
    rawPath: url.pathname,
    rawQueryString: url.search.replace(/^\?/, ''),
    headers,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    ...(Object.keys(pathParameters).length ? { pathParameters } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'local',
      http: {
        method,
        path: url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: req.socket.remoteAddress ?? LOOPBACK,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId,
      routeKey: compiled.key,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
      ...(claims ? { authorizer: { jwt: { claims: claimsAsApiGatewayPassesThem(claims), scopes: null } } } : {}),
    },
    ...(body.length ? { body: textual ? body.toString('utf8') : body.toString('base64') } : {}),
    isBase64Encoded: body.length > 0 && !textual,
  } as HttpEvent;
}

/** `decodeURIComponent`, or undefined for a malformed escape (`%E0%A4%A`) instead of a URIError. */
function decodedOrUndefined(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

async function serveStatic(res: http.ServerResponse, pathname: string, webRoot: string): Promise<void> {
  const root = path.resolve(webRoot);
  const requested = path.resolve(root, `.${decodedOrUndefined(pathname) ?? '/index.html'}`);
  const inside = requested.startsWith(root + path.sep) || requested === root;
  let file = inside ? requested : path.join(root, 'index.html');
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) file = path.join(root, 'index.html');
  const index = await stat(file).catch(() => undefined);
  if (!index?.isFile()) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Ứng dụng web chưa được build: chạy `npm run build:web`. / The web app is not built: run `npm run build:web`.');
    return;
  }
  const immutable = file.includes(`${path.sep}assets${path.sep}`);
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(res);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('payload too large'));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
