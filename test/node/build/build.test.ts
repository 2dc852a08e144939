// The build end to end on the fixture course, with a placeholder entry: one
// build shared by every test, plus a second one for the determinism check.
// Each package is unpacked and checked the way an LMS sees it.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import JSZip from 'jszip';
import { build, summaryTable, type BuiltPackage } from '../../../scripts/lib/build.js';
import { ROOT } from '../../../scripts/lib/paths.js';
import { stagePackage } from '../../../scripts/lib/stage.js';
import { TARGETS, type TargetId } from '../../../scripts/lib/targets.js';
import { unpackPackages } from '../../../scripts/lib/unpack.js';
import { zipDate } from '../../../scripts/lib/zip.js';
import type { Course } from '../../../src/content/types.js';
import { FIXTURE_COURSE } from '../../fixtures/course-copy.js';
import { manifestFiles, schemaErrors, xpathString } from './xml.js';
import { centralDirectory } from './zip-headers.js';

const ENTRY = 'test/fixtures/entries/placeholder.ts';
const WRAPPER = join(ROOT, 'manifest/scorm2004/validate-wrapper.xsd');
const TITLE = `Front desk & "Security" <Basics> — O'Neil's`;

const tmp = mkdtempSync(join(tmpdir(), 'frontline-build-'));
let course: Course;
let packages: BuiltPackage[];
let again: BuiltPackage[];
const dirs: Record<string, string> = {};

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const read = (target: string, file: string) => readFileSync(join(dirs[target]!, file), 'utf8');

