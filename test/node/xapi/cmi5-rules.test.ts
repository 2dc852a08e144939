// cmi5's rules twice: the AU's judging and context rules (src/tracking/cmi5/rules.ts),
// and the tests' rule checker (test/support/cmi5-rules.ts), which must catch
// broken sessions — or the end-to-end tests could not fail.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { endSession, fetchAuthToken, readCmi5Launch } from '../../../src/tracking/cmi5/launch.js';
import { carriesOver, cmi5Judge, decorateCmi5, withTemplate } from '../../../src/tracking/cmi5/rules.js';
import { VERBS } from '../../../src/tracking/xapi/vocabulary.js';
import type { JudgeInput } from '../../../src/tracking/xapi/judged.js';
import type { Statement } from '../../../src/tracking/xapi/types.js';
import type { Cmi5Session } from '../../support/cmi5-lms.js';
import { checkCmi5Session } from '../../support/cmi5-rules.js';

const input = (over: Partial<JudgeInput>): JudgeInput => ({
  phase: 'report',
  completion: 'incomplete',
  success: 'unknown',
  percent: null,
  finished: false,
  sentInRegistration: { completed: false, passed: false },
  sentInSession: [],
  attempted: true,
  ...over,
});

describe('cmi5 judging (9.3.3–9.3.5)', () => {
  const judge = cmi5Judge(0.8);
  test('passed then completed, each once per registration', () => {
    assert.deepEqual(judge(input({ success: 'passed', percent: 90, completion: 'completed' })), ['passed', 'completed']);
    assert.deepEqual(judge(input({ success: 'passed', percent: 90, completion: 'completed', sentInRegistration: { completed: true, passed: true } })), []);
  });
  test('failed is held until the learner is out of attempts or the session ends, and sent once per session', () => {
    assert.deepEqual(judge(input({ success: 'failed', percent: 50 })), []);
    assert.deepEqual(judge(input({ success: 'failed', percent: 50, phase: 'finish' })), ['failed']);
    assert.deepEqual(judge(input({ success: 'failed', percent: 50, finished: true, completion: 'completed' })), ['failed', 'completed']);
    assert.deepEqual(judge(input({ success: 'failed', percent: 50, phase: 'finish', sentInSession: ['failed'] })), []);
    assert.deepEqual(judge(input({ success: 'failed', percent: 50, phase: 'finish', attempted: false })), [], 'no attempt in this session');
  });
  test('never failed after passed, never both in a session (9.3.0.0-3, -8)', () => {
    assert.deepEqual(judge(input({ success: 'failed', percent: 50, phase: 'finish', sentInRegistration: { completed: false, passed: true } })), []);
    assert.deepEqual(judge(input({ success: 'passed', percent: 90, sentInSession: ['failed'] })), []);
  });
  test("a score that disagrees with LaunchData's masteryScore sends nothing (9.3.4.0-2, 9.3.5.0-2)", () => {
    assert.deepEqual(judge(input({ success: 'passed', percent: 70 })), []);
    assert.deepEqual(judge(input({ success: 'failed', percent: 85, phase: 'finish' })), []);
  });
});

describe('cmi5 carry-over of an ended session\'s unsent statements', () => {
  const of = (verb: keyof typeof VERBS): Statement => ({ id: 'x', actor: { mbox: 'mailto:a@b.c' }, verb: VERBS[verb], object: { id: 'https://lms.example/au' }, timestamp: '' });
  test('answers, lessons, the attestation, passed and completed carry over; initialized, failed and terminated stay with their session', () => {
    const carried = (Object.keys(VERBS) as (keyof typeof VERBS)[]).filter((v) => carriesOver(of(v)));
    assert.deepEqual(carried.sort(), ['answered', 'completed', 'confirmed', 'experienced', 'passed', 'suspended']);
  });
});

