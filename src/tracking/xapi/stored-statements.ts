import type { Statement } from './types.js';

/**
 * Unsent statements in the browser's durable storage (`localStorage`), one
 * list per registration and activity, shared by every tab of that launch.
 * Each change re-reads the list and writes it back, touching only the
 * statements it names, so two tabs of one registration do not overwrite each
 * other's statements. LMS-COMPAT 23: the format is versioned; anything else
 * under the key is ignored.
 */
export interface QueuedStatement {
  statement: Statement;
  /** The session that made it (cmi5 session id), or null where sessions do not matter (plain xAPI). */
  session: string | null;
  /** Sent with keepalive as its page went away while the LRS was answering: most likely stored. */
  handedOver?: true;
}

export interface StatementShelf {
  /** What is stored, oldest first. */
  read(): QueuedStatement[];
  /** Stores the entries not stored yet, at the end; false when the browser refused. */
  add(entries: QueuedStatement[]): boolean;
  /** Drops these statement ids. */
  remove(ids: ReadonlySet<string>): void;
  /** Marks these statement ids handed over. */
  handOver(ids: ReadonlySet<string>): void;
}

const FORMAT = 2;

export function statementShelf(storage: Storage, key: string): StatementShelf {
  const write = (entries: QueuedStatement[]): boolean => {
    try {
      if (entries.length === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify({ v: FORMAT, entries }));
      return true;
    } catch {
      return false; // Full or refused: the caller still has them in memory.
    }
  };
  const read = (): QueuedStatement[] => {
    try {
      const data = JSON.parse(storage.getItem(key) ?? 'null') as { v?: unknown; entries?: unknown } | null;
      if (data?.v !== FORMAT || !Array.isArray(data.entries)) return [];
      return (data.entries as QueuedStatement[]).filter((e) => typeof e?.statement?.id === 'string');
    } catch {
      return [];
    }
  };
  return {
    read,
    add(entries) {
      const stored = read();
      const ids = new Set(stored.map((e) => e.statement.id));
      return write([...stored, ...entries.filter((e) => !ids.has(e.statement.id))]);
    },
    remove(ids) {
      const stored = read();
      const kept = stored.filter((e) => !ids.has(e.statement.id));
      if (kept.length !== stored.length) write(kept);
    },
    handOver(ids) {
      write(read().map((e) => (ids.has(e.statement.id) ? { ...e, handedOver: true as const } : e)));
    },
  };
}

/** The storage key of a launch's unsent statements: its registration and activity (and learner, without a registration). */
export function statementsKey(o: { registration: string | null; activityId: string; actor: unknown }): string {
  return `frontline.statements:${o.registration ?? `no-registration|${JSON.stringify(o.actor)}`}|${o.activityId}`;
}
