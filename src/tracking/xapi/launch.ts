import type { Agent } from './types.js';

/**
 * Launch parameters. The xAPI package is launched the "Tin Can way" (Rustici's
 * xAPI launch, the de facto convention behind tincan.xml): `endpoint`, `auth`,
 * `actor`, `registration` and `activity_id` in the query string. LMS-COMPAT 25:
 * credentials come only from here, never from the package.
 */
export interface XapiLaunch {
  /** LRS base endpoint, always ending with "/". */
  endpoint: string;
  /** The Authorization header value as the LMS gave it ("Basic …"). */
  auth: string;
  actor: Agent;
  registration: string | null;
  /** The LMS's id for the course activity (tincan.xml's activity id), or null. */
  activityId: string | null;
}

/** `relaunch`: only a new launch from the LMS can help (credentials refused, session over). */
export type LaunchRead<T> = { ok: true; launch: T } | { ok: false; reason: string; relaunch?: boolean };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** True when the query string carries any launch parameter (else: no LRS was meant). */
export function hasLaunchParameters(search: string, names: readonly string[] = ['endpoint', 'actor', 'auth', 'fetch']): boolean {
  const params = new URLSearchParams(search);
  return names.some((name) => params.has(name));
}

/** Reads the Tin Can launch parameters; the reason names the first missing or malformed one. */
export function readXapiLaunch(search: string): LaunchRead<XapiLaunch> {
  const params = new URLSearchParams(search);
  const endpoint = readEndpoint(params.get('endpoint'));
  if (!endpoint) return { ok: false, reason: 'endpoint missing or not an http(s) URL' };
  const auth = params.get('auth');
  if (!auth) return { ok: false, reason: 'auth missing' };
  const actor = readActor(params.get('actor'));
  if (!actor) return { ok: false, reason: 'actor missing or not an agent' };
  const registration = params.get('registration');
  if (registration !== null && !isUuid(registration)) return { ok: false, reason: 'registration is not a UUID' };
  return { ok: true, launch: { endpoint, auth, actor, registration, activityId: params.get('activity_id') || null } };
}

export function readEndpoint(raw: string | null): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    return null;
  }
}

/**
 * An xAPI 1.0.x Agent from the `actor` parameter. Older LMSs send Tin Can
 * 0.95 agents, whose properties are arrays (`"mbox": ["mailto:…"]`,
 * `"account": [{"accountServiceHomePage": …, "accountName": …}]`): the first
 * value is taken (xAPI 1.0.3 Part Two §2.4.2.1 allows exactly one identifier).
 */
export function readActor(raw: string | null): Agent | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
  const text = (v: unknown): string | undefined => (typeof first(v) === 'string' && first(v) !== '' ? (first(v) as string) : undefined);
  const name = text(d['name']);
  const base = { objectType: 'Agent' as const, ...(name ? { name } : {}) };
  const account = first(d['account']) as Record<string, unknown> | undefined;
  if (account && typeof account === 'object') {
    const homePage = text(account['homePage']) ?? text(account['accountServiceHomePage']);
    const accountName = text(account['name']) ?? text(account['accountName']);
    if (homePage && accountName) return { ...base, account: { homePage, name: accountName } };
  }
  const mbox = text(d['mbox']);
  if (mbox) return { ...base, mbox: mbox.startsWith('mailto:') ? mbox : `mailto:${mbox}` };
  const sha1 = text(d['mbox_sha1sum']);
  if (sha1) return { ...base, mbox_sha1sum: sha1 };
  const openid = text(d['openid']);
  if (openid) return { ...base, openid };
  return null;
}

/** A learner id and name for the course from the agent (account name, else mailbox). */
export function learnerOf(actor: Agent): { id: string; name: string } {
  const id = actor.account?.name ?? actor.mbox?.replace(/^mailto:/, '') ?? actor.openid ?? actor.mbox_sha1sum ?? '';
  return { id, name: actor.name ?? '' };
}