describe('cmi5 context (9.6, 10.2.1)', () => {
  const template = { contextActivities: { grouping: [{ objectType: 'Activity' as const, id: 'https://c.example/au' }] }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's1' } };
  test('the template is kept as given; our values are added, never over it', () => {
    const merged = withTemplate({ registration: 'r', contextActivities: { grouping: [{ id: 'https://c.example/course' }], parent: [{ id: 'https://c.example/m' }] }, extensions: { 'https://x.example/v': '1', 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'mine' } }, template);
    assert.deepEqual(merged.contextActivities!.grouping!.map((a) => a.id), ['https://c.example/au', 'https://c.example/course']);
    assert.equal(merged.extensions!['https://w3id.org/xapi/cmi5/context/extensions/sessionid'], 's1');
    assert.equal(merged.extensions!['https://x.example/v'], '1');
  });
  test('defined statements get the cmi5 category, judged ones moveOn and masteryScore; allowed ones neither', () => {
    const decorate = decorateCmi5({ template, activityId: 'https://lms.example/au', masteryScore: 0.8 });
    const statement = (verb: string, objectId: string, result?: Statement['result']): Statement => ({
      id: 'x', actor: { mbox: 'mailto:a@b.c' }, verb: { id: verb, display: {} }, object: { id: objectId }, timestamp: '', context: {}, ...(result ? { result } : {}),
    });
    const passed = decorate('passed', statement('passed', 'https://lms.example/au', { success: true }));
    assert.deepEqual(passed.context!.contextActivities!.category!.map((a) => a.id), ['https://w3id.org/xapi/cmi5/context/categories/cmi5', 'https://w3id.org/xapi/cmi5/context/categories/moveon']);
    assert.equal(passed.context!.extensions!['https://w3id.org/xapi/cmi5/context/extensions/masteryscore'], 0.8);
    const init = decorate('initialized', statement('initialized', 'https://lms.example/au'));
    assert.deepEqual(init.context!.contextActivities!.category!.map((a) => a.id), ['https://w3id.org/xapi/cmi5/context/categories/cmi5']);
    const answered = decorate('answered', statement('answered', 'https://c.example/q', { success: true }));
    assert.equal(answered.context!.contextActivities!.category, undefined);
    assert.equal(answered.context!.extensions!['https://w3id.org/xapi/cmi5/context/extensions/sessionid'], 's1');
  });
});

describe('the rule checker catches broken sessions', () => {
  const session: Cmi5Session = {
    sessionId: 's1', registration: 'r1', activityId: 'https://lms.example/au', publisherId: 'https://c.example/au',
    actor: { objectType: 'Agent', name: 'S', account: { homePage: 'https://lms.example', name: 'u' } },
    token: 't', fetchId: 'f', fetchCount: 1, launchMode: 'Normal', masteryScore: 0.8, launchedAt: 0,
    launchData: { contextTemplate: { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's1' } } },
  };
  const journal = [{ seq: 1, at: 0, method: 'GET', path: 'agents/profile?profileId=cmi5LearnerPreferences', auth: 'Basic t', fault: 'none' as const, status: 404 }];
  let n = 0;
  const st = (verb: string, extra: Record<string, unknown> = {}, cats = ['cmi5']) => ({
    id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    actor: session.actor,
    verb: { id: `http://adlnet.gov/expapi/verbs/${verb}` },
    object: { id: session.activityId },
    timestamp: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
    context: {
      registration: 'r1',
      contextActivities: { category: cats.map((c) => ({ id: `https://w3id.org/xapi/cmi5/context/categories/${c}` })) },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's1', 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': 0.8 },
    },
    ...extra,
  });
  const ids = (statements: Record<string, unknown>[], s = session) => checkCmi5Session({ statements, sessions: [s], journal }).map((v) => v.requirement);
  const passed = () => st('passed', { result: { success: true, duration: 'PT1S', score: { scaled: 0.9 } } }, ['cmi5', 'moveon']);

  test('a good session has no violation', () => {
    assert.deepEqual(ids([st('initialized'), passed(), st('terminated', { result: { duration: 'PT2S' } })]), []);
  });
  test('each broken rule is named by its requirement id', () => {
    const term = () => st('terminated', { result: { duration: 'PT2S' } });
    assert.ok(ids([passed(), st('initialized'), term()]).includes('9.3.0.0-4'));
    assert.ok(ids([st('initialized'), term(), passed()]).includes('9.3.0.0-5'));
    assert.ok(ids([st('initialized'), passed(), passed(), term()]).includes('9.3.0.0-2'));
    assert.ok(ids([st('initialized'), passed()]).includes('9.3.8.0-1'));
    assert.ok(ids([st('initialized'), st('passed', { result: { success: true, duration: 'PT1S', score: { scaled: 0.5 } } }, ['cmi5', 'moveon']), term()]).includes('9.3.4.0-2'));
    assert.ok(ids([st('initialized'), st('passed', { result: { success: true, duration: 'PT1S' } }), term()]).includes('9.6.2.2-1'));
    assert.ok(ids([st('initialized'), st('completed', { result: { completion: true } }, ['cmi5', 'moveon']), term()]).includes('9.5.4.1-2'));
    assert.ok(ids([st('initialized'), passed(), term()], { ...session, launchMode: 'Browse' }).includes('10.2.2.0-9'));
    const noTemplate = { ...session, launchData: { contextTemplate: { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'other' } } } };
    assert.ok(ids([st('initialized'), term()], noTemplate).includes('10.2.1.0-7'));
  });
});

