import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** `pass` forwards; `drop-response` forwards, lets the target answer, then cuts the client off; `drop-request` cuts it off before forwarding. */
export type FaultMode = 'pass' | 'drop-response' | 'drop-request';

export interface FaultProxy {
  url: string;
  mode: FaultMode;
  /** Requests that reached the target. */
  forwarded: number;
  stop(): Promise<void>;
}

/** An HTTP proxy on 127.0.0.1 in front of `target`, to lose answers the way a network does. */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const targetUrl = new URL(target);
  const proxy: FaultProxy = { url: '', mode: 'pass', forwarded: 0, stop: async () => undefined };
  const server: Server = createServer((req, res) => {
    if (proxy.mode === 'drop-request') {
      req.resume();
      req.socket.destroy();
      return;
    }
    const mode = proxy.mode;
    const upstream = request({ hostname: targetUrl.hostname, port: targetUrl.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      proxy.forwarded += 1;
      if (mode === 'drop-response') {
        answer.resume();
        answer.once('end', () => res.socket?.destroy());
        return;
      }
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.once('error', () => res.socket?.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}
