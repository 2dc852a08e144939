import type { LrsClient, LrsFailure } from './lrs-client.js';
import { isAuthFailure, isTransient } from './lrs-client.js';
import { statementShelf, type QueuedStatement } from './stored-statements.js';
import type { Statement } from './types.js';

/**
 * Never lose a statement, never store one twice. Every statement is written
 * to durable storage (stored-statements.ts) before it is sent and removed
 * only once the LRS has it, so a reload, a closed tab or an LRS that is down
 * for minutes loses nothing: the next launch of the same registration sends
 * what is left. One batch is in flight at a time, in order; failures retry
 * with exponential backoff. At the end of the session the rest go out with
 * `keepalive`, so they outlive the page (LMS-COMPAT 28): one after another
 * while the page stays (Save and exit), all at once when it is being
 * unloaded.
 *
 * Statement ids are ours (xAPI 1.0.3 Part Two §2.4.1), so sending one again
 * (a lost reply, a reload, a second tab) cannot store it twice: an LRS that
 * already has the id changes nothing and answers 200/204, or 409 Conflict if
 * what it holds differs (Part Three §2.1.2.s2.b4–b5); either way the
 * statement is stored and leaves the queue. Refused credentials (401/403)
 * stop the sending for good: only a relaunch brings new ones, and the
 * statements wait for it.
 */

export type QueueEvent = { ok: true } | { ok: false; failure: LrsFailure };

export interface StatementQueue {
  /** Stores the statements (in order), then sends them soon. */
  add(statements: Statement[]): void;
  /**
   * Statements an earlier session left that this session may not send as
   * they are (cmi5: another session's statements). `carry` gives the
   * statement to send in this session instead (same id), or null to drop
   * it. What is carried goes after what is queued now. Those handed over
   * with keepalive as their page went away while the LRS was answering are
   * taken as stored and dropped: sent in this session, they would be another
   * session's statements with this session's token (cmi5 8.2.1.0-5, -6).
   */
  carryOver(carry: (entry: QueuedStatement) => Statement | null): void;
  /** Sends what is waiting now (resetting the backoff); resolves when this attempt is over. */
  flush(): Promise<void>;
  /**
   * The session ends: send everything with keepalive. `leaving`: the page is
   * being unloaded, so what fits goes at once in one request (a batch in
   * flight is repeated: its request dies with the page).
   */
  flushOnExit(leaving: boolean): Promise<void>;
  /** This session's statements stored and not yet acknowledged, oldest first. */
  pending(): Statement[];
}

export interface QueueOptions {
  client: LrsClient;
  /** Durable storage (`localStorage`, or memory when the browser blocks it). */
  storage: Storage;
  key: string;
  /** This launch's session (cmi5 session id), stored with each statement; null for plain xAPI. */
  session: string | null;
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

export function createStatementQueue(o: QueueOptions): StatementQueue {
  const later = o.setTimeout ?? ((fn, ms) => globalThis.setTimeout(fn, ms));
  const cancel = o.clearTimeout ?? ((h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>));
  const shelf = statementShelf(o.storage, o.key);
  let items: QueuedStatement[] = shelf.read();
  /** Ids this page knows are in storage: one gone from there was stored by another tab. */
  const shelved = new Set(items.map((e) => e.statement.id));
  /** How many requests carry each statement right now. */
  const inFlight = new Map<string, number>();
  let sending: Promise<void> | null = null;
  let timer: unknown = null;
  let failures = 0;
  let keepalive = false;
  /** Credentials refused: nothing more is sent in this launch. */
  let refused = false;

  const shelve = (entries: QueuedStatement[]): void => {
    if (shelf.add(entries)) for (const e of entries) shelved.add(e.statement.id);
  };
  const remove = (sent: Statement[]): void => {
    const ids = new Set(sent.map((s) => s.id));
    items = items.filter((e) => !ids.has(e.statement.id));
    for (const id of ids) shelved.delete(id);
    shelf.remove(ids);
  };
  /** Another tab of this registration had some of ours stored: they are done. */
  const sync = (): void => {
    const stored = new Set(shelf.read().map((e) => e.statement.id));
    items = items.filter((e) => stored.has(e.statement.id) || !shelved.has(e.statement.id) || inFlight.has(e.statement.id));
  };
  const schedule = (ms: number): void => {
    if (timer !== null) cancel(timer);
    timer = later(() => {
      timer = null;
      void send();
    }, ms);
  };

  /** Oldest statements, up to `bytes` of JSON (at least one). */
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
  /** This session's statements: another session's wait for `carryOver` (cmi5 8.2.1.0-6: a token serves one session). */
  const own = () => items.filter((e) => e.session === o.session).map((e) => e.statement);
  const waiting = () => own().filter((s) => !inFlight.has(s.id));

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
    if (isAuthFailure(failure)) refused = true;
    if (isTransient(failure) || isAuthFailure(failure)) return failure;
    // A statement the LRS will never take (400) or already holds under its id (409): split a
    // batch so one bad statement cannot block the others; a single one leaves the queue.
    if (batch.length > 1) {
      for (const s of batch) {
        const f = await post([s], withKeepalive);
        if (f) return f;
      }
      return null;
    }
    // 409: stored already (Part Three §2.1.2.s2.b5), nothing to report. Anything else is, once.
    if (failure.kind === 'http' && failure.status !== 409) o.onEvent({ ok: false, failure });
    remove(batch);
    return null;
  };