describe('cmi5 launch (8.1, 8.2)', () => {
  const reply = (body: unknown) => (async () => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } })) as unknown as typeof fetch;
  test('the token is POSTed for once and kept in sessionStorage for a reload', async () => {
    const storage = new Map<string, string>();
    const s = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) } as unknown as Storage;
    let calls = 0;
    const once = (async (_url: unknown, init?: RequestInit) => {
      calls++;
      assert.equal(init?.method, 'POST', '8.2.1: POST, never GET');
      return new Response(JSON.stringify({ 'auth-token': 'dG9rZW4=' }));
    }) as unknown as typeof fetch;
    assert.deepEqual(await fetchAuthToken('https://lms.example/f/1', s, once), { ok: true, launch: 'dG9rZW4=' });
    assert.deepEqual(await fetchAuthToken('https://lms.example/f/1', s, once), { ok: true, launch: 'dG9rZW4=' });
    assert.equal(calls, 1);
  });
  test("the fetch URL's error reply (HTTP 200, 8.2.3) becomes a clear failure; error 1 (used already) asks for a relaunch", async () => {
    const r = await fetchAuthToken('https://lms.example/f/2', null, reply({ 'error-code': '1', 'error-text': 'The authorization token has already been returned.' }));
    assert.deepEqual(r, { ok: false, reason: 'initialize-failed (cmi5 fetch error 1 Already in Use or Expired: The authorization token has already been returned.)', relaunch: true });
    const general = await fetchAuthToken('https://lms.example/f/3', null, reply({ 'error-code': '2' }));
    assert.deepEqual(general, { ok: false, reason: 'initialize-failed (cmi5 fetch error 2 General Security Error)', relaunch: false });
  });
  test('once the session has ended, a reload gets no token and asks nobody (8.2.1.0-6, 8.2.3.0-1, 9.3.8.0-4)', async () => {
    const s = new Map<string, string>();
    const storage = { getItem: (k: string) => s.get(k) ?? null, setItem: (k: string, v: string) => void s.set(k, v) } as Storage;
    let calls = 0;
    const lms = async () => {
      calls++;
      return new Response(JSON.stringify({ 'auth-token': 'dG9rZW4=' }));
    };
    assert.equal((await fetchAuthToken('https://lms.example/f/4', storage, lms)).ok, true);
    endSession('https://lms.example/f/4', storage);
    const again = await fetchAuthToken('https://lms.example/f/4', storage, lms);
    assert.equal(again.ok, false);
    assert.equal(!again.ok && again.relaunch, true);
    assert.equal(calls, 1);
  });
  test('every launch parameter is required (8.1), the actor with an account (9.2)', () => {
    const q = new URLSearchParams({ endpoint: 'https://lrs.example/x', fetch: 'https://lms.example/f', actor: JSON.stringify({ account: { homePage: 'https://lms.example', name: 'u' } }), registration: '11111111-1111-4111-8111-111111111111', activityId: 'https://lms.example/au' });
    assert.equal(readCmi5Launch(`?${q}`).ok, true);
    q.set('actor', JSON.stringify({ mbox: 'mailto:a@b.c' }));
    assert.deepEqual(readCmi5Launch(`?${q}`), { ok: false, reason: 'actor missing or without an account' });
  });
});
