import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Question } from '../../../src/content/types.js';
import { isError, loadCourse } from '../../../scripts/lib/load-course.js';
import { CourseSession } from '../../../src/session/course-session.js';
import { attemptDraw } from '../../../src/session/draw.js';
import { branchChoiceKey, questionOrder } from '../../../src/session/shuffle.js';
import { idCode, ITEM_CODE } from '../../../src/session/state-codes.js';
import { sampleCourse } from '../../fixtures/sample-course.js';

/** The ids an order must hold, in authored order. */
function parts(q: Question): string[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options.map((o) => o.id);
    case 'matching':
      return [...new Set(q.pairs.map((p) => p.target.id))];
    case 'sequencing':
      return q.items.map((i) => i.id);
    case 'branching':
      return q.steps.flatMap((s) => s.choices.map((c) => branchChoiceKey(s.id, c.id)));
    case 'truefalse':
      return [];
  }
}

/** F2 as packages wrote it before the shuffle seed and seen questions were saved: the first nine fields, checked. */
function asBeforeShuffle(text: string): string {
  const body = [...text.split('~').slice(0, 9), ''].join('~');
  return body + idCode(body, ITEM_CODE);
}

async function realCourse() {
  const { course, problems } = await loadCourse('modules');
  assert.deepEqual(problems.filter(isError), []);
  return course;
}

test('every practice question but true/false is shuffled, losing no option; branching choices stay in their step', async () => {
  const course = await realCourse();
  const session = new CourseSession(course, 80);
  const orders = session.practiceOrders();
  for (const { question } of session.map.practice) {
    const order = orders.get(question.id);
    if (question.type === 'truefalse') {
      assert.equal(order, undefined, `${question.id}: True stays before False`);
      continue;
    }
    assert.deepEqual([...order!].sort(), parts(question).sort(), question.id);
    if (question.type === 'branching') {
      let at = 0;
      for (const step of question.steps) {
        const mine = order!.slice(at, (at += step.choices.length));
        assert.ok(mine.every((key) => key.startsWith(`${step.id}/`)), `${question.id} step ${step.id}: ${mine.join()}`);
      }
    }
  }
});

test('the correct option of a check or scenario lands in every position across learners', async () => {
  const course = await realCourse();
  const seeds = Array.from({ length: 40 }, (_, i) => i * 0x9e3779b9);
  for (const { question } of new CourseSession(course, 80).map.practice) {
    if (question.type !== 'single') continue;
    const key = question.options.find((o) => o.correct)!.id;
    const positions = new Set(seeds.map((seed) => questionOrder(question, seed)!.indexOf(key)));
    assert.equal(positions.size, question.options.length, `${question.id}: correct option only at ${[...positions].join()}`);
  }
});

test('a resumed learner sees the same order, from state of this package and of the packages before it', async () => {
  const course = await realCourse();
  const session = new CourseSession(course, 80);
  session.visit(session.map.lessons[0]!.lesson.id);
  const text = session.encode();
  const resumed = new CourseSession(course, 80, text);
  assert.equal(resumed.state.shuffleSeed, session.state.shuffleSeed);
  assert.deepEqual(resumed.practiceOrders(), session.practiceOrders());
  // Another learner: another order.
  const others = Array.from({ length: 5 }, () => JSON.stringify([...new CourseSession(course, 80).practiceOrders()]));
  assert.ok(others.some((o) => o !== JSON.stringify([...session.practiceOrders()])));

  // Ten-field F2 (written by packages in use today): read, with one order that holds from read to read
  // until the new state, seed included, is saved.
  const old = asBeforeShuffle(text);
  const first = new CourseSession(course, 80, old);
  assert.equal(first.resumed, true);
  assert.deepEqual([...first.state.visited], [...session.state.visited]);
  assert.deepEqual(new CourseSession(course, 80, old).practiceOrders(), first.practiceOrders());
  assert.deepEqual(new CourseSession(course, 80, first.encode()).practiceOrders(), first.practiceOrders());
});

test('ten-field F2 with a submitted attempt: its questions count as seen', () => {
  const course = sampleCourse({ draw: 4, drawBy: 'bank' });
  const session = new CourseSession(course, 101);
  for (const { lesson } of session.map.lessons) session.visit(lesson.id);
  const first = session.currentAttempt()!.questions.map((q) => q.id);
  session.submitAttempt();
  const resumed = new CourseSession(course, 101, asBeforeShuffle(session.encode()));
  assert.deepEqual([...resumed.state.seen].sort(), [...first].sort());
  assert.deepEqual(resumed.currentAttempt()!.questions.filter((q) => first.includes(q.id)), [], 'the retake draws the other half of the bank');
});

test('the final assessment shuffles with the same mechanism, by the attempt seed', () => {
  const course = sampleCourse();
  const session = new CourseSession(course, 101);
  for (const { lesson } of session.map.lessons) session.visit(lesson.id);
  const draw = session.currentAttempt()!;
  const seed = session.state.current!.seed;
  for (const q of draw.questions) assert.deepEqual(draw.orders.get(q.id) ?? null, questionOrder(q, seed), q.id);
  // Read back: the same questions in the same order with the same option orders.
  const resumed = new CourseSession(course, 101, session.encode());
  assert.deepEqual(resumed.attemptDraw(), draw);
  assert.deepEqual(attemptDraw(draw.questions, course.assessment.draw, { seed, answers: new Map(), questions: draw.questions.map((q) => q.id) }), draw);
});
