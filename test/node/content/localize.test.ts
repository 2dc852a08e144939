// localizeCourse, the language choice and the interface catalogues: texts are
// replaced where a translation exists, ids and settings never change,
// untranslated modules keep their text and say which language it is in.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCatalogue } from '../../../src/components/i18n/catalogues.js';
import { spanish } from '../../../src/components/i18n/spanish.js';
import { english } from '../../../src/components/i18n/strings.js';
import { chooseLanguage, matchLanguage } from '../../../src/content/language.js';
import { localizeCourse } from '../../../src/content/localize.js';
import { NOT_TEXT } from '../../../src/content/translatable.js';
import type { Course } from '../../../src/content/types.js';
import { config, greeting, incidents, spanish as spanishCourse } from '../../fixtures/minimal-course.js';

const course: Course = {
  ...config,
  modules: [greeting, incidents],
  version: 'abcdef123456',
  translations: { es: spanishCourse },
};

/** Every text in a tree, as [path, text]; codes (ids, kinds…) left out. */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (NOT_TEXT.has(k) ? [] : texts(v, path ? `${path}.${k}` : k)));
  }
  return [];
}

/** The tree with every text blanked and the language marks removed: ids, order, answers and numbers only. */
function skeleton(value: unknown): unknown {
  if (typeof value === 'string') return '';
  if (Array.isArray(value)) return value.map(skeleton);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'language')
        .map(([k, v]) => [k, NOT_TEXT.has(k) ? v : skeleton(v)]),
    );
  }
  return value;
}

/** A module without the marks localizeCourse adds to an untranslated one. */
function unmarked(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unmarked);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'language').map(([k, v]) => [k, unmarked(v)]));
  return value;
}

describe('localizeCourse', () => {
  const es = localizeCourse(course, 'es');

  test('replaces every text of a translated module, and the course texts', () => {
    assert.equal(es.language, 'es');
    assert.equal(es.title, 'Recepción y seguridad: lo básico');
    assert.equal(es.assessment.title, 'Evaluación final');
    const before = texts(incidents);
    const after = texts(es.modules[1]);
    assert.deepEqual(after.map(([p]) => p), before.map(([p]) => p), 'the same texts in the same places');
    // "10:40" is the same in both languages; every other text must have been replaced.
    const untranslated = after.filter(([, t], i) => t === before[i]![1] && t !== '10:40').map(([p]) => p);
    assert.deepEqual(untranslated, []);
    const m = es.modules[1]!;
    assert.equal(m.lessons[1]!.blocks[0]!.kind === 'list' && m.lessons[1]!.blocks[0]!.items[1], 'Avísale al supervisor');
    assert.equal(m.bank[1]!.type === 'matching' && m.bank[1]!.pairs[1]!.target.text, 'Entrada principal');
    assert.equal(m.check[2]!.type === 'sequencing' && m.check[2]!.items[2]!.text, 'Avisarle al supervisor');
    assert.equal(m.language, undefined, 'a translated module is in the page language: no mark');
  });

  test('ids, order, answers, settings and the version are identical', () => {
    assert.deepEqual(skeleton(es.modules), skeleton(course.modules));
    assert.deepEqual(skeleton(es.assessment), skeleton(course.assessment));
    assert.equal(es.id, course.id);
    assert.equal(es.version, course.version);
  });

  test('an untranslated module keeps its text and is marked, down to lessons and questions, with the course language', () => {
    const m = es.modules[0]!;
    assert.deepEqual(unmarked(m), greeting);
    assert.equal(m.language, 'en');
    assert.deepEqual(m.lessons.map((l) => l.language), ['en', 'en']);
    assert.deepEqual([...m.check, ...m.bank].map((q) => q.language), Array(9).fill('en'));
    const scenario = m.lessons[1]!.blocks[1]!;
    assert.equal(scenario.kind === 'scenario' && scenario.question.language, 'en');
  });

  test('the course language, or a language the course lacks, gives the course back unchanged', () => {
    assert.equal(localizeCourse(course, 'en'), course);
    assert.equal(localizeCourse(course, 'en-US'), course);
    assert.equal(localizeCourse(course, 'fr'), course);
    assert.equal(localizeCourse({ ...course, translations: undefined }, 'es').language, 'en');
  });

  test('regional and loosely written tags find the translation; the source is not changed', () => {
    const copy = structuredClone(course);
    assert.equal(localizeCourse(course, 'es-MX').title, es.title);
    assert.equal(localizeCourse(course, 'ES_mx').language, 'es');
    assert.deepEqual(course, copy);
  });
});

