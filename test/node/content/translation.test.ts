// The translation rules of the validator: a module translation names only the
// module's ids, has every text, no empty text, the module's structure, and
// nothing but text. Each test breaks a copy of a complete fixture translation
// in one way and expects exactly the problem an author would read.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatProblem, validateCourse, type CourseInput } from '../../../src/content/validate.js';
import { config, greeting, incidents } from '../../fixtures/minimal-course.js';
import esConfig from '../../fixtures/translations/es/course.js';
import esIncidents from '../../fixtures/translations/es/02-incidents.js';

type Json = Record<string, any>;

interface Variant {
  language?: string;
  config?: unknown | null;
  /** Translation files by name; default: the complete 02-incidents.ts. */
  modules?: Record<string, unknown>;
  courseConfig?: unknown;
  /** Replaces c/02-incidents.ts. */
  sourceModule?: unknown;
}

function problems(v: Variant = {}): string[] {
  const input: CourseInput = {
    config: { file: 'c/course.ts', value: v.courseConfig ?? config },
    modules: [
      { file: 'c/01-greeting.ts', value: greeting },
      { file: 'c/02-incidents.ts', value: v.sourceModule ?? incidents },
    ],
    translations: [
      {
        language: v.language ?? 'es',
        folder: `c/${v.language ?? 'es'}`,
        config: v.config === null ? null : { file: 'c/es/course.ts', value: v.config ?? esConfig },
        modules: Object.entries(v.modules ?? { '02-incidents.ts': esIncidents }).map(([name, value]) => ({ file: `c/es/${name}`, value })),
      },
    ],
  };
  return validateCourse(input).map(formatProblem);
}

/** The complete translation, changed by `edit` on a deep copy. */
function broken(edit: (t: Json) => void): Variant {
  const t = structuredClone(esIncidents) as Json;
  edit(t);
  return { modules: { '02-incidents.ts': t } };
}

const F = 'c/es/02-incidents.ts';

