// Standalone web build entry: progress stays in this browser (localStorage);
// launched with xAPI parameters (`endpoint`, `auth`, `actor`, …) it reports to
// that LRS exactly like the xAPI package. No SCORM code in this bundle.
import course from 'virtual:course';
import options from 'virtual:package';
import { createOfflineTracker } from '../tracking/offline-tracker.js';
import type { Tracker } from '../tracking/tracker.js';
import { hasLaunchParameters } from '../tracking/xapi/launch.js';
import { createXapiTracker } from '../tracking/xapi/xapi-tracker.js';
import { startPlayer } from './start-player.js';

function localStorageOf(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}

function chooseTracker(win: Window): Tracker {
  if (hasLaunchParameters(win.location.search, ['endpoint'])) return createXapiTracker({ win, course, baseIri: options.baseIri });
  const storage = localStorageOf(win);
  // One key per course and version family: another course on the same site keeps its own progress.
  if (storage) return createOfflineTracker(storage, `frontline:${course.id}`);
  return createOfflineTracker(memoryStorage(), `frontline:${course.id}`);
}

/** Storage blocked (private mode, sandboxed frame): keep progress for this page only. */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}

void startPlayer(course, chooseTracker(window));
