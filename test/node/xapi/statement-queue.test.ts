// The statement queue with a scripted LRS and a hand-driven clock: an LRS down
// for a minute loses nothing, a reload finds what was not sent, a batch is
// never split out of order, and a statement the LRS rejects does not block
// the others.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { LrsClient, LrsResult } from '../../../src/tracking/xapi/lrs-client.js';
import { backoffMs, createStatementQueue, type QueueEvent } from '../../../src/tracking/xapi/statement-queue.js';
import type { Statement } from '../../../src/tracking/xapi/types.js';

class MemoryStorage implements Storage {
  private data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
}

/** Timers that run only when the test advances the clock. */
function manualClock() {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let next = 1;
  return {
    setTimeout: (fn: () => void, ms: number) => {
      timers.push({ at: now + ms, fn, id: next });
      return next++;
    },
    clearTimeout: (id: unknown) => void (timers = timers.filter((t) => t.id !== id)),
    async advance(ms: number) {
      const end = now + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const t = timers[0];
        if (!t || t.at > end) break;
        timers.shift();
        now = t.at;
        t.fn();
        for (let i = 0; i < 20; i++) await Promise.resolve();
      }
      now = end;
    },
  };
}

/** An LRS whose answer to each POST the test decides. */
function scriptedLrs(answer: (batch: Statement[]) => LrsResult<void>) {
  const stored: string[] = [];
  const posts: { ids: string[]; keepalive: boolean }[] = [];
  const client: LrsClient = {
    endpoint: 'https://lrs.example/',
    async postStatements(batch, options) {
      posts.push({ ids: batch.map((s) => s.id), keepalive: options?.keepalive === true });
      const r = answer(batch);
      if (r.ok) for (const s of batch) if (!stored.includes(s.id)) stored.push(s.id);
      return r;
    },
    getDocument: async () => ({ ok: true, value: null }),
    putDocument: async () => ({ ok: true, value: undefined }),
  };
  return { client, stored, posts };
}

const statement = (id: string): Statement => ({ id, actor: { mbox: 'mailto:a@b.c' }, verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: {} }, object: { id: `https://c.example/${id}` }, timestamp: '2026-01-01T00:00:00.000Z' });
const ok: LrsResult<void> = { ok: true, value: undefined };
const down: LrsResult<void> = { ok: false, failure: { kind: 'network' } };

