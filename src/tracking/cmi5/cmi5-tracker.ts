import type { Course } from '../../content/types.js';
import { tabStorageOf } from '../browser-storage.js';
import { errorDetail } from '../errors.js';
import type { Tracker } from '../tracker.js';
import { createLrsClient } from '../xapi/lrs-client.js';
import { createLrsTracker, type LrsProfile } from '../xapi/lrs-tracker.js';
import { CMI5 } from '../xapi/vocabulary.js';
import { endSession, fetchAuthToken, LAUNCH_MODES, readCmi5Launch, readLanguagePreference, readLaunchData } from './launch.js';
import { carriesOver, cmi5Judge, decorateCmi5 } from './rules.js';

export interface Cmi5TrackerOptions {
  win: Window;
  course: Course;
  baseIri: string;
  fetch?: typeof fetch;
}

/**
 * The cmi5 AU's tracker: the shared LRS engine with cmi5's launch (fetch URL,
 * LMS.LaunchData, learner preferences), its context rules and its judging
 * rule. LaunchData's launchMode, masteryScore and returnURL win over the
 * course's settings (10.0).
 */
export function createCmi5Tracker({ win, course, baseIri, fetch: doFetch = win.fetch.bind(win) }: Cmi5TrackerOptions): Tracker {
  const storage = tabStorageOf(win);
  let returnURL: string | null = null;
  let fetchUrl: string | null = null;
  const profile: LrsProfile = {
    standard: 'cmi5',
    async connect() {
      const read = readCmi5Launch(win.location.search);
      if (!read.ok) return { ok: false, detail: errorDetail('initialize-failed', read.reason) };
      const launch = read.launch;
      fetchUrl = launch.fetchUrl;
      // The progress document belongs to the registration: a later session finds it.
      const stateKey = `frontline.state:${launch.endpoint}|${launch.registration}|${launch.activityId}|${JSON.stringify(launch.actor)}`;
      const token = await fetchAuthToken(launch.fetchUrl, storage, doFetch);
      if (!token.ok) return { ok: false, detail: token.reason, ...(token.relaunch ? { relaunch: { stateKey } } : {}) };
      // 8.2.1.0-5: the token as Basic credentials on every xAPI request.
      const client = createLrsClient({ endpoint: launch.endpoint, auth: () => `Basic ${token.launch}`, fetch: doFetch });
      const data = await readLaunchData(client, launch);
      if (!data.ok) return { ok: false, detail: data.reason, ...(data.relaunch ? { relaunch: { stateKey } } : {}) };
      const { contextTemplate, launchMode, masteryScore } = data.launch;
      returnURL = data.launch.returnURL;
      const sessionId = contextTemplate.extensions?.[CMI5.sessionId];
      if (typeof sessionId !== 'string' || sessionId === '') return { ok: false, detail: errorDetail('initialize-failed', 'LMS.LaunchData has no session id') };
      return {
        ok: true,
        connection: {
          client,
          actor: launch.actor,
          registration: launch.registration,
          rootId: launch.activityId,
          mode: LAUNCH_MODES[launchMode],
          // The pass mark as the session uses it (0–100), exact to 4 decimals of the 0–1 score.
          masteryPercent: masteryScore === null ? null : Number((masteryScore * 100).toFixed(2)),
          // 11.0.0.0-3: the learner preferences are read on startup.
          language: await readLanguagePreference(client, launch.actor),
          key: `frontline.cmi5:${sessionId}`,
          stateKey,
          // Statements are the session's: its token sends them (8.2.1.0-6); a later session carries
          // over what an ended one could not deliver (rules.ts).
          session: sessionId,
          carriesOver,
          // 9.3.4.0-2, 9.3.5.0-2, 10.2.4.0-2: passed/failed follow LaunchData's masteryScore.
          judge: cmi5Judge(masteryScore),
          decorate: decorateCmi5({ template: contextTemplate, activityId: launch.activityId, masteryScore }),
        },
      };
    },
    // cmi5 defines no "suspended": terminated ends every session (9.3.8).
    exitVerbs: () => ['terminated'],
    sessionEndsAtTerminate: true,
    sessionEnded() {
      if (fetchUrl) endSession(fetchUrl, storage);
    },
    afterFinish(leaving) {
      // 10.2.6.0-1: back to the LMS once terminated — unless the page is already going away.
      if (returnURL && !leaving) win.location.assign(returnURL);
    },
  };
  return createLrsTracker({ profile, course, baseIri, win });
}
