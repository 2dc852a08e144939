// Serves the unpacked SCORM 1.2 package where Moodle serves an uploaded one,
// `/pluginfile.php/<context>/mod_scorm/content/<revision>/…` (mod/scorm/lib.php,
// scorm_pluginfile), so a test can play it at that depth of path; and can make
// requests for a package's files fail on purpose, as a slow or dropping LMS does.
//   GET /__moodle/fail?match=<part of the path>  every request whose path holds it gets 404 until healed
//   GET /__moodle/hold?match=<part of the path>  every request whose path holds it waits until healed (a slow network)
//   GET /__moodle/heal                            no more failures; the held requests are answered
// Used as web-test-runner middleware (koa). The files are written past Koa with
// `no-store`: the test runner marks its responses cacheable for a year, and a
// file cached by one test would never reach the failure injected by the next.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const PACKAGE_PATH = /^\/pluginfile\.php\/\d+\/mod_scorm\/content\/\d+\/(.*)$/;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
};

interface Context {
  path: string;
  query: Record<string, string | string[] | undefined>;
  respond?: boolean;
  res: { writeHead(status: number, headers: Record<string, string>): void; end(body?: string | Buffer): void };
}

function send(ctx: Context, status: number, type: string, body: string | Buffer): void {
  ctx.respond = false;
  ctx.res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  ctx.res.end(body);
}

export function moodlePathMiddleware(packageDir = join('.cache', 'packages', 'scorm12')) {
  let failing: string | null = null;
  let holding: string | null = null;
  const held: (() => void)[] = [];
  return async (ctx: Context, next: () => Promise<void>): Promise<void> => {
    if (ctx.path === '/__moodle/fail' || ctx.path === '/__moodle/hold' || ctx.path === '/__moodle/heal') {
      const match = ctx.query['match'];
      const given = typeof match === 'string' && match !== '' ? match : null;
      failing = ctx.path === '/__moodle/fail' ? given : null;
      holding = ctx.path === '/__moodle/hold' ? given : null;
      if (holding === null) for (const release of held.splice(0)) release();
      return send(ctx, 200, 'text/plain', 'ok');
    }
    const file = PACKAGE_PATH.exec(ctx.path)?.[1];
    if (file === undefined) return next();
    const path = normalize(join(packageDir, decodeURIComponent(file)));
    if (!path.startsWith(normalize(packageDir)) || !existsSync(path) || !statSync(path).isFile()) return send(ctx, 404, 'text/plain', 'Not found');
    if (failing !== null && file.includes(failing)) return send(ctx, 404, 'text/html', '<h1>Not found</h1>');
    if (holding !== null && file.includes(holding)) await new Promise<void>((release) => held.push(release));
    send(ctx, 200, TYPES[extname(path)] ?? 'application/octet-stream', readFileSync(path));
  };
}
