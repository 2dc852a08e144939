import { errorDetail } from '../errors.js';
import { isUuid, readActor, readEndpoint, type LaunchRead } from '../xapi/launch.js';
import type { LrsClient } from '../xapi/lrs-client.js';
import { failureDetail, isAuthFailure } from '../xapi/lrs-client.js';
import type { Agent, Context } from '../xapi/types.js';

/**
 * The cmi5 launch (cmi5 8.1, 8.2, 10.0, 11.0). A small client of our own
 * rather than @xapi/cmi5 1.4.0: that library sends every statement at once
 * through axios with no durable queue and no keepalive (statements are lost
 * when the LRS is down or the page closes, LMS-COMPAT 28), is a singleton that
 * reads `window.location`, ignores the fetch URL's error reply (8.2.3), does
 * not check a failed score against masteryScore (9.3.5), and its moveOn()
 * ignores LaunchData; it would also add ~28 KB gzip and a second copy of the
 * xAPI client. Its spec tables are small; they are here as data.
 */
export interface Cmi5LaunchParameters {
  endpoint: string;
  fetchUrl: string;
  actor: Agent;
  registration: string;
  /** The LMS's id for this AU: the object of every defined statement (8.1.5.0-6). */
  activityId: string;
}

/** 8.1: every parameter is required; the reason names the first missing or malformed one. */
export function readCmi5Launch(search: string): LaunchRead<Cmi5LaunchParameters> {
  const p = new URLSearchParams(search);
  const endpoint = readEndpoint(p.get('endpoint'));
  if (!endpoint) return { ok: false, reason: 'endpoint missing or not an http(s) URL' };
  const fetchUrl = p.get('fetch');
  if (!fetchUrl || !readEndpoint(fetchUrl)) return { ok: false, reason: 'fetch missing or not an http(s) URL' };
  // 9.2.0.0-3: an Agent with an account.
  const actor = readActor(p.get('actor'));
  if (!actor?.account) return { ok: false, reason: 'actor missing or without an account' };
  const registration = p.get('registration');
  if (!registration || !isUuid(registration)) return { ok: false, reason: 'registration missing or not a UUID' };
  const activityId = p.get('activityId');
  if (!activityId) return { ok: false, reason: 'activityId missing' };
  return { ok: true, launch: { endpoint, fetchUrl, actor, registration, activityId } };
}

/** 8.2.3.2 error codes. */
const FETCH_ERRORS: Readonly<Record<string, string>> = {
  '1': 'Already in Use or Expired',
  '2': 'General Security Error',
  '3': 'General Application Error',
};

const tokenKey = (fetchUrl: string) => `frontline.cmi5.token:${fetchUrl}`;
/** What the token's place holds once the session has ended. */
const ENDED = '\u0000ended';

/**
 * The session is over (terminated queued): its token is dead (8.2.1.0-6: it
 * lasts one session; 9.3.8.0-4: the LMS rejects statements after
 * terminated), so a reload of this launch must not use it, nor ask the
 * fetch URL again (8.2.3.0-1: it answers once).
 */
export function endSession(fetchUrl: string, storage: Storage | null): void {
  try {
    storage?.setItem(tokenKey(fetchUrl), ENDED);
  } catch {
    // Refused storage: the session ledger still stops a reload from sending.
  }
}

/**
 * The session's auth token: POSTed once to the fetch URL (8.2.1; a GET is not
 * allowed) and kept in `sessionStorage` under that URL, because the URL
 * answers only once (8.2.3.0-1) and a reload must keep working
 * (LMS-COMPAT 26). A reload after the session ended gets no token, and asks
 * nobody.
 */
