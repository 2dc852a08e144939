import type { ProgressReport, Tracker, TrackerNotice } from '../../../src/tracking/tracker.js';
import type { LmsProfile } from '../../../src/tracking/lms-profiles.js';
import { courseFrame, installApi, journal, noticesOf, stored, type Api, type Call } from './lms.js';
import type { LaunchData, StandardUnderTest } from './standards.js';

export interface Session {
  api: Api;
  calls: Call[];
  tracker: Tracker;
  notices: TrackerNotice[];
  /** What the LMS would store now. */
  stored(): Record<string, string>;
  /** SetValue calls as [element, value], in order. */
  writes(): [string, string][];
}

const cleanups: (() => void)[] = [];

/** Undo everything `open` did; call from afterEach. */
export function closeAll(): void {
  for (const cleanup of cleanups.splice(0)) cleanup();
}

/**
 * A launch: a real scorm-again runtime preloaded with `data` (or with `raw`
 * cmi JSON, e.g. what a previous session stored), installed on this page, and
 * a tracker running in a child frame.
 */
export async function open(
  std: StandardUnderTest,
  data: LaunchData = {},
  options: { raw?: Record<string, unknown>; before?: (api: Api) => void; profile?: LmsProfile } = {},
): Promise<Session> {
  const api = std.newApi();
  api.loadFromJSON(options.raw ?? std.launch(data));
  options.before?.(api);
  const calls = journal(api, Object.values(std.methods));
  const undo = installApi(std.apiName, api);
  const frame = await courseFrame();
  cleanups.push(() => {
    undo();
    frame.remove();
  });
  const tracker = std.create(frame.contentWindow!, options.profile);
  return {
    api,
    calls,
    tracker,
    notices: noticesOf(tracker),
    stored: () => stored(api),
    writes: () => calls.filter((c) => c.method === std.methods.setValue).map((c) => [String(c.args[0]), String(c.args[1])]),
  };
}

export function progress(overrides: Partial<ProgressReport> = {}): ProgressReport {
  return {
    location: 'lesson:greeting',
    currentLesson: 'greeting',
    savedState: 'v1:abc',
    completion: 'incomplete',
    success: 'unknown',
    scorePercent: null,
    objectives: [],
    finished: false,
    courseVersion: '0123456789ab',
    attestation: null,
    ...overrides,
  };
}

/** The values a test expects, picked from what was stored. */
export function pick(values: Record<string, string>, keys: string[]): Record<string, string | undefined> {
  return Object.fromEntries(keys.map((key) => [key, values[key]]));
}
