// Standalone web build entry: progress stays in this browser (localStorage);
// launched with xAPI parameters (`endpoint`, `auth`, `actor`, …) it reports to
// that LRS exactly like the xAPI package. No SCORM code in this bundle.
import options from 'virtual:package';
import { durableStorageOf } from '../tracking/browser-storage.js';
import { createOfflineTracker } from '../tracking/offline-tracker.js';
import type { Course } from '../content/types.js';
import type { Tracker } from '../tracking/tracker.js';
import { hasLaunchParameters } from '../tracking/xapi/launch.js';
import { createXapiTracker } from '../tracking/xapi/xapi-tracker.js';
import { loadOutline } from './load-outline.js';
import { startPlayer } from './start-player.js';

function chooseTracker(win: Window, course: Course): Tracker {
  if (hasLaunchParameters(win.location.search, ['endpoint'])) return createXapiTracker({ win, course, baseIri: options.baseIri });
  // One key per course and version family: another course on the same site keeps its own progress.
  // Storage blocked (private mode, sandboxed frame): progress is kept for this page only.
  return createOfflineTracker(durableStorageOf(win), `frontline:${course.id}`);
}

void loadOutline().then((course) => startPlayer(course, chooseTracker(window, course)));
