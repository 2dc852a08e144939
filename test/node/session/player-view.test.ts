import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CourseSession } from '../../../src/session/course-session.js';
import { playerView, type PlayerViewInput } from '../../../src/session/player-view.js';
import type { Place } from '../../../src/session/places.js';
import { correctResponse } from '../../../src/content/correctness.js';
import { sampleCourse } from '../../fixtures/sample-course.js';

const now = new Date('2026-03-01T10:00:00Z');

function view(session: CourseSession, place: Place, more: Partial<PlayerViewInput> = {}) {
  return playerView({ session, place, opening: null, exited: false, notice: null, content: 'ready', learnerName: 'Ana Ruiz', certificateId: null, now, ...more });
}

function openAll(session: CourseSession) {
  for (const id of ['l1', 'l2', 'l3']) session.visit(id);
}

/** Answers the attempt's first `right` questions correctly and the rest wrongly, then submits. */
function takeAttempt(session: CourseSession, right: number) {
  const draw = session.currentAttempt();
  assert.ok(draw, 'an attempt can start');
  draw.questions.forEach((q, i) => session.setAttemptAnswer(q.id, i < right ? correctResponse(q) : { type: 'truefalse', value: false }, 100));
  return session.submitAttempt()!;
}

test('progress: 0% at the start, a share per lesson opened, the assessment one more step once complete', () => {
  const session = new CourseSession(sampleCourse(), 80);
  const lesson: Place = { view: 'lesson', id: 'l1' };
  assert.equal(view(session, lesson).percent, 0);
  session.visit('l1');
  // Three lessons and the assessment: four steps.
  assert.equal(view(session, lesson).percent, 25);
  session.visit('l2');
  session.visit('l3');
  assert.equal(view(session, lesson).percent, 75, 'every lesson opened, the assessment still to pass');
  takeAttempt(session, 5);
  assert.equal(view(session, { view: 'results' }).percent, 100);
});

test('progress: a failed attempt with attempts left counts nothing; the last failed attempt completes it', () => {
  const session = new CourseSession(sampleCourse(), 80);
  openAll(session);
  takeAttempt(session, 1);
  assert.equal(view(session, { view: 'results' }).percent, 75);
  takeAttempt(session, 1);
  assert.equal(view(session, { view: 'results' }).percent, 100, 'out of attempts: the course is complete (failed)');
});

test('progress: a course without an assessment counts lessons only', () => {
  const session = new CourseSession(sampleCourse({ draw: 0 }), 80);
  session.visit('l1');
  assert.equal(view(session, { view: 'lesson', id: 'l1' }).percent, 33);
});

test('the cover tells only a returning learner how far through they are and where they continue', () => {
  const first = new CourseSession(sampleCourse(), 80);
  first.visit('l1');
  first.visit('l2');
  assert.equal(view(first, { view: 'lesson', id: 'l2' }, { opening: 'cover' }).returning, null, 'a learner starting fresh is not welcomed back');
  const back = new CourseSession(sampleCourse(), 80, first.encode());
  assert.deepEqual(view(back, { view: 'lesson', id: 'l2' }, { opening: 'cover' }).returning, {
    percent: 50,
    where: { view: 'lesson', name: 'Lesson two', language: undefined },
  });
  assert.deepEqual(view(back, { view: 'check', id: 'm2' }).returning?.where, { view: 'check', name: 'Module two', language: undefined });
  assert.deepEqual(view(back, { view: 'assessment' }).returning?.where, { view: 'assessment', name: 'Final assessment' });
});

test('visited lessons and answered practice questions, with the answers and the learner\'s option orders', () => {
  const session = new CourseSession(sampleCourse(), 80);
  session.visit('l2');
  session.answerPractice('sc1', { type: 'single', option: 'a' }, 10);
  const v = view(session, { view: 'lesson', id: 'l2' });
  assert.deepEqual([...v.visited], ['l2']);
  assert.deepEqual([...v.answered], ['sc1']);
  assert.deepEqual(v.practice.answers, { sc1: { type: 'single', option: 'a' } });
  assert.deepEqual([...v.practice.orders.get('c1')!].sort(), ['a', 'b', 'c']);
  assert.equal(v.screen?.view, 'lesson');
  assert.equal(v.screen.view === 'lesson' && v.screen.lesson?.title, 'Lesson two');
  assert.equal(v.screen.view === 'lesson' && v.screen.closing?.id, 'm1', "the module's last lesson closes it");
});