describe('translation validation', () => {
  test('a complete translation of one module, plus course.ts, has no problems', () => {
    assert.deepEqual(problems(), []);
  });

  test('an id the module does not have is reported with the ids it does have', () => {
    const p = problems(broken((t) => (t.check.report_what.options.guess = { text: 'Adivinar', feedback: 'No.' })));
    assert.deepEqual(p, [`${F}: check.report_what.options.guess: "guess" is not an id in c/02-incidents.ts: check[1].options — use its ids: facts, opinion`]);
  });

  test('a renamed lesson id is both a missing lesson and an unknown id', () => {
    const p = problems(
      broken((t) => {
        t.lessons.how_to_write = t.lessons.how_to_report;
        delete t.lessons.how_to_report;
      }),
    );
    assert.deepEqual(p, [
      `${F}: lessons.how_to_report: is missing — translate c/02-incidents.ts: lessons[1]`,
      `${F}: lessons.how_to_write: "how_to_write" is not an id in c/02-incidents.ts: lessons — use its ids: what_to_report, how_to_report`,
    ]);
  });

  test('a missing text names the English to translate and where it is', () => {
    const p = problems(broken((t) => delete t.bank.bank_report_now.feedback.incorrect));
    assert.deepEqual(p, [`${F}: bank.bank_report_now.feedback.incorrect: is missing — translate "Every incident is reported at once." (c/02-incidents.ts: bank[2].feedback.incorrect)`]);
  });

  test('a missing question is one problem, not one per text', () => {
    const p = problems(broken((t) => delete t.check.report_order));
    assert.deepEqual(p, [`${F}: check.report_order: is missing — translate c/02-incidents.ts: check[2]`]);
  });

  test('empty text, and text that is not a string', () => {
    const p = problems(
      broken((t) => {
        t.title = '  ';
        t.objectives.report_incidents.text = 3;
      }),
    );
    assert.deepEqual(p, [
      `${F}: title: is empty — translate "Reporting incidents" (c/02-incidents.ts: title)`,
      `${F}: objectives.report_incidents.text: must be text, not a number — write the translation of "Report an incident completely" in quotes`,
    ]);
  });

  test('structure: list items one for one, blocks as a list, id-keyed objects rather than lists', () => {
    const p = problems(
      broken((t) => {
        t.lessons.how_to_report.blocks[0].items.push('Olvidarlo');
        t.lessons.what_to_report.blocks = { text: 'Reporta.' };
        t.bank.bank_report_who.options = [{ text: 'El supervisor', feedback: 'Sí.' }];
      }),
    );
    assert.deepEqual(p, [
      `${F}: lessons.what_to_report.blocks: must be a list, not an object — write the entries of c/02-incidents.ts: lessons[0].blocks as a list in [ ], one for one, in the same order`,
      `${F}: lessons.how_to_report.blocks[0].items: has 3 entries, but c/02-incidents.ts: lessons[1].blocks[0].items has 2 — translate each entry, one for one, in the same order`,
      `${F}: bank.bank_report_who.options: must be an object keyed by id, not a list — write { supervisor: { … }, … } with the ids of c/02-incidents.ts: bank[0].options`,
    ]);
  });

  test('a block of another kind than the lesson has in that place', () => {
    const p = problems(broken((t) => (t.lessons.how_to_report.blocks[0] = { text: 'Escríbelo y avisa.' })));
    assert.deepEqual(p, [
      `${F}: lessons.how_to_report.blocks[0].items: is missing — translate c/02-incidents.ts: lessons[1].blocks[0].items`,
      `${F}: lessons.how_to_report.blocks[0].text: c/02-incidents.ts: lessons[1].blocks[0] has no "text" — remove it, or check the spelling: this part has items`,
    ]);
  });

  test('only text: ids, answers and misspelled fields are reported', () => {
    const p = problems(
      broken((t) => {
        t.check.report_what.options.facts.correct = true;
        t.check.report_what.id = 'report_what';
        t.check.report_what.options.opinion = { text: 'Lo que piensas', feedbak: 'Primero los hechos.' };
      }),
    );
    assert.deepEqual(p, [
      `${F}: check.report_what.options.facts.correct: is not text to translate — remove it: a translation keeps only the text, and the ids are its keys`,
      `${F}: check.report_what.options.opinion.feedback: is missing — translate "Facts first." (c/02-incidents.ts: check[1].options[1].feedback)`,
      `${F}: check.report_what.options.opinion.feedbak: c/02-incidents.ts: check[1].options[1] has no "feedbak" — remove it, or check the spelling: this part has text, feedback`,
      `${F}: check.report_what.id: is not text to translate — remove it: a translation keeps only the text, and the ids are its keys`,
    ]);
  });

  test('a module without a knowledge check: an empty check is fine, an entry in it is not', () => {
    const noCheck = { ...incidents, check: [] };
    const variant = (check: unknown): Variant => ({ modules: { '02-incidents.ts': { ...esIncidents, check } } });
    const p = (check: unknown) => problems({ ...variant(check), sourceModule: noCheck });
    assert.deepEqual(p({}), []);
    assert.deepEqual(p([]), []);
    assert.deepEqual(p({ report_when: { prompt: '¿Cuándo?' } }), [`${F}: check: c/02-incidents.ts: check is empty — leave it empty ({}): there is nothing to translate`]);
  });

  test('course.ts of a translation: required texts, and no attestation the course does not have', () => {
    assert.deepEqual(problems({ config: { title: 'Curso', description: 'Descripción', attestation: 'Entiendo.' } }), [
      'c/es/course.ts: assessment: is missing — translate c/course.ts: assessment',
      'c/es/course.ts: attestation: c/course.ts has no "attestation" — remove it, or check the spelling: this part has title, description, assessment',
    ]);
    const withAttestation = { ...config, attestation: 'I understand.' };
    assert.deepEqual(problems({ courseConfig: withAttestation }), ['c/es/course.ts: attestation: is missing — translate "I understand." (c/course.ts: attestation)']);
  });

  test('files: a module that does not exist, no course.ts, no default export', () => {
    assert.deepEqual(problems({ config: null, modules: { '03-patrols.ts': esIncidents, '02-incidents.ts': undefined } }), [
      'c/es: has no course.ts — create c/es/course.ts with export default defineCourseTranslation({ title, description, attestation, assessment: { title } })',
      'c/es/03-patrols.ts: translates c/03-patrols.ts, which does not exist — name the file like the module it translates (01-greeting.ts, 02-incidents.ts), or delete it',
      'c/es/02-incidents.ts: has no default export — end the file with export default defineTranslation({ … })',
    ]);
  });

  test('folders: not a language tag, or the course language itself', () => {
    assert.deepEqual(problems({ language: 'spanish' }), [
      'c/spanish: "spanish" is not a language tag — name translation folders with a BCP 47 tag, e.g. modules/es or modules/pt-BR',
    ]);
    assert.deepEqual(problems({ language: 'EN' }), [
      'c/EN: translates the course into its own language (c/course.ts says language: "en") — delete the folder, or set language in course.ts to the language the modules are written in',
    ]);
    assert.deepEqual(problems({ language: 'en-GB' }), [], 'a regional variant of the course language is a real translation');
  });
});
