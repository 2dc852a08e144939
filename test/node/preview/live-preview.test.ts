// The live preview server end to end in Node, with real builds of a copy of
// the fixture course: what the page asks for is built, a save rebuilds the
// package on screen and tells every open page, a broken save sends the
// problems as `npm run build` prints them.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startLivePreview, type LivePreview } from '../../../scripts/preview/live-preview.js';
import { copyFixtureCourse } from '../../fixtures/course-copy.js';
import { replaceInCourse } from '../../support/course-edit.js';

type Status = Record<string, any>;

/** The page's event stream: every status the server sends, as they arrive. */
function listen(url: string): { events: Status[]; next: (check: (s: Status) => boolean) => Promise<Status>; close: () => void } {
  const events: Status[] = [];
  const waiters: Array<{ check: (s: Status) => boolean; resolve: (s: Status) => void }> = [];
  let buffer = '';
  const req = get(`${url}events`, (res) => {
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (!block.startsWith('data: ')) continue;
        const status = JSON.parse(block.slice('data: '.length)) as Status;
        events.push(status);
        for (const w of waiters.filter((w) => w.check(status))) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(status);
        }
      }
    });
  });
  req.on('error', () => {});
  return {
    events,
    next: (check) => new Promise((resolve) => waiters.push({ check, resolve })),
    close: () => req.destroy(),
  };
}

describe('live preview server', () => {
  let course: string;
  let out: string;
  let preview: LivePreview;
  const lines: string[] = [];
  // Format-agnostic: replaces a text in whichever course file holds it.
  const edit = (from: string, to: string) => replaceInCourse(course, from, to);

  before(async () => {
    course = copyFixtureCourse();
    out = mkdtempSync(join(tmpdir(), 'frontline-preview-out-'));
    preview = await startLivePreview({ port: 0, flags: { modules: course }, out, log: (line) => lines.push(line) });
  });

  after(async () => {
    await preview.close();
    rmSync(course, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it('builds the package the page asks for, in the language asked for, and serves it', async () => {
    const status = (await (await fetch(`${preview.url}api/package?target=web&language=en`)).json()) as Status;
    assert.equal(status.state, 'ready');
    assert.deepEqual(status.languages, ['en']);
    const page = await fetch(`${preview.url}pkg/web/index.html`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<html lang="en"/);
    assert.equal(page.headers.get('cache-control'), 'no-store', 'a rebuilt package is never served from the cache');
  });

  it('refuses an unknown package', async () => {
    const reply = await fetch(`${preview.url}api/package?target=scorm3`);
    assert.equal(reply.status, 400);
    assert.match(((await reply.json()) as Status).error, /unknown package "scorm3"/);
  });

  it('after a save rebuilds the package on screen only, and tells the open pages', async () => {
    const shown = (await (await fetch(`${preview.url}api/package?target=scorm12`)).json()) as Status;
    const stream = listen(preview.url);
    try {
      await new Promise((r) => setTimeout(r, 100));
      const from = lines.length;
      const ready = stream.next((s) => s.state === 'ready');
      edit('Visitors decide within seconds', 'Visitors decide within three seconds');
      const status = await ready;
      assert.equal(status.target, 'scorm12');
      assert.notEqual(status.version, shown.version, 'a new content version');
      assert.ok(status.seq > shown.seq);
      assert.deepEqual(stream.events.map((s) => `${s.target} ${s.state}`), ['scorm12 building', 'scorm12 ready'], 'the web build waits until shown');
      // The lesson text is in its module's content file now, not in the bundle (load on demand).
      const content = join(out, '.stage', 'scorm12', 'content');
      const files = readdirSync(content, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
      assert.ok(files.some((f) => readFileSync(join(content, f), 'utf8').includes('within three seconds')), 'the edit is in the rebuilt package');
      assert.ok(!lines.slice(from).some((l) => l.startsWith('Building web')));
    } finally {
      stream.close();
    }
  });

  it('sends the problems of a broken save, one formatted line each, and the course once fixed', async () => {
    const stream = listen(preview.url);
    try {
      await new Promise((r) => setTimeout(r, 100));
      const failed = stream.next((s) => s.state === 'failed');
      // An id with a space is invalid in any course format.
      edit('greet_visitors', 'greet visitors');
      const status = await failed;
      assert.equal(status.ok, false);
      assert.ok(status.problems.length >= 1);
      const line = status.problems.find((p: string) => p.includes('"greet visitors"'));
      assert.match(line ?? status.problems.join('\n'), /01-greeting\.\w+(:\d+:\d+)?: .+ — .+/, 'file: what is wrong — how to fix it');

      const ready = stream.next((s) => s.state === 'ready');
      edit('greet visitors', 'greet_visitors');
      assert.equal((await ready).ok, true);
    } finally {
      stream.close();
    }
  });
});
