// XLIFF 1.2 for translation agencies: the export holds every text of the
// course (the Spanish as target, stale ones marked for review), opens as
// standard XLIFF 1.2, and comes back through the import without losing or
// changing anything; an edited target updates its text and its from: hash.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import xliff12ToJs from 'xliff/xliff12ToJs';
import { ROOT } from '../../../scripts/lib/paths.js';
import { escapeXml } from '../../../scripts/lib/render-template.js';
import { exportXliff } from '../../../scripts/lib/translations/export-xliff.js';
import { importXliff } from '../../../scripts/lib/translations/import-xliff.js';
import type { EnglishCourse } from '../../../scripts/lib/translations/language-folder.js';
import { loadTranslations } from '../../../scripts/lib/translations/load-translations.js';
import { sourceHash } from '../../../scripts/lib/translations/source-hash.js';
import { courseConfigUnits, moduleUnits } from '../../../src/content/translation-units.js';
import type { CourseConfig, Module } from '../../../src/content/types.js';
import { formatProblem } from '../../../src/content/validate.js';
import { copyFixtureCourse } from '../../fixtures/course-copy.js';
import { copySpanishYaml, fixtureEnglish, lineOf } from '../../fixtures/spanish-yaml.js';
import { schemaErrors, xmllint, xpathString } from '../build/xml.js';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const fresh = (): string => {
  const dir = copySpanishYaml();
  dirs.push(dir);
  return dir;
};
// The official schema is not in the repository (OASIS copyright); CI places it beside the project, as for the manifests.
const OFFICIAL = join(ROOT, '..', 'shared', 'schemas', 'xliff-core-1.2-strict.xsd');

const yamlFiles = (dir: string): Record<string, string> =>
  Object.fromEntries(readdirSync(join(dir, 'es')).sort().map((n) => [n, readFileSync(join(dir, 'es', n), 'utf8')]));

/** What a translation tool does to an untranslated unit: a <target> after its <source>. */
function addTarget(xml: string, id: string, text: string): string {
  const end = xml.indexOf('</source>\n', xml.indexOf(`id="${id}"`)) + '</source>\n'.length;
  return `${xml.slice(0, end)}        <target state="translated">${escapeXml(text)}</target>\n${xml.slice(end)}`;
}

async function roundTrip(from: string, into: string, english: EnglishCourse, edit: (xml: string) => string = (x) => x) {
  const xml = edit(exportXliff(join(from, 'es'), 'es', english).xml);
  const result = await importXliff(join(into, 'es'), 'es', english, 'es.xlf', xml);
  for (const w of result.writes) writeFileSync(w.path, w.text);
  return result;
}