before(async () => {
  // The SCORM targets; test/node/xapi/packages.test.ts builds and checks xapi, cmi5 and web.
  const options = { modules: FIXTURE_COURSE, targets: ['scorm12', 'scorm2004'] as TargetId[], entries: { scorm12: ENTRY, scorm2004: ENTRY }, log: () => {} };
  // A package left by a course whose id has since changed: the build must replace it.
  mkdirSync(join(tmp, 'a'));
  writeFileSync(join(tmp, 'a', 'old_course-scorm12.zip'), 'stale');
  const first = await build({ ...options, out: join(tmp, 'a') });
  const second = await build({ ...options, out: join(tmp, 'b') });
  assert.ok(first.ok && second.ok, 'the fixture course builds');
  ({ course, packages } = first);
  again = second.packages;
  for (const u of await unpackPackages(join(tmp, 'a'), join(tmp, 'unpacked'))) dirs[u.target] = u.dir;
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('build', () => {
  test('writes <course-id>-<target>.zip per target, replacing older packages, and summarises them', () => {
    assert.deepEqual(packages.map((p) => p.zip), [join(tmp, 'a', 'fixture_course-scorm12.zip'), join(tmp, 'a', 'fixture_course-scorm2004.zip')]);
    assert.deepEqual(readdirSync(join(tmp, 'a')).filter((n) => n.endsWith('.zip')), ['fixture_course-scorm12.zip', 'fixture_course-scorm2004.zip']);
    const table = summaryTable(course, packages).split('\n');
    assert.match(table[0]!, /^file\s+size\s+standard\s+pass mark\s+version$/);
    assert.match(table[1]!, new RegExp(`fixture_course-scorm12\\.zip\\s+\\d+\\.\\d KB\\s+SCORM 1\\.2\\s+80%\\s+${course.version}$`));
    assert.match(table[2]!, new RegExp(`fixture_course-scorm2004\\.zip\\s+\\d+\\.\\d KB\\s+SCORM 2004 4th Edition\\s+80%\\s+${course.version}$`));
  });

  test('two builds from the same sources give byte-identical zips', () => {
    for (const [i, p] of packages.entries()) assert.equal(sha256(p.zip), sha256(again[i]!.zip), p.zip);
  });

  test('zip entries: sorted, no folders, one fixed date, DOS platform, no permissions, DEFLATE', async () => {
    for (const p of packages) {
      const entries = centralDirectory(readFileSync(p.zip));
      assert.deepEqual(entries.map((e) => e.name), [...p.files].sort());
      assert.ok(entries.every((e) => !e.name.endsWith('/')), 'no folder entries');
      const first = entries[0]!;
      assert.ok(entries.every((e) => e.dosDate === first.dosDate && e.dosTime === first.dosTime), 'one date for every entry');
      assert.ok(entries.every((e) => e.platform === 0 && e.externalAttributes === 0 && e.method === 8), 'DOS, no attributes, DEFLATE');
      // The date is the fixed one (1980-01-01 unless SOURCE_DATE_EPOCH says otherwise).
      const zip = await JSZip.loadAsync(readFileSync(p.zip));
      assert.ok(Object.values(zip.files).every((e) => e.date.getTime() === zipDate().getTime()));
    }
  });

  test('each manifest lists exactly the files in its zip (besides itself)', () => {
    for (const p of packages) {
      const listed = manifestFiles(dirs[p.target]!);
      assert.deepEqual(listed, p.files.filter((f) => f !== 'imsmanifest.xml'), p.target);
      assert.ok(listed.includes('index.html') && listed.includes('app.js'));
    }
    assert.ok(manifestFiles(dirs['scorm12']!).includes('adlcp_rootv1p2.xsd'));
    assert.ok(manifestFiles(dirs['scorm2004']!).includes('imsss_v1p0.xsd'));
  });

  test('the SCORM 1.2 manifest validates against the shipped adlcp_rootv1p2.xsd', () => {
    assert.equal(schemaErrors(dirs['scorm12']!, 'adlcp_rootv1p2.xsd'), '');
    assert.equal(xpathString(dirs['scorm12']!, 'imsmanifest.xml', "//*[local-name()='schemaversion']"), '1.2');
    assert.equal(xpathString(dirs['scorm12']!, 'imsmanifest.xml', "//*[local-name()='resource']/@*[local-name()='scormtype']"), 'sco');
  });

  test('the SCORM 2004 manifest validates against imscp, adlcp, adlseq, adlnav and imsss together', () => {
    const dir = dirs['scorm2004']!;
    copyFileSync(WRAPPER, join(dir, 'validate-wrapper.xsd'));
    assert.equal(schemaErrors(dir, 'validate-wrapper.xsd'), '');
    assert.equal(xpathString(dir, 'imsmanifest.xml', "//*[local-name()='schemaversion']"), '2004 4th Edition');
    // The wrapper really checks the extension namespaces (imscp alone would not).
    const broken = read('scorm2004', 'imsmanifest.xml').replace('adlcp:scormType="sco"', 'adlcp:scormType="lesson"');
    writeFileSync(join(dir, 'broken.xml'), broken);
    assert.match(schemaErrors(dir, 'validate-wrapper.xsd', 'broken.xml'), /scormType.*'lesson' is not an element of the set/);
    assert.equal(schemaErrors(dir, 'imscp_v1p1.xsd', 'broken.xml'), '', 'imscp alone accepts it — hence the wrapper');
  });

  test('a title with &, < and quotes is escaped, and reads back unchanged', () => {
    assert.equal(course.title, TITLE);
    for (const target of ['scorm12', 'scorm2004']) {
      const xml = read(target, 'imsmanifest.xml');
      assert.ok(xml.includes('<title>Front desk &amp; &quot;Security&quot; &lt;Basics&gt; — O&apos;Neil&apos;s</title>'), target);
      assert.equal(xpathString(dirs[target]!, 'imsmanifest.xml', "//*[local-name()='organization']/*[local-name()='title']"), TITLE);
      assert.equal(xpathString(dirs[target]!, 'imsmanifest.xml', "//*[local-name()='item']/*[local-name()='title']"), TITLE);
    }
    assert.ok(read('scorm12', 'index.html').includes('<title>Front desk &amp; &quot;Security&quot; &lt;Basics&gt; — O&apos;Neil&apos;s</title>'));
  });

  test('the pass mark becomes adlcp:masteryscore (1.2) and minNormalizedMeasure (2004)', () => {
    assert.equal(xpathString(dirs['scorm12']!, 'imsmanifest.xml', "//*[local-name()='masteryscore']"), '80');
    const measure = "//*[local-name()='primaryObjective'][@satisfiedByMeasure='true']/*[local-name()='minNormalizedMeasure']";
    assert.equal(xpathString(dirs['scorm2004']!, 'imsmanifest.xml', measure), '0.8');
  });

  test('the course version is in each manifest and the launch page', () => {
    assert.match(course.version, /^[0-9a-f]{12}$/);
    for (const target of ['scorm12', 'scorm2004']) {
      assert.equal(xpathString(dirs[target]!, 'imsmanifest.xml', '/*/@version'), course.version, target);
      assert.ok(read(target, 'index.html').includes(`<meta name="course-version" content="${course.version}">`));
    }
  });

  test('the launch page loads app.js as a module into <fl-player>; app.js is minified and names its outline', () => {
    const html = read('scorm12', 'index.html');
    assert.match(html, /^<!doctype html>\n<html lang="en">/);
    for (const part of ['<meta name="viewport"', '<noscript>', '<fl-player>', '<script type="module" src="app.js"></script>']) assert.ok(html.includes(part), part);
    // Until the player draws itself, the page shows its prerendered first screen (first-screen.test.ts), and after 15 s that the network may be slow.
    assert.ok(html.includes('<fl-player><div class="first-screen"><p class="slow">The connection may be slow or down. You keep your place and your progress.</p>'), 'the first screen inside <fl-player>');
    const js = read('scorm12', 'app.js');
    assert.ok(js.includes(course.version) && /content\/course\.[0-9a-f]{10}\.json/.test(js), 'virtual:outline is compiled in');
    assert.ok(js.split('\n').length <= 3, 'minified');
  });

  test('a changed pass mark reaches both manifests, which still validate', () => {
    const changed = { ...course, assessment: { ...course.assessment, passMark: 67 } };
    for (const target of [TARGETS.scorm12, TARGETS.scorm2004]) {
      const dir = join(tmp, 'restage', target.id);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'app.js'), '');
      stagePackage({ target, course: changed, dir, firstScreen: { cover: '', lesson: '', slow: '' } });
      if (target.id === 'scorm12') {
        assert.equal(schemaErrors(dir, 'adlcp_rootv1p2.xsd'), '');
        assert.equal(xpathString(dir, 'imsmanifest.xml', "//*[local-name()='masteryscore']"), '67');
      } else {
        copyFileSync(WRAPPER, join(dir, 'validate-wrapper.xsd'));
        assert.equal(schemaErrors(dir, 'validate-wrapper.xsd'), '');
        assert.equal(xpathString(dir, 'imsmanifest.xml', "//*[local-name()='minNormalizedMeasure']"), '0.67');
      }
    }
  });
});
