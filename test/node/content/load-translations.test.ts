// loadCourse and translations: `<dir>/<language>/` folders become
// course.translations, their problems carry their own file names, and the
// content version covers them.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadCourse } from '../../../scripts/lib/load-course.js';
import { displayPath } from '../../../scripts/lib/paths.js';
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
      assert.deepEqual(problems, []);
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

      const file = join(dir, 'es', '02-incidents.ts');
      writeFileSync(file, replaceOnce(readFileSync(file, 'utf8'), "'Ordena los pasos.'", "'Pon los pasos en orden.'"));
      const c = await loadCourse(dir);
      assert.deepEqual(c.problems, []);
      assert.notEqual(c.course.version, a.course.version);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('problems name the translation files; misnamed files and a missing course.ts are reported', async () => {
    const dir = copyTranslatedCourse((name, text) => (name === '02-incidents.ts' ? replaceOnce(text, "title: 'Qué reportar', ", '') : text));
    try {
      unlinkSync(join(dir, 'es', 'course.ts'));
      writeFileSync(join(dir, 'es', '2-extra.ts'), 'export default {};\n');
      const shown = displayPath(dir);
      const { problems } = await loadCourse(dir);
      assert.deepEqual(problems.map(formatProblem), [
        `${shown}/es/2-extra.ts: is not included in the course — name module files NN-name.ts (two digits, a hyphen, lowercase letters, digits and hyphens), e.g. 02-extra.ts`,
        `${shown}/es: has no course.ts — create ${shown}/es/course.ts with export default defineCourseTranslation({ title, description, attestation, assessment: { title } })`,
        `${shown}/es/02-incidents.ts: lessons.what_to_report.title: is missing — translate "What to report" (${shown}/02-incidents.ts: lessons[0].title)`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a folder without .ts files (assets) is not a translation; a wrongly named one is reported', async () => {
    const dir = copyTranslatedCourse();
    try {
      mkdirSync(join(dir, 'img'));
      writeFileSync(join(dir, 'img', 'logo.svg'), '<svg/>');
      assert.deepEqual((await loadCourse(dir)).problems, []);
      renameSync(join(dir, 'es'), join(dir, 'spanish'));
      assert.deepEqual((await loadCourse(dir)).problems.map(formatProblem), [
        `${displayPath(dir)}/spanish: "spanish" is not a language tag — name translation folders with a BCP 47 tag, e.g. modules/es or modules/pt-BR`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the real course: module 01 and course.ts are completely in Spanish', async () => {
    const { course, problems } = await loadCourse('modules');
    assert.deepEqual(problems.map(formatProblem), []);
    assert.ok(course.translations?.['es']?.modules['dual_role'], 'modules/es/01-dual-role.ts translates module dual_role');
    const es = localizeCourse(course, 'es');
    const before = texts(course.modules[0]);
    const after = texts(es.modules[0]);
    assert.equal(after.length, before.length);
    assert.deepEqual(after.filter((t, i) => t === before[i]), [], 'no English left in module 01');
    assert.equal(es.modules[0]!.language, undefined);
    assert.ok(es.modules.slice(1).every((m) => m.language === 'en'), 'the untranslated modules are marked English');
    assert.notEqual(es.title, course.title);
    assert.notEqual(es.attestation, course.attestation);
  });
});