describe('XLIFF export and import', async () => {
  const english = await fixtureEnglish();
  const allUnits = [courseConfigUnits(english.config.value as CourseConfig), ...english.modules.map((m) => moduleUnits(m.value as Module))];

  test('the export: one <file> per English file, every text as a <trans-unit>, the Spanish as <target>, none where untranslated', async () => {
    const dir = fresh();
    const { xml, counts } = exportXliff(join(dir, 'es'), 'es', english);
    const doc = await xliff12ToJs(xml);
    assert.equal(doc.xliffVersion, undefined, 'XLIFF 1.2');
    assert.deepEqual([doc.sourceLanguage, doc.targetLanguage], ['en', 'es']);
    const originals = [english.config.file, ...english.modules.map((m) => m.file)].map((f) => f.slice(f.lastIndexOf('/') + 1));
    assert.deepEqual(Object.keys(doc.resources), originals);
    const [config, greeting, incidents] = originals.map((o) => doc.resources[o]!);
    assert.deepEqual(Object.keys(greeting!), allUnits[1]!.map((u) => u.key));
    assert.ok(Object.values(greeting!).every((u) => u.target === undefined), 'the untranslated module has no targets');
    assert.deepEqual(incidents!['what_to_report.block1.text'], { source: 'Report what you saw, when and where.', target: 'Reporta lo que viste, cuándo y dónde.', additionalAttributes: { 'xml:space': 'preserve' } });
    assert.equal(config!['fixture_course.title']!.source, `Front desk & "Security" <Basics> — O'Neil's`, 'markup characters survive as text');
    const total = allUnits.flat().length;
    assert.deepEqual(counts, { units: total, translated: total - allUnits[1]!.length, stale: 0 });
  });

  test('the export opens as standard XLIFF 1.2 (well-formed; valid against the OASIS schema when it is placed in shared/schemas)', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'es.xlf'), exportXliff(join(dir, 'es'), 'es', english).xml);
    assert.equal(xmllint(dir, '--noout', 'es.xlf').status, 0);
    assert.equal(xpathString(dir, 'es.xlf', "/*[local-name()='xliff']/@version"), '1.2');
    assert.equal(xpathString(dir, 'es.xlf', "count(//*[local-name()='file'][@datatype='plaintext' and @source-language='en' and @target-language='es'])"), '3');
    if (existsSync(OFFICIAL)) assert.equal(schemaErrors(dir, OFFICIAL, 'es.xlf'), '');
  });

  test('a stale translation is exported for review: state="needs-review-translation" and a note', () => {
    const dir = fresh();
    const reworded = structuredClone(english);
    (reworded.modules[1]!.value as Module).title = 'Reporting an incident';
    writeFileSync(join(dir, 'es.xlf'), exportXliff(join(dir, 'es'), 'es', reworded).xml);
    const unit = (id: string) => `//*[local-name()='trans-unit'][@id='${id}']`;
    assert.equal(xpathString(dir, 'es.xlf', `${unit('incidents.title')}/*[local-name()='target']/@state`), 'needs-review-translation');
    assert.equal(xpathString(dir, 'es.xlf', `${unit('incidents.title')}/*[local-name()='source']`), 'Reporting an incident');
    assert.match(xpathString(dir, 'es.xlf', `${unit('incidents.title')}/*[local-name()='note']`), /changed since this was translated/);
    assert.equal(xpathString(dir, 'es.xlf', `${unit('what_to_report.title')}/*[local-name()='target']/@state`), 'translated');
  });

  test('round trip into the same files: byte for byte the same YAML, nothing written', async () => {
    const dir = fresh();
    const before = yamlFiles(dir);
    const result = await roundTrip(dir, dir, english);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.writes, []);
    assert.deepEqual(yamlFiles(dir), before);
  });

  test('round trip into an empty folder: the same Spanish, every file valid', async () => {
    const from = fresh();
    const reworded = structuredClone(english);
    (reworded.modules[1]!.value as Module).title = 'Reporting an incident';
    const into = fresh();
    for (const name of readdirSync(join(into, 'es'))) rmSync(join(into, 'es', name));
    const result = await roundTrip(from, into, reworded);
    assert.deepEqual(result.writes.map((w) => w.file.slice(w.file.lastIndexOf('/') + 1)), ['course.yaml', '02-incidents.yaml']);
    const a = loadTranslations(from, reworded);
    const b = loadTranslations(into, reworded);
    assert.deepEqual(b.translations, a.translations);
    assert.deepEqual(b.problems.filter((p) => p.severity !== 'warning'), []);
    // Whether a text is stale lives in the YAML (from:), not in the XLIFF: without the old file, the
    // import records each text as translated from the <source> the agency saw.
  });

  test('an edited target updates the text and its from:, and a module translated by the agency gets its file, in the English order', async () => {
    const dir = fresh();
    const greeting = allUnits[1]!;
    const result = await roundTrip(dir, dir, english, (xml) => {
      let edited = xml.replace('<target state="translated">Qué reportar</target>', '<target state="translated">Lo que se reporta</target>');
      // The agency translates 01-greeting: every unit gets a target.
      for (const u of greeting) edited = addTarget(edited, u.key, `ES ${u.source}`);
      return edited;
    });
    assert.deepEqual(result.problems, []);
    assert.equal(result.imported, 1 + greeting.length);
    const { translations, problems } = loadTranslations(dir, english);
    assert.deepEqual(problems.map(formatProblem), [], 'both files validate: no text missing, none stale');
    assert.equal(translations!['es']!.modules['incidents']!.lessons['what_to_report']!.title, 'Lo que se reporta');
    const incidents = readFileSync(join(dir, 'es', '02-incidents.yaml'), 'utf8');
    const at = lineOf(incidents, 'text: Lo que se reporta');
    assert.equal(incidents.split('\n')[at], `  from: ${sourceHash('What to report')}`);
    assert.match(incidents, /^# Spanish for 02-incidents\.md\n# The translation tests break copies of it on purpose\.\n/, 'the translator\'s notes at the top are kept');
    const created = readFileSync(join(dir, 'es', '01-greeting.yaml'), 'utf8');
    const keys = created.split('\n').filter((l) => /^\S+:$/.test(l)).map((l) => l.slice(0, -1));
    assert.deepEqual(keys, greeting.map((u) => u.key));
    assert.match(created, /^# Spanish for 01-greeting\.\w+\n/);
  });

  test('a text translated from English that changed since the export is imported, but stale, with a warning', async () => {
    const dir = fresh();
    const xml = exportXliff(join(dir, 'es'), 'es', english).xml.replace('<target state="translated">Qué reportar</target>', '<target state="translated">Lo que se reporta</target>');
    const reworded = structuredClone(english);
    (reworded.modules[1]!.value as Module).lessons[0]!.title = 'What goes in a report';
    const result = await importXliff(join(dir, 'es'), 'es', reworded, 'es.xlf', xml);
    assert.deepEqual(result.problems.map(formatProblem), [
      `es.xlf:${lineOf(xml, '<trans-unit id="what_to_report.title" xml:space="preserve">')}:19: warning: what_to_report.title: the English changed after this file was exported: imported into ${result.writes[0]!.file}, marked stale — check the Spanish against the English now (npm run validate lists it)`,
    ]);
    for (const w of result.writes) writeFileSync(w.path, w.text);
    const stale = loadTranslations(dir, reworded).problems.filter((p) => p.severity === 'warning' && p.path === 'what_to_report.title');
    assert.equal(stale.length, 1);
    assert.match(stale[0]!.fix, /"What goes in a report"/);
  });

  test('a wrong file is refused whole: another language, ids the course does not have, tags, not XLIFF', async () => {
    const dir = fresh();
    const before = yamlFiles(dir);
    const xml = exportXliff(join(dir, 'es'), 'es', english).xml;
    const refused = async (text: string) => {
      const r = await importXliff(join(dir, 'es'), 'es', english, 'es.xlf', text);
      assert.deepEqual(r.writes, []);
      return r.problems.map(formatProblem);
    };
    assert.deepEqual(await refused(xml.replaceAll('target-language="es"', 'target-language="fr"')), [
      `es.xlf:${lineOf(xml, xml.split('\n').find((l) => l.includes('target-language'))!.trim())}:${xml.split('\n').find((l) => l.includes('target-language'))!.indexOf('target-language') + 1}: is a translation into French (target-language="fr"), not Spanish — import it into its own language, or export es again`,
    ]);
    const renamed = xml.replace('id="report_what.opinion.feedback"', 'id="report_what.opinoin.feedback"');
    const p = await refused(renamed);
    assert.equal(p.length, 1);
    assert.match(p[0]!, /^es\.xlf:\d+:\d+: report_what\.opinoin\.feedback: is not a text of .*02-incidents\.\w+ — did you mean report_what\.opinion\.feedback\?/);
    assert.match((await refused(xml.replace('<target state="translated">Qué reportar</target>', '<target state="translated">Qué <g id="1">reportar</g></target>')))[0]!, /what_to_report\.title: contains tags/);
    assert.match((await refused('hola'))[0]!, /^es\.xlf:1:1: is not an XLIFF file/);
    assert.deepEqual(yamlFiles(dir), before);
  });

  test('npm run translations -- export es, then -- import es: the files the trainer has', () => {
    const dir = copyFixtureCourse();
    dirs.push(dir);
    copySpanishYaml(undefined, dir);
    const before = yamlFiles(dir);
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'translations.ts'), ...args, '--modules', dir], { cwd: ROOT, encoding: 'utf8' });
    const out = join(dir, 'agency', 'es.xlf');
    const exported = run('export', 'es', '--out', out);
    assert.equal(exported.status, 0, exported.stderr);
    assert.match(exported.stdout, /es\.xlf: \d+ texts — \d+ translated, 0 to check \(the English changed\), \d+ to translate/);
    writeFileSync(out, readFileSync(out, 'utf8').replace('<target state="translated">Qué reportar</target>', '<target state="translated">Lo que se reporta</target>'));
    const imported = run('import', 'es', out);
    assert.equal(imported.status, 0, imported.stderr);
    assert.match(imported.stdout, /✓ 1 text imported \(.*02-incidents\.yaml\)/);
    const after = yamlFiles(dir);
    assert.notEqual(after['02-incidents.yaml'], before['02-incidents.yaml']);
    assert.equal(after['course.yaml'], before['course.yaml']);
    const wrong = run('import', 'fr', out);
    assert.equal(wrong.status, 1);
    assert.match(wrong.stderr, /is a translation into Spanish \(target-language="es"\), not French/);
  });
});
