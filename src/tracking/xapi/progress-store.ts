import type { LrsClient, LrsFailure, LrsResult } from './lrs-client.js';
import { emptyProgress, PROGRESS_STATE_ID, readProgress, type ProgressDocument } from './progress-document.js';
import type { Agent } from './types.js';

/**
 * The progress document in the State resource (xAPI 1.0.3 Part Three §2.3:
 * activityId + agent + registration + stateId). While the LRS does not have
 * the latest version, it waits in the browser's durable storage, so a
 * reload, a closed tab or an LRS outage keeps it: the next launch of the same
 * registration resumes from the newer of the two copies and writes it. Once
 * written, it leaves durable storage (a shared computer does not fill up
 * with every learner's progress); a copy stays in the tab, for a reload that
 * may not ask the LRS (an ended cmi5 session).
 */
export interface ProgressStore {
  load(): Promise<LrsResult<void>>;
  current(): ProgressDocument;
  update(change: Partial<Pick<ProgressDocument, 'location' | 'savedState' | 'completion' | 'success'>>): void;
  markSent(verb: 'completed' | 'passed'): void;
  /** Writes the document if it changed since the last successful write. */
  save(options: { keepalive: boolean }): Promise<LrsResult<void>>;
  /** The last write failed and nothing has been written since. */
  failing(): boolean;
}

export interface ProgressStoreOptions {
  client: LrsClient;
  /** Durable storage (`localStorage`, or memory when the browser blocks it). */
  storage: Storage;
  /** This tab's storage (`sessionStorage`), or null when blocked. */
  tab: Storage | null;
  key: string;
  version: string;
  actor: Agent;
  activityId: string;
  registration: string | null;
  now?: () => number;
}

interface LocalCopy {
  doc: ProgressDocument;
  /** The LRS does not have this version yet. */
  unsaved: boolean;
}

/** The copy this browser keeps of a launch's progress document, or null. */
export function localProgress(storage: Storage, key: string): LocalCopy | null {
  try {
    const data = JSON.parse(storage.getItem(key) ?? 'null') as { doc?: unknown; unsaved?: unknown } | null;
    const doc = readProgress(data?.doc);
    return doc ? { doc, unsaved: data?.unsaved === true } : null;
  } catch {
    return null;
  }
}

export function createProgressStore(o: ProgressStoreOptions): ProgressStore {
  const now = o.now ?? Date.now;
  const params: Record<string, string> = {
    activityId: o.activityId,
    agent: JSON.stringify(o.actor),
    ...(o.registration ? { registration: o.registration } : {}),
    stateId: PROGRESS_STATE_ID,
  };
  let doc = emptyProgress(o.version);
  let dirty = false;
  let lastFailure: LrsFailure | null = null;

  const remember = (): void => {
    const copy = JSON.stringify({ doc, unsaved: dirty } satisfies LocalCopy);
    try {
      if (dirty) o.storage.setItem(o.key, copy);
      else o.storage.removeItem(o.key);
      o.tab?.setItem(o.key, copy);
    } catch {
      // Refused storage: the document is still written from memory.
    }
  };
  const change = (next: ProgressDocument): void => {
    if (JSON.stringify({ ...next, savedAt: 0 }) === JSON.stringify({ ...doc, savedAt: 0 })) return;
    doc = { ...next, savedAt: Math.max(now(), doc.savedAt + 1) };
    dirty = true;
    remember();
  };

  return {
    async load() {
      const local = localProgress(o.storage, o.key);
      const r = await o.client.getDocument('activities/state', params);
      const remote = r.ok ? readProgress(r.value) : null;
      // An unsaved copy wins over an older one in the LRS (another device may have saved a newer one).
      if (local?.unsaved && (!remote || local.doc.savedAt > remote.savedAt)) {
        doc = local.doc;
        dirty = true;
        return { ok: true, value: undefined };
      }
      if (!r.ok) {
        const here = local ?? (o.tab ? localProgress(o.tab, o.key) : null);
        if (here) doc = here.doc;
        return r;
      }
      doc = remote ?? emptyProgress(o.version);
      remember();
      return { ok: true, value: undefined };
    },
    current: () => doc,
    update(c) {
      change({ ...doc, ...c, courseVersion: o.version });
    },
    markSent(verb) {
      change({ ...doc, sent: { ...doc.sent, [verb]: true } });
    },
    async save({ keepalive }) {
      if (!dirty) return { ok: true, value: undefined };
      const written = doc;
      const r = await o.client.putDocument('activities/state', params, written, { keepalive });
      lastFailure = r.ok ? null : r.failure;
      if (r.ok && written === doc) {
        dirty = false;
        remember();
      }
      return r;
    },
    failing: () => lastFailure !== null,
  };
}
