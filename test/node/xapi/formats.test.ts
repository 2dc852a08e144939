// Statement formats: durations, scores, IRIs, launch parameters, and the
// interaction definitions of every interaction type (xAPI 1.0.3 Part Two).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import type { InteractionRecord, InteractionValue } from '../../../src/tracking/tracker.js';
import { isoDuration, scoreOf } from '../../../src/tracking/xapi/format.js';
import { formatResponse, interactionDefinition } from '../../../src/tracking/xapi/interaction.js';
import { activityIris, checkBaseIri, defaultBaseIri } from '../../../src/tracking/xapi/iri.js';
import { readActor, readXapiLaunch } from '../../../src/tracking/xapi/launch.js';

const require = createRequire(import.meta.url);
const validate = require('@learninglocker/xapi-validation').default as (s: unknown) => { path: string[]; message: string }[];

describe('formats', () => {
  test('durations are ISO 8601 PT…S with at most two decimals (LMS-COMPAT 29)', () => {
    assert.equal(isoDuration(0), 'PT0S');
    assert.equal(isoDuration(1_500), 'PT1.5S');
    assert.equal(isoDuration(59_994), 'PT59.99S');
    assert.equal(isoDuration(3_723_456), 'PT1H2M3.46S');
    assert.equal(isoDuration(-5), 'PT0S');
    assert.equal(isoDuration(Number.NaN), 'PT0S');
  });

  test('scores: scaled 0–1 with 4 decimals, raw between min 0 and max 100', () => {
    assert.deepEqual(scoreOf(80), { scaled: 0.8, raw: 80, min: 0, max: 100 });
    assert.deepEqual(scoreOf(66.666), { scaled: 0.6667, raw: 66.67, min: 0, max: 100 });
    assert.deepEqual(scoreOf(140), { scaled: 1, raw: 100, min: 0, max: 100 });
  });

  test('activity ids are IRIs from content ids under the base IRI', () => {
    const iris = activityIris('https://training.example.com/courses/front_desk');
    assert.equal(iris.lesson('first_seconds'), 'https://training.example.com/courses/front_desk/lessons/first_seconds');
    assert.equal(iris.interaction('hurried_visitor'), 'https://training.example.com/courses/front_desk/interactions/hurried_visitor');
    assert.equal(iris.versionExtension, 'https://training.example.com/xapi/extensions/course-version');
    assert.equal(defaultBaseIri('front_desk'), 'https://frontline.example/courses/front_desk');
    assert.equal(checkBaseIri('https://training.example.com/c'), null);
    for (const bad of ['relative/path', 'ftp://x.example/c', 'https://x.example/c/', 'https://x.example/c?q=1', 'https://x.example/c#f']) assert.notEqual(checkBaseIri(bad), null, bad);
  });

  test('Tin Can launch: all parameters, any order; legacy array agents; the reason when one is missing', () => {
    const actor = JSON.stringify({ name: ['Sam'], account: [{ accountServiceHomePage: 'https://lms.example', accountName: 'u7' }] });
    const ok = readXapiLaunch(`?actor=${encodeURIComponent(actor)}&auth=Basic%20abc&endpoint=https://lrs.example/xapi&registration=11111111-1111-4111-8111-111111111111&activity_id=https://c.example/x`);
    assert.deepEqual(ok, {
      ok: true,
      launch: {
        endpoint: 'https://lrs.example/xapi/',
        auth: 'Basic abc',
        actor: { objectType: 'Agent', name: 'Sam', account: { homePage: 'https://lms.example', name: 'u7' } },
        registration: '11111111-1111-4111-8111-111111111111',
        activityId: 'https://c.example/x',
      },
    });
    assert.deepEqual(readActor('{"mbox":["a@b.example"]}'), { objectType: 'Agent', mbox: 'mailto:a@b.example' });
    assert.equal(readActor('{"name":"no id"}'), null);
    assert.deepEqual(readXapiLaunch('?endpoint=https://lrs.example/&actor={"mbox":"mailto:a@b.c"}'), { ok: false, reason: 'auth missing' });
    assert.deepEqual(readXapiLaunch('?endpoint=https://l.example/&auth=x&actor={"mbox":"mailto:a@b.c"}&registration=nope'), { ok: false, reason: 'registration is not a UUID' });
  });
});

