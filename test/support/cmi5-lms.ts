// The LMS half of cmi5 for the tests: for each launch it creates a session id,
// writes the LMS.LaunchData state document (cmi5 10.0) and the learner
// preferences (11.0), records "launched" in the LRS (9.3.1), and hands out a
// one-time fetch URL (8.2) whose token the front server accepts. It can also
// record "abandoned" for a session that never terminated (9.3.6).
import { randomBytes, randomUUID } from 'node:crypto';
import type { DocumentStore } from './documents.js';

export type LaunchMode = 'Normal' | 'Browse' | 'Review';

export interface LaunchRequest {
  /** The AU's id from cmi5.xml (the publisher id, 9.6.2.3). */
  publisherId: string;
  launchMode?: LaunchMode;
  /** LaunchData masteryScore (0–1); omitted when null. */
  masteryScore?: number | null;
  moveOn?: string;
  returnURL?: string;
  /** Relaunch in an existing registration; a new one otherwise. */
  registration?: string;
  languagePreference?: string;
}

export interface Cmi5Session {
  sessionId: string;
  registration: string;
  activityId: string;
  publisherId: string;
  actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
  token: string;
  fetchId: string;
  fetchCount: number;
  launchMode: LaunchMode;
  masteryScore: number | null;
  launchData: Record<string, unknown>;
  launchedAt: number;
}

const SESSION_EXT = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const CMI5_CATEGORY = { id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' };
export const ACTIVITY_ID = 'https://lms.example.test/activities/frontline-au';

export class Cmi5Lms {
  readonly sessions = new Map<string, Cmi5Session>();

  constructor(
    private readonly docs: DocumentStore,
    private readonly credentials: Set<string>,
    /** Stores statements in the LRS with the LMS's own credential. */
    private readonly record: (statements: object[]) => Promise<void>,
  ) {}

  async launch(r: LaunchRequest, frontUrl: string): Promise<{ session: Cmi5Session; query: Record<string, string> }> {
    const registration = r.registration ?? randomUUID();
    const sessionId = randomUUID();
    // 8.2.1.0-6: a token limited to this session.
    const token = Buffer.from(`s-${sessionId}:${randomBytes(12).toString('hex')}`).toString('base64');
    this.credentials.add(`Basic ${token}`);
    const actor = { objectType: 'Agent' as const, name: 'Sam Rivera', account: { homePage: 'https://lms.example.test', name: 'officer_7' } };
    const launchMode = r.launchMode ?? 'Normal';
    const masteryScore = r.masteryScore === undefined ? null : r.masteryScore;
    const launchData: Record<string, unknown> = {
      contextTemplate: {
        contextActivities: { grouping: [{ objectType: 'Activity', id: r.publisherId }] },
        extensions: { [SESSION_EXT]: sessionId },
      },
      launchMode,
      moveOn: r.moveOn ?? 'CompletedAndPassed',
      launchMethod: 'AnyWindow',
      ...(masteryScore === null ? {} : { masteryScore }),
      ...(r.returnURL ? { returnURL: r.returnURL } : {}),
    };
    const session: Cmi5Session = {
      sessionId, registration, activityId: ACTIVITY_ID, publisherId: r.publisherId, actor, token,
      fetchId: randomUUID(), fetchCount: 0, launchMode, masteryScore, launchData, launchedAt: Date.now(),
    };
    this.sessions.set(sessionId, session);
    const agent = JSON.stringify(actor);
    // 10.1.0.0-1: LaunchData before the launch, for the activity, agent and registration.
    this.docs.write('state', { activityId: ACTIVITY_ID, agent, registration, stateId: 'LMS.LaunchData' }, launchData);
    if (r.languagePreference) this.docs.write('profile', { agent, profileId: 'cmi5LearnerPreferences' }, { languagePreference: r.languagePreference, audioPreference: 'on' });
    // 9.3.1.0-1: "launched" is recorded before the AU starts.
    await this.record([this.lmsStatement(session, 'http://adlnet.gov/expapi/verbs/launched', 'launched', {
      'https://w3id.org/xapi/cmi5/context/extensions/launchmode': launchMode,
      'https://w3id.org/xapi/cmi5/context/extensions/moveon': launchData['moveOn'],
      'https://w3id.org/xapi/cmi5/context/extensions/launchurl': `${frontUrl}/au`,
      ...(masteryScore === null ? {} : { 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': masteryScore }),
    })]);
    // 8.1: the launch parameters, URL-encoded by URLSearchParams.
    const query = {
      endpoint: `${frontUrl}/xapi/`,
      fetch: `${frontUrl}/cmi5/fetch/${session.fetchId}`,
      actor: agent,
      registration,
      activityId: ACTIVITY_ID,
    };
    return { session, query };
  }

  /** True when `auth` is the Basic token of one of the sessions. */
  isToken(auth: string): boolean {
    return [...this.sessions.values()].some((s) => auth === `Basic ${s.token}`);
  }

  /** 8.2: the token once; then 8.2.3 error 1, always with HTTP 200. */
  fetch(fetchId: string): Record<string, string> {
    const session = [...this.sessions.values()].find((s) => s.fetchId === fetchId);
    if (!session) return { 'error-code': '2', 'error-text': 'Unknown fetch URL.' };
    session.fetchCount++;
    if (session.fetchCount > 1) return { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' };
    return { 'auth-token': session.token };
  }

  /** 9.3.6: the LMS's statement for a session that ended without "terminated". */
  async abandon(sessionId: string): Promise<void> {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`no session ${sessionId}`);
    const seconds = Math.max(0, (Date.now() - session.launchedAt) / 1000).toFixed(2);
    const statement = this.lmsStatement(session, 'https://w3id.org/xapi/adl/verbs/abandoned', 'abandoned', {});
    await this.record([{ ...statement, result: { duration: `PT${seconds}S` } }]);
  }

  private lmsStatement(s: Cmi5Session, verb: string, display: string, extensions: Record<string, unknown>): object {
    return {
      id: randomUUID(),
      actor: s.actor,
      verb: { id: verb, display: { 'en-US': display } },
      object: { objectType: 'Activity', id: s.activityId },
      context: {
        registration: s.registration,
        contextActivities: { category: [CMI5_CATEGORY], grouping: [{ objectType: 'Activity', id: s.publisherId }] },
        extensions: { [SESSION_EXT]: s.sessionId, ...extensions },
      },
      timestamp: new Date().toISOString(),
    };
  }
}
