import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CourseSession } from '../../../src/session/course-session.js';
import { decodeState, encodeState } from '../../../src/session/state-codec.js';
import { drawAttempt } from '../../../src/session/draw.js';
import { longestResponse } from '../../../src/session/worst-case.js';
import { sampleCourse } from '../../fixtures/sample-course.js';

function playedSession() {
  const course = sampleCourse();
  const session = new CourseSession(course, 80);
  for (const id of ['l1', 'l2', 'l3']) session.visit(id);
  session.answerPractice('c1', { type: 'single', option: 'b' }, 1000);
  session.answerPractice('sc1', { type: 'single', option: 'a' }, 1000);
  const draw = session.currentAttempt();
  assert.ok(draw);
  // Two answers of five: a fail, so a second attempt may start.
  for (const q of draw.questions.slice(0, 2)) session.setAttemptAnswer(q.id, longestResponse(q), 500);
  session.submitAttempt();
  const next = session.currentAttempt();
  assert.ok(next);
  const first = next.questions[0]!;
  session.setAttemptAnswer(first.id, longestResponse(first), 200);
  return { course, session };
}

test('saved state round-trips visits, practice answers, the last attempt and the attempt in progress', () => {
  const { course, session } = playedSession();
  const text = session.encode();
  const restored = new CourseSession(course, 80, text);
  assert.deepEqual([...restored.state.visited].sort(), ['l1', 'l2', 'l3']);
  assert.deepEqual(restored.state.practice.get('c1'), { type: 'single', option: 'b' });
  assert.equal(restored.state.attemptsUsed, 1);
  assert.equal(restored.state.bestPercent, session.state.bestPercent);
  assert.equal(restored.state.lastAttempt?.seed, session.state.lastAttempt?.seed);
  assert.deepEqual(restored.state.lastAttempt?.answers, session.state.lastAttempt?.answers);
  assert.deepEqual(restored.state.current, session.state.current);
  assert.equal(restored.encode(), text);
});

test('every question type survives the response codec', () => {
  const course = sampleCourse({ draw: 8 });
  const session = new CourseSession(course, 80);
  for (const id of ['l1', 'l2', 'l3']) session.visit(id);
  const draw = session.currentAttempt()!;
  for (const q of draw.questions) session.setAttemptAnswer(q.id, longestResponse(q), 1);
  const restored = decodeState(course, session.encode());
  assert.ok(restored?.current);
  for (const q of draw.questions) assert.deepEqual(restored.current.answers.get(q.id), longestResponse(q), q.type);
});

test('state written by another format, course version or by nothing is ignored, never a crash', () => {
  const { course, session } = playedSession();
  const text = session.encode();
  const changed = sampleCourse();
  changed.modules[0]!.lessons.push({ id: 'l_new', title: 'New', blocks: [{ kind: 'paragraph', text: 'x' }] });
  for (const saved of [text.replace(/^F1/, 'F2'), '{"lessons":[1,2]}', 'garbage~~~', text.slice(0, 20), '', null]) {
    assert.equal(decodeState(course, saved), null, String(saved));
    const fresh = new CourseSession(course, 80, saved);
    assert.equal(fresh.state.visited.size, 0);
  }
  assert.equal(decodeState(changed, text), null, 'a lesson added to the course invalidates old state');
  assert.notEqual(encodeState(course, session.state), '');
});

test('an attempt is reproducible from its seed and shuffles options without losing any', () => {
  const course = sampleCourse({ draw: 4 });
  const bank = course.modules.flatMap((m) => m.bank);
  const a = drawAttempt(bank, 4, 12345);
  const b = drawAttempt(bank, 4, 12345);
  assert.deepEqual(a.questions.map((q) => q.id), b.questions.map((q) => q.id));
  assert.equal(a.questions.length, 4);
  for (const q of a.questions) {
    const order = a.orders.get(q.id);
    if (q.type === 'single' || q.type === 'multiple') assert.deepEqual([...order!].sort(), q.options.map((o) => o.id).sort());
  }
  const seeds = new Set(Array.from({ length: 20 }, (_, seed) => drawAttempt(bank, 4, seed).questions.map((q) => q.id).join()));
  assert.ok(seeds.size > 1, 'different seeds draw different questions');
});
