/**
 * The preview's HTTP server (Node's `http` only): the LMS page at `/`, staged
 * packages under `/pkg/<target>/`, scorm-again under `/vendor/`, and the live
 * preview's own routes (given by the caller). Always bound to 127.0.0.1: a
 * preview is for the author's own browser, not the network.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { contentType } from './content-types.js';
import { PAGE_DIR, VENDOR_DIR } from './paths.js';
import { safeFile, type SafeFile } from './safe-path.js';

export const HOST = '127.0.0.1';

/**
 * The LMS page's own files, listed one by one: PAGE_DIR also holds this
 * server's source, which the browser has no business reading.
 */
export const PAGE_FILES: Readonly<Record<string, string>> = {
  '/': 'lms.html',
  '/lms.css': 'lms.css',
  '/lms.js': 'lms.js',
  '/lms-session.js': 'lms-session.js',
  '/call-log.js': 'call-log.js',
  '/call-checks.js': 'call-checks.js',
  '/manifest-info.js': 'manifest-info.js',
  '/log-view.js': 'log-view.js',
  '/packages.js': 'packages.js',
  '/live-build.js': 'live-build.js',
  '/problem-list.js': 'problem-list.js',
  '/scorm-launch.js': 'scorm-launch.js',
  '/lrs-launch.js': 'lrs-launch.js',
  '/web-launch.js': 'web-launch.js',
  '/statement-log.js': 'statement-log.js',
};

/** Answers a GET of its exact path; `query` is the request's search parameters. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, query: URLSearchParams) => void | Promise<void>;

export interface PreviewServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** The folder holding one staged package folder per target (normally `dist/.stage`). */
  root: string;
  vendorDir?: string;
  pageDir?: string;
  /** Receives one line per failed request, so an author sees a file missing from the package. */
  log?: (line: string) => void;
  /** Dynamic answers by exact path, e.g. `/events`; tried before files. */
  routes?: Readonly<Record<string, RouteHandler>>;
  /**
   * Send text files gzip-compressed (level 9) to a browser that accepts it, as a web server set up for it
   * does; default off, as many LMSs serve package files. The bench measures both.
   */
  gzip?: boolean;
}

export interface PreviewServer {
  url: string;
  address: string;
  port: number;
  close(): Promise<void>;
}

const TEXT = 'text/plain; charset=utf-8';
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml)|image\/svg)/;

/** Gzip of a file, kept while its size and date are unchanged (a 10× bundle takes a moment to compress). */
const gzipped = new Map<string, { key: string; bytes: Buffer }>();
function gzipFile(file: string): Buffer {
  const { size, mtimeMs } = statSync(file);
  const key = `${size}:${mtimeMs}`;
  const hit = gzipped.get(file);
  if (hit?.key === key) return hit.bytes;
  const bytes = gzipSync(readFileSync(file), { level: 9 });
  gzipped.set(file, { key, bytes });
  return bytes;
}
const REASONS: Record<number, string> = { 400: 'Bad request', 403: 'Forbidden', 404: 'Not found', 405: 'Method not allowed' };

async function lookup(urlPath: string, o: Required<Omit<PreviewServerOptions, 'port' | 'log' | 'routes' | 'gzip'>>): Promise<SafeFile> {
  const page = PAGE_FILES[urlPath];
  if (page) return safeFile(o.pageDir, page, urlPath);
  const routes: Array<[prefix: string, dir: string]> = [
    ['/pkg/', o.root],
    ['/vendor/', o.vendorDir],
  ];
  for (const [prefix, dir] of routes) {
    if (urlPath.startsWith(prefix)) return safeFile(dir, urlPath.slice(prefix.length), urlPath);
  }
  return { status: 404 };
}

function head(res: ServerResponse, status: number, headers: Record<string, string | number>): void {
  // no-store: after a rebuild the browser must not show the previous package.
  res.writeHead(status, { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
}

function send(res: ServerResponse, status: number, headers: Record<string, string | number>, body?: string): void {
  head(res, status, headers);
  res.end(body);
}

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const dirs = { root: options.root, vendorDir: options.vendorDir ?? VENDOR_DIR, pageDir: options.pageDir ?? PAGE_DIR };
  const log = options.log ?? (() => {});
  const routes = options.routes ?? {};

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // The raw path, not `new URL()`: URL parsing would fold `/pkg/../x` into `/x` and hide the attempt.
    const urlPath = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, { 'Content-Type': TEXT, Allow: 'GET, HEAD' }, REASONS[405]);
      return;
    }
    const route = Object.hasOwn(routes, urlPath) ? routes[urlPath] : undefined;
    if (route) {
      await route(req, res, new URL(req.url ?? '/', 'http://preview').searchParams);
      return;
    }
    const found = await lookup(urlPath, dirs);
    if (found.status === 200) {
      const type = contentType(found.file);
      if (options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        const body = gzipFile(found.file);
        // RFC 9110 8.4: Content-Encoding names the coding; Vary, as the answer depends on Accept-Encoding.
        head(res, 200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'Content-Length': body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      head(res, 200, { 'Content-Type': type, 'Content-Length': found.size });
      if (req.method === 'HEAD') res.end();
      else createReadStream(found.file).on('error', () => res.destroy()).pipe(res);
      return;
    }
    if (found.status === 301) {
      send(res, 301, { Location: found.location });
      return;
    }
    log(`${found.status} ${req.method} ${urlPath}`);
    send(res, found.status, { 'Content-Type': TEXT }, req.method === 'HEAD' ? undefined : REASONS[found.status]);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`500 ${req.method} ${req.url}: ${String(error)}`);
      if (!res.headersSent) send(res, 500, { 'Content-Type': TEXT }, 'Internal error');
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}/`,
    address,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
