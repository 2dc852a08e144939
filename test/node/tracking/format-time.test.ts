import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCmiTime, formatCmiTimespan, formatIsoDuration, formatIsoTimestamp } from '../../../src/tracking/scorm/format-time.js';
import { CMI_TIME, CMI_TIMESPAN, ISO_TIME, isTimeInterval } from './spec-patterns.js';

const H = 3_600_000;
const M = 60_000;
const S = 1000;

test('the oracles reject what LMS-COMPAT 5 says Moodle rejects', () => {
  // If these failed, the tests below would prove nothing.
  assert.equal(ISO_TIME.test(new Date(Date.UTC(2026, 0, 5, 10)).toISOString()), false); // 2026-01-05T10:00:00.000Z
  assert.equal(ISO_TIME.test('2026-01-05T10:00:00Z'), false);
  assert.equal(ISO_TIME.test('2039-01-05T10:00:00.5'), false);
  assert.equal(ISO_TIME.test('2026-01-05T10:00:00.5Z'), true);
  assert.equal(isTimeInterval('PT1.234S'), false);
  assert.equal(isTimeInterval('PT1.23S'), true);
  assert.equal(CMI_TIMESPAN.test('1:00:00'), false);
  assert.equal(CMI_TIMESPAN.test('10000:00:00'), false);
});

test('SCORM 1.2 CMITimespan: HHHH:MM:SS.SS with 2–4 digit hours', () => {
  assert.equal(formatCmiTimespan(0), '00:00:00.00');
  assert.equal(formatCmiTimespan(1 * H + 2 * M + 3.45 * S), '01:02:03.45');
  assert.equal(formatCmiTimespan(123 * H), '123:00:00.00');
  assert.equal(formatCmiTimespan(59.999 * S), '00:01:00.00'); // rounding carries into minutes
  // Longer than the type can hold: clamped, never five hour digits.
  assert.equal(formatCmiTimespan(20_000 * H), '9999:59:59.99');
  assert.equal(formatCmiTimespan(-5), '00:00:00.00');
  assert.equal(formatCmiTimespan(Number.NaN), '00:00:00.00');
  for (const ms of [0, 1, 9, 10, 999, 61_001, 3 * H + 7, 9999 * H]) {
    assert.match(formatCmiTimespan(ms), CMI_TIMESPAN, String(ms));
  }
});

test('SCORM 1.2 CMITime: HH:MM:SS time of day, in UTC', () => {
  assert.equal(formatCmiTime(new Date(Date.UTC(2026, 0, 5, 9, 5, 7, 890))), '09:05:07');
  assert.equal(formatCmiTime(new Date(Date.UTC(2026, 0, 5, 23, 59, 59, 999))), '23:59:59');
  assert.match(formatCmiTime(new Date()), CMI_TIME);
});

test('SCORM 2004 timeinterval: PT#H#M#S with at most 2 decimals of seconds', () => {
  // The spec's own examples: 3 hours 5 minutes (PT3H5M, written with its zero
  // seconds), and a 2-decimal fraction such as 34.45 seconds.
  assert.equal(formatIsoDuration(3 * H + 5 * M), 'PT3H5M0S');
  assert.equal(formatIsoDuration(34.45 * S), 'PT34.45S');
  assert.equal(formatIsoDuration(0), 'PT0S');
  assert.equal(formatIsoDuration(1234), 'PT1.23S'); // never PT1.234S (Moodle 406)
  assert.equal(formatIsoDuration(1500), 'PT1.5S');
  assert.equal(formatIsoDuration(1 * H + 0.5 * S), 'PT1H0.5S');
  assert.equal(formatIsoDuration(26 * H), 'PT26H0S'); // hours are not limited
  assert.equal(formatIsoDuration(59_999), 'PT1M0S'); // rounding carries into minutes
  for (const ms of [0, 1, 4, 5, 999, 1001, 1234.5678, 61_234, 7 * H + 13, 1e9]) {
    const value = formatIsoDuration(ms);
    assert.ok(isTimeInterval(value), `${ms} → ${value}`);
    assert.doesNotMatch(value, /\.\d{3,}S/);
    assert.match(value, /S$/);
  }
});

test('SCORM 2004 timestamp: YYYY-MM-DDThh:mm:ss.ss with the zone only after the fraction', () => {
  const date = new Date(Date.UTC(2026, 0, 5, 10, 0, 0, 0));
  assert.equal(formatIsoTimestamp(date), '2026-01-05T10:00:00.00Z');
  assert.notEqual(formatIsoTimestamp(date), date.toISOString());
  assert.notEqual(formatIsoTimestamp(date), '2026-01-05T10:00:00Z');
  assert.equal(formatIsoTimestamp(new Date(Date.UTC(2026, 11, 31, 23, 59, 59, 999))), '2026-12-31T23:59:59.99Z');
  assert.equal(formatIsoTimestamp(new Date(Date.UTC(2026, 5, 7, 8, 9, 10, 120))), '2026-06-07T08:09:10.12Z');
});

test('SCORM 2004 timestamp: years are kept within 1970–2038', () => {
  assert.equal(formatIsoTimestamp(new Date(Date.UTC(1969, 6, 20, 20, 17))), '1970-01-01T00:00:00.00Z');
  assert.equal(formatIsoTimestamp(new Date(Date.UTC(2100, 0, 1))), '2038-12-31T23:59:59.99Z');
  assert.equal(formatIsoTimestamp(new Date(Number.NaN)), '1970-01-01T00:00:00.00Z');
  for (const t of [0, 1, Date.UTC(2000, 1, 29, 12, 30, 45, 678), Date.now(), Date.UTC(2038, 11, 31, 23, 59, 59, 999), Date.UTC(2050, 0, 1)]) {
    assert.match(formatIsoTimestamp(new Date(t)), ISO_TIME, String(t));
  }
});