export async function fetchAuthToken(fetchUrl: string, storage: Storage | null, doFetch: typeof fetch): Promise<LaunchRead<string>> {
  const key = tokenKey(fetchUrl);
  try {
    const kept = storage?.getItem(key);
    if (kept === ENDED) return { ok: false, reason: 'terminated (cmi5 9.3.8: this session has ended; relaunch the course from the LMS)', relaunch: true };
    if (kept) return { ok: true, launch: kept };
  } catch {
    // Storage refused: ask the LMS.
  }
  let body: unknown;
  try {
    const response = await doFetch(fetchUrl, { method: 'POST', cache: 'no-store' });
    body = await response.json();
  } catch {
    return { ok: false, reason: errorDetail('initialize-failed', 'cmi5 fetch URL unreachable or not JSON') };
  }
  const reply = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const token = reply['auth-token'];
  if (typeof token === 'string' && token !== '') {
    try {
      storage?.setItem(key, token);
    } catch {
      // A reload will not find it; this page still works.
    }
    return { ok: true, launch: token };
  }
  // 8.2.3: the error reply comes with HTTP 200.
  const code = String(reply['error-code'] ?? '?');
  const text = typeof reply['error-text'] === 'string' ? `: ${reply['error-text']}` : '';
  // 8.2.3.2 error 1: this launch's URL was used (a new tab, a reused link): only a relaunch helps.
  return { ok: false, reason: errorDetail('initialize-failed', `cmi5 fetch error ${code} ${FETCH_ERRORS[code] ?? 'unknown'}${text}`), relaunch: code === '1' };
}

export const LAUNCH_MODES = { Normal: 'normal', Browse: 'browse', Review: 'review' } as const;
export const MOVE_ON = ['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'] as const;

/** 10.0 LMS.LaunchData, as far as the AU uses it. */
export interface LaunchData {
  contextTemplate: Context;
  launchMode: keyof typeof LAUNCH_MODES;
  moveOn: (typeof MOVE_ON)[number];
  /** 0–1, or null when the LMS sets none. */
  masteryScore: number | null;
  returnURL: string | null;
}

/** Reads LMS.LaunchData for the activity, agent and registration (10.1.0.0-3..5). */
export async function readLaunchData(client: LrsClient, launch: Cmi5LaunchParameters): Promise<LaunchRead<LaunchData>> {
  const r = await client.getDocument('activities/state', {
    activityId: launch.activityId,
    agent: JSON.stringify(launch.actor),
    registration: launch.registration,
    stateId: 'LMS.LaunchData',
  });
  if (!r.ok) return { ok: false, reason: failureDetail(r.failure), relaunch: isAuthFailure(r.failure) };
  const d = (r.value && typeof r.value === 'object' ? r.value : {}) as Record<string, unknown>;
  const template = d['contextTemplate'];
  const mode = d['launchMode'];
  const moveOn = d['moveOn'];
  const mastery = d['masteryScore'];
  if (!template || typeof template !== 'object') return { ok: false, reason: errorDetail('initialize-failed', 'LMS.LaunchData has no contextTemplate') };
  if (typeof mode !== 'string' || !(mode in LAUNCH_MODES)) return { ok: false, reason: errorDetail('initialize-failed', `LMS.LaunchData launchMode ${String(mode)}`) };
  return {
    ok: true,
    launch: {
      contextTemplate: template as Context,
      launchMode: mode as LaunchData['launchMode'],
      // 10.0 moveOn: required of the LMS; the AU only reads it, so an unknown value is not fatal.
      moveOn: MOVE_ON.find((m) => m === moveOn) ?? 'NotApplicable',
      masteryScore: typeof mastery === 'number' && mastery >= 0 && mastery <= 1 ? mastery : null,
      returnURL: typeof d['returnURL'] === 'string' && d['returnURL'] !== '' ? d['returnURL'] : null,
    },
  };
}

/** 11.0: the learner's first preferred language, or null (a missing document is no error). */
export async function readLanguagePreference(client: LrsClient, actor: Agent): Promise<string | null> {
  const r = await client.getDocument('agents/profile', { agent: JSON.stringify(actor), profileId: 'cmi5LearnerPreferences' });
  if (!r.ok || !r.value || typeof r.value !== 'object') return null;
  const list = (r.value as Record<string, unknown>)['languagePreference'];
  // 11.1: a comma-separated list of RFC 5646 tags, most preferred first.
  const first = typeof list === 'string' ? list.split(',')[0]?.trim() : '';
  return first ? first : null;
}
