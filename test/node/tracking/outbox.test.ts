import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createOutbox, isPermanent, STALLS_BEFORE_PROBE, TRIES_PER_FLUSH } from '../../../src/tracking/scorm/outbox.js';
import type { CallFailure } from '../../../src/tracking/scorm/connection.js';

const general: CallFailure = { name: 'general', code: '101' };
const mismatch: CallFailure = { name: 'type-mismatch', code: '406' };

/** An LMS that stores what it accepts and refuses whatever `refuse` says, counting every call. */
function lms(refuse: (element: string, value: string) => CallFailure | null = () => null) {
  const stored = new Map<string, string>();
  const calls: string[] = [];
  const send = (element: string, value: string): CallFailure | null => {
    calls.push(element);
    const failure = refuse(element, value);
    if (!failure) stored.set(element, value);
    return failure;
  };
  return { stored, calls, send };
}

test('sends writes in order and skips a value the LMS already holds', () => {
  const l = lms();
  const box = createOutbox(l.send);
  box.push({ element: 'a', value: '1', key: 'a', once: true });
  box.push({ element: 'b', value: '2', key: 'b', once: true });
  assert.deepEqual(box.flush(), { stalled: null, dropped: [] });
  box.push({ element: 'a', value: '1', key: 'a', once: true });
  box.flush();
  assert.deepEqual(l.calls, ['a', 'b']);
  assert.equal(box.waiting, 0);
});

test('a refused write is retried, and what follows it waits: nothing is lost or reordered', () => {
  let down = true;
  const l = lms((element) => (down && element === 'id' ? general : null));
  const box = createOutbox(l.send);
  box.push({ element: 'id', value: 'q1' });
  box.push({ element: 'type', value: 'choice' });
  const first = box.flush();
  assert.deepEqual(first.stalled, general);
  assert.equal(l.calls.length, TRIES_PER_FLUSH, 'a few quick tries, then it waits');
  assert.equal(l.stored.has('type'), false, 'the field never goes before its id');
  assert.equal(box.waiting, 2);
  down = false;
  assert.equal(box.flush().stalled, null);
  assert.deepEqual([...l.stored.keys()], ['id', 'type']);
});

test('a transient refusal retried at once is not a stall', () => {
  let n = 0;
  const l = lms(() => (n++ % 2 === 0 ? general : null));
  const box = createOutbox(l.send);
  for (const element of ['a', 'b', 'c']) box.push({ element, value: element });
  assert.equal(box.flush().stalled, null);
  assert.deepEqual([...l.stored.keys()], ['a', 'b', 'c']);
});

test('a permanent refusal drops that write and lets the others through', () => {
  const l = lms((element) => (element === 'bad' ? mismatch : null));
  const box = createOutbox(l.send);
  let dropped = false;
  box.push({ element: 'bad', value: 'x', dropped: () => (dropped = true) });
  box.push({ element: 'good', value: 'y' });
  const result = box.flush();
  assert.deepEqual(result, { stalled: null, dropped: [mismatch] });
  assert.equal(dropped, true);
  assert.deepEqual(l.calls, ['bad', 'good'], 'a permanent refusal is not retried');
});

test('a newer value replaces a waiting one and moves to the end of the line', () => {
  let down = true;
  const l = lms(() => (down ? general : null));
  const box = createOutbox(l.send);
  box.push({ element: 'status', value: 'failed', key: 'status', once: true });
  box.push({ element: 'score', value: '90', key: 'score', once: true });
  box.flush();
  box.push({ element: 'status', value: 'passed', key: 'status', once: true });
  down = false;
  l.calls.length = 0;
  box.flush();
  assert.deepEqual(l.calls, ['score', 'status'], 'the score goes before the newer status');
  assert.equal(l.stored.get('status'), 'passed');
});

test('elements are worked out when sent, and cancelled writes are never sent', () => {
  const l = lms((element) => (element === 'n0.id' ? mismatch : null));
  const box = createOutbox(l.send);
  let next = 0;
  const slot = { n: -1, refused: false };
  box.push({ element: () => `n${next}.id`, value: 'q', accepted: () => (slot.n = next++), dropped: () => (slot.refused = true) });
  box.push({ element: () => `n${slot.n}.type`, value: 'choice', cancelled: () => slot.refused });
  box.flush();
  assert.deepEqual(l.calls, ['n0.id']);
  assert.equal(next, 0, 'the refused id took no index');
});

test('error names: the write\'s own fault is permanent, the LMS\'s trouble is not (SCORM 1.2 RTE 3.3, 2004 RTE 3.1.7)', () => {
  for (const name of ['type-mismatch', 'read-only', 'not-implemented', 'out-of-range', 'invalid-argument', 'dependency'] as const) {
    assert.equal(isPermanent({ name, code: '0' }), true, name);
  }
  for (const name of ['general', 'set-failed', 'commit-failed', 'unknown', 'api-exception', 'not-initialized'] as const) {
    assert.equal(isPermanent({ name, code: '0' }), false, name);
  }
});

test('one element refused while the LMS accepts others stops holding up the rest; a down LMS does not', () => {
  const alone = lms((element) => (element === 'suspend_data' ? general : null));
  const box = createOutbox(alone.send, () => alone.send('session_time', '00:00:01') === null);
  box.push({ element: 'suspend_data', value: 'a', key: 'suspend_data' });
  box.push({ element: 'location', value: 'x', key: 'location' });
  for (let n = 1; n < STALLS_BEFORE_PROBE; n++) assert.deepEqual(box.flush().stalled, general, 'first it waits');
  assert.deepEqual(box.flush(), { stalled: null, dropped: [general] });
  assert.equal(alone.stored.get('location'), 'x');
  // From now on a refusal of that element is not waited on, until it is accepted again.
  box.push({ element: 'suspend_data', value: 'b', key: 'suspend_data' });
  box.push({ element: 'exit', value: 'suspend', key: 'exit' });
  assert.deepEqual(box.flush(), { stalled: null, dropped: [general] });
  assert.equal(alone.stored.get('exit'), 'suspend');

  const down = lms(() => general);
  const waiting = createOutbox(down.send, () => down.send('session_time', '00:00:01') === null);
  waiting.push({ element: 'suspend_data', value: 'a' });
  for (let n = 0; n < STALLS_BEFORE_PROBE + 2; n++) assert.deepEqual(waiting.flush().stalled, general);
  assert.equal(waiting.waiting, 1, 'nothing dropped while the LMS refuses everything');
});
