import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connect, type AddressInfo } from 'node:net';

export const PAGES_DIR = resolve(import.meta.dirname, '../../tests/fixtures/pages');

export interface FixtureServer {
  port: number;
  /** The same routes over https (a self-signed certificate made at start: launch the browser accepting it). */
  httpsPort: number;
  /** http://127.0.0.1:<port><path> */
  url(path: string): string;
  /** The same path on another host name (mapped to loopback in the browser), e.g. a job board's. */
  urlOn(host: string, path: string): string;
  /** https://<host>:<httpsPort><path>, for hosts a browser only opens over https (HSTS preloaded). */
  httpsUrlOn(host: string, path: string): string;
  /** Serves `html` at `path` on `host` (any host when omitted), with extra response headers when given. */
  route(path: string, html: string, host?: string, headers?: Record<string, string>): void;
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
  const extraHeaders = new Map<string, Record<string, string>>();
  for (const file of readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html'))) {
    routes.set(`*/jobs/${file}`, readFileSync(resolve(PAGES_DIR, file), 'utf8'));
  }
  routes.set('*/', indexPage([...routes.keys()].map((k) => k.slice(1))));

  const requests: ReceivedRequest[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    // As a proxy the server receives absolute URLs ("GET http://host/path"); directly, a path.
    const absolute = new URL(req.url ?? '/', `http://${req.headers.host ?? 'x'}`);
    requests.push({ method: req.method ?? 'GET', url: absolute.href, host, tunnel: false });
    const path = absolute.pathname;
    const key = routes.has(`${host}${path}`) ? `${host}${path}` : `*${path}`;
    const body = routes.get(key);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...extraHeaders.get(key),
    });
    res.end(body);
  };
  const server: Server = createServer(handle);
  const secure = createHttpsServer(selfSignedCertificate(), handle);
  // https through the proxy (Firefox): a tunnel only ever opens to this server's own TLS port, never outside.
  // Tunnelled sockets leave the HTTP server's bookkeeping, so close() ends them itself (else it waits forever).
  const tunnels = new Set<{ destroy(): void }>();
  server.on('connect', (req, socket) => {
    tunnels.add(socket);
    socket.on('close', () => tunnels.delete(socket));
    const target = req.url ?? '';
    requests.push({ method: 'CONNECT', url: target, host: target.replace(/:\d+$/, ''), tunnel: true });
    const upstream = connect((secure.address() as AddressInfo).port, '127.0.0.1', () => {
      tunnels.add(upstream);
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('close', () => tunnels.delete(upstream));
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  await new Promise<void>((done) => secure.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const httpsPort = (secure.address() as AddressInfo).port;
  const closeOne = (s: Server): Promise<void> =>
    new Promise<void>((done) => {
      s.closeAllConnections();
      s.close(() => done());
    });
  return {
    port,
    httpsPort,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    urlOn: (host, path) => `http://${host}:${port}${path}`,
    httpsUrlOn: (host, path) => `https://${host}:${httpsPort}${path}`,
    route: (path, html, host, headers) => {
      routes.set(`${host ?? '*'}${path}`, html);
      if (headers) extraHeaders.set(`${host ?? '*'}${path}`, headers);
      else extraHeaders.delete(`${host ?? '*'}${path}`);
    },
    requests,
    close: async () => {
      for (const tunnel of tunnels) tunnel.destroy();
      await Promise.all([closeOne(server), closeOne(secure)]);
    },
  };
}

/** A throwaway self-signed certificate (openssl, made fresh each start; nothing is kept on disk). */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'gapmark-cert-'));
  try {
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '2',
        '-subj',
        '/CN=gapmark-fixtures',
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } catch (error) {
    throw new Error(
      `The fixture server needs openssl for its https certificate (apt-get install -y openssl): ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
