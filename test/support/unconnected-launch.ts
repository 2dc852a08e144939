import type { LaunchContext } from '../../src/tracking/tracker.js';

/**
 * What every tracker must answer when it records to no LMS (Tracker.start
 * never rejects): an anonymous learner in normal mode, nothing saved, no pass
 * mark or language, statuses unknown. Written out here, not taken from the
 * code under test, so a test comparing with it can fail.
 */
export function expectedUnconnectedLaunch(stateLimit: number): LaunchContext {
  return {
    learner: { id: '', name: '' },
    mode: 'normal',
    savedState: null,
    location: null,
    masteryPercent: null,
    stateLimit,
    prior: { completion: 'incomplete', success: 'unknown' },
    language: null,
  };
}
