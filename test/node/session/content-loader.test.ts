// The content loader (issue 13): one request per file however many ask, a
// cache, retries with growing waits, a timeout, and a fresh start after a
// failure, so the learner's Try again can succeed.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ContentLoader, ContentLoadError, type FetchJson } from '../../../src/session/content-loader.js';

type Answer = { status: number; body?: unknown } | 'hang' | 'offline';

/** A server that answers each request with the next of `answers` (the last one repeats), and notes what it was asked. */
function server(answers: Answer[]) {
  const requests: { url: string; at: number }[] = [];
  const started = Date.now();
  const fetch: FetchJson = (url, { signal }) => {
    const answer = answers[Math.min(requests.length, answers.length - 1)]!;
    requests.push({ url: url.href, at: Date.now() - started });
    if (answer === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    if (answer === 'hang') return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    return Promise.resolve({ ok: answer.status < 300, status: answer.status, json: async () => answer.body });
  };
  return { fetch, requests };
}

const base = new URL('https://lms.example/pluginfile.php/12/mod_scorm/content/3/');
const accept = (data: unknown) => (typeof data === 'object' && data !== null && 'kind' in data ? data : null);
const loader = (fetch: FetchJson, timeoutMs = 1_000) => new ContentLoader({ base, fetch, timers: globalThis as unknown as Window, timeoutMs, attempts: 3, backoffMs: 20 });

describe('content loader', () => {
  test('one request for a file however many ask, resolved against the launch folder, then from the cache', async () => {
    const s = server([{ status: 200, body: { kind: 'module' } }]);
    const l = loader(s.fetch);
    const [a, b] = await Promise.all([l.load('content/en/m1.abc.json', accept), l.load('content/en/m1.abc.json', accept)]);
    assert.deepEqual(a, { kind: 'module' });
    assert.equal(a, b);
    assert.equal(await l.load('content/en/m1.abc.json', accept), a);
    assert.deepEqual(s.requests.map((r) => r.url), ['https://lms.example/pluginfile.php/12/mod_scorm/content/3/content/en/m1.abc.json']);
    assert.equal(l.has('content/en/m1.abc.json'), true);
  });

  test('a failed request is tried again after a wait that grows', async () => {
    const s = server([{ status: 503 }, 'offline', { status: 200, body: { kind: 'bank' } }]);
    assert.deepEqual(await loader(s.fetch).load('content/en/assessment.abc.json', accept), { kind: 'bank' });
    assert.equal(s.requests.length, 3);
    const [first, second, third] = s.requests.map((r) => r.at);
    assert.ok(second! - first! >= 15, `waited before the first retry (${second! - first!} ms)`);
    assert.ok(third! - second! >= 50, `waited longer before the second (${third! - second!} ms)`);
  });

  test('after the last try it fails, and the next load starts afresh', async () => {
    const s = server([{ status: 404 }, { status: 404 }, { status: 404 }, { status: 200, body: { kind: 'module' } }]);
    const l = loader(s.fetch);
    await assert.rejects(l.load('content/en/m2.abc.json', accept), (e) => e instanceof ContentLoadError && e.reason === 'http' && /HTTP 404/.test(e.message));
    assert.equal(s.requests.length, 3);
    assert.equal(l.has('content/en/m2.abc.json'), false);
    assert.deepEqual(await l.load('content/en/m2.abc.json', accept), { kind: 'module' });
    assert.equal(s.requests.length, 4);
  });

  test('a request with no answer ends at the timeout, without waiting for more tries', async () => {
    const s = server(['hang']);
    const started = Date.now();
    await assert.rejects(loader(s.fetch, 100).load('content/en/m3.abc.json', accept), (e) => e instanceof ContentLoadError && e.reason === 'timeout');
    assert.equal(s.requests.length, 1);
    assert.ok(Date.now() - started < 1_000);
  });

  test('a file that is not what was asked for (another build, an error page) is refused, not cached', async () => {
    const s = server([{ status: 200, body: '<html>Login</html>' }]);
    const l = loader(s.fetch);
    await assert.rejects(l.load('content/en/m4.abc.json', accept), (e) => e instanceof ContentLoadError && e.reason === 'invalid');
    assert.equal(l.has('content/en/m4.abc.json'), false);
  });
});
