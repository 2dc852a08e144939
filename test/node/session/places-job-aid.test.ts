// A job aid as a place: outside the reading order, but a bookmark there resumes there.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coursePlaces, neighbour, placeFromText, placeToText } from '../../../src/session/places.js';
import { sampleCourse } from '../../fixtures/sample-course.js';

const course = () => {
  const c = sampleCourse();
  c.modules[0]!.jobAid = { title: 'Greet', blocks: [{ kind: 'paragraph', text: 'Say hello.' }] };
  return c;
};

test('a job aid is bookmarked and resumed, but is not in the Next/Previous order', () => {
  const c = course();
  const id = c.modules[0]!.id;
  assert.equal(placeToText({ view: 'jobaid', id }), `jobaid:${id}`);
  assert.deepEqual(placeFromText(c, `jobaid:${id}`), { view: 'jobaid', id });
  assert.ok(!coursePlaces(c).some((p) => p.view === 'jobaid'));
  assert.equal(neighbour(c, { view: 'jobaid', id }, 1), null);
});

test('a bookmark to a job aid the course no longer has resumes at the start', () => {
  const c = course();
  const other = c.modules[1]!.id;
  assert.deepEqual(placeFromText(c, `jobaid:${other}`), coursePlaces(c)[0]);
});
