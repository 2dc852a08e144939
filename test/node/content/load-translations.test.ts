// loadCourse and translations: `<dir>/<language>/` folders become
// course.translations, their problems carry their own file names, and the
// content version covers them.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { isError, loadCourse } from '../../../scripts/lib/load-course.js';
import { NOT_TEXT } from '../../../src/content/translatable.js';
import { localizeCourse } from '../../../src/content/localize.js';
import { formatProblem } from '../../../src/content/validate.js';
import { FIXTURE_COURSE, replaceOnce } from '../../fixtures/course-copy.js';
import { copyTranslatedCourse } from '../../fixtures/translated-copy.js';

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => (NOT_TEXT.has(k) ? [] : texts(v)));
  return [];
}

describe('loadCourse with translations', () => {
  test('reads <dir>/es/ into course.translations.es, modules by module id', async () => {
    const dir = copyTranslatedCourse();
    try {
      const { course, problems } = await loadCourse(dir);
      assert.deepEqual(problems.filter(isError), [], 'only the warning that module greeting is not translated');
      assert.deepEqual(Object.keys(course.translations ?? {}), ['es']);
      const es = course.translations!['es']!;
      assert.equal(es.title, 'Recepción y seguridad: lo básico');
      assert.deepEqual(Object.keys(es.modules), ['incidents']);
      assert.equal(es.modules['incidents']!.title, 'Reportar incidentes');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the version covers translations: adding one, or changing one word of it, changes the version', async () => {
    const dir = copyTranslatedCourse();
    try {
      const plain = await loadCourse(FIXTURE_COURSE);
      assert.equal('translations' in plain.course, false, 'no folders, no key: the version of an untranslated course stays what it was');
      const a = await loadCourse(dir);
      const b = await loadCourse(dir);
      assert.equal(a.course.version, b.course.version);
      assert.notEqual(a.course.version, plain.course.version);

      const file = join(dir, 'es', '02-incidents.yaml');
      writeFileSync(file, replaceOnce(readFileSync(file, 'utf8'), 'text: Ordena los pasos.', 'text: Pon los pasos en orden.'));
      const c = await loadCourse(dir);
      assert.deepEqual(c.problems.filter(isError), []);
      assert.notEqual(c.course.version, a.course.version);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the real course is completely in Spanish: every module, the course settings, no English left', async () => {
    const { course, problems } = await loadCourse('modules');
    assert.deepEqual(problems.map(formatProblem), [], 'no error and no warning: nothing stale, nothing missing');
    const es = localizeCourse(course, 'es');
    course.modules.forEach((module, m) => {
      assert.ok(course.translations?.['es']?.modules[module.id], `modules/es translates module ${module.id}`);
      const before = texts(module);
      const after = texts(es.modules[m]);
      assert.equal(after.length, before.length);
      // A text the same in both languages is English left over, unless it is a name or a number.
      const same = after.filter((t, i) => t === before[i] && !/^[\d\s{}_a-z.:+-]*$|^[A-Z][a-z]+$/.test(t));
      assert.deepEqual(same, [], `no English left in module ${module.id}`);
      assert.equal(es.modules[m]!.language, undefined, `module ${module.id} is not marked as English`);
    });
    assert.notEqual(es.title, course.title);
    assert.notEqual(es.description, course.description);
    assert.notEqual(es.attestation, course.attestation);
  });
});
