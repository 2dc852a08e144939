import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Course } from '../../../src/content/types.js';
import { isError, loadCourse } from '../../../scripts/lib/load-course.js';
import { mapCourse } from '../../../src/session/course-map.js';
import { CourseSession } from '../../../src/session/course-session.js';
import { drawQuestions, moduleQuotas, seedOrder } from '../../../src/session/draw.js';
import { seededRandom } from '../../../src/session/random.js';
import { sampleCourse } from '../../fixtures/sample-course.js';

async function realCourse(): Promise<Course> {
  const { course, problems } = await loadCourse('modules');
  assert.deepEqual(problems.filter(isError), []);
  return course;
}

test('quotas follow the banks by largest remainder, sum to the draw, and give every module one', () => {
  const random = seededRandom(1);
  // 10 × 6/12 = 5, 10 × 4/12 = 3.33, 10 × 2/12 = 1.67: the largest remainder (1.67) is rounded up.
  assert.deepEqual(moduleQuotas([6, 4, 2], 10, random), [5, 3, 2]);
  // 3 × 1/12 rounds to 0: the module still gives one, the largest gives it up.
  assert.deepEqual(moduleQuotas([10, 1, 1], 3, random), [1, 1, 1]);
  // Fewer questions than modules: no room for every module, the quotas still add up.
  assert.equal(moduleQuotas([1, 1, 1], 2, random).reduce((a, b) => a + b), 2);
  // An empty bank gives none.
  assert.deepEqual(moduleQuotas([4, 0, 4], 4, random), [2, 0, 2]);
  // Equal remainders: which module is rounded up changes from seed to seed.
  const roundedUp = new Set(Array.from({ length: 50 }, (_, seed) => moduleQuotas([6, 6, 6, 6], 10, seededRandom(seed)).join()));
  assert.ok(roundedUp.size > 1, [...roundedUp].join(' | '));
});

test('1,000 seeded attempts on the real course: every module in every draw, each in proportion to its bank', async () => {
  const course = await realCourse();
  const { bank } = mapCourse(course);
  const modules = course.modules.filter((m) => m.bank.length > 0);
  assert.ok(course.assessment.draw >= modules.length, 'the real course draws at least one question per module');
  const total = bank.length;
  const random = seededRandom(2026);
  for (let attempt = 0; attempt < 1000; attempt++) {
    const seed = Math.floor(random() * 0xffffffff) >>> 0;
    const drawn = drawQuestions(bank, course.assessment, seed);
    assert.equal(drawn.length, course.assessment.draw);
    assert.equal(new Set(drawn.map((q) => q.id)).size, drawn.length, 'no question twice');
    for (const m of modules) {
      const mine = drawn.filter((q) => m.bank.includes(q)).length;
      const share = (course.assessment.draw * m.bank.length) / total;
      assert.ok(mine >= 1, `seed ${seed}: module ${m.id} left out`);
      assert.ok(Math.abs(mine - share) < 1 || mine === 1, `seed ${seed}: module ${m.id} gave ${mine}, its share is ${share}`);
    }
  }
});

test('drawn by bank, a draw can leave a module out (what drawBy: module prevents)', async () => {
  const course = await realCourse();
  const { bank } = mapCourse(course);
  const missing = Array.from({ length: 200 }, (_, seed) => drawQuestions(bank, { ...course.assessment, drawBy: 'bank' }, seed)).filter(
    (drawn) => course.modules.some((m) => m.bank.length > 0 && !drawn.some((q) => m.bank.includes(q))),
  );
  assert.ok(missing.length > 0);
  // By bank, nothing seen yet: the seed's order, as packages before the by-module draw drew (F1 state relies on it).
  assert.deepEqual(
    drawQuestions(bank, { ...course.assessment, drawBy: 'bank' }, 99),
    seedOrder(bank.map((b) => b.question), 99).slice(0, course.assessment.draw),
  );
});

test('a retake draws questions the officer has not seen while a module has some left', async () => {
  const course = await realCourse();
  for (let run = 0; run < 30; run++) {
    const session = new CourseSession(course, 101);
    for (const { lesson } of session.map.lessons) session.visit(lesson.id);
    const seen = new Set<string>();
    for (let attempt = 0; attempt < course.assessment.attempts; attempt++) {
      const drawn = session.currentAttempt()!.questions;
      for (const m of course.modules) {
        const mine = drawn.filter((q) => m.bank.includes(q));
        const unseenLeft = m.bank.filter((q) => !seen.has(q.id)).length;
        const repeats = mine.filter((q) => seen.has(q.id)).length;
        // Repeats only once the module's unseen questions are all drawn.
        assert.equal(repeats, Math.max(0, mine.length - unseenLeft), `run ${run}, attempt ${attempt + 1}, module ${m.id}`);
      }
      for (const q of drawn) seen.add(q.id);
      session.submitAttempt();
      // Saved and read back, as on the next launch: the seen questions come with it.
      assert.deepEqual(new CourseSession(course, 101, session.encode()).state.seen, seen);
    }
  }
});

test('drawn by bank, a retake with enough bank left repeats nothing', () => {
  const course = sampleCourse({ draw: 4, drawBy: 'bank', attempts: 2 });
  for (let run = 0; run < 20; run++) {
    const session = new CourseSession(course, 101);
    for (const { lesson } of session.map.lessons) session.visit(lesson.id);
    const first = session.currentAttempt()!.questions.map((q) => q.id);
    session.submitAttempt();
    const resumed = new CourseSession(course, 101, session.encode());
    const second = resumed.currentAttempt()!.questions.map((q) => q.id);
    assert.deepEqual(second.filter((id) => first.includes(id)), []);
  }
});
