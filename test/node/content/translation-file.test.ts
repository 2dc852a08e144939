// The package format of translations: detached from the bundled course into
// translations/<language>.json, attached again at launch only when the file is
// this course version's translation into the asked language.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chooseLanguage } from '../../../src/content/language.js';
import { localizeCourse } from '../../../src/content/localize.js';
import { attachTranslation, detachTranslations } from '../../../src/content/translation-file.js';
import type { Course } from '../../../src/content/types.js';
import { config, greeting, incidents, spanish } from '../../fixtures/minimal-course.js';

const course: Course = {
  ...config,
  modules: [greeting, incidents],
  version: 'abcdef123456',
  translations: { es: spanish },
};

describe('translation files', () => {
  const { course: bundled, files } = detachTranslations(course);

  test('the bundled course names the files instead of carrying the translations', () => {
    assert.equal('translations' in bundled, false);
    assert.deepEqual(bundled.translationFiles, { es: 'translations/es.json' });
    assert.deepEqual(files.map((f) => f.path), ['translations/es.json']);
    assert.deepEqual(JSON.parse(files[0]!.text), { version: 'abcdef123456', language: 'es', translation: course.translations!['es'] });
    assert.equal(chooseLanguage(bundled, 'es-MX'), 'es', 'a language still in its file can be chosen');
  });

  test('attaching the file gives the same Spanish course as the unbundled one', () => {
    const attached = attachTranslation(bundled, 'es', JSON.parse(files[0]!.text));
    assert.ok(attached);
    assert.deepEqual(localizeCourse(attached, 'es').modules, localizeCourse(course, 'es').modules);
    assert.equal(localizeCourse(attached, 'es').title, 'Recepción y seguridad: lo básico');
  });

  test('a file of another version, another language or another shape is refused', () => {
    const data = JSON.parse(files[0]!.text);
    assert.equal(attachTranslation(bundled, 'es', { ...data, version: '000000000000' }), null);
    assert.equal(attachTranslation(bundled, 'pt', data), null);
    assert.equal(attachTranslation(bundled, 'es', { ...data, translation: 'hola' }), null);
    assert.equal(attachTranslation(bundled, 'es', null), null);
    assert.equal(localizeCourse(bundled, 'es'), bundled, 'without its file, the course stays in its own language');
  });

  test('a course without translations is bundled as it is, with no files', () => {
    const { translations, ...plain } = course;
    const detached = detachTranslations(plain);
    assert.equal(detached.course, plain);
    assert.deepEqual(detached.files, []);
  });
});