  const failed = (failure: LrsFailure): void => {
    failures++;
    o.onEvent({ ok: false, failure });
    // Refused credentials stay refused: retrying would only be refused again.
    if (!refused) schedule(backoffMs(failures));
  };

  const run = async (): Promise<void> => {
    if (refused) return;
    sync();
    for (;;) {
      const batch = batchFrom(waiting(), BATCH_BYTES);
      if (batch.length === 0) break;
      const failure = await post(batch, keepalive);
      if (failure) return failed(failure);
      failures = 0;
    }
    if (own().length === 0) o.onEvent({ ok: true });
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
      const known = new Set(items.map((e) => e.statement.id));
      // Part Three §2.1.2.s2.b6: two statements with one id in a batch are refused, so never queue one twice.
      const entries = statements.filter((s) => !known.has(s.id)).map((statement) => ({ statement, session: o.session }));
      if (entries.length === 0) return;
      items = [...items, ...entries];
      shelve(entries);
      if (timer === null && !refused) schedule(0);
    },
    carryOver(carry) {
      const others = items.filter((e) => e.session !== o.session);
      if (others.length === 0) return;
      const carried = others.flatMap((e) => {
        const statement = e.handedOver ? null : carry(e);
        return statement ? [{ statement, session: o.session }] : [];
      });
      const ids = new Set(others.map((e) => e.statement.id));
      items = [...items.filter((e) => !ids.has(e.statement.id)), ...carried];
      shelf.remove(ids);
      for (const id of ids) shelved.delete(id);
      shelve(carried);
    },
    async flush() {
      if (timer !== null) cancel(timer);
      timer = null;
      // A flush asked for now (a learner's action) starts the backoff again: after an outage the
      // retries come 1 s, 2 s, 4 s … after the last action, not 30 s after many failed saves.
      failures = 0;
      if (sending) await sending;
      await send();
    },
    async flushOnExit(leaving) {
      keepalive = true;
      if (refused) return; // They wait in storage for a relaunch.
      if (!leaving) {
        // The page stays until this is done: in order, each batch after the last was stored.
        if (timer !== null) cancel(timer);
        timer = null;
        if (sending) await sending;
        await send();
        return;
      }
      // One request, so nothing can arrive after the session's last statement (cmi5 9.3.8.0-2);
      // whatever does not fit the budget stays in storage for the next launch.
      const batch = batchFrom(own(), EXIT_BYTES);
      if (JSON.stringify(batch).length > EXIT_BYTES) return;
      // The page will not hear the answer. While the LRS answers, the request most likely arrives;
      // during an outage it most likely fails, and the statements stay as they were for the next launch.
      // One failure alone is no outage: it is often this page's own request, cut off as the page goes.
      if (failures < 2) shelf.handOver(new Set(batch.map((s) => s.id)));
      const failure = await post(batch, true);
      // Still here after all (the page was kept): keep trying.
      if (failure) failed(failure);
    },
    pending: own,
  };
}
