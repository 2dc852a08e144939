import type { Course } from '../../content/types.js';
import { errorDetail } from '../errors.js';
import type { Tracker } from '../tracker.js';
import { activityIris } from './iri.js';
import { xapiJudge } from './judged.js';
import { readXapiLaunch } from './launch.js';
import { createLrsClient } from './lrs-client.js';
import { createLrsTracker, type LrsProfile } from './lrs-tracker.js';

export interface XapiTrackerOptions {
  win: Window;
  course: Course;
  /** The build's base IRI for activity ids. */
  baseIri: string;
  fetch?: typeof fetch;
}

/**
 * The plain xAPI (Tin Can) package's tracker: launch parameters from the
 * query string, the course activity as the object of course statements, and
 * `suspended` before `terminated` while the attempt stays open.
 */
export function createXapiTracker({ win, course, baseIri, fetch }: XapiTrackerOptions): Tracker {
  const profile: LrsProfile = {
    standard: 'xAPI',
    async connect() {
      const read = readXapiLaunch(win.location.search);
      if (!read.ok) return { ok: false, detail: errorDetail('initialize-failed', read.reason) };
      const { endpoint, auth, actor, registration, activityId } = read.launch;
      const rootId = activityId ?? activityIris(baseIri).course;
      return {
        ok: true,
        connection: {
          client: createLrsClient({ endpoint, auth: () => auth, ...(fetch ? { fetch } : {}) }),
          actor,
          registration,
          rootId,
          // A Tin Can launch has no modes or pass mark: the course's own apply.
          mode: 'normal',
          masteryPercent: null,
          language: null,
          // This tab's session (a reload continues it); unsent statements are the registration's, whatever the launch.
          key: `frontline.xapi:${endpoint}|${registration ?? ''}|${rootId}|${JSON.stringify(actor)}`,
          stateKey: `frontline.state:${endpoint}|${registration ?? ''}|${rootId}|${JSON.stringify(actor)}`,
          // A Tin Can launch has no sessions: the next launch sends what an earlier one left, as it is.
          session: null,
          judge: xapiJudge,
        },
      };
    },
    exitVerbs: (finished) => (finished ? ['terminated'] : ['suspended', 'terminated']),
    sessionEndsAtTerminate: false,
  };
  return createLrsTracker({ profile, course, baseIri, win });
}
