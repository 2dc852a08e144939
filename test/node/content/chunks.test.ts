// Issue 13, load on demand: the outline the bundle carries is enough for the
// saved state and the progress rules, and the content files laid over it give
// back exactly the course, in every language.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { loadCourse } from '../../../scripts/lib/load-course.js';
import { BANK_CHUNK, contentChunks, courseOutline, hydrate, moduleChunk, readChunk } from '../../../src/content/chunks.js';
import { localizeCourse } from '../../../src/content/localize.js';
import type { Course } from '../../../src/content/types.js';
import { CourseSession } from '../../../src/session/course-session.js';
import { longestResponse } from '../../../src/session/worst-case.js';

let course: Course;
before(async () => {
  course = (await loadCourse('modules')).course;
  assert.ok(course.translations?.['es'], 'the real course has its Spanish');
});

/** A learner part-way: lessons opened, practice answered, an attempt submitted and another begun. */
function played(on: Course): CourseSession {
  const session = new CourseSession(on, 80);
  for (const { lesson } of session.map.lessons) session.visit(lesson.id);
  for (const { question } of session.map.practice.slice(0, 6)) session.answerPractice(question.id, longestResponse(question), 900);
  const first = session.currentAttempt()!;
  for (const q of first.questions.slice(0, 12)) session.setAttemptAnswer(q.id, longestResponse(q), 400);
  session.submitAttempt();
  for (const q of session.currentAttempt()!.questions.slice(0, 3)) session.setAttemptAnswer(q.id, longestResponse(q), 400);
  return session;
}

describe('course outline and content chunks', () => {
  test('the outline has no lesson, check or bank text', () => {
    const outline = courseOutline(course);
    const text = JSON.stringify(outline.modules);
    const sample = course.modules.flatMap((m) => [
      ...m.lessons.flatMap((l) => l.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))),
      ...m.check.map((q) => q.prompt),
      ...m.bank.map((q) => q.prompt),
      ...(m.summary ?? []),
    ]);
    assert.ok(sample.length > 50);
    for (const words of sample) assert.ok(!text.includes(words), `"${words.slice(0, 40)}…" is not in the outline`);
    // What the first screen and the contents show is.
    assert.deepEqual(outline.modules.map((m) => [m.id, m.title, m.minutes, m.lessons.map((l) => l.title)]), course.modules.map((m) => [m.id, m.title, m.minutes, m.lessons.map((l) => l.title)]));
  });

  for (const language of ['en', 'es']) {
    test(`${language}: the localized outline with every chunk laid over it is the localized course`, () => {
      const whole = localizeCourse(course, language);
      let shown = localizeCourse(courseOutline(course), language);
      assert.equal(shown.title, whole.title);
      for (const { chunk } of contentChunks(whole)) shown = hydrate(shown, chunk);
      assert.deepEqual(shown.modules, whole.modules);
    });
  }

  test('saved state reads and writes the same on the outline as on the whole course, and progress is judged the same', () => {
    const session = played(course);
    const saved = session.encode();
    const onOutline = new CourseSession(courseOutline(course), 80, saved);
    assert.equal(onOutline.resumed, true);
    assert.equal(onOutline.encode(), saved);
    assert.deepEqual(onOutline.progress(), session.progress());
    assert.deepEqual(onOutline.attemptDraw()!.questions.map((q) => q.id), session.attemptDraw()!.questions.map((q) => q.id));
    assert.deepEqual(onOutline.practiceOrders(), session.practiceOrders());
  });

  test('a session on the outline records answers with their text once the content is laid over it', () => {
    const outline = courseOutline(course);
    const session = new CourseSession(outline, 80);
    let hydrated = outline;
    for (const { chunk } of contentChunks(course)) hydrated = hydrate(hydrated, chunk);
    session.hydrate(hydrated);
    const { question } = session.map.practice[0]!;
    const record = session.answerPractice(question.id, longestResponse(question), 500)!;
    assert.equal(record.description, course.modules.flatMap((m) => [...m.lessons.flatMap((l) => l.blocks.flatMap((b) => ('question' in b ? [b.question] : []))), ...m.check]).find((q) => q.id === question.id)!.prompt);
    assert.notEqual(record.description, '');
  });

  test('a file is used only when it is the one asked for', () => {
    const [first, second] = contentChunks(course);
    const want = { key: moduleChunk(course.modules[0]!.id), version: course.version, language: course.language };
    assert.ok(readChunk(JSON.parse(JSON.stringify(first!.chunk)), want));
    assert.equal(readChunk(second!.chunk, want), null, 'another module');
    assert.equal(readChunk({ ...first!.chunk, version: '000000000000' }, want), null, 'another build');
    assert.equal(readChunk({ ...first!.chunk, language: 'es' }, want), null, 'another language');
    assert.equal(readChunk('<html>Not found</html>', want), null, 'not a chunk at all');
    const bank = contentChunks(course).at(-1)!;
    assert.equal(bank.key, BANK_CHUNK);
    assert.ok(readChunk(bank.chunk, { ...want, key: BANK_CHUNK }));
    assert.equal(readChunk(first!.chunk, { ...want, key: BANK_CHUNK }), null, 'a module is not the bank');
  });
});
