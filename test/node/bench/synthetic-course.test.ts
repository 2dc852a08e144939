// The bench's synthetic course: ten copies of every module with suffixed ids
// still make a valid course, with ten times the lessons and questions.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { isValidId } from '../../../src/content/ids.js';
import { courseStats, isError, loadCourse, MODULE_FILE } from '../../../scripts/lib/load-course.js';
import { suffixIds, suffixTranslationIds, writeSyntheticCourse } from '../../../scripts/bench/synthetic-course.js';

const tmp = mkdtempSync(join(tmpdir(), 'frontline-synthetic-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('the synthetic course', () => {
  test('ten copies validate and hold ten times the lessons, questions and modules', async () => {
    const dir = join(tmp, 'x10');
    const written = await writeSyntheticCourse(dir, 10);
    assert.ok(written.every((name) => MODULE_FILE.test(name)), written.join(', '));
    assert.deepEqual(readdirSync(dir).filter((n) => MODULE_FILE.test(n)).sort(), [...written].sort());

    const real = await loadCourse('modules');
    const synthetic = await loadCourse(dir);
    assert.deepEqual(synthetic.problems.filter(isError), []);
    const [a, b] = [courseStats(real.course), courseStats(synthetic.course)];
    assert.deepEqual(b, { modules: 10 * a.modules, lessons: 10 * a.lessons, questions: 10 * a.questions, bank: 10 * a.bank });
    assert.equal(synthetic.course.id, real.course.id);
    const ids = synthetic.course.modules.flatMap((m) => [m.id, ...m.lessons.map((l) => l.id), ...m.bank.map((q) => q.id)]);
    assert.ok(ids.every(isValidId));
    assert.ok(ids.every((id) => /_x([1-9]|10)$/.test(id)));
    // Translations are cloned along with their modules.
    for (const [language, t] of Object.entries(real.course.translations ?? {})) {
      assert.equal(Object.keys(synthetic.course.translations?.[language]?.modules ?? {}).length, 10 * Object.keys(t.modules).length, language);
    }
  });

  test('suffixes ids and the references to them alike', () => {
    const question = {
      id: 'q',
      objective: 'obj',
      prompt: 'id: not an id',
      steps: [{ id: 's1', text: 't', choices: [{ id: 'c', text: 'next', next: 's2' }] }],
    };
    assert.deepEqual(suffixIds(question, '_x3'), {
      id: 'q_x3',
      objective: 'obj_x3',
      prompt: 'id: not an id',
      steps: [{ id: 's1_x3', text: 't', choices: [{ id: 'c_x3', text: 'next', next: 's2_x3' }] }],
    });
  });

  test('renames the id keys of a translation, and only those', () => {
    const translation = { title: 'T', lessons: { l1: { title: 'L', blocks: [{ title: 'S', text: 't', question: { prompt: 'p', options: { a: { text: 'x', feedback: 'f' } } } }] } } };
    assert.deepEqual(suffixTranslationIds(translation, '_x2'), {
      title: 'T',
      lessons: { l1_x2: { title: 'L', blocks: [{ title: 'S', text: 't', question: { prompt: 'p', options: { a_x2: { text: 'x', feedback: 'f' } } } }] } },
    });
  });

  test('refuses an id the suffix makes too long', () => {
    assert.throws(() => suffixIds({ id: 'a'.repeat(38) }, '_x10'), /not a valid id/);
  });
});
