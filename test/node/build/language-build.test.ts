// `npm run build -- --language es`: the real course, the real SCORM 1.2 entry.
// The package starts in Spanish (defaultLanguage stamped into the bundled
// course), its launch page and manifest are Spanish, and the version is the
// English build's: language chooses among the content, it is not content.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build, type BuildResult } from '../../../scripts/lib/build.js';
import { loadCourse } from '../../../scripts/lib/load-course.js';
import { formatProblem } from '../../../src/content/validate.js';
import { FIXTURE_COURSE } from '../../fixtures/course-copy.js';
import { copyTranslatedCourse } from '../../fixtures/translated-copy.js';
import { english } from '../../../src/components/i18n/strings.js';
import { spanish } from '../../../src/components/i18n/spanish.js';

const tmp = mkdtempSync(join(tmpdir(), 'frontline-es-build-'));
let result: BuildResult;
const staged = (file: string) => readFileSync(join(tmp, 'out', '.stage', 'scorm12', file), 'utf8');
/** The course outline the package starts from (content/course.<hash>.json). */
const outline = () => staged(result.ok ? result.packages[0]!.files.find((f) => /^content\/course\.[0-9a-f]{10}\.json$/.test(f))! : '');

before(async () => {
  result = await build({ modules: 'modules', out: join(tmp, 'out'), targets: ['scorm12'], language: 'es', log: () => {} });
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('build --language es', () => {
  test('builds, and the staged course says defaultLanguage: "es"', async () => {
    assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
    assert.equal(result.course.defaultLanguage, 'es');
    assert.match(outline(), /"defaultLanguage":"es"/);
    assert.ok(staged('strings-es.js').includes('Revisar respuesta'), 'the Spanish interface catalogue is a file of its own');
    assert.ok(staged('index.html').includes('<link rel="modulepreload" href="strings-es.js">'), 'which the launch page fetches beside app.js');
    assert.equal(result.course.version, (await loadCourse('modules')).course.version, 'the same version as the English build');
  });

  test('the Spanish content is a file beside the bundle, for the version built, listed in the manifest', () => {
    assert.ok(result.ok);
    assert.match(outline(), /"translationFiles":\{"es":"translations\/es.json"\}/);
    assert.equal(outline().includes('Dos trabajos, un uniforme'), false, 'translations are not in every learner\'s outline');
    const file = JSON.parse(staged('translations/es.json'));
    assert.equal(file.version, result.course.version);
    assert.equal(file.language, 'es');
    assert.equal(file.translation.modules.dual_role.title, 'Dos trabajos, un uniforme: vigilar y ayudar');
    assert.match(staged('imsmanifest.xml'), /<file href="translations\/es.json"\/>/);
    assert.ok(result.packages[0]!.files.includes('translations/es.json'), 'in the zip');
  });

  test('the launch page and the manifest are in Spanish', () => {
    assert.ok(result.ok);
    const page = staged('index.html');
    assert.match(page, /<html lang="es">/);
    assert.match(page, /<title>Atención al cliente para guardias de seguridad<\/title>/);
    // What shows until the player draws itself: the prerendered cover (first-screen.test.ts), in Spanish words throughout.
    assert.match(page, /<h2 class="title" tabindex="-1">Atención al cliente para guardias de seguridad<\/h2>/);
    assert.ok(page.includes(`>${spanish.coverStart}</button>`) && page.includes(`>${spanish.skipToLesson}</button>`), 'the Spanish interface strings');
    assert.ok(!page.includes(`>${english.coverStart}</button>`), 'no English Start');
    assert.match(staged('imsmanifest.xml'), /<title>Atención al cliente para guardias de seguridad<\/title>/);
  });

  test('a regional tag is stamped as the translation it matches', async () => {
    const dir = copyTranslatedCourse();
    try {
      const out = join(tmp, 'fixture');
      const r = await build({ modules: dir, out, targets: ['scorm12'], language: 'es-MX', entries: { scorm12: 'test/fixtures/entries/placeholder.ts' }, log: () => {} });
      assert.ok(r.ok);
      assert.equal(r.course.defaultLanguage, 'es');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a language the course does not have is a problem on the command line, and nothing is built', async () => {
    const fr = await build({ modules: 'modules', out: join(tmp, 'fr'), language: 'fr', log: () => {} });
    assert.deepEqual(fr.ok ? [] : fr.problems.map(formatProblem), [
      'command line: --language: "fr" is not a language of this course — use en (the course\'s language) or a translation: es',
    ]);
    const untranslated = await build({ modules: FIXTURE_COURSE, out: join(tmp, 'none'), language: 'es', log: () => {} });
    assert.deepEqual(untranslated.ok ? [] : untranslated.problems.map(formatProblem), [
      'command line: --language: "es" is not a language of this course — use en (the course\'s language), or add a translation folder such as modules/es/',
    ]);
  });
});
