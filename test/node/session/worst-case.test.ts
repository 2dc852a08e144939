import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isError, loadCourse } from '../../../scripts/lib/load-course.js';
import { CourseSession } from '../../../src/session/course-session.js';
import { longestResponse, worstCaseStateLength } from '../../../src/session/worst-case.js';
import { codeCollisions, idCode, PART_CODE } from '../../../src/session/state-codes.js';
import { collidingOptionIds } from './colliding-ids.js';
import { sampleCourse } from '../../fixtures/sample-course.js';

// SCORM 1.2 RTE 3.4.2: cmi.suspend_data is CMIString4096 (LMS-COMPAT 7, 12).
const SCORM12_LIMIT = 4096;

test('the real course can never save more state than SCORM 1.2 keeps', async () => {
  const { course, problems } = await loadCourse('modules');
  assert.deepEqual(problems.filter(isError), []);
  const worst = worstCaseStateLength(course);
  console.log(`worst-case saved state: ${worst} of ${SCORM12_LIMIT} characters`);
  assert.ok(worst <= SCORM12_LIMIT, `worst case ${worst} > ${SCORM12_LIMIT}`);
});

test('the worst case bounds what a real full run saves', () => {
  const course = sampleCourse({ draw: 6, attempts: 3 });
  const bound = worstCaseStateLength(course);
  for (let run = 0; run < 20; run++) {
    const session = new CourseSession(course, 101);
    for (const { lesson } of session.map.lessons) session.visit(lesson.id);
    for (const { question } of session.map.practice) session.answerPractice(question.id, longestResponse(question), 1);
    for (let attempt = 0; attempt < 3; attempt++) {
      const draw = session.currentAttempt()!;
      for (const q of draw.questions) session.setAttemptAnswer(q.id, longestResponse(q), 1);
      if (attempt < 2) session.submitAttempt();
    }
    const length = session.encode().length;
    assert.ok(length <= bound, `run ${run}: ${length} > bound ${bound}`);
  }
});

test('no two ids of the real course share a saved-state code', async () => {
  const { course } = await loadCourse('modules');
  assert.deepEqual(codeCollisions(course), []);
});

test('ids that would share a saved-state code are found, so the build can refuse them', () => {
  const pair = collidingOptionIds();
  const course = sampleCourse();
  const c1 = course.modules[0]!.check[0]!;
  assert.equal(c1.type, 'single');
  if (c1.type === 'single') c1.options.push(...pair.map((id) => ({ id, text: id, feedback: id })));
  assert.deepEqual(codeCollisions(course), [{ where: 'options of question c1', question: 'c1', ids: pair, code: idCode(pair[0], PART_CODE) }]);
});