const base = (value: InteractionValue, correct: InteractionValue, extra: Partial<InteractionRecord> = {}): InteractionRecord => ({
  id: 'q1',
  kind: 'answer',
  type: value.type,
  description: 'A question',
  objectiveId: 'o1',
  learnerResponse: value,
  correctResponse: correct,
  correct: false,
  weighting: 1,
  latencyMs: 1200,
  timestamp: new Date(0),
  choices: [],
  ...extra,
});

describe('interaction activities (Part Two §2.4.4.1)', () => {
  const choices = [{ id: 'a', text: 'Alpha' }, { id: 'b', text: 'Beta' }];
  const cases: [string, InteractionRecord, string, Record<string, unknown>][] = [
    ['true-false', base({ type: 'true-false', value: false }, { type: 'true-false', value: true }), 'false', {}],
    ['choice', base({ type: 'choice', ids: ['a', 'b'] }, { type: 'choice', ids: ['a'] }, { choices }), 'a[,]b', { choices: [{ id: 'a', description: { en: 'Alpha' } }, { id: 'b', description: { en: 'Beta' } }] }],
    ['sequencing', base({ type: 'sequencing', ids: ['b', 'a'] }, { type: 'sequencing', ids: ['a', 'b'] }, { choices }), 'b[,]a', { choices: [{ id: 'a', description: { en: 'Alpha' } }, { id: 'b', description: { en: 'Beta' } }] }],
    ['matching', base({ type: 'matching', pairs: [['p1', 't2']] }, { type: 'matching', pairs: [['p1', 't1']] }, { choices: [{ id: 'p1', text: 'Prompt' }], targets: [{ id: 't1', text: 'One' }, { id: 't2', text: 'Two' }] }), 'p1[.]t2', {
      source: [{ id: 'p1', description: { en: 'Prompt' } }],
      target: [{ id: 't1', description: { en: 'One' } }, { id: 't2', description: { en: 'Two' } }],
    }],
    ['performance', base({ type: 'performance', steps: [['s1', 'c2']] }, { type: 'performance', steps: [['s1', 'c1']] }, { choices: [{ id: 's1.c1', text: 'Calm' }, { id: 's1.c2', text: 'Shout' }] }), 's1[.]c2', { steps: [{ id: 's1', description: { en: 'Calm / Shout' } }] }],
    ['fill-in', base({ type: 'fill-in', text: '1a2b3c' }, { type: 'fill-in', text: '1a2b3c' }), '1a2b3c', {}],
  ];
  for (const [type, record, response, components] of cases) {
    test(`${type}: response pattern, definition, and the validator accepts the statement`, () => {
      assert.equal(formatResponse(record.learnerResponse), response);
      const definition = interactionDefinition(record, 'en', 'http://adlnet.gov/expapi/activities/cmi.interaction');
      assert.equal(definition.interactionType, type);
      assert.equal(definition.correctResponsesPattern!.length, 1);
      for (const [key, value] of Object.entries(components)) assert.deepEqual((definition as Record<string, unknown>)[key], value, key);
      const statement = {
        id: '11111111-1111-4111-8111-111111111111',
        actor: { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'u7' } },
        verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
        object: { objectType: 'Activity', id: 'https://c.example/interactions/q1', definition },
        result: { success: false, response, duration: isoDuration(record.latencyMs) },
        timestamp: '2026-01-01T00:00:00.000Z',
      };
      assert.deepEqual(validate(statement), []);
    });
  }
});
