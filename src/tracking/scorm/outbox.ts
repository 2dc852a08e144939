import type { TrackerErrorName } from '../errors.js';
import type { CallFailure } from './connection.js';

/**
 * Every SetValue waits here until the LMS accepts it, in the order it was
 * made: a refused write is tried again (now, and at every later flush) until
 * it is accepted or the session ends, so nothing the learner did is lost on a
 * flaky LMS. Writes behind a refused one wait for it, so an interaction's
 * fields always follow its id, and a status never lands before its score.
 */
export interface OutboxWrite {
  /** The element, worked out when the write is sent (an interaction takes its index only once its id is accepted). */
  element: string | (() => string);
  value: string;
  /** A later write with the same key replaces this one while it waits (and takes its own place in the order). */
  key?: string;
  /** Skip when the LMS already holds this value under `key`. */
  once?: boolean;
  /** Runs when the LMS accepts the write. */
  accepted?(): void;
  /** Runs when the LMS refuses it for good. */
  dropped?(): void;
  /** True when the write is no longer wanted (e.g. its interaction's id was refused for good): removed unsent. */
  cancelled?(): boolean;
}

export interface FlushResult {
  /** The refusal that stopped the flush (the LMS refused the same write every try), or null when nothing waits. */
  stalled: CallFailure | null;
  /** Writes the LMS refused for good during this flush. */
  dropped: CallFailure[];
}

export interface Outbox {
  push(write: OutboxWrite): void;
  /** Sends what waits, in order, until all is accepted or one write is refused every try. */
  flush(): FlushResult;
  readonly waiting: number;
}

/**
 * Refusals that no retry can fix: the element or value itself is wrong, so
 * the write is dropped rather than blocking every write behind it. SCORM 1.2
 * RTE §3.3: 201 invalid argument, 202/203 not a container, 401 not
 * implemented, 402/403 keyword or read-only, 405 incorrect data type.
 * SCORM 2004 RTE 3.1.7: 201 general argument error, 401/402 undefined or
 * unimplemented element, 404 read-only, 405 write-only, 406 type mismatch,
 * 407 out of range, 408 dependency not established. Anything else (101
 * general exception, 351 general set failure, an unknown code, a thrown
 * exception, not initialized) is the LMS's trouble, not the write's: retried.
 */
const PERMANENT: ReadonlySet<TrackerErrorName> = new Set<TrackerErrorName>([
  'invalid-argument',
  'not-a-container',
  'not-implemented',
  'read-only',
  'write-only',
  'type-mismatch',
  'out-of-range',
  'dependency',
]);

export const isPermanent = (failure: CallFailure): boolean => PERMANENT.has(failure.name);

/** SetValue is a local call in an LMS's runtime (only commits reach the server), so a few quick tries cost nothing. */
export const TRIES_PER_FLUSH = 4;

/**
 * Flushes a write may stall before the outbox checks whether the LMS refuses
 * only it: an LMS can refuse one element for good with a general code (e.g.
 * 351 for a value its database will not take). If the LMS then accepts a
 * harmless write, the stuck one is dropped so it does not hold up the rest.
 */
export const STALLS_BEFORE_PROBE = 2;

interface Entry extends OutboxWrite {
  key: string;
  /** Flushes this write stopped. */
  stalls: number;
}

/**
 * `send` makes one SetValue. `probe` makes a harmless one (e.g. the session
 * time, which the LMS only reads at the end) and says whether it was accepted.
 */
export function createOutbox(send: (element: string, value: string) => CallFailure | null, probe?: () => boolean): Outbox {
  const queue: Entry[] = [];
  /** Last value the LMS accepted per key. */
  const held = new Map<string, string>();
  /** Elements the LMS refused while accepting others: a refusal of them is not waited on again until one is accepted. */
  const refusedAlone = new Set<string>();
  let anonymous = 0;

  return {
    push(write) {
      const key = write.key ?? `#${anonymous++}`;
      const waiting = queue.findIndex((entry) => entry.key === key);
      const stalls = waiting >= 0 ? queue[waiting]!.stalls : 0;
      if (waiting >= 0) queue.splice(waiting, 1);
      else if (write.once && held.get(key) === write.value) return;
      queue.push({ ...write, key, stalls });
    },

    flush() {
      const dropped: CallFailure[] = [];
      while (queue.length > 0) {
        const entry = queue[0]!;
        if (entry.cancelled?.()) {
          queue.shift();
          continue;
        }
        if (entry.once && held.get(entry.key) === entry.value) {
          queue.shift();
          continue;
        }
        const element = typeof entry.element === 'string' ? entry.element : entry.element();
        let failure: CallFailure | null = null;
        for (let tries = 0; tries < TRIES_PER_FLUSH; tries++) {
          failure = send(element, entry.value);
          if (!failure || isPermanent(failure)) break;
        }
        if (failure && !isPermanent(failure)) {
          entry.stalls++;
          const alone = refusedAlone.has(element) || (entry.stalls >= STALLS_BEFORE_PROBE && probe?.() === true);
          if (!alone) return { stalled: failure, dropped };
          refusedAlone.add(element);
        }
        queue.shift();
        if (failure) {
          held.delete(entry.key);
          dropped.push(failure);
          entry.dropped?.();
        } else {
          refusedAlone.delete(element);
          held.set(entry.key, entry.value);
          entry.accepted?.();
        }
      }
      return { stalled: null, dropped };
    },

    get waiting() {
      return queue.length;
    },
  };
}
