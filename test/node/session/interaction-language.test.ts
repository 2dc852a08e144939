import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CourseSession } from '../../../src/session/course-session.js';
import { courseActivities } from '../../../src/tracking/xapi/course-activities.js';
import { activityIris } from '../../../src/tracking/xapi/iri.js';
import { sampleCourse } from '../../fixtures/sample-course.js';

// What localizeCourse produces for a Spanish learner: the course shown in Spanish,
// one module left untranslated and marked as English.
function shownInSpanish() {
  const course = { ...sampleCourse(), language: 'es' };
  const m2 = course.modules[1]!;
  course.modules[1] = { ...m2, language: 'en', check: m2.check.map((q) => ({ ...q, language: 'en' })) };
  return course;
}

test('an answer records the language its question was shown in', () => {
  const session = new CourseSession(shownInSpanish(), 80);
  assert.equal(session.answerPractice('c1', { type: 'single', option: 'a' }, 5)?.language, 'es');
  assert.equal(session.answerPractice('c3', { type: 'single', option: 'a' }, 5)?.language, 'en');
});

test("xAPI interaction definitions tag the question's text with that language (xAPI 1.0.3 Language Map)", () => {
  const bundled = sampleCourse();
  const record = new CourseSession(shownInSpanish(), 80).answerPractice('c1', { type: 'single', option: 'a' }, 5)!;
  const { activity } = courseActivities(bundled, activityIris('https://frontline.example/courses/sample_course')).interaction(record);
  assert.deepEqual(Object.keys(activity.definition?.name ?? {}), ['es']);
  assert.deepEqual(Object.keys(activity.definition?.choices?.[0]?.description ?? {}), ['es']);
});
