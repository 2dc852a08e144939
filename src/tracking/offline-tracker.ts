import type { LaunchContext, ProgressReport, Tracker } from './tracker.js';
import { errorDetail } from './errors.js';
import { createNoticeHub } from './notices.js';
import { mergeStatuses, UNKNOWN_STATUSES, type Statuses } from './status.js';
import { unconnectedLaunch } from './unconnected-launch.js';

/**
 * The tracker of the standalone web build (no LMS): progress lives in the
 * given Storage (normally `localStorage`) so it survives reloads. There is no
 * LMS to miss, so it never says `not-connected`; it says `not-saving` only if
 * the browser refuses to store (quota, private mode).
 */

// LMS-COMPAT 23: the stored format is versioned; anything else is ignored.
const FORMAT = 1;

interface Stored extends Statuses {
  v: typeof FORMAT;
  savedState: string;
  location: string;
}

function load(storage: Storage, key: string): Stored | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const data: unknown = JSON.parse(raw);
    if (!data || typeof data !== 'object') return null;
    const d = data as Partial<Stored>;
    if (d.v !== FORMAT || typeof d.savedState !== 'string' || typeof d.location !== 'string') return null;
    const completion = d.completion === 'completed' ? 'completed' : 'incomplete';
    const success = d.success === 'passed' || d.success === 'failed' ? d.success : 'unknown';
    return { v: FORMAT, savedState: d.savedState, location: d.location, completion, success };
  } catch {
    return null; // Unreadable storage or corrupt JSON: start afresh.
  }
}

/** Saved state this tracker promises to keep; far below any browser's storage quota. */
export const OFFLINE_STATE_LIMIT = 64_000;

export function createOfflineTracker(storage: Storage, key: string): Tracker {
  const notices = createNoticeHub();
  let record: Stored | null = null;
  let finished = false;

  const persist = (): void => {
    if (!record || finished) return;
    try {
      storage.setItem(key, JSON.stringify(record));
      notices.recovered('stored');
    } catch (error) {
      notices.failed(errorDetail('storage-refused', error instanceof Error ? error.name : 'error'));
    }
  };

  return {
    standard: 'none (standalone)',

    async start(): Promise<LaunchContext> {
      const stored = load(storage, key);
      record = stored ?? { v: FORMAT, savedState: '', location: '', ...UNKNOWN_STATUSES };
      return unconnectedLaunch(OFFLINE_STATE_LIMIT, {
        savedState: stored?.savedState || null,
        location: stored?.location || null,
        prior: { completion: record.completion, success: record.success },
      });
    },

    report(progress: ProgressReport) {
      if (!record || finished) return;
      // Same rule as an LMS: a completed or passed status is never downgraded (LMS-COMPAT 19).
      const statuses = mergeStatuses(record, progress);
      record = { ...record, ...statuses, savedState: progress.savedState, location: progress.location };
      persist();
    },

    // Nobody reads answers in a standalone build; they stay in the saved state.
    recordInteraction() {},

    async save() {
      persist();
    },

    async finish() {
      persist();
      finished = true;
    },

    onNotice(listener) {
      notices.listen(listener);
    },
  };
}