describe('statement queue', () => {
  test('backoff: 1 s, 2 s, 4 s … capped at 30 s', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 6, 10].map(backoffMs), [1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });

  test('an LRS down for a minute: retries with backoff, then delivers everything once, in order', async () => {
    const clock = manualClock();
    let up = false;
    const lrs = scriptedLrs(() => (up ? ok : down));
    const events: QueueEvent[] = [];
    const storage = new MemoryStorage();
    const q = createStatementQueue({ client: lrs.client, storage, key: 'k', onEvent: (e) => events.push(e), ...clock });
    q.add([statement('s1')]);
    await clock.advance(10_000);
    q.add([statement('s2'), statement('s3')]);
    await clock.advance(50_000);
    assert.deepEqual(lrs.stored, []);
    assert.equal(JSON.parse(storage.getItem('k')!).items.length, 3, 'all three wait in storage');
    const attempts = lrs.posts.length;
    assert.ok(attempts >= 5 && attempts <= 8, `retried with backoff, not in a loop (${attempts} attempts in 60 s)`);
    up = true;
    await clock.advance(30_000);
    assert.deepEqual(lrs.stored, ['s1', 's2', 's3']);
    assert.equal(storage.getItem('k'), null, 'storage emptied once stored');
    assert.ok(events.some((e) => !e.ok) && events.at(-1)!.ok);
  });

  test('a flush with nothing to send does not block the next statements', async () => {
    const lrs = scriptedLrs(() => ok);
    const clock = manualClock();
    const q = createStatementQueue({ client: lrs.client, storage: new MemoryStorage(), key: 'k', onEvent: () => {}, ...clock });
    await q.flush();
    q.add([statement('a')]);
    await clock.advance(0);
    await q.flush();
    assert.deepEqual(lrs.stored, ['a']);
  });

  test('a reload finds the statements the last page could not send', async () => {
    const storage = new MemoryStorage();
    const clock = manualClock();
    const first = createStatementQueue({ client: scriptedLrs(() => down).client, storage, key: 'k', onEvent: () => {}, ...clock });
    first.add([statement('a'), statement('b')]);
    await clock.advance(0);
    const lrs = scriptedLrs(() => ok);
    const second = createStatementQueue({ client: lrs.client, storage, key: 'k', onEvent: () => {}, ...clock });
    assert.deepEqual(second.pending().map((s) => s.id), ['a', 'b']);
    await second.flush();
    assert.deepEqual(lrs.stored, ['a', 'b']);
  });

  test('leaving the page: everything not yet acknowledged goes at once with keepalive, the batch in flight included', async () => {
    let release: (r: LrsResult<void>) => void = () => {};
    const lrs = scriptedLrs(() => ok);
    const slow: LrsClient = {
      ...lrs.client,
      postStatements: (batch, options) => (options?.keepalive ? lrs.client.postStatements(batch, options) : new Promise((r) => (release = r))),
    };
    const clock = manualClock();
    const q = createStatementQueue({ client: slow, storage: new MemoryStorage(), key: 'k', onEvent: () => {}, ...clock });
    q.add([statement('a')]);
    await clock.advance(0); // "a" is now in flight, unanswered
    q.add([statement('b'), statement('terminated')]);
    await q.flushOnExit(true);
    assert.deepEqual(lrs.posts, [{ ids: ['a', 'b', 'terminated'], keepalive: true }]);
    release(ok);
  });

  test('Save and exit (the page stays): every statement goes, in order, batch after batch, with keepalive', async () => {
    const lrs = scriptedLrs(() => ok);
    const clock = manualClock();
    const q = createStatementQueue({ client: lrs.client, storage: new MemoryStorage(), key: 'k', onEvent: () => {}, ...clock });
    // Many answers at once (a submitted assessment), then completed and terminated: more than one request holds.
    const big = (id: string): Statement => ({ ...statement(id), result: { response: 'x'.repeat(2_000) } });
    q.add(Array.from({ length: 30 }, (_, i) => big(`answer${i}`)));
    q.add([statement('completed'), statement('terminated')]);
    await q.flushOnExit(false);
    assert.equal(lrs.stored.length, 32);
    assert.deepEqual(lrs.stored.slice(-2), ['completed', 'terminated']);
    assert.ok(lrs.posts.length > 1 && lrs.posts.every((p) => p.keepalive));
    assert.deepEqual(q.pending(), []);
  });

  test('leaving with more than the keepalive budget: what fits goes, the rest waits in storage for the next page', async () => {
    const lrs = scriptedLrs(() => ok);
    const storage = new MemoryStorage();
    const q = createStatementQueue({ client: lrs.client, storage, key: 'k', onEvent: () => {}, ...manualClock() });
    const big = (id: string): Statement => ({ ...statement(id), result: { response: 'x'.repeat(2_000) } });
    q.add(Array.from({ length: 40 }, (_, i) => big(`answer${i}`)));
    await q.flushOnExit(true);
    const bytes = lrs.posts.reduce((n, p) => n + p.ids.length * 2_300, 0);
    assert.ok(bytes < 64 * 1024, `within the keepalive budget (${bytes})`);
    assert.ok(lrs.stored.length > 10 && lrs.stored.length < 40);
    assert.equal(JSON.parse(storage.getItem('k')!).items.length, 40 - lrs.stored.length);
  });

  test('a statement the LRS rejects (400) is dropped and reported; the others in its batch still go', async () => {
    const lrs = scriptedLrs((batch) => (batch.some((s) => s.id === 'bad') ? { ok: false, failure: { kind: 'http', status: 400 } } : ok));
    const events: QueueEvent[] = [];
    const q = createStatementQueue({ client: lrs.client, storage: new MemoryStorage(), key: 'k', onEvent: (e) => events.push(e), ...manualClock() });
    q.add([statement('a'), statement('bad'), statement('c')]);
    await q.flush();
    assert.deepEqual(lrs.stored, ['a', 'c']);
    assert.deepEqual(q.pending(), []);
    assert.ok(events.some((e) => !e.ok && e.failure.kind === 'http' && e.failure.status === 400));
  });

  test('401 keeps the statements and reports it', async () => {
    const lrs = scriptedLrs(() => ({ ok: false, failure: { kind: 'http', status: 401 } }));
    const events: QueueEvent[] = [];
    const q = createStatementQueue({ client: lrs.client, storage: new MemoryStorage(), key: 'k', onEvent: (e) => events.push(e), ...manualClock() });
    q.add([statement('a')]);
    await q.flush();
    assert.deepEqual(q.pending().map((s) => s.id), ['a']);
    assert.deepEqual(events[0], { ok: false, failure: { kind: 'http', status: 401 } });
  });
});
