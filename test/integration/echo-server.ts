/**
 * A loopback HTTP server for interop tests: `/set` answers with the given Set-Cookie headers, every other path
 * echoes the Cookie header it received (empty body when none).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EchoServer {
  port: number;
  close: () => Promise<void>;
}

export async function startEchoServer(setCookies: string[] = []): Promise<EchoServer> {
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/set')) res.setHeader('Set-Cookie', setCookies);
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end(req.url?.startsWith('/set') ? 'ok' : (req.headers.cookie ?? ''));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