test('no screen on the cover or while the place\'s content is loading', () => {
  const session = new CourseSession(sampleCourse(), 80);
  assert.equal(view(session, { view: 'lesson', id: 'l1' }, { opening: 'cover' }).screen, null);
  assert.equal(view(session, { view: 'lesson', id: 'l1' }, { content: 'loading' }).screen, null);
});

test('the assessment lists the lessons left while locked, and reading the view never starts an attempt', () => {
  const session = new CourseSession(sampleCourse(), 80);
  session.visit('l1');
  const locked = view(session, { view: 'assessment' }).screen;
  assert.ok(locked?.view === 'assessment');
  assert.equal(locked.draw, null);
  assert.deepEqual(locked.lessonsLeft, ['Lesson two', 'Lesson three']);
  session.visit('l2');
  session.visit('l3');
  const open = view(session, { view: 'assessment' }).screen;
  assert.ok(open?.view === 'assessment');
  assert.equal(open.draw, null, 'the controller starts the attempt, not the view');
  assert.equal(session.state.current, null);
  session.currentAttempt();
  const started = view(session, { view: 'assessment' }).screen;
  assert.ok(started?.view === 'assessment');
  assert.equal(started.draw?.questions.length, 5);
  assert.deepEqual([started.attemptsLeft, started.passed, view(session, { view: 'assessment' }).passMark], [2, false, 80]);
});

test('results after a failed attempt: the score, the modules to revisit, answers hidden while a retake is left', () => {
  const session = new CourseSession(sampleCourse({ draw: 8 }), 80);
  openAll(session);
  takeAttempt(session, 0);
  const results = view(session, { view: 'results' }).screen;
  assert.ok(results?.view === 'results');
  assert.deepEqual([results.percent, results.bestPercent, results.passed, results.attemptsLeft, results.showAnswers], [0, 0, false, 1, false]);
  assert.deepEqual(results.revisit.map((r) => r.lessonId), ['l1', 'l3']);
  assert.equal(results.draw?.questions.length, 8);
  assert.equal(results.nextStep, null);
});

test('after a pass: the attestation is next, then the certificate with the attestation date and score', () => {
  const course = { ...sampleCourse(), attestation: 'I understand my duties.' };
  const session = new CourseSession(course, 80);
  openAll(session);
  takeAttempt(session, 5);
  const results = view(session, { view: 'results' });
  assert.ok(results.screen?.view === 'results');
  assert.deepEqual([results.screen.nextStep, results.screen.showAnswers, results.screen.revisit], ['attestation', true, []]);
  assert.equal(results.certificate, null, 'no certificate before the attestation');
  assert.equal(results.percent, 75, 'not complete until attested');
  assert.deepEqual(view(session, { view: 'attestation' }).screen, { view: 'attestation', awaiting: true, statement: 'I understand my duties.' });
  session.attest();
  const done = view(session, { view: 'certificate' }, { certificateId: 'ABC-123' });
  assert.equal(done.percent, 100);
  assert.equal(done.completed, true);
  assert.deepEqual(done.certificate, { learnerName: 'Ana Ruiz', certificateId: 'ABC-123', completedAt: session.state.attestedAt, scorePercent: 100 });
  assert.deepEqual(done.completion, { at: session.state.attestedAt, scorePercent: 100 });
  assert.deepEqual(view(session, { view: 'attestation' }).screen, { view: 'attestation', awaiting: false, statement: 'I understand my duties.' });
});

test('a course without an attestation dates its certificate today', () => {
  const session = new CourseSession(sampleCourse(), 80);
  openAll(session);
  takeAttempt(session, 5);
  assert.equal(view(session, { view: 'certificate' }).certificate?.completedAt, now);
});

test('the pager neighbours and the first place follow the reading order', () => {
  const session = new CourseSession(sampleCourse(), 80);
  const start = view(session, { view: 'lesson', id: 'l1' });
  assert.deepEqual([start.previous, start.next, start.firstPlace], [null, { view: 'lesson', id: 'l2' }, { view: 'lesson', id: 'l1' }]);
  const check = view(session, { view: 'check', id: 'm1' });
  assert.deepEqual([check.previous, check.next], [{ view: 'lesson', id: 'l2' }, { view: 'lesson', id: 'l3' }]);
});

test('a job aid leads back to where its module ends', () => {
  const course = sampleCourse();
  course.modules[0]!.jobAid = { title: 'Lost child', blocks: [] };
  const session = new CourseSession(course, 80);
  const aid = view(session, { view: 'jobaid', id: 'm1' });
  assert.deepEqual(aid.screen, { view: 'jobaid', module: course.modules[0], back: { view: 'check', id: 'm1' } });
  assert.deepEqual([aid.previous, aid.next], [null, null], 'outside the reading order');
});