describe('choosing the language', () => {
  const spanishBuild = { ...course, defaultLanguage: 'es' };

  test("the LMS's preference wins when the course has it", () => {
    assert.equal(chooseLanguage(course, 'es-MX'), 'es');
    assert.equal(chooseLanguage(spanishBuild, 'en-US'), 'en');
    assert.equal(chooseLanguage(course, 'fr-CA,es'), 'es', 'a list (cmi5 languagePreference) is tried in order');
  });

  test("else the package's default, else the course's language", () => {
    assert.equal(chooseLanguage(spanishBuild, null), 'es');
    assert.equal(chooseLanguage(spanishBuild, 'fr'), 'es');
    assert.equal(chooseLanguage(spanishBuild, ''), 'es');
    assert.equal(chooseLanguage(course, 'fr'), 'en');
    assert.equal(chooseLanguage(course, null), 'en');
  });

  test('matching prefers the exact tag, then the same primary language', () => {
    assert.equal(matchLanguage(['en', 'es', 'es-MX'], 'es-MX'), 'es-MX');
    assert.equal(matchLanguage(['en', 'es-419'], 'es'), 'es-419');
    assert.equal(matchLanguage(['en', 'es'], 'eng'), null);
    assert.equal(matchLanguage(['en', 'es'], ' , '), null);
  });
});

describe('interface catalogues', () => {
  test('chosen by primary subtag; anything else is English', async () => {
    for (const tag of ['es', 'es-MX', 'es-419', 'ES', 'es_US']) assert.equal(await loadCatalogue(tag), spanish, tag);
    for (const tag of ['en', 'en-GB', 'fr', '', null]) assert.equal(await loadCatalogue(tag), english, String(tag));
  });

  test('the Spanish catalogue leaves no English behind', () => {
    // Messages take numbers, or a list of them (answerFirst): sampled with whichever they accept.
    const call = (f: (...args: unknown[]) => unknown): string => {
      try {
        return String(f(2, 5));
      } catch {
        return String(f([2, 5]));
      }
    };
    const sample = (value: unknown) => (typeof value === 'function' ? call(value as (...args: unknown[]) => unknown) : String(value));
    const same = Object.keys(english).filter((key) => sample(spanish[key as keyof typeof spanish]) === sample(english[key as keyof typeof english]));
    assert.deepEqual(same, []);
  });

  test('plurals and numbers in Spanish', () => {
    assert.equal(spanish.lessonsLeft(1), 'Falta por abrir 1 lección:');
    assert.equal(spanish.lessonsLeft(3), 'Faltan por abrir 3 lecciones:');
    assert.equal(spanish.attemptsInfo(1), 'Este es tu último intento.');
    assert.equal(spanish.attemptsInfo(2), 'Te quedan 2 intentos.');
    assert.equal(spanish.attemptsInfo(null), 'Puedes hacerla todas las veces que necesites.');
    assert.match(spanish.submitUnanswered(1), /^Falta responder 1 pregunta\./);
    assert.match(spanish.assessmentIntro(1, 80), /^Esta evaluación tiene 1 pregunta\. Necesitas 80% para aprobar/);
    assert.equal(spanish.movedTo('Observar', spanish.positionOf(2, 3)), 'Observar: ahora en la posición 2 de 3.');
  });
});
