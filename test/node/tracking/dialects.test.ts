import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scorm12 } from '../../../src/tracking/scorm/scorm12.js';
import { scorm2004 } from '../../../src/tracking/scorm/scorm2004.js';
import { mergeStatuses } from '../../../src/tracking/status.js';

const reader = (values: Record<string, string>) => (element: string) => values[element] ?? '';

test('1.2 lesson_status is read as completion + success', () => {
  const read = (value: string) => scorm12.status.read(reader({ lesson_status: value }));
  assert.deepEqual(read('passed'), { completion: 'completed', success: 'passed' });
  assert.deepEqual(read('completed'), { completion: 'completed', success: 'unknown' });
  assert.deepEqual(read('failed'), { completion: 'incomplete', success: 'failed' });
  assert.deepEqual(read('incomplete'), { completion: 'incomplete', success: 'unknown' });
  assert.deepEqual(read('browsed'), { completion: 'incomplete', success: 'unknown' });
  assert.deepEqual(read('not attempted'), { completion: 'incomplete', success: 'unknown' });
  assert.deepEqual(read(''), { completion: 'incomplete', success: 'unknown' });
});

test('1.2 writes one lesson_status: failed at once, passed only once complete, else completed/incomplete', () => {
  assert.deepEqual(scorm12.status.write({ completion: 'completed', success: 'passed' }), [['lesson_status', 'passed']]);
  // Passed but not yet attested: not done, so an LMS must not see "passed" yet.
  assert.deepEqual(scorm12.status.write({ completion: 'incomplete', success: 'passed' }), [['lesson_status', 'incomplete']]);
  assert.deepEqual(scorm12.status.write({ completion: 'completed', success: 'failed' }), [['lesson_status', 'failed']]);
  assert.deepEqual(scorm12.status.write({ completion: 'incomplete', success: 'failed' }), [['lesson_status', 'failed']]);
  assert.deepEqual(scorm12.status.write({ completion: 'completed', success: 'unknown' }), [['lesson_status', 'completed']]);
  assert.deepEqual(scorm12.status.write({ completion: 'incomplete', success: 'unknown' }), [['lesson_status', 'incomplete']]);
  assert.deepEqual(scorm12.objectives.status.write({ completion: 'completed', success: 'unknown' }), [['status', 'completed']]);
});

test('2004 writes both completion_status and success_status, always', () => {
  assert.deepEqual(scorm2004.status.write({ completion: 'incomplete', success: 'unknown' }), [
    ['completion_status', 'incomplete'],
    ['success_status', 'unknown'],
  ]);
  assert.deepEqual(scorm2004.status.read(reader({ completion_status: 'not attempted', success_status: 'passed' })), {
    completion: 'incomplete',
    success: 'passed',
  });
});

test('scores: 1.2 raw/min/max out of 100; 2004 also scaled (LMS-COMPAT 1)', () => {
  assert.deepEqual(scorm12.score(85), [['score.raw', '85'], ['score.min', '0'], ['score.max', '100']]);
  assert.deepEqual(scorm2004.score(85), [['score.scaled', '0.85'], ['score.raw', '85'], ['score.min', '0'], ['score.max', '100']]);
  assert.deepEqual(scorm2004.score(100 / 3)[0], ['score.scaled', '0.3333333']);
});

test('mastery: 1.2 mastery_score 0–100, 2004 scaled_passing_score −1..1 as percent, "" is none', () => {
  assert.equal(scorm12.masteryToPercent('80'), 80);
  assert.equal(scorm12.masteryToPercent(''), null);
  assert.equal(scorm12.masteryToPercent('abc'), null);
  assert.equal(scorm12.masteryToPercent('101'), null);
  assert.equal(scorm2004.masteryToPercent('0.8'), 80);
  assert.equal(scorm2004.masteryToPercent('0.07'), 7);
  assert.equal(scorm2004.masteryToPercent(''), null);
  assert.equal(scorm2004.masteryToPercent('-0.5'), 0);
  assert.equal(scorm2004.masteryToPercent('1.5'), null);
});

test('vocabularies and limits differ only in the tables', () => {
  assert.equal(scorm12.interactions.results.incorrect, 'wrong');
  assert.equal(scorm2004.interactions.results.incorrect, 'incorrect');
  assert.equal(scorm12.stateLimit, 4096);
  assert.equal(scorm2004.stateLimit, 64_000);
  assert.equal(scorm12.exit.finished, '');
  assert.equal(scorm2004.exit.finished, 'normal');
  assert.equal(scorm12.interactions.fields.description, null, 'SCORM 1.2 has no interaction description');
  assert.equal(scorm12.errors[405], 'type-mismatch');
  assert.equal(scorm2004.errors[406], 'type-mismatch');
});

test('statuses never go down (LMS-COMPAT 19)', () => {
  const passed = { completion: 'completed', success: 'passed' } as const;
  assert.deepEqual(mergeStatuses(passed, { completion: 'incomplete', success: 'failed' }), passed);
  assert.deepEqual(mergeStatuses({ completion: 'incomplete', success: 'failed' }, { completion: 'incomplete', success: 'unknown' }), {
    completion: 'incomplete',
    success: 'failed',
  });
  assert.deepEqual(mergeStatuses({ completion: 'completed', success: 'failed' }, passed), passed);
});
