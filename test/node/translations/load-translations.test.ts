// loadTranslations: modules/<language>/*.yaml checked against the English, with
// every problem at its file, line and column, in words a trainer can act on.
// Each test breaks a copy of the complete fixture Spanish (or rewords the
// English) in one way and expects exactly the problem the trainer would read.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { displayPath } from '../../../scripts/lib/paths.js';
import type { EnglishCourse } from '../../../scripts/lib/translations/language-folder.js';
import { loadTranslations } from '../../../scripts/lib/translations/load-translations.js';
import { sourceHash } from '../../../scripts/lib/translations/source-hash.js';
import type { Module } from '../../../src/content/types.js';
import { formatProblem, type Problem } from '../../../src/content/validate.js';
import { replaceOnce } from '../../fixtures/course-copy.js';
import { copySpanishYaml, fixtureEnglish, lineOf } from '../../fixtures/spanish-yaml.js';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the fixture Spanish, with `edit` applied to 02-incidents.yaml. */
function spanish(edit: (text: string) => string = (t) => t): { dir: string; file: string; shown: string } {
  const dir = copySpanishYaml((name, text) => (name === '02-incidents.yaml' ? edit(text) : text));
  dirs.push(dir);
  const file = join(dir, 'es', '02-incidents.yaml');
  return { dir, file, shown: displayPath(file) };
}

/** The problems about 02-incidents.yaml only (the fixture leaves 01-greeting untranslated, which is one warning of its own). */
function problemsOf(dir: string, english: EnglishCourse, file: string): Problem[] {
  return loadTranslations(dir, english).problems.filter((p) => p.file === file);
}

const incidentsOf = (english: EnglishCourse): Module => english.modules.find((m) => basename(m.file).startsWith('02-incidents'))!.value as Module;

