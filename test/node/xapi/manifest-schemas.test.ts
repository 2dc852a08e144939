// tincan.xml and cmi5.xml, as the build stages them for the fixture course and
// the real course, checked by xmllint against schemas: Frontline's restatement
// of each format's published rules (manifest/*/…-restated.xsd, see their
// headers), and the official files too when they are placed in shared/schemas/.
// Broken copies of the real output prove each schema refuses what the rules forbid.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { isError, loadCourse } from '../../../scripts/lib/load-course.js';
import { ROOT } from '../../../scripts/lib/paths.js';
import { stagePackage } from '../../../scripts/lib/stage.js';
import { TARGETS } from '../../../scripts/lib/targets.js';
import type { Course } from '../../../src/content/types.js';
import { FIXTURE_COURSE } from '../../fixtures/course-copy.js';
import { schemaErrors } from '../build/xml.js';

const FORMATS = {
  xapi: { file: 'tincan.xml', restated: 'manifest/xapi/tincan-restated.xsd', official: 'tincan.xsd' },
  cmi5: { file: 'cmi5.xml', restated: 'manifest/cmi5/course-structure-restated.xsd', official: 'CourseStructure.xsd' },
} as const;
type Format = keyof typeof FORMATS;

// CI clones the project with shared/ beside it.
const OFFICIAL_DIR = join(ROOT, '..', 'shared', 'schemas');
const tmp = mkdtempSync(join(tmpdir(), 'frontline-schemas-'));
const courses: Record<string, Course> = {};

/** Stages `format`'s package for `course` (an empty bundle is enough for the manifest); returns its folder. */
function stage(format: Format, name: string, course: Course): string {
  const dir = join(tmp, name, format);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'app.js'), '');
  stagePackage({ target: TARGETS[format], course, dir, firstScreen: { cover: '', lesson: '', slow: '' } });
  return dir;
}

/** xmllint's complaint about `xml` under `schema`, or '' when it validates. */
function errorsIn(xml: string, schema: string): string {
  const dir = mkdtempSync(join(tmp, 'case-'));
  writeFileSync(join(dir, 'case.xml'), xml);
  return schemaErrors(dir, schema, 'case.xml');
}

before(async () => {
  for (const [name, folder] of [['fixture', FIXTURE_COURSE], ['real', join(ROOT, 'modules')]] as const) {
    const { course, problems } = await loadCourse(folder);
    assert.deepEqual(problems.filter(isError), [], `${name} course loads`);
    courses[name] = course;
  }
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('package manifests against their schemas', () => {
  for (const format of Object.keys(FORMATS) as Format[]) {
    const { file, restated, official } = FORMATS[format];

    test(`${file} of the fixture and the real course validates against ${restated}`, () => {
      for (const name of ['fixture', 'real']) {
        assert.equal(schemaErrors(stage(format, name, courses[name]!), join(ROOT, restated), file), '', `${name} ${file}`);
      }
    });

    const present = existsSync(join(OFFICIAL_DIR, official));
    test(`${file} validates against the official ${official}`, { skip: !present && `no shared/schemas/${official} on this machine` }, () => {
      for (const name of ['fixture', 'real']) {
        const dir = stage(format, name, courses[name]!);
        copyFileSync(join(OFFICIAL_DIR, official), join(dir, official));
        assert.equal(schemaErrors(dir, official, file), '', `${name} ${file}`);
      }
    });
  }

  test('the tincan rules refuse a package that breaks them', () => {
    const good = readFileSync(join(stage('xapi', 'real', courses['real']!), 'tincan.xml'), 'utf8');
    const schema = join(ROOT, FORMATS.xapi.restated);
    assert.equal(errorsIn(good, schema), '');
    const broken: [string, string, RegExp][] = [
      ['no description', good.replace(/<description[^>]*>[^<]*<\/description>/, ''), /launch.*not expected.*description/],
      ['launch before name', good.replace(/(<name[^>]*>[^<]*<\/name>)([\s\S]*)(<launch[^>]*>[^<]*<\/launch>)/, '$3$2$1'), /launch.*not expected/],
      ['a name without its language', good.replace(/<name lang="en">/, '<name>'), /attribute 'lang' is required/],
      ['an activity without an id', good.replace(/<activity id="[^"]*"/, '<activity'), /attribute 'id' is required/],
      ['an unknown element', good.replace('</activity>', '<launchParameters>x</launchParameters></activity>'), /launchParameters.*not expected/],
    ];
    for (const [what, xml, reason] of broken) {
      assert.notEqual(xml, good, `${what}: the mutation applies`);
      assert.match(errorsIn(xml, schema), reason, what);
    }
  });

  test('the course-structure rules refuse a package that breaks them', () => {
    const good = readFileSync(join(stage('cmi5', 'real', courses['real']!), 'cmi5.xml'), 'utf8');
    const schema = join(ROOT, FORMATS.cmi5.restated);
    assert.equal(errorsIn(good, schema), '');
    const au = /<au [\s\S]*<\/au>/.exec(good)![0];
    const broken: [string, string, RegExp][] = [
      ['moveOn outside its value space', good.replace(/moveOn="[^"]*"/, 'moveOn="Sometimes"'), /moveOn.*not an element of the set/],
      ['masteryScore above 1', good.replace(/masteryScore="[^"]*"/, 'masteryScore="1.5"'), /masteryScore.*greater than the maximum/],
      ['masteryScore with 5 decimals', good.replace(/masteryScore="[^"]*"/, 'masteryScore="0.12345"'), /masteryScore.*fractionDigits/],
      ['launchMethod outside its value space', good.replace(/launchMethod="[^"]*"/, 'launchMethod="Popup"'), /launchMethod.*not an element of the set/],
      ['an AU without its url', good.replace(/<url>[^<]*<\/url>/, ''), /Missing child element.*url/],
      ['an AU without a description', good.replace(/(<au [\s\S]*?)<description>[\s\S]*?<\/description>/, '$1'), /url.*Expected is \( \{[^}]*\}description \)/],
      ['the AU before the course', good.replace(/(<course [\s\S]*<\/course>)(\s*)(<au[\s\S]*<\/au>)/, '$3$2$1'), /au.*Expected is \( \{[^}]*\}course \)/],
      ['no AU at all', good.replace(au, ''), /Missing child element/],
      ['two AUs with one id', good.replace(au, `${au}\n  ${au}`), /Duplicate key-sequence/],
    ];
    for (const [what, xml, reason] of broken) {
      assert.notEqual(xml, good, `${what}: the mutation applies`);
      assert.match(errorsIn(xml, schema), reason, what);
    }
  });
});
