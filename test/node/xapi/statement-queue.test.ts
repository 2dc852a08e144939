// The statement queue with a scripted LRS and a hand-driven clock: an LRS down
// for a minute loses nothing, a closed tab's statements go with the next
// launch, two tabs of one registration keep each other's, refused
// credentials stop the sending, a batch is never split out of order, and a
// statement the LRS rejects does not block the others.
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
    const q = createStatementQueue({ client: lrs.client, storage, key: 'k', session: null, onEvent: (e) => events.push(e), ...clock });
    q.add([statement('s1')]);
    await clock.advance(10_000);
    q.add([statement('s2'), statement('s3')]);
    await clock.advance(50_000);
    assert.deepEqual(lrs.stored, []);
    assert.equal(JSON.parse(storage.getItem('k')!).entries.length, 3, 'all three wait in storage');
    const attempts = lrs.posts.length;
    assert.ok(attempts >= 5 && attempts <= 8, `retried with backoff, not in a loop (${attempts} attempts in 60 s)`);
    up = true;
    await clock.advance(30_000);
    assert.deepEqual(lrs.stored, ['s1', 's2', 's3']);
    assert.equal(storage.getItem('k'), null, 'storage emptied once stored');
    assert.ok(events.some((e) => !e.ok) && events.at(-1)!.ok);
  });

  test("a learner's save during a long outage starts the backoff again, so delivery follows soon after the LRS is back", async () => {
    const clock = manualClock();
    let up = false;
    const lrs = scriptedLrs(() => (up ? ok : down));
    const q = createStatementQueue({ client: lrs.client, storage: new MemoryStorage(), key: 'k', session: null, onEvent: () => {}, ...clock });
    q.add([statement('s1')]);
    await clock.advance(120_000); // the backoff has grown to 30 s
    await q.flush(); // the learner acts: a save
    up = true;
    await clock.advance(1_000);
    assert.deepEqual(lrs.stored, ['s1'], 'sent at the first retry, 1 s after the save, not up to 30 s later');
  });

  test('a flush with nothing to send does not block the next statements', async () => {
    const lrs = scriptedLrs(() => ok);
    const clock = manualClock();
    const q = createStatementQueue({ client: lrs.client, storage: new MemoryStorage(), key: 'k', session: null, onEvent: () => {}, ...clock });
    await q.flush();
    q.add([statement('a')]);
    await clock.advance(0);
    await q.flush();
    assert.deepEqual(lrs.stored, ['a']);
  });

  test('a reload finds the statements the last page could not send', async () => {
    const storage = new MemoryStorage();
    const clock = manualClock();
    const first = createStatementQueue({ client: scriptedLrs(() => down).client, storage, key: 'k', session: null, onEvent: () => {}, ...clock });
    first.add([statement('a'), statement('b')]);
    await clock.advance(0);
    const lrs = scriptedLrs(() => ok);
    const second = createStatementQueue({ client: lrs.client, storage, key: 'k', session: null, onEvent: () => {}, ...clock });
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
    const q = createStatementQueue({ client: slow, storage: new MemoryStorage(), key: 'k', session: null, onEvent: () => {}, ...clock });
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
    const q = createStatementQueue({ client: lrs.client, storage: new MemoryStorage(), key: 'k', session: null, onEvent: () => {}, ...clock });
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
    const q = createStatementQueue({ client: lrs.client, storage, key: 'k', session: null, onEvent: () => {}, ...manualClock() });
    const big = (id: string): Statement => ({ ...statement(id), result: { response: 'x'.repeat(2_000) } });
    q.add(Array.from({ length: 40 }, (_, i) => big(`answer${i}`)));
    await q.flushOnExit(true);
    const bytes = lrs.posts.reduce((n, p) => n + p.ids.length * 2_300, 0);
    assert.ok(bytes < 64 * 1024, `within the keepalive budget (${bytes})`);
    assert.ok(lrs.stored.length > 10 && lrs.stored.length < 40);
    assert.equal(JSON.parse(storage.getItem('k')!).entries.length, 40 - lrs.stored.length);
  });

  test('a statement the LRS rejects (400) is dropped and reported; the others in its batch still go', async () => {
    const lrs = scriptedLrs((batch) => (batch.some((s) => s.id === 'bad') ? { ok: false, failure: { kind: 'http', status: 400 } } : ok));
    const events: QueueEvent[] = [];
    const q = createStatementQueue({ client: lrs.client, storage: new MemoryStorage(), key: 'k', session: null, onEvent: (e) => events.push(e), ...manualClock() });
    q.add([statement('a'), statement('bad'), statement('c')]);
    await q.flush();
    assert.deepEqual(lrs.stored, ['a', 'c']);
    assert.deepEqual(q.pending(), []);
    assert.ok(events.some((e) => !e.ok && e.failure.kind === 'http' && e.failure.status === 400));
  });

  test('401 reports once, stops every retry, and keeps the statements in storage for a relaunch', async () => {
    const clock = manualClock();
    const lrs = scriptedLrs(() => ({ ok: false, failure: { kind: 'http', status: 401 } }));
    const events: QueueEvent[] = [];
    const storage = new MemoryStorage();
    const q = createStatementQueue({ client: lrs.client, storage, key: 'k', session: null, onEvent: (e) => events.push(e), ...clock });
    q.add([statement('a')]);
    await q.flush();
    q.add([statement('b')]);
    await clock.advance(120_000);
    await q.flush();
    await q.flushOnExit(true);
    assert.equal(lrs.posts.length, 1, 'one request, no retry with refused credentials');
    assert.deepEqual(events, [{ ok: false, failure: { kind: 'http', status: 401 } }]);
    assert.deepEqual(q.pending().map((s) => s.id), ['a', 'b']);
    // The relaunch, with credentials the LRS takes.
    const good = scriptedLrs(() => ok);
    await createStatementQueue({ client: good.client, storage, key: 'k', session: null, onEvent: () => {}, ...clock }).flush();
    assert.deepEqual(good.stored, ['a', 'b']);
    assert.equal(storage.getItem('k'), null);
  });

  test('409 Conflict: the LRS has a statement with that id already; it leaves the queue, nothing reported', async () => {
    const lrs = scriptedLrs((batch) => (batch.some((s) => s.id === 'known') ? { ok: false, failure: { kind: 'http', status: 409 } } : ok));
    const events: QueueEvent[] = [];
    const q = createStatementQueue({ client: lrs.client, storage: new MemoryStorage(), key: 'k', session: null, onEvent: (e) => events.push(e), ...manualClock() });
    q.add([statement('known'), statement('new')]);
    await q.flush();
    assert.deepEqual(lrs.stored, ['new']);
    assert.deepEqual(q.pending(), []);
    assert.ok(events.every((e) => e.ok));
  });

  test('a tab closed during an outage: the next launch of the registration sends its statements, once, and leaves other registrations alone', async () => {
    const storage = new MemoryStorage();
    storage.setItem('other-registration', JSON.stringify({ v: 2, entries: [{ statement: statement('x'), session: null }] }));
    const clock = manualClock();
    const closed = createStatementQueue({ client: scriptedLrs(() => down).client, storage, key: 'k', session: null, onEvent: () => {}, ...clock });
    closed.add([statement('a'), statement('b')]);
    await closed.flushOnExit(true);
    const lrs = scriptedLrs(() => ok);
    const next = createStatementQueue({ client: lrs.client, storage, key: 'k', session: null, onEvent: () => {}, ...clock });
    next.add([statement('c')]);
    await next.flush();
    assert.deepEqual(lrs.stored, ['a', 'b', 'c']);
    assert.equal(lrs.posts.flatMap((p) => p.ids).filter((id) => id === 'a').length, 1, 'sent once');
    assert.equal(storage.getItem('k'), null);
    assert.equal(JSON.parse(storage.getItem('other-registration')!).entries.length, 1);
  });

  test('two tabs of one registration: neither overwrites the other, and what one had stored the other does not send again', async () => {
    const storage = new MemoryStorage();
    const clock = manualClock();
    let up = false;
    const lrs = scriptedLrs(() => (up ? ok : down));
    const a = createStatementQueue({ client: lrs.client, storage, key: 'k', session: null, onEvent: () => {}, ...clock });
    a.add([statement('a1')]);
    await clock.advance(0);
    const b = createStatementQueue({ client: lrs.client, storage, key: 'k', session: null, onEvent: () => {}, ...clock });
    b.add([statement('b1')]);
    a.add([statement('a2')]);
    const stored = () => JSON.parse(storage.getItem('k')!).entries.map((e: { statement: Statement }) => e.statement.id);
    assert.deepEqual(stored(), ['a1', 'b1', 'a2'], 'both tabs kept');
    up = true;
    const before = lrs.posts.length;
    await a.flush(); // a stores a1 and a2
    await b.flush(); // b finds a1 gone from storage: stored by a, so not sent again
    assert.deepEqual(lrs.stored.sort(), ['a1', 'a2', 'b1']);
    assert.deepEqual(lrs.posts.slice(before).map((p) => p.ids), [['a1', 'a2'], ['b1']]);
    assert.equal(storage.getItem('k'), null);
  });

  test("another session's statements wait until carried over, then go with this session's context, or are dropped", async () => {
    const storage = new MemoryStorage();
    const clock = manualClock();
    const s1 = createStatementQueue({ client: scriptedLrs(() => down).client, storage, key: 'k', session: 's1', onEvent: () => {}, ...clock });
    s1.add([statement('answer'), statement('terminated')]);
    await clock.advance(0);
    const lrs = scriptedLrs(() => ok);
    const s2 = createStatementQueue({ client: lrs.client, storage, key: 'k', session: 's2', onEvent: () => {}, ...clock });
    s2.add([statement('initialized')]);
    await s2.flush();
    assert.deepEqual(lrs.stored, ['initialized'], "s1's statements are not sent with s2's token");
    s2.carryOver(({ statement: st, session }) => (st.id === 'terminated' ? null : { ...st, context: { extensions: { carriedFrom: session } } }));
    await s2.flush();
    assert.deepEqual(lrs.stored, ['initialized', 'answer']);
    assert.equal(storage.getItem('k'), null, 'the dropped one is gone too');
  });

  test('leaving: the last request counts as delivered while the LRS answers, not during an outage (what a later session carries over)', async () => {
    const clock = manualClock();
    const leftAfter = async (answer: () => LrsResult<void>, failuresFirst: number): Promise<string[]> => {
      const storage = new MemoryStorage();
      let n = 0;
      const lrs = scriptedLrs(() => (n++ < failuresFirst ? down : answer()));
      // The page is gone before the exit request is answered: its answer is never heard.
      const dying: LrsClient = { ...lrs.client, postStatements: (batch, o) => (o?.keepalive ? new Promise(() => {}) : lrs.client.postStatements(batch, o)) };
      const s1 = createStatementQueue({ client: dying, storage, key: 'k', session: 's1', onEvent: () => {}, ...clock });
      s1.add([statement('a')]);
      await clock.advance(failuresFirst > 1 ? 1_000 * failuresFirst : 0); // n failed attempts, the last unanswered by a success
      s1.add([statement('b')]);
      void s1.flushOnExit(true);
      const carried: string[] = [];
      const s2 = createStatementQueue({ client: scriptedLrs(() => ok).client, storage, key: 'k', session: 's2', onEvent: () => {}, ...clock });
      s2.carryOver(({ statement: st }) => (carried.push(st.id), st));
      return carried;
    };
    assert.deepEqual(await leftAfter(() => ok, 0), [], 'the LRS was answering: taken as stored');
    assert.deepEqual(await leftAfter(() => ok, 1), [], 'one failure is no outage (often the page’s own request, cut off)');
    assert.deepEqual(await leftAfter(() => down, 3), ['a', 'b'], 'an outage: the next session carries them over');
  });
});