describe('loadTranslations', async () => {
  const english = await fixtureEnglish();
  const incidentsFile = english.modules[1]!.file;

  test('the complete Spanish of a module and course.yaml: assembled by module id, one warning for the module left in English', () => {
    const { dir } = spanish();
    const { translations, problems, coverage } = loadTranslations(dir, english);
    assert.equal(translations?.['es']?.title, 'Recepción y seguridad: lo básico');
    assert.deepEqual(Object.keys(translations?.['es']?.modules ?? {}), ['incidents']);
    assert.deepEqual(translations!['es']!.modules['incidents']!.lessons['how_to_report'], { title: 'Cómo reportar', blocks: [{ items: ['Escríbelo', 'Avísale al supervisor'] }] });
    assert.deepEqual(coverage, { es: { modules: 1 } });
    assert.deepEqual(problems.map(formatProblem), [
      `${displayPath(join(dir, 'es'))}: warning: 1 of 2 modules are not translated (${basename(english.modules[0]!.file)}): Spanish learners see them in English — translate one by creating its file here, e.g. 01-greeting.yaml — npm run translations -- export es gives every text to a translation agency`,
    ]);
  });

  test('rewording the English makes its translation stale: a warning at the from: line, the Spanish still shown', () => {
    const { dir, file, shown } = spanish();
    const reworded = structuredClone(english);
    incidentsOf(reworded).lessons[0]!.blocks[0] = { kind: 'paragraph', text: 'Report what you saw, when, where and who was there.' };
    const text = readFileSync(file, 'utf8');
    const line = lineOf(text, 'what_to_report.block1.text:') + 2;
    assert.equal(text.split('\n')[line - 1], `  from: ${sourceHash('Report what you saw, when and where.')}`, 'the warning points at the from: line');
    const { problems, translations } = loadTranslations(dir, reworded);
    assert.deepEqual(problems.filter((p) => p.file === shown).map(formatProblem), [
      `${shown}:${line}:3: warning: what_to_report.block1.text: the English changed since this was translated — check the Spanish against the English now: "Report what you saw, when, where and who was there.", then set from: ${sourceHash('Report what you saw, when, where and who was there.')}`,
    ]);
    assert.deepEqual(translations!['es']!.modules['incidents']!.lessons['what_to_report']!.blocks, [{ text: 'Reporta lo que viste, cuándo y dónde.' }]);
    // Re-wrapping the English (white space only) is not a change a learner can see.
    incidentsOf(reworded).lessons[0]!.blocks[0] = { kind: 'paragraph', text: 'Report what you saw,\n  when and where. ' };
    assert.deepEqual(problemsOf(dir, reworded, shown), []);
  });

  test('setting from: to the new hash, as the warning says, clears it', () => {
    const newText = 'Report what you saw, and when.';
    const { dir, shown } = spanish((t) => replaceOnce(t, `from: ${sourceHash('Report what you saw, when and where.')}`, `from: ${sourceHash(newText)}`));
    const reworded = structuredClone(english);
    incidentsOf(reworded).lessons[0]!.blocks[0] = { kind: 'paragraph', text: newText };
    assert.deepEqual(problemsOf(dir, reworded, shown), []);
  });

  test('a missing text: a warning where it belongs, naming the English to translate and its hash; the module is shown in English until then', () => {
    const { dir, file, shown } = spanish((t) => replaceOnce(t, `# Report at once.\nreport_when.feedback.incorrect:\n  text: Se reportan enseguida.\n  from: ${sourceHash('Report at once.')}\n\n`, ''));
    const line = lineOf(readFileSync(file, 'utf8'), 'report_when.feedback.correct:');
    assert.deepEqual(problemsOf(dir, english, shown).map(formatProblem), [
      `${shown}:${line}:1: warning: report_when.feedback.incorrect: is missing, so this module is shown in English until it is translated — translate the English "Report at once." (${incidentsFile}) and add it after report_when.feedback.correct, with from: ${sourceHash('Report at once.')}`,
    ]);
    const loaded = loadTranslations(dir, english);
    assert.equal(loaded.translations?.['es']?.modules['incidents'], undefined, 'never half in Spanish');
    assert.equal(loaded.coverage['es']?.modules, 0);
  });

  test('a mistyped key: unknown, with the key it was meant to be; and the real one missing', () => {
    const { dir, file, shown } = spanish((t) => replaceOnce(t, 'report_what.opinion.feedback:', 'report_what.opinoin.feedback:'));
    const text = readFileSync(file, 'utf8');
    assert.deepEqual(problemsOf(dir, english, shown).map(formatProblem), [
      `${shown}:${lineOf(text, 'report_what.opinion.text:')}:1: warning: report_what.opinion.feedback: is missing, so this module is shown in English until it is translated — translate the English "Facts first." (${incidentsFile}) and add it after report_what.opinion.text, with from: ${sourceHash('Facts first.')}`,
      `${shown}:${lineOf(text, 'report_what.opinoin.feedback:')}:1: report_what.opinoin.feedback: is not a text of ${incidentsFile} — did you mean report_what.opinion.feedback? Correct the key, or delete the entry if the English no longer has this text`,
    ]);
  });

  test('a key far from any text of the module, a mistyped field, an empty text and a number', () => {
    const { dir, file, shown } = spanish((t) =>
      replaceOnce(
        replaceOnce(replaceOnce(t, '  text: Reportar incidentes\n', '  txt: Reportar incidentes\n'), '  text: Qué reportar\n', '  text: ""\n'),
        '  text: 10:40\n',
        '  text: 10\n',
      ) + '\npatrols.title:\n  text: Rondas\n  from: abcdef\n',
    );
    const text = readFileSync(file, 'utf8');
    assert.deepEqual(problemsOf(dir, english, shown).map(formatProblem), [
      `${shown}:${lineOf(text, 'incidents.title:')}:1: incidents.title: has no text — add text: with the Spanish for "Reporting incidents"`,
      `${shown}:${lineOf(text, 'txt: Reportar incidentes')}:3: incidents.title: "txt" is not part of a translation — did you mean text? an entry has only text: and from:`,
      `${shown}:${lineOf(text, 'text: ""')}:3: what_to_report.title: its text is empty — write the Spanish for "What to report"`,
      `${shown}:${lineOf(text, 'text: 10')}:3: bank_report_parts.when.target: its text is a number, not words — put the text in double quotes ("…")`,
      `${shown}:${lineOf(text, 'patrols.title:')}:1: patrols.title: is not a text of ${incidentsFile} — delete the entry if the English no longer has this text; the keys are the ids of ${incidentsFile} (modules/README.md, Translations)`,
    ]);
  });

  test('an entry of another module is sent to its file', () => {
    const greeting = english.modules[0]!.value as Module;
    const key = `${greeting.id}.title`;
    const { dir, file, shown } = spanish((t) => `${t}\n${key}:\n  text: Saludo\n  from: ${sourceHash(greeting.title)}\n`);
    assert.deepEqual(problemsOf(dir, english, shown).map(formatProblem), [
      `${shown}:${lineOf(readFileSync(file, 'utf8'), `${key}:`)}:1: ${key}: is not a text of ${incidentsFile}, it translates another file — move the entry to ${displayPath(join(dir, 'es', '01-greeting.yaml'))}`,
    ]);
  });

  test('a text written without text: and from: is used, with a warning to tie it to its English', () => {
    const { dir, file, shown } = spanish((t) => replaceOnce(t, 'what_to_report.title:\n  text: Qué reportar\n  from: da27ae\n', 'what_to_report.title: Qué se reporta\n'));
    const { problems, translations } = loadTranslations(dir, english);
    assert.deepEqual(problems.filter((p) => p.file === shown).map(formatProblem), [
      `${shown}:${lineOf(readFileSync(file, 'utf8'), 'what_to_report.title: Qué se reporta')}:1: warning: what_to_report.title: does not say which English it was translated from — check the Spanish against the English "What to report", then add from: ${sourceHash('What to report')}`,
    ]);
    assert.equal(translations!['es']!.modules['incidents']!.lessons['what_to_report']!.title, 'Qué se reporta');
  });

  test('a YAML mistake is reported in plain words at its line, and only it', () => {
    const { dir, file, shown } = spanish((t) => replaceOnce(t, '  text: Qué reportar\n', '  text: Qué reportar: todo\n'));
    const { problems, translations } = loadTranslations(dir, english);
    assert.deepEqual(problems.filter((p) => p.file === shown).map((p) => [p.line, p.message]), [[lineOf(readFileSync(file, 'utf8'), 'text: Qué reportar: todo'), 'a colon inside text needs quotes']]);
    assert.equal(translations!['es']!.modules['incidents'], undefined, 'an unreadable file translates nothing: the module stays in English, marked so');
  });

  test('files: one for a module the course does not have (with the near name), and no course.yaml', () => {
    const { dir } = spanish();
    const es = join(dir, 'es');
    renameSync(join(es, '02-incidents.yaml'), join(es, '02-incident.yaml'));
    writeFileSync(join(es, '03-patrols.yaml'), 'patrols.title:\n  text: Rondas\n  from: abcdef\n');
    unlinkSync(join(es, 'course.yaml'));
    const englishDir = displayPath(join(incidentsFile, '..'));
    const ext = incidentsFile.slice(incidentsFile.lastIndexOf('.'));
    const { problems, coverage } = loadTranslations(dir, english);
    assert.deepEqual(problems.map(formatProblem), [
      `${displayPath(join(es, 'course.yaml'))}: is missing — create it with the Spanish course title, description and assessment title (npm run translations -- export es gives every text to translate)`,
      `${displayPath(join(es, '02-incident.yaml'))}:1:1: has no module to translate: there is no ${englishDir}/02-incident${ext} — did you mean 02-incidents.yaml? Name the file like the module it translates, or delete it`,
      `${displayPath(join(es, '03-patrols.yaml'))}:1:1: has no module to translate: there is no ${englishDir}/03-patrols${ext} — name the file like the module it translates (01-greeting.yaml, 02-incidents.yaml), or delete it`,
      `${displayPath(es)}: warning: 2 of 2 modules are not translated (${basename(english.modules[0]!.file)}, ${basename(incidentsFile)}): Spanish learners see them in English — translate one by creating its file here, e.g. 01-greeting.yaml — npm run translations -- export es gives every text to a translation agency`,
    ]);
    assert.deepEqual(coverage, { es: { modules: 0 } });
  });

  test('folders: the course language itself, a name that is not a language tag; a regional variant and a folder of images are fine', () => {
    const dir = copySpanishYaml();
    dirs.push(dir);
    renameSync(join(dir, 'es'), join(dir, 'EN'));
    copySpanishYaml(undefined, join(dir, 'spanish'));
    renameSync(join(dir, 'spanish', 'es'), join(dir, 'spanish-tmp'));
    rmSync(join(dir, 'spanish'), { recursive: true });
    renameSync(join(dir, 'spanish-tmp'), join(dir, 'spanish'));
    mkdirSync(join(dir, 'img'));
    writeFileSync(join(dir, 'img', 'logo.svg'), '<svg/>');
    const { problems, translations } = loadTranslations(dir, english);
    assert.deepEqual(problems.map(formatProblem), [
      `${displayPath(join(dir, 'EN'))}: translates the course into its own language (${english.config.file} says language: en) — delete the folder, or set language in ${english.config.file} to the language the modules are written in`,
      `${displayPath(join(dir, 'spanish'))}: "spanish" is not a language tag, so its translations are not used — name a translation folder with a BCP 47 tag, e.g. modules/es or modules/pt-BR`,
    ]);
    assert.equal(translations, undefined, 'no usable language folder: no translations, so the content version stays what it was');

    renameSync(join(dir, 'EN'), join(dir, 'en-GB'));
    rmSync(join(dir, 'spanish'), { recursive: true });
    const regional = loadTranslations(dir, english);
    assert.deepEqual(Object.keys(regional.translations ?? {}), ['en-GB']);
    assert.deepEqual(regional.problems.filter((p) => p.severity !== 'warning'), []);
  });
});
