import type { LrsClient, LrsFailure } from './lrs-client.js';
import { isAuthFailure, isTransient } from './lrs-client.js';
import type { Statement } from './types.js';

/**
 * Never lose a statement. Every statement is written to `sessionStorage`
 * before it is sent and removed only once the LRS has stored it, so a reload
 * or an LRS that is down for minutes loses nothing. One batch is in flight at
 * a time, in order; failures retry with exponential backoff. At the end of the
 * session the rest go out with `keepalive`, so they outlive the page
 * (LMS-COMPAT 28): one after another while the page stays (Save and exit),
 * all at once when it is being unloaded. Statement ids are ours (xAPI 1.0.3
 * Part Two §2.4.1), so a batch sent twice after a lost reply is stored once
 * (Part Three §2.1.2).
 */

export type QueueEvent = { ok: true } | { ok: false; failure: LrsFailure };

export interface StatementQueue {
  /** Stores the statements (in order), then sends them soon. */
  add(statements: Statement[]): void;
  /** Sends what is waiting now (resetting the backoff); resolves when this attempt is over. */
  flush(): Promise<void>;
  /**
   * The session ends: send everything with keepalive. `leaving`: the page is
   * being unloaded, so all of it goes at once (a batch in flight is repeated:
   * its request dies with the page).
   */
  flushOnExit(leaving: boolean): Promise<void>;
  /** Statements stored and not yet acknowledged, oldest first. */
  pending(): Statement[];
}

export interface QueueOptions {
  client: LrsClient;
  storage: Storage | null;
  key: string;
  onEvent(event: QueueEvent): void;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

/** Backoff after the nth consecutive failure: 1 s, 2 s, 4 s … at most 30 s. */
export function backoffMs(failures: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.max(0, failures - 1));
}

/**
 * Bytes per request. Keepalive requests share 64 KiB until their answers are
 * read (Fetch standard, "inflight keepalive bytes"); at unload the progress
 * document (≤ 18 KB) goes too, so statements get the rest.
 */
export const BATCH_BYTES = 22_000;
export const EXIT_BYTES = 44_000;

const FORMAT = 1;

export function createStatementQueue(o: QueueOptions): StatementQueue {
  const later = o.setTimeout ?? ((fn, ms) => globalThis.setTimeout(fn, ms));
  const cancel = o.clearTimeout ?? ((h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>));
  let items: Statement[] = load(o.storage, o.key);
  /** How many requests carry each statement right now. */
  const inFlight = new Map<string, number>();
  let sending: Promise<void> | null = null;
  let timer: unknown = null;
  let failures = 0;
  let keepalive = false;

  const persist = (): void => {
    try {
      if (items.length === 0) o.storage?.removeItem(o.key);
      else o.storage?.setItem(o.key, JSON.stringify({ v: FORMAT, items }));
    } catch {
      // Storage full or refused: the statements are still in memory and sent from there.
    }
  };
  const remove = (sent: Statement[]): void => {
    const ids = new Set(sent.map((s) => s.id));
    items = items.filter((s) => !ids.has(s.id));
    persist();
  };
  const schedule = (ms: number): void => {
    if (timer !== null) cancel(timer);
    timer = later(() => {
      timer = null;
      void send();
    }, ms);
  };

  /** Oldest statements (not in flight, unless `all`), up to `bytes` of JSON (at least one). */
  const batchFrom = (from: Statement[], bytes: number): Statement[] => {
    const batch: Statement[] = [];
    let size = 2;
    for (const s of from) {
      const n = JSON.stringify(s).length + 1;
      if (batch.length > 0 && size + n > bytes) break;
      batch.push(s);
      size += n;
    }
    return batch;
  };
  const waiting = () => items.filter((s) => !inFlight.has(s.id));

  const post = async (batch: Statement[], withKeepalive: boolean): Promise<LrsFailure | null> => {
    for (const s of batch) inFlight.set(s.id, (inFlight.get(s.id) ?? 0) + 1);
    const result = await o.client.postStatements(batch, { keepalive: withKeepalive });
    for (const s of batch) {
      const n = (inFlight.get(s.id) ?? 1) - 1;
      if (n > 0) inFlight.set(s.id, n);
      else inFlight.delete(s.id);
    }
    if (result.ok) {
      remove(batch);
      return null;
    }
    const { failure } = result;
    if (isTransient(failure) || isAuthFailure(failure)) return failure;
    // A statement the LRS will never take (400) or already holds under its id (409): split a
    // batch so one bad statement cannot block the others; a single one is dropped, and reported.
    if (batch.length > 1) {
      for (const s of batch) {
        const f = await post([s], withKeepalive);
        if (f) return f;
      }
      return null;
    }
    if (failure.kind === 'http' && failure.status !== 409) o.onEvent({ ok: false, failure });
    remove(batch);
    return null;
  };

  const failed = (failure: LrsFailure): void => {
    failures++;
    o.onEvent({ ok: false, failure });
    schedule(backoffMs(failures));
  };

  const run = async (): Promise<void> => {
    for (;;) {
      const batch = batchFrom(waiting(), BATCH_BYTES);
      if (batch.length === 0) break;
      const failure = await post(batch, keepalive);
      if (failure) return failed(failure);
      failures = 0;
    }
    if (items.length === 0) o.onEvent({ ok: true });
  };
  /** The one sending loop; a second caller shares it. */
  const send = (): Promise<void> => {
    if (!sending) {
      const current = run();
      sending = current;
      // Cleared only after the assignment, even when `run` had nothing to await.
      void current.finally(() => {
        if (sending === current) sending = null;
      });
    }
    return sending;
  };

  return {
    add(statements) {
      if (statements.length === 0) return;
      items = [...items, ...statements];
      persist();
      if (timer === null) schedule(0);
    },
    async flush() {
      if (timer !== null) cancel(timer);
      timer = null;
      if (sending) await sending;
      await send();
    },
    async flushOnExit(leaving) {
      keepalive = true;
      if (!leaving) {
        // The page stays until this is done: in order, each batch after the last was stored.
        if (timer !== null) cancel(timer);
        timer = null;
        if (sending) await sending;
        await send();
        return;
      }
      // Whatever does not fit the budget stays in sessionStorage for the next page of this launch.
      const posts: Promise<LrsFailure | null>[] = [];
      let rest = items;
      let budget = EXIT_BYTES;
      while (rest.length > 0) {
        const batch = batchFrom(rest, Math.min(BATCH_BYTES, budget));
        const bytes = JSON.stringify(batch).length;
        if (bytes > budget) break;
        budget -= bytes;
        rest = rest.slice(batch.length);
        posts.push(post(batch, true));
      }
      const failure = (await Promise.all(posts)).find((f) => f !== null);
      // Still here after all (the page was kept): keep trying.
      if (failure) failed(failure);
    },
    pending: () => [...items],
  };
}

function load(storage: Storage | null, key: string): Statement[] {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return [];
    const data = JSON.parse(raw) as { v?: unknown; items?: unknown };
    return data.v === FORMAT && Array.isArray(data.items) ? (data.items as Statement[]) : [];
  } catch {
    return [];
  }
}
