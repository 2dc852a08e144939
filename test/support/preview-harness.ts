// The live preview for the browser tests: `executeServerCommand('preview-start')`
// starts it (scripts/preview/live-preview.ts) on a temp copy of the fixture
// course (`{ translated: true }`: with its Spanish translation), `preview-edit` replaces a text in whichever course file holds it
// (so the tests do not depend on the course file format), `preview-stop` ends
// it. The preview page is proxied under /__preview/ on the test server's own
// origin, so a test can look inside its frames.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { copyFixtureCourse } from '../fixtures/course-copy.js';
import { copyTranslatedCourse } from '../fixtures/translated-copy.js';
import { replaceInCourse } from './course-edit.js';
import type { LivePreview } from '../../scripts/preview/live-preview.js';

export const PREVIEW_PREFIX = '/__preview/';

interface Running {
  preview: LivePreview;
  course: string;
  out: string;
}

// Hop-by-hop and length headers: Node's fetch has already decoded the body.
const NOT_FORWARDED = new Set(['connection', 'content-length', 'content-encoding', 'transfer-encoding', 'keep-alive']);

export function previewHarness() {
  let running: Running | null = null;

  const stop = async (): Promise<void> => {
    const r = running;
    running = null;
    if (!r) return;
    await r.preview.close();
    rmSync(r.course, { recursive: true, force: true });
    rmSync(r.out, { recursive: true, force: true });
  };

  const plugin = {
    name: 'frontline-live-preview',
    async executeCommand({ command, payload }: { command: string; payload?: Record<string, unknown> }) {
      if (command === 'preview-start') {
        await stop();
        // The fixture course, with its Spanish translation when asked.
        const course = payload?.['translated'] ? copyTranslatedCourse() : copyFixtureCourse();
        const out = mkdtempSync(join(tmpdir(), 'frontline-preview-out-'));
        // Loaded on first use: a test run without preview tests does not load the bundler here.
        const { startLivePreview } = await import('../../scripts/preview/live-preview.js');
        const preview = await startLivePreview({ port: 0, flags: { modules: course }, out, log: () => {} });
        running = { preview, course, out };
        return { url: PREVIEW_PREFIX };
      }
      if (command === 'preview-edit') {
        if (!running) throw new Error('preview-edit: no preview running');
        return replaceInCourse(running.course, String(payload?.['from']), String(payload?.['to']));
      }
      if (command === 'preview-stop') {
        await stop();
        return true;
      }
      return undefined;
    },
    async serverStop() {
      await stop();
    },
  };

  /** Koa middleware: /__preview/… → the running preview, streamed (server-sent events stay open). */
  const middleware = async (ctx: any, next: () => Promise<void>): Promise<void> => {
    if (!String(ctx.path).startsWith(PREVIEW_PREFIX)) return next();
    if (!running) {
      ctx.status = 503;
      ctx.body = 'no preview running (executeServerCommand("preview-start") first)';
      return;
    }
    const upstream = await fetch(running.preview.url + String(ctx.url).slice(PREVIEW_PREFIX.length), { method: ctx.method, redirect: 'manual' });
    const headers = Object.fromEntries([...upstream.headers].filter(([name]) => !NOT_FORWARDED.has(name)));
    // Written past Koa: the test runner marks every file response cacheable for a year
    // afterwards, which would hide each rebuild behind the first build's files.
    ctx.respond = false;
    ctx.res.writeHead(upstream.status, headers);
    if (upstream.body) Readable.fromWeb(upstream.body as any).pipe(ctx.res);
    else ctx.res.end();
  };

  return { plugin, middleware };
}
