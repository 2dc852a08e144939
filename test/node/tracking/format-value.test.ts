import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clampPercent, formatDecimal, formatIdentifier, formatText, joinWithin } from '../../../src/tracking/scorm/format-value.js';
import { PLAIN_ID, SHORT_ID } from './spec-patterns.js';

test('identifiers are ASCII without spaces and within the limit (LMS-COMPAT 6, 15)', () => {
  assert.equal(formatIdentifier('greet_visitors', 255), 'greet_visitors');
  assert.equal(formatIdentifier('module 1: café-talk', 255), 'module_1__caf__talk');
  assert.equal(formatIdentifier('', 255), '_');
  assert.equal(formatIdentifier('x'.repeat(300), 255).length, 255);
  for (const id of ['a b', 'ä', 'q-1', 'tab\there', '🙂', 'ok.id']) {
    const out = formatIdentifier(id, 4000);
    assert.match(out, PLAIN_ID, id);
    assert.match(out, SHORT_ID, id);
  }
});

test('decimals never use exponent notation', () => {
  assert.equal(formatDecimal(100), '100');
  assert.equal(formatDecimal(85.5, 2), '85.5');
  assert.equal(formatDecimal(2 / 3, 4), '0.6667');
  assert.equal(formatDecimal(1e-7, 7), '0.0000001');
  assert.equal(formatDecimal(1e-9, 4), '0');
  assert.equal(formatDecimal(-0.00001, 2), '0');
  assert.equal(formatDecimal(Number.NaN), '0');
  assert.equal(clampPercent(120), 100);
  assert.equal(clampPercent(-3), 0);
});

test('text is one line, within the limit, and never starts with {', () => {
  assert.equal(formatText('  Which\ngreeting\tfits? ', 250), 'Which greeting fits?');
  assert.equal(formatText('{lang=en} hi', 250), '(lang=en} hi');
  const long = formatText('x'.repeat(400), 250);
  assert.equal(long.length, 250);
  assert.ok(long.endsWith('…'));
});

test('joinWithin keeps whole tokens only', () => {
  assert.equal(joinWithin(['aa', 'bb', 'cc'], ',', 5), 'aa,bb');
  assert.equal(joinWithin(['toolong'], ',', 3), '');
});
