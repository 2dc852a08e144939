// The site file (modules/site.yaml): what a firm writes, what the validator tells it, and the text officers then read.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { loadCourse } from '../../../scripts/lib/load-course.js';
import { localizeCourse } from '../../../src/content/localize.js';
import { fillCourse, fillText, SITE_FIELDS, type SiteValues } from '../../../src/content/site.js';
import { neutralWording } from '../../../src/content/site-wording.js';
import type { Course } from '../../../src/content/types.js';
import { formatProblem } from '../../../src/content/validate.js';
import { copyFixtureCourse, replaceOnce } from '../../fixtures/course-copy.js';
import { copySpanishYaml } from '../../fixtures/spanish-yaml.js';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const SENTENCE = 'Report what you saw, when and where.';

/** The fixture course with a placeholder sentence in its second module, an optional site.yaml and Spanish. */
async function load(opts: { english?: string; site?: string; spanish?: (text: string) => string } = {}) {
  const dir = copyFixtureCourse((name, text) => (name === '02-incidents.md' && opts.english ? replaceOnce(text, SENTENCE, opts.english) : text));
  if (opts.spanish) copySpanishYaml((name, text) => (name === '02-incidents.yaml' ? opts.spanish!(text) : text), dir);
  if (opts.site !== undefined) writeFileSync(join(dir, 'site.yaml'), opts.site);
  dirs.push(dir);
  const loaded = await loadCourse(dir);
  const shown = (p: (typeof loaded.problems)[number]) => formatProblem({ ...p, file: p.file.replace(/^.*\//, '') });
  return { ...loaded, dir, lines: loaded.problems.map(shown) };
}

const FULL_SITE = `firm: Northgate Security
site: Riverside Mall
control: Control on channel 2
emergency_phone: "911"
supervisor_phone: "0800 123 456"
lost_child_procedure: Radio Control with Code Adam.
backup_procedure: Press the red button on your radio.
`;

const paragraph = (course: Course) => (course.modules[1]!.lessons[0]!.blocks[0] as { text: string }).text;

describe('the site file', () => {
  test('is read with the course, is no stray file, and its values fill the placeholders', async () => {
    const { course, lines } = await load({ english: 'Tell {control} and call {supervisor_phone}. {backup_procedure}', site: FULL_SITE });
    assert.deepEqual(lines, []);
    assert.equal(course.site?.firm, 'Northgate Security');
    assert.equal(course.site?.supervisor_phone, '0800 123 456');
    // The packaged text keeps its placeholders (translations are checked against it); the player fills them at launch.
    assert.equal(paragraph(course), 'Tell {control} and call {supervisor_phone}. {backup_procedure}');
    assert.equal(paragraph(fillCourse(course, neutralWording)), 'Tell Control on channel 2 and call 0800 123 456. Press the red button on your radio.');
  });

  test('the site details are content: a changed number is a new version', async () => {
    const a = await load({ site: FULL_SITE });
    const b = await load({ site: FULL_SITE.replace('0800 123 456', '0800 123 457') });
    const none = await load();
    assert.notEqual(a.course.version, b.course.version);
    assert.notEqual(a.course.version, none.course.version);
  });

  test('each field left out is named, with the neutral words the course says instead', async () => {
    const { lines, course } = await load({ site: 'firm: Northgate Security\ncontrol: Control on channel 2\n' });
    const missing = SITE_FIELDS.filter((f) => f !== 'firm' && f !== 'control');
    assert.deepEqual(lines, missing.map((f) => `site.yaml:1:1: warning: ${f}: is missing — the course says "${neutralWording('en')[f]}" where {${f}} is written; add ${f}: with your site's own`));
    assert.deepEqual(Object.keys(course.site ?? {}), ['firm', 'control']);
  });

  test('a misspelt field, a number, an empty value and a placeholder in a value are errors', async () => {
    const { lines } = await load({ site: `${FULL_SITE.replace('control:', 'controll:').replace('"911"', '911').replace('site: Riverside Mall', 'site: ""').replace('Radio Control', 'Radio {control}')}` });
    assert.deepEqual(lines, [
      "site.yaml:2:1: site: is empty — write the site's name",
      'site.yaml:3:1: controll: "controll" is not a field here — did you mean "control"? (the fields here are firm, site, control, emergency_phone, supervisor_phone, lost_child_procedure, backup_procedure, logo, brand_colour, accent_colour)',
      'site.yaml:4:1: emergency_phone: is read as the number 911 — put it in double quotes, e.g. emergency_phone: "911", so it is shown exactly as written',
      'site.yaml:6:1: lost_child_procedure: holds a {placeholder} — write the value itself: placeholders belong in the course text',
    ]);
  });

  test('a course without a site file is not warned, and reads in neutral words', async () => {
    const { lines, course } = await load({ english: 'Tell {control}. {lost_child_procedure}' });
    assert.deepEqual(lines, []);
    assert.equal(course.site, undefined);
    assert.equal(paragraph(fillCourse(course, neutralWording)), "Tell the control room. Follow your site's lost-child procedure.");
  });

  test('an unknown placeholder is an error at its line, with the one it probably is', async () => {
    const { lines } = await load({ english: 'Tell {controll} and {nobody}.' });
    const text = readFileSync(join((await load()).dir, '02-incidents.md'), 'utf8');
    const line = text.split('\n').findIndex((l) => l === SENTENCE) + 1;
    assert.deepEqual(lines, [
      `02-incidents.md:${line}:1: lesson what_to_report, block 1: text: {controll} is not a site placeholder — did you mean {control}? the placeholders are {firm}, {site}, {control}, {emergency_phone}, {supervisor_phone}, {lost_child_procedure}, {backup_procedure} (modules/README.md, Site file)`,
    ]);
  });
});

test('the site file example in modules/README.md is read with no problem and names every field', async () => {
  const readme = readFileSync('modules/README.md', 'utf8');
  const example = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!).find((t) => t.includes('lost_child_procedure:'));
  assert.ok(example, 'modules/README.md has a site.yaml example');
  const { lines, course } = await load({ site: example });
  assert.deepEqual(lines, []);
  assert.deepEqual(Object.keys(course.site ?? {}), [...SITE_FIELDS]);
  for (const f of SITE_FIELDS) assert.ok(readme.includes(`| \`{${f}}\` |`) && readme.includes(`| ${neutralWording('en')[f]} |`), `README table row for ${f}`);
});

describe('placeholders in a translation', () => {
  test('an unknown one is an error; one the Spanish leaves out is a warning', async () => {
    const unknown = await load({ spanish: (t) => replaceOnce(t, 'Reporta lo que viste, cuándo y dónde.', 'Avisa a {controll}.') });
    assert.ok(unknown.lines.some((l) => /02-incidents\.yaml:\d+:\d+: what_to_report\.block1\.text: \{controll\} is not a site placeholder — did you mean \{control\}\?/.test(l)), unknown.lines.join('\n'));
    const dropped = await load({ english: 'Report it to {control}.', spanish: (t) => t });
    assert.ok(dropped.lines.some((l) => /02-incidents\.yaml:\d+:\d+: warning: what_to_report\.block1\.text: leaves out \{control\} — write it as in the English "Report it to \{control\}\."/.test(l)), dropped.lines.join('\n'));
  });

  test('the Spanish is filled in Spanish words, an English module in English words', async () => {
    const spanish = (t: string) => replaceOnce(t, 'Reporta lo que viste, cuándo y dónde.', 'Avisa a {control} y llama al {emergency_phone}.');
    const { course } = await load({ english: 'Tell {control} and call {emergency_phone}.', spanish: (t) => replaceOnce(spanish(t), 'from: 01ad7b', 'from: 01ad7b') });
    const es = fillCourse(localizeCourse(course, 'es'), neutralWording);
    assert.equal(paragraph(es), 'Avisa a la sala de control y llama al número de emergencias.');
    // Module 1 has no Spanish file: it stays English, in English words.
    const english = fillCourse({ ...es, modules: [{ ...es.modules[0]!, language: 'en', lessons: [{ ...es.modules[0]!.lessons[0]!, blocks: [{ kind: 'paragraph', text: 'Tell {control}.' }] }] }, es.modules[1]!] }, neutralWording);
    assert.equal((english.modules[0]!.lessons[0]!.blocks[0] as { text: string }).text, 'Tell the control room.');
  });
});

describe('filling a text', () => {
  const neutral = neutralWording('en');
  test('a value, a blank value and a missing one: never an empty slot', () => {
    const site: SiteValues = { control: 'Base 1', supervisor_phone: '   ' };
    assert.equal(fillText('Tell {control}, call {supervisor_phone}, then {site}.', site, neutral), 'Tell Base 1, call the number your site gives you, then your site.');
  });
  test('text with braces that are not placeholders is left as written', () => {
    assert.equal(fillText('Gate {#3} and {A}', {}, neutral), 'Gate {#3} and {A}');
  });
  test('values are put in as plain text: markup-like values stay characters (the components escape them)', () => {
    assert.equal(fillText('Firm: {firm}', { firm: '<script>alert(1)</script> & Co' }, neutral), 'Firm: <script>alert(1)</script> & Co');
  });
  test('every field has neutral words in every interface language', () => {
    for (const language of ['en', 'es', 'es-MX', 'fr']) {
      for (const f of SITE_FIELDS) assert.ok(neutralWording(language)[f].trim().length > 3, `${language} ${f}`);
    }
    assert.equal(neutralWording('es-MX').control, 'la sala de control');
    assert.equal(neutralWording('fr').control, 'the control room');
  });
});

test('the package manifests name the course with the site filled in, never a placeholder', async () => {
  const { templateView } = await import('../../../scripts/lib/stage.js');
  const { renderTemplate } = await import('../../../scripts/lib/render-template.js');
  const { course } = await load({ site: FULL_SITE.replace('Northgate Security', 'Northgate & <Sons>') });
  const withPlaceholder = { ...course, title: 'Customer service at {site}', description: 'For officers of {firm}.' };
  const xml = renderTemplate('manifest/xapi/tincan.xml.mustache', templateView(withPlaceholder));
  assert.match(xml, /<name lang="en">Customer service at Riverside Mall<\/name>/);
  assert.match(xml, /For officers of Northgate &amp; &lt;Sons&gt;\./);
  const neutral = renderTemplate('manifest/xapi/tincan.xml.mustache', templateView({ ...withPlaceholder, site: undefined }));
  assert.match(neutral, /Customer service at your site/);
});
