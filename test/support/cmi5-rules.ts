// Checks a cmi5 registration's statements (as the LRS stored them) and the
// AU's requests against the AU's obligations in cmi5, each check named by its
// requirement id from the npm package @cmi5/requirements (ADL CATAPULT), whose
// text is quoted in every violation.
import { createRequire } from 'node:module';
import type { Cmi5Session } from './cmi5-lms.js';
import type { JournalEntry } from './front.js';

const require = createRequire(import.meta.url);
const REQUIREMENTS = require('@cmi5/requirements/requirements.json') as Record<string, { txt: string }>;

export interface Violation {
  requirement: string;
  text: string;
  detail: string;
}

export interface CheckOptions {
  /** Session ids expected to have ended without "terminated" (abandoned by the learner). */
  abandoned?: string[];
}

type S = Record<string, any>;

const V = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  abandoned: 'https://w3id.org/xapi/adl/verbs/abandoned',
};
const AU_DEFINED = [V.initialized, V.completed, V.passed, V.failed, V.terminated];
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const CAT_CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const CAT_MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const categories = (s: S): string[] => (s['context']?.['contextActivities']?.['category'] ?? []).map((a: S) => a['id']);
const isDefined = (s: S) => categories(s).includes(CAT_CMI5);
const verbOf = (s: S): string => s['verb']?.['id'];

/** True when every value of `template` is in `value` (arrays: every element present). */
function contains(value: unknown, template: unknown): boolean {
  if (Array.isArray(template)) return Array.isArray(value) && template.every((t) => value.some((v) => contains(v, t)));
  if (template && typeof template === 'object') {
    return !!value && typeof value === 'object' && Object.entries(template).every(([k, t]) => contains((value as S)[k], t));
  }
  return value === template;
}

export function checkCmi5Session(input: { statements: S[]; sessions: Cmi5Session[]; journal: JournalEntry[]; options?: CheckOptions }): Violation[] {
  const out: Violation[] = [];
  const fail = (requirement: string, detail: string) => {
    const req = REQUIREMENTS[requirement];
    if (!req) throw new Error(`no cmi5 requirement ${requirement}`);
    out.push({ requirement, text: req.txt, detail });
  };
  const abandoned = new Set(input.options?.abandoned ?? []);
  // cmi5 9.3: "the order is determined by the value of the timestamp property".
  const all = [...input.statements].sort((a, b) => Date.parse(a['timestamp']) - Date.parse(b['timestamp']));
  const fromAu = all.filter((s) => ![V.launched, V.abandoned].includes(verbOf(s)));
  const describe = (s: S) => `${verbOf(s)?.split('/').pop()} ${s['id']} at ${s['timestamp']}`;

  // Per registration (9.3.0.0-6/-7/-8).
  const defined = fromAu.filter(isDefined);
  const count = (verb: string) => defined.filter((s) => verbOf(s) === verb).length;
  if (count(V.completed) > 1) fail('9.3.0.0-6', `${count(V.completed)} completed statements in the registration`);
  if (count(V.passed) > 1) fail('9.3.0.0-7', `${count(V.passed)} passed statements in the registration`);
  const firstPassed = defined.findIndex((s) => verbOf(s) === V.passed);
  if (firstPassed >= 0 && defined.slice(firstPassed).some((s) => verbOf(s) === V.failed)) fail('9.3.0.0-8', 'failed after passed');

  for (const s of fromAu.filter((st) => st['context']?.['extensions']?.[SESSION] === undefined)) fail('9.6.3.1-4', `no session id: ${describe(s)}`);
  for (const session of input.sessions) {
    const mine = fromAu.filter((s) => s['context']?.['extensions']?.[SESSION] === session.sessionId);
    const token = `Basic ${session.token}`;
    // 8.2.1.0-2: the AU POSTs to the fetch URL; 11.0.0.0-3: it reads the learner preferences on startup.
    if (session.fetchCount === 0) fail('8.2.1.0-2', `session ${session.sessionId} never fetched its token`);
    const prefs = input.journal.some((e) => e.auth === token && e.method === 'GET' && e.path.startsWith('agents/profile') && e.path.includes('cmi5LearnerPreferences'));
    if (!prefs) fail('11.0.0.0-3', `session ${session.sessionId} did not read cmi5LearnerPreferences`);
    if (mine.length === 0) {
      fail('9.3.2.0-2', `session ${session.sessionId} sent no statement`);
      continue;
    }
    if (verbOf(mine[0]!) !== V.initialized) fail('9.3.0.0-4', `first statement is ${describe(mine[0]!)}`);
    if (mine.filter((s) => verbOf(s) === V.initialized).length > 1) fail('9.3.2.0-3', 'initialized more than once');
    const terminatedAt = mine.findIndex((s) => verbOf(s) === V.terminated);
    if (terminatedAt < 0 && !abandoned.has(session.sessionId)) fail('9.3.8.0-1', `session ${session.sessionId} has no terminated`);
    if (terminatedAt >= 0 && terminatedAt !== mine.length - 1) fail('9.3.0.0-5', `after terminated: ${mine.slice(terminatedAt + 1).map(describe).join(', ')}`);
    const definedHere = mine.filter(isDefined).map(verbOf);
    const dupes = definedHere.filter((v, i) => definedHere.indexOf(v) !== i);
    if (dupes.length > 0) fail('9.3.0.0-2', `duplicated in session: ${dupes.join(', ')}`);
    if (definedHere.filter((v) => v === V.passed || v === V.failed).length > 1) fail('9.3.0.0-3', 'passed and failed in one session');
    if (session.launchMode !== 'Normal') {
      const extra = definedHere.filter((v) => v !== V.initialized && v !== V.terminated);
      if (extra.length > 0) fail(session.launchMode === 'Browse' ? '10.2.2.0-9' : '10.2.2.0-11', `${session.launchMode} mode sent ${extra.join(', ')}`);
    }
    for (const s of mine) checkStatement(s, session, fail, describe);
    // 8.2.1.0-5: every xAPI request of the session carried its token.
    const requests = input.journal.filter((e) => e.statements?.some((st) => mine.some((m) => m['id'] === st.id)));
    for (const e of requests) if (e.auth !== token) fail('8.2.1.0-5', `request ${e.seq} used another Authorization`);
  }
  // 10.2.1.0-5: the AU never writes LMS.LaunchData.
  for (const e of input.journal) {
    if (e.path.startsWith('activities/state') && e.method !== 'GET' && e.path.includes('stateId=LMS.LaunchData')) fail('10.2.1.0-5', `${e.method} ${e.path}`);
  }
  return out;
}

