// Translation units: one key per English text, built from the course's ids,
// in the order the texts are written; and the nested translation assembled
// from them is what localize.ts shows.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCourse } from '../../../scripts/lib/load-course.js';
import { localizeCourse } from '../../../src/content/localize.js';
import { NOT_TEXT } from '../../../src/content/translatable.js';
import { assembleCourseConfigTranslation, assembleModuleTranslation, courseConfigUnits, moduleUnits } from '../../../src/content/translation-units.js';
import type { Course } from '../../../src/content/types.js';
import { FIXTURE_COURSE } from '../../fixtures/course-copy.js';

/** Every text of a part of the course, as localize.ts sees it (translatable.ts: strings that are not codes). */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => (NOT_TEXT.has(k) ? [] : texts(v)));
  return [];
}

/** Stand-in translation of every unit: its key in brackets, so each shown text says which unit it came from. */
const bracketed = (units: { key: string }[]) => new Map(units.map((u) => [u.key, `[${u.key}]`]));

describe('translation units', () => {
  test('a module: keys from its ids, blocks counted from 1 within their lesson, in the written order', async () => {
    const { course } = await loadCourse(FIXTURE_COURSE);
    const incidents = course.modules.find((m) => m.id === 'incidents')!;
    assert.deepEqual(
      moduleUnits(incidents).map((u) => `${u.key}: ${u.source}`),
      [
        'incidents.title: Reporting incidents',
        'report_incidents.text: Report an incident completely',
        'what_to_report.title: What to report',
        'what_to_report.block1.text: Report what you saw, when and where.',
        'how_to_report.title: How to report',
        'how_to_report.block1.item1: Write it down',
        'how_to_report.block1.item2: Tell the supervisor',
        'report_when.prompt: Report incidents at the end of the week.',
        'report_when.feedback.correct: Right: report at once.',
        'report_when.feedback.incorrect: Report at once.',
        'report_what.prompt: What goes into a report first?',
        'report_what.facts.text: What you saw',
        'report_what.facts.feedback: Yes: facts first.',
        'report_what.opinion.text: What you think',
        'report_what.opinion.feedback: Facts first.',
        'report_order.prompt: Order the steps.',
        'report_order.observe.text: Observe',
        'report_order.write.text: Write it down',
        'report_order.tell.text: Tell the supervisor',
        'report_order.feedback.correct: Right.',
        'report_order.feedback.incorrect: Observe, write, tell.',
        'bank_report_who.prompt: Who receives the report?',
        'bank_report_who.supervisor.text: The supervisor',
        'bank_report_who.supervisor.feedback: Yes.',
        'bank_report_who.visitor.text: The visitor',
        'bank_report_who.visitor.feedback: No.',
        'bank_report_parts.prompt: Match each question to its answer.',
        'bank_report_parts.when.prompt: When?',
        'bank_report_parts.when.target: 10:40',
        'bank_report_parts.where.prompt: Where?',
        'bank_report_parts.where.target: Main entrance',
        'bank_report_parts.feedback.correct: Complete.',
        'bank_report_parts.feedback.incorrect: Check when and where.',
        'bank_report_now.prompt: A small incident can wait.',
        'bank_report_now.feedback.correct: Right.',
        'bank_report_now.feedback.incorrect: Every incident is reported at once.',
      ],
    );
  });

  test('the real course: every text localize.ts replaces is exactly one unit, in every question type', async () => {
    const { course } = await loadCourse('modules');
    const types = new Set(course.modules.flatMap((m) => [...m.check, ...m.bank, ...m.lessons.flatMap((l) => l.blocks.flatMap((b) => (b.kind === 'scenario' ? [b.question] : [])))]).map((q) => q.type));
    assert.deepEqual([...types].sort(), ['branching', 'matching', 'multiple', 'sequencing', 'single', 'truefalse']);
    const keys = new Set<string>();
    for (const module of course.modules) {
      const units = moduleUnits(module);
      for (const u of units) {
        assert.equal(keys.has(u.key), false, `${u.key} is the key of one text only`);
        keys.add(u.key);
      }
      const translation = { ...assembleCourseConfigTranslation(course, new Map()), modules: { [module.id]: assembleModuleTranslation(module, bracketed(units)) } };
      const shown = localizeCourse({ ...course, translations: { es: translation } }, 'es').modules.find((m) => m.id === module.id)!;
      // Each shown text is the unit of the English text in the same place.
      assert.deepEqual(texts(shown), texts(module).map((_, i) => `[${units[i]!.key}]`), `module ${module.id}`);
      assert.deepEqual(units.map((u) => u.source), texts(module), `module ${module.id}: units in the written order`);
    }
  });

  test('course settings: title, description, the attestation and release only when the course has them, and the assessment title', async () => {
    const { course } = await loadCourse('modules');
    const keys = courseConfigUnits(course).map((u) => u.key);
    assert.deepEqual(keys, ['security_customer_service.title', 'security_customer_service.description', 'security_customer_service.attestation', 'security_customer_service.release', 'final_assessment.title']);
    const { attestation, release, ...without } = course;
    assert.deepEqual(courseConfigUnits(without as Course).map((u) => u.key), ['security_customer_service.title', 'security_customer_service.description', 'final_assessment.title']);
    const shown = localizeCourse({ ...course, translations: { es: { ...assembleCourseConfigTranslation(course, bracketed(courseConfigUnits(course))), modules: {} } } }, 'es');
    assert.deepEqual([shown.title, shown.description, shown.attestation, shown.release, shown.assessment.title], keys.map((k) => `[${k}]`));
  });

  test('a unit with no text keeps the English there; the rest of the module is translated', async () => {
    const { course } = await loadCourse(FIXTURE_COURSE);
    const incidents = course.modules.find((m) => m.id === 'incidents')!;
    const texts = bracketed(moduleUnits(incidents));
    texts.delete('what_to_report.block1.text');
    const translation = { ...assembleCourseConfigTranslation(course, new Map()), modules: { incidents: assembleModuleTranslation(incidents, texts) } };
    const shown = localizeCourse({ ...course, translations: { es: translation } }, 'es').modules.find((m) => m.id === 'incidents')!;
    assert.deepEqual(shown.lessons[0]!.blocks[0], { kind: 'paragraph', text: 'Report what you saw, when and where.' });
    assert.equal(shown.lessons[0]!.title, '[what_to_report.title]');
  });
});
