import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatResponse12 } from '../../../src/tracking/scorm/format-response-12.js';
import { formatResponse2004 } from '../../../src/tracking/scorm/format-response-2004.js';
import { CHAR_PAIRS, SHORT_ID, SINGLE_CHARS } from './spec-patterns.js';
import { manyChoices, record } from './fixtures.js';

/** Every token of a 2004 response, split on the literal [,] and [.] delimiters. */
const tokens2004 = (value: string): string[] => value.split('[,]').flatMap((part) => part.split('[.]'));

test('2004 choice: ids joined by [,], only [\\w.] characters (LMS-COMPAT 6)', () => {
  assert.equal(formatResponse2004({ type: 'choice', ids: ['smile'] }), 'smile');
  assert.equal(formatResponse2004({ type: 'choice', ids: ['smile', 'nod'] }), 'smile[,]nod');
  // A hyphen is rejected by Moodle: never produced.
  const hyphen = formatResponse2004({ type: 'choice', ids: ['choice-a', 'choice b', 'ch.c'] });
  assert.equal(hyphen, 'choice_a[,]choice_b[,]ch.c');
  for (const token of tokens2004(hyphen)) assert.match(token, SHORT_ID);
  // A set: the same id twice is written once.
  assert.equal(formatResponse2004({ type: 'choice', ids: ['wave', 'wave'] }), 'wave');
});

test('2004 matching, sequencing, true-false and performance formats', () => {
  assert.equal(formatResponse2004({ type: 'matching', pairs: [['tea', 'cup'], ['soup', 'bowl']] }), 'tea[.]cup[,]soup[.]bowl');
  assert.equal(formatResponse2004({ type: 'sequencing', ids: ['a', 'b', 'c'] }), 'a[,]b[,]c');
  assert.equal(formatResponse2004({ type: 'true-false', value: true }), 'true');
  assert.equal(formatResponse2004({ type: 'true-false', value: false }), 'false');
  assert.equal(formatResponse2004({ type: 'performance', steps: [['step1', 'calm'], ['step2', 'ask']] }), 'step1[.]calm[,]step2[.]ask');
});

test('2004: at most 36 choices (SPM)', () => {
  const ids = manyChoices(40).map((c) => c.id);
  assert.equal(formatResponse2004({ type: 'choice', ids }).split('[,]').length, 36);
});

test('1.2 choice: single characters a–z then 0–9 by index in record.choices, joined by commas', () => {
  const r = record({ type: 'choice', ids: ['nod', 'smile'] }, { type: 'choice', ids: ['smile'] });
  assert.equal(formatResponse12(r.learnerResponse, r), 'c,a');
  assert.equal(formatResponse12(r.correctResponse, r), 'a');
  const many = record({ type: 'choice', ids: ['opt_0', 'opt_25', 'opt_26', 'opt_35'] }, { type: 'choice', ids: [] }, { choices: manyChoices(36) });
  const value = formatResponse12(many.learnerResponse, many);
  assert.equal(value, 'a,z,0,9');
  assert.match(value, SINGLE_CHARS);
});

test('1.2 choice: ids that cannot be a single character are left out, not written wrongly', () => {
  const r = record({ type: 'choice', ids: ['opt_1', 'opt_36', 'unknown'] }, { type: 'choice', ids: [] }, { choices: manyChoices(40) });
  assert.equal(formatResponse12(r.learnerResponse, r), 'b');
});

test('1.2 true-false is t/f; sequencing single characters; matching char.char pairs', () => {
  const tf = record({ type: 'true-false', value: true }, { type: 'true-false', value: false });
  assert.equal(formatResponse12(tf.learnerResponse, tf), 't');
  assert.equal(formatResponse12(tf.correctResponse, tf), 'f');

  const seq = record({ type: 'sequencing', ids: ['wave', 'nod', 'smile'] }, { type: 'sequencing', ids: ['smile', 'wave', 'nod'] });
  assert.equal(formatResponse12(seq.learnerResponse, seq), 'b,c,a');
  assert.match(formatResponse12(seq.correctResponse, seq), SINGLE_CHARS);

  const match = record(
    { type: 'matching', pairs: [['tea', 'bowl'], ['soup', 'cup']] },
    { type: 'matching', pairs: [['tea', 'cup'], ['soup', 'bowl']] },
    { choices: [{ id: 'tea', text: 'Tea' }, { id: 'soup', text: 'Soup' }], targets: [{ id: 'cup', text: 'Cup' }, { id: 'bowl', text: 'Bowl' }] },
  );
  assert.equal(formatResponse12(match.learnerResponse, match), 'a.b,b.a');
  assert.equal(formatResponse12(match.correctResponse, match), 'a.a,b.b');
  assert.match(formatResponse12(match.learnerResponse, match), CHAR_PAIRS);
});

test('1.2 responses never exceed 255 characters (LMS-COMPAT 13)', () => {
  const steps = Array.from({ length: 40 }, (_, i): [string, string] => [`step_number_${i}`, `choice_number_${i}`]);
  const perf = record({ type: 'performance', steps }, { type: 'performance', steps });
  const value = formatResponse12(perf.learnerResponse, perf);
  assert.ok(value.length <= 255, `${value.length}`);
  assert.ok(value.startsWith('step_number_0.choice_number_0,step_number_1.choice_number_1'));
  // Whole steps only: the last entry is complete.
  assert.match(value, /,step_number_\d+\.choice_number_\d+$/);
});
