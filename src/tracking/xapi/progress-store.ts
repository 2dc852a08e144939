import type { LrsClient, LrsFailure, LrsResult } from './lrs-client.js';
import { emptyProgress, PROGRESS_STATE_ID, readProgress, type ProgressDocument } from './progress-document.js';
import type { Agent } from './types.js';

/**
 * The progress document in the State resource (xAPI 1.0.3 Part Three §2.3:
 * activityId + agent + registration + stateId). The latest unsaved version
 * waits in `sessionStorage` until the LRS has it, so a reload or an LRS outage
 * keeps it, and a reload resumes from it rather than from an older copy.
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
  storage: Storage | null;
  key: string;
  version: string;
  actor: Agent;
  activityId: string;
  registration: string | null;
}

export function createProgressStore(o: ProgressStoreOptions): ProgressStore {
  const pendingKey = o.key;
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
    try {
      if (dirty) o.storage?.setItem(pendingKey, JSON.stringify(doc));
      else o.storage?.removeItem(pendingKey);
    } catch {
      // Refused storage: the document is still written from memory.
    }
  };
  const change = (next: ProgressDocument): void => {
    if (JSON.stringify(next) === JSON.stringify(doc)) return;
    doc = next;
    dirty = true;
    remember();
  };

  return {
    async load() {
      let pending: ProgressDocument | null = null;
      try {
        pending = readProgress(JSON.parse(o.storage?.getItem(pendingKey) ?? 'null'));
      } catch {
        pending = null;
      }
      if (pending) {
        // An unsaved document from this tab (a reload after a failed write) is the newest there is.
        doc = pending;
        dirty = true;
        return { ok: true, value: undefined };
      }
      const r = await o.client.getDocument('activities/state', params);
      if (!r.ok) return r;
      doc = readProgress(r.value) ?? emptyProgress(o.version);
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
