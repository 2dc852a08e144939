// The screens the build prerenders into the launch page (src/session/first-screen.ts):
// a new learner's cover, and the first lesson as Start shows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstScreens } from '../../../src/session/first-screen.js';
import { sampleCourse } from '../../fixtures/sample-course.js';

test('the cover is a new learner\'s: no progress, nobody returning, nothing to continue', () => {
  const { cover } = firstScreens(sampleCourse());
  assert.equal(cover.opening, 'cover');
  assert.equal(cover.returning, null);
  assert.equal(cover.percent, 0);
  assert.equal(cover.screen, null, 'the cover, not a place');
});

test('the first lesson is the reading order\'s first, opened as Start opens it, in the authored option order', () => {
  const course = sampleCourse();
  const { lesson } = firstScreens(course);
  assert.ok(lesson);
  const first = course.modules[0]!.lessons[0]!;
  assert.deepEqual(lesson.place, { view: 'lesson', id: first.id });
  assert.equal(lesson.opening, null);
  assert.equal(lesson.screen?.view, 'lesson');
  assert.equal(lesson.screen.view === 'lesson' && lesson.screen.lesson?.id, first.id);
  assert.deepEqual([...lesson.visited], [first.id], 'the header counts it opened');
  assert.ok(lesson.percent > 0);
  assert.equal(lesson.practice.orders.size, 0, 'no shuffle drawn at build time');
});

test('a course that opens on no lesson has only the cover', () => {
  const course = sampleCourse();
  const empty = { ...course, modules: [] };
  assert.equal(firstScreens(empty).lesson, null);
});
