// loadCourse: file discovery and order, problems with project-relative file
// names, command-line overrides, and the content version stamp.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { formatProblem } from '../../../src/content/validate.js';
import { canonicalJson } from '../../../src/content/version.js';
import { courseStats, loadCourse } from '../../../scripts/lib/load-course.js';
import { copyFixtureCourse, FIXTURE_COURSE, replaceOnce } from '../../fixtures/course-copy.js';

describe('loadCourse', () => {
  test('assembles config and modules in file-name order and stamps a 12-hex version', async () => {
    const { course, problems } = await loadCourse(FIXTURE_COURSE);
    assert.deepEqual(problems, []);
    assert.equal(course.id, 'fixture_course');
    assert.deepEqual(course.modules.map((m) => m.id), ['greeting', 'incidents']);
    assert.match(course.version, /^[0-9a-f]{12}$/);
    assert.deepEqual(courseStats(course), { modules: 2, lessons: 4, questions: 16, bank: 9 });
  });

  test('reports problems with file, line and column, items named by id, and misnamed module files', async () => {
    const { problems } = await loadCourse('test/fixtures/courses/broken');
    const dir = 'test/fixtures/courses/broken';
    assert.deepEqual(problems.map(formatProblem), [
      `${dir}/3-misnamed.md: is not included in the course — name module files NN-name.md (two digits, a hyphen, lowercase letters, digits and hyphens), e.g. 03-misnamed.md`,
      `${dir}/course.yaml:10:3: assessment.draw: is 3, but the modules' banks hold only 1 question — lower draw to 1 or fewer, or add questions to a module's bank`,
      `${dir}/01-broken.md:7:5: objective forgotten: "forgotten" is not assessed by any question — set objective: "forgotten" on a check, bank or scenario question, or remove the objective`,
      `${dir}/01-broken.md:17:23: lesson intro: id: "intro" is already used at ${dir}/01-broken.md: lesson intro (line 13) — give every module, lesson, objective and question its own id`,
      `${dir}/01-broken.md:29:1: question no_answer: options: has no correct answer — mark exactly one option with correct: true`,
      `${dir}/01-broken.md:32:5: question no_answer, option a: feedback: is empty — write the feedback shown when this option is chosen`,
    ]);
  });

  test('unchanged content keeps its version; one changed word changes it', async () => {
    const dir = copyFixtureCourse();
    try {
      const a = await loadCourse(dir);
      const b = await loadCourse(dir);
      assert.equal(a.course.version, b.course.version);
      assert.equal(a.course.version, (await loadCourse(FIXTURE_COURSE)).course.version, 'the folder does not matter, only the content');

            const file = join(dir, '02-incidents.md');
      writeFileSync(file, replaceOnce(readFileSync(file, 'utf8'), 'Report what you saw', 'Report what you heard'));
      const c = await loadCourse(dir);
      assert.deepEqual(c.problems, []);
      assert.notEqual(c.course.version, a.course.version);
      assert.equal(c.course.modules[1]!.lessons[0]!.blocks[0]!.kind === 'paragraph' && c.course.modules[1]!.lessons[0]!.blocks[0]!.text, 'Report what you heard, when and where.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('canonical JSON ignores key order, so reordering fields keeps the version', () => {
    assert.equal(canonicalJson({ b: 1, a: [{ y: 'x', x: null }], c: undefined }), '{"a":[{"x":null,"y":"x"}],"b":1}');
    assert.equal(canonicalJson({ a: 1, b: 2 }), canonicalJson({ b: 2, a: 1 }));
  });

  test('command-line overrides replace course settings and are blamed on the command line', async () => {
    const ok = await loadCourse(FIXTURE_COURSE, { passMark: 70, attempts: 0 });
    assert.deepEqual(ok.problems, []);
    assert.equal(ok.course.assessment.passMark, 70);
    assert.equal(ok.course.assessment.attempts, 0);
    assert.equal(ok.course.assessment.draw, 5, 'settings not overridden stay');

    const bad = await loadCourse(FIXTURE_COURSE, { draw: 99 });
    assert.deepEqual(bad.problems.map(formatProblem), [
      "command line: --draw: is 99, but the modules' banks hold only 9 questions — lower draw to 9 or fewer, or add questions to a module's bank",
    ]);
  });

  test('a missing course.yaml is a problem rather than a crash', async () => {
    const dir = copyFixtureCourse();
    try {
      unlinkSync(join(dir, 'course.yaml'));
      const noConfig = await loadCourse(dir);
      assert.ok(noConfig.problems.map(formatProblem).some((line) => /\/course\.yaml: is missing — create it with the course id, title, description, language and assessment settings \(see modules\/README\.md\)$/.test(line)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
