import { createServer, type Server } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const PAGES_DIR = resolve(import.meta.dirname, '../../tests/fixtures/pages');

export interface FixtureServer {
  port: number;
  /** http://127.0.0.1:<port><path> */
  url(path: string): string;
  /** The same path on another host name (mapped to loopback in the browser), e.g. a job board's. */
  urlOn(host: string, path: string): string;
  /** Serves `html` at `path` on `host` (any host when omitted). */
  route(path: string, html: string, host?: string): void;
  /**
   * Every request the server received, in order. When a browser uses the server as its proxy (Firefox), this is
   * every request the browser made to any host: `url` is absolute, `tunnel` marks an https CONNECT.
   */
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

export interface ReceivedRequest {
  method: string;
  /** http://host:port/path for plain requests; host:port for a CONNECT. */
  url: string;
  host: string;
  /** true when the browser asked for a tunnel (https through the proxy). */
  tunnel: boolean;
}

/**
 * A static server on 127.0.0.1 (port 0) for the demo and the e2e tests. The demo postings are served at
 * /jobs/<file>; extra routes may be keyed by host so fixture pages can stand at real job-board URLs.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, string>();
  for (const file of readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html'))) {
    routes.set(`*/jobs/${file}`, readFileSync(resolve(PAGES_DIR, file), 'utf8'));
  }
  routes.set('*/', indexPage([...routes.keys()].map((k) => k.slice(1))));

  const requests: ReceivedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    // As a proxy the server receives absolute URLs ("GET http://host/path"); directly, a path.
    const absolute = new URL(req.url ?? '/', `http://${req.headers.host ?? 'x'}`);
    requests.push({ method: req.method ?? 'GET', url: absolute.href, host, tunnel: false });
    const path = absolute.pathname;
    const body = routes.get(`${host}${path}`) ?? routes.get(`*${path}`);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  // https through the proxy: no TLS fixture host yet, so a tunnel is refused (and recorded), never opened to the
  // outside.
  server.on('connect', (req, socket) => {
    const target = req.url ?? '';
    requests.push({ method: 'CONNECT', url: target, host: target.replace(/:\d+$/, ''), tunnel: true });
    socket.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    urlOn: (host, path) => `http://${host}:${port}${path}`,
    route: (path, html, host) => routes.set(`${host ?? '*'}${path}`, html),
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function indexPage(paths: string[]) {
  const links = paths
    .filter((p) => p.startsWith('/jobs/'))
    .map(
      (p) =>
        `<li><a href="${p}">${p
          .slice(6)
          .replace(/\.html$/, '')
          .replace(/-/g, ' ')}</a></li>`,
    )
    .join('');
  return `<!doctype html><meta charset="utf-8"><title>Gapmark demo postings</title><h1>Gapmark demo postings</h1><ul>${links}</ul>`;
}
