import type { LaunchContext } from './tracker.js';
import { UNKNOWN_STATUSES } from './status.js';

/**
 * The launch context of a course that records to no LMS (none found, a
 * failed connection, or the standalone build): an anonymous learner in
 * normal mode with nothing saved, so the course still runs (Tracker.start
 * never rejects). `known` fills in what the adapter does know.
 */
export function unconnectedLaunch(stateLimit: number, known: Partial<LaunchContext> = {}): LaunchContext {
  return {
    learner: { id: '', name: '' },
    mode: 'normal',
    savedState: null,
    location: null,
    masteryPercent: null,
    stateLimit,
    prior: { ...UNKNOWN_STATUSES },
    language: null,
    ...known,
  };
}
