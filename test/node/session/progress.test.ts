import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CourseSession } from '../../../src/session/course-session.js';
import { correctResponse } from '../../../src/content/correctness.js';
import { sampleCourse } from '../../fixtures/sample-course.js';

function takeAttempt(session: CourseSession, rightAnswers: number) {
  const draw = session.currentAttempt();
  assert.ok(draw, 'an attempt can start');
  draw.questions.forEach((q, i) => {
    const right = correctResponse(q);
    const wrong = { type: 'truefalse', value: false } as const;
    session.setAttemptAnswer(q.id, i < rightAnswers ? right : wrong, 100);
  });
  return session.submitAttempt()!;
}

function openAll(session: CourseSession) {
  for (const id of ['l1', 'l2', 'l3']) session.visit(id);
}

test('the assessment stays locked until every lesson is opened', () => {
  const session = new CourseSession(sampleCourse(), 80);
  session.visit('l1');
  assert.equal(session.currentAttempt(), null);
  assert.equal(session.progress().completion, 'incomplete');
  session.visit('l2');
  session.visit('l3');
  assert.ok(session.currentAttempt());
});

test('passing completes the course as passed with the score', () => {
  const session = new CourseSession(sampleCourse(), 80);
  openAll(session);
  const result = takeAttempt(session, 5);
  assert.equal(result.percent, 100);
  assert.equal(result.records.length, 5, 'one interaction per answered question');
  assert.ok(result.records.every((r) => r.id.startsWith('final_1_')));
  // Trackers read the attempt and the question from the record, never from the id's format.
  assert.ok(result.records.every((r) => r.attempt?.number === 1 && r.id === `final_1_${r.attempt.questionId}`));
  const v = session.progress();
  assert.deepEqual([v.completion, v.success, v.scorePercent, v.finished], ['completed', 'passed', 100, true]);
});

test('failing with attempts left is incomplete and failed; the last attempt completes it as failed', () => {
  const session = new CourseSession(sampleCourse(), 80);
  openAll(session);
  assert.equal(takeAttempt(session, 3).percent, 60);
  let v = session.progress();
  assert.deepEqual([v.completion, v.success, v.attemptsLeft, v.finished], ['incomplete', 'failed', 1, false]);
  const second = takeAttempt(session, 1);
  assert.ok(second.records.every((r) => r.id.startsWith('final_2_')), 'interaction ids are unique per attempt');
  assert.ok(second.records.every((r) => r.attempt?.number === 2));
  v = session.progress();
  assert.deepEqual([v.completion, v.success, v.scorePercent, v.attemptsLeft], ['completed', 'failed', 60, 0]);
  assert.equal(session.currentAttempt(), null, 'no attempt after the last');
});

test("the LMS's mastery score overrides the course's pass mark", () => {
  const strict = new CourseSession(sampleCourse(), 100);
  openAll(strict);
  takeAttempt(strict, 4);
  assert.equal(strict.progress().success, 'failed');
  const lenient = new CourseSession(sampleCourse(), 60);
  openAll(lenient);
  takeAttempt(lenient, 3);
  assert.equal(lenient.progress().success, 'passed');
});

test('one objective per module, completed when its lessons are opened and scored by its questions', () => {
  const session = new CourseSession(sampleCourse({ draw: 8 }), 80);
  session.visit('l1');
  session.visit('l2');
  let objectives = session.progress().objectives;
  assert.deepEqual(objectives.map((o) => [o.id, o.completion, o.success]), [
    ['m1', 'completed', 'unknown'],
    ['m2', 'incomplete', 'unknown'],
  ]);
  session.visit('l3');
  takeAttempt(session, 8);
  objectives = session.progress().objectives;
  assert.deepEqual(objectives.map((o) => [o.success, o.scorePercent]), [['passed', 100], ['passed', 100]]);
});

test('a course without an assessment completes when every lesson is opened', () => {
  const session = new CourseSession(sampleCourse({ draw: 0 }), 80);
  openAll(session);
  const v = session.progress();
  assert.deepEqual([v.completion, v.success, v.scorePercent], ['completed', 'unknown', null]);
});

test('a practice question is recorded once', () => {
  const session = new CourseSession(sampleCourse(), 80);
  const record = session.answerPractice('c1', { type: 'single', option: 'a' }, 10);
  assert.ok(record);
  assert.equal(record.attempt, undefined, 'outside any attempt');
  assert.equal(session.answerPractice('c1', { type: 'single', option: 'b' }, 10), null);
  assert.equal(session.answerPractice('b1', { type: 'single', option: 'a' }, 10), null, 'bank questions are not practice');
});

test('with an attestation, a pass completes only once the officer confirms it, recorded with its time', () => {
  const course = { ...sampleCourse(), attestation: 'I understand my duties.' };
  const at = new Date(Date.UTC(2026, 10, 22, 9, 30));
  const session = new CourseSession(course, 80, null, () => at);
  openAll(session);
  assert.equal(session.attest(), null, 'nothing to attest before passing');
  takeAttempt(session, 5);
  let v = session.progress();
  assert.deepEqual([v.completion, v.success, v.awaitingAttestation], ['incomplete', 'passed', true]);
  const record = session.attest();
  assert.equal(record?.id, 'attestation');
  assert.equal(record?.timestamp, at);
  assert.match(record?.description ?? '', /I understand my duties\. \(course version test\)/);
  v = session.progress();
  assert.deepEqual([v.completion, v.finished, v.awaitingAttestation], ['completed', true, false]);
  assert.equal(session.attest(), null, 'attested once');
  const restored = new CourseSession(course, 80, session.encode());
  assert.equal(restored.state.attestedAt?.getTime(), at.getTime(), 'the attestation time survives a resume');
  assert.equal(restored.progress().completion, 'completed');
});

test('a learner out of attempts completes as failed without being asked to attest', () => {
  const session = new CourseSession({ ...sampleCourse(), attestation: 'I understand.' }, 80);
  openAll(session);
  takeAttempt(session, 0);
  takeAttempt(session, 0);
  const v = session.progress();
  assert.deepEqual([v.completion, v.success, v.awaitingAttestation], ['completed', 'failed', false]);
});

test('a new attempt records the content version; a resumed one does not start again', () => {
  const session = new CourseSession(sampleCourse(), 80);
  assert.equal(session.resumed, false);
  const record = session.versionRecord();
  assert.deepEqual([record.id, record.type, record.learnerResponse], ['course_version', 'fill-in', { type: 'fill-in', text: 'test' }]);
  session.visit('l1');
  assert.equal(new CourseSession(sampleCourse(), 80, session.encode()).resumed, true);
});
