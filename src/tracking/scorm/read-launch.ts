import type { LaunchContext } from '../tracker.js';
import type { Statuses } from '../status.js';
import type { Collection, Read, ScormDialect } from './dialect.js';
import type { ScormConnection } from './connection.js';

/** What the engine keeps about an indexed collection (objectives, interactions). */
export interface CollectionState {
  /** Children the LMS implements (from `_children`). */
  children: ReadonlySet<string>;
  /** Next free index: new entries append after existing ones (`_count`). */
  next: number;
  /** Index of each id already in the LMS (objectives only). */
  indexOf: Map<string, number>;
  /** Statuses already recorded per id (objectives only). */
  statuses: Map<string, Statuses>;
}

export interface LaunchState {
  context: LaunchContext;
  objectives: CollectionState | null;
  interactions: CollectionState | null;
}

// Guards against an LMS reporting an absurd _count.
const MAX_EXISTING = 1000;

/** Reads the launch context and the collections' state right after Initialize. */
export function readLaunch(conn: ScormConnection, d: ScormDialect): LaunchState {
  const childrenCache = new Map<string, ReadonlySet<string> | null>();
  // LMS-COMPAT 16: `_children` tells what an LMS implements; an LMS that
  // refuses `_children` is taken not to implement the element at all.
  const childrenOf = (element: string): ReadonlySet<string> | null => {
    if (!childrenCache.has(element)) {
      const list = conn.read(element);
      const names = list ? list.split(',').map((name) => name.trim()).filter(Boolean) : [];
      childrenCache.set(element, names.length > 0 ? new Set(names) : null);
    }
    return childrenCache.get(element) ?? null;
  };
  const get = (read: Read): string => {
    if (read.requires && !childrenOf(read.requires.children)?.has(read.requires.name)) return '';
    return conn.read(read.element) ?? '';
  };
  const orNull = (value: string): string | null => (value === '' ? null : value);

  const base = (element: string): string => conn.read(d.base + element) ?? '';
  const context: LaunchContext = {
    learner: { id: get(d.reads.learnerId), name: get(d.reads.learnerName) },
    // LMS-COMPAT 16: a missing or unknown mode is normal.
    mode: d.modes[get(d.reads.mode)] ?? 'normal',
    savedState: orNull(get(d.reads.savedState)),
    location: orNull(get(d.reads.location)),
    masteryPercent: d.masteryToPercent(get(d.reads.mastery)),
    stateLimit: d.stateLimit,
    prior: d.status.read(base),
    language: orNull(get(d.reads.language)),
  };

  const collection = (c: Collection, required: string): CollectionState | null => {
    const children = childrenOf(c.children);
    if (!children?.has(required)) return null;
    const count = parseInt(conn.read(c.count) ?? '', 10);
    return {
      children,
      next: Number.isFinite(count) && count > 0 ? count : 0,
      indexOf: new Map(),
      statuses: new Map(),
    };
  };

  const objectives = collection(d.objectives, 'id');
  // LMS-COMPAT 34: reading an objective's status before anything set it is
  // error 403 "value not initialized" (SCORM 2004 RTE 3.1.7.6), which Moodle
  // logs on every launch. This course writes each objective's status with
  // its saved state, so statuses are read only when saved state came back;
  // on a first launch they start unknown, and a status only ever moves up.
  const statusesSet = context.savedState !== null;
  if (objectives) {
    // Objectives already in the LMS (an earlier session, or the manifest in
    // 2004) keep their index: an objective id cannot be changed once set
    // (SCORM 2004 RTE 4.2.17), and 1.2 LMSs report by index.
    for (let n = 0; n < Math.min(objectives.next, MAX_EXISTING); n++) {
      const prefix = `${d.objectives.prefix}${n}.`;
      const id = conn.read(`${prefix}id`);
      if (!id) continue;
      objectives.indexOf.set(id, n);
      if (statusesSet) objectives.statuses.set(id, d.objectives.status.read((child) => conn.read(prefix + child) ?? ''));
    }
  }
  // SCORM 1.2 interactions are write-only except _count, so only the count is read.
  const interactions = collection(d.interactions, d.interactions.fields.id);

  return { context, objectives, interactions };
}