function checkStatement(s: S, session: Cmi5Session, fail: (id: string, detail: string) => void, describe: (s: S) => string): void {
  const verb = verbOf(s);
  const d = describe(s);
  const result = s['result'] ?? {};
  const defined = isDefined(s);
  if (!UUID.test(s['id'] ?? '')) fail('9.1.0.0-1', `id ${s['id']}`);
  if (s['actor']?.['objectType'] !== 'Agent') fail('9.2.0.0-2', d);
  if (!s['actor']?.['account']) fail('9.2.0.0-3', d);
  if (!s['timestamp']) fail('9.7.0.0-1', d);
  if (s['context']?.['registration'] !== session.registration) fail('9.6.1.0-1', d);
  // 10.2.1.0-6/-7: the context template, unaltered, in every statement.
  if (!contains(s['context'], session.launchData['contextTemplate'])) fail('10.2.1.0-7', `context template missing or changed: ${d}`);
  if (!defined) {
    // "cmi5 allowed" statements: not about the AU itself as a defined verb, and inside the session.
    if (AU_DEFINED.includes(verb) && s['object']?.['id'] === session.activityId) fail('9.6.2.1-1', `a ${verb} about the AU without the cmi5 category: ${d}`);
    if (categories(s).includes(CAT_MOVEON)) fail('9.6.2.2-2', d);
    return;
  }
  if (s['object']?.['id'] !== session.activityId) fail('9.4.0.0-2', `object ${s['object']?.['id']}: ${d}`);
  const judged = verb === V.passed || verb === V.failed;
  if ('score' in result && !judged) fail('9.5.1.0-2', d);
  if (result['score'] && 'raw' in result['score'] && !('min' in result['score'] && 'max' in result['score'])) fail('9.5.1.0-3', d);
  if (verb === V.passed && result['success'] !== true) fail('9.5.2.0-1', d);
  if (verb === V.failed && result['success'] !== false) fail('9.5.2.0-2', d);
  if (!judged && 'success' in result) fail('9.5.2.0-3', d);
  if (verb === V.completed && result['completion'] !== true) fail('9.5.3.0-1', d);
  if (verb !== V.completed && 'completion' in result) fail('9.5.3.0-2', d);
  const needsDuration: Record<string, string> = { [V.terminated]: '9.5.4.1-1', [V.completed]: '9.5.4.1-2', [V.passed]: '9.5.4.1-3', [V.failed]: '9.5.4.1-4' };
  if (needsDuration[verb] && !result['duration']) fail(needsDuration[verb]!, d);
  const moveOn = categories(s).includes(CAT_MOVEON);
  if (('success' in result || 'completion' in result) && !moveOn) fail('9.6.2.2-1', d);
  if (!('success' in result || 'completion' in result) && moveOn) fail('9.6.2.2-2', d);
  if (judged && session.masteryScore !== null) {
    const scaled = result['score']?.['scaled'];
    if (verb === V.passed && typeof scaled === 'number' && scaled < session.masteryScore) fail('9.3.4.0-2', `scaled ${scaled} < ${session.masteryScore}`);
    if (verb === V.failed && typeof scaled === 'number' && scaled >= session.masteryScore) fail('9.3.5.0-2', `scaled ${scaled} >= ${session.masteryScore}`);
    if (s['context']?.['extensions']?.[MASTERY] !== session.masteryScore) fail('9.6.3.2-2', d);
  }
}
