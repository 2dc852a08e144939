// The xapi, cmi5 and web packages (and, for contrast, SCORM 1.2, whose engine
// SCORM 2004 shares) built from the fixture course with their real entries.
// Their manifests' structure and values are checked element by element here;
// manifest-schemas.test.ts validates them against schemas.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build, type BuiltPackage } from '../../../scripts/lib/build.js';
import { unpackPackages } from '../../../scripts/lib/unpack.js';
import { FIXTURE_COURSE } from '../../fixtures/course-copy.js';
import { xmllint, xpathString } from '../build/xml.js';

const tmp = mkdtempSync(join(tmpdir(), 'frontline-xapi-'));
const BASE = 'https://training.example.com/courses/front_desk';
let packages: BuiltPackage[];
const dirs: Record<string, string> = {};
const read = (target: string, file: string) => readFileSync(join(dirs[target]!, file), 'utf8');
const x = (target: string, file: string, expr: string) => xpathString(dirs[target]!, file, expr);
const count = (target: string, file: string, expr: string) => Number(x(target, file, `count(${expr})`));
const el = (name: string) => `*[local-name()='${name}']`;

before(async () => {
  const result = await build({ modules: FIXTURE_COURSE, out: tmp, targets: ['scorm12', 'scorm2004', 'xapi', 'cmi5', 'web'], baseIri: BASE, log: () => {} });
  assert.ok(result.ok, 'the fixture course builds');
  packages = result.packages;
  for (const u of await unpackPackages(tmp, join(tmp, 'unpacked'))) dirs[u.target] = u.dir;
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('xapi, cmi5 and web packages', () => {
  test('one zip per target, and the web build also as a folder', () => {
    assert.deepEqual(packages.map((p) => p.target), ['scorm12', 'scorm2004', 'xapi', 'cmi5', 'web']);
    const web = packages.find((p) => p.target === 'web')!;
    assert.deepEqual(readdirSync(join(tmp, 'fixture_course-web'), { recursive: true }).map(String).filter((f) => web.files.includes(f)).sort(), web.files);
    for (const [target, manifest] of [['xapi', 'tincan.xml'], ['cmi5', 'cmi5.xml'], ['web', null]] as const) {
      const files = packages.find((p) => p.target === target)!.files;
      for (const file of ['app.js', 'index.html', ...(manifest ? [manifest] : [])]) assert.ok(files.includes(file), `${target}: ${file}`);
      assert.ok(!files.includes('imsmanifest.xml'), `${target}: no SCORM manifest`);
    }
  });

  test('tincan.xml: well formed, one launchable course activity under the base IRI, title escaped', () => {
    assert.equal(xmllint(dirs['xapi']!, '--noout', 'tincan.xml').status, 0);
    assert.equal(x('xapi', 'tincan.xml', 'namespace-uri(/*)'), 'http://projecttincan.com/tincan.xsd');
    assert.equal(x('xapi', 'tincan.xml', 'local-name(/*)'), 'tincan');
    const activity = `/${el('tincan')}/${el('activities')}/${el('activity')}`;
    assert.equal(count('xapi', 'tincan.xml', activity), 1);
    assert.equal(x('xapi', 'tincan.xml', `${activity}/@id`), BASE);
    assert.equal(x('xapi', 'tincan.xml', `${activity}/@type`), 'http://adlnet.gov/expapi/activities/course');
    assert.equal(x('xapi', 'tincan.xml', `${activity}/${el('name')}`), `Front desk & "Security" <Basics> — O'Neil's`);
    assert.equal(x('xapi', 'tincan.xml', `${activity}/${el('launch')}`), 'index.html');
    assert.equal(x('xapi', 'tincan.xml', `${activity}/${el('launch')}/@lang`), 'en');
  });

  test('cmi5.xml: course then one AU with moveOn, masteryScore and launchMethod from their value spaces', () => {
    assert.equal(xmllint(dirs['cmi5']!, '--noout', 'cmi5.xml').status, 0);
    assert.equal(x('cmi5', 'cmi5.xml', 'namespace-uri(/*)'), 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd');
    assert.equal(x('cmi5', 'cmi5.xml', 'local-name(/*)'), 'courseStructure');
    // 13.1: <course> first; exactly one <au>; no other children.
    assert.equal(x('cmi5', 'cmi5.xml', 'local-name(/*/*[1])'), 'course');
    assert.equal(count('cmi5', 'cmi5.xml', '/*/*'), 2);
    const au = `/*/${el('au')}`;
    assert.equal(x('cmi5', 'cmi5.xml', `/*/${el('course')}/@id`), BASE);
    assert.equal(x('cmi5', 'cmi5.xml', `${au}/@id`), `${BASE}/au`);
    assert.ok(['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'].includes(x('cmi5', 'cmi5.xml', `${au}/@moveOn`)));
    assert.equal(x('cmi5', 'cmi5.xml', `${au}/@moveOn`), 'CompletedAndPassed');
    assert.equal(x('cmi5', 'cmi5.xml', `${au}/@masteryScore`), '0.8');
    assert.equal(x('cmi5', 'cmi5.xml', `${au}/@launchMethod`), 'AnyWindow');
    assert.equal(x('cmi5', 'cmi5.xml', `${au}/${el('url')}`), 'index.html');
    for (const parent of [`/*/${el('course')}`, au]) {
      for (const child of ['title', 'description']) {
        assert.equal(count('cmi5', 'cmi5.xml', `${parent}/${el(child)}/${el('langstring')}[@lang='en']`), 1, `${parent} ${child}`);
      }
    }
    // The child elements come in the schema's order: title, description, url.
    assert.deepEqual([1, 2, 3].map((n) => x('cmi5', 'cmi5.xml', `local-name(${au}/*[${n}])`)), ['title', 'description', 'url']);
  });

  test('each bundle carries only its own standard; none carries credentials', () => {
    const has = (target: string, text: string) => read(target, 'app.js').includes(text);
    for (const target of ['xapi', 'cmi5', 'web']) {
      assert.ok(!has(target, 'LMSInitialize') && !has(target, 'API_1484_11'), `${target}: no SCORM code`);
      assert.ok(has(target, 'X-Experience-API-Version'), `${target}: the xAPI client`);
      assert.ok(has(target, BASE), `${target}: activity ids under --base-iri`);
    }
    for (const target of ['scorm12', 'scorm2004']) assert.ok(!has(target, 'X-Experience-API-Version') && !has(target, 'frontline.progress'), `${target}: no xAPI code`);
    // Each SCORM bundle finds only its own API object (SCORM 1.2 RTE 3.3: API; SCORM 2004 RTE 3.1.2: API_1484_11).
    assert.ok(has('scorm12', 'LMSInitialize') && !has('scorm12', 'API_1484_11'), 'scorm12: SCORM 1.2 code only');
    assert.ok(has('scorm2004', 'API_1484_11') && !has('scorm2004', 'LMSInitialize'), 'scorm2004: SCORM 2004 code only');
    assert.ok(has('cmi5', 'LMS.LaunchData') && !has('xapi', 'LMS.LaunchData'), 'cmi5 code only in the cmi5 bundle');
    for (const target of ['xapi', 'cmi5', 'web']) {
      assert.doesNotMatch(read(target, 'app.js'), /Basic [A-Za-z0-9+/]{8,}={0,2}/, `${target}: no Basic credentials`);
    }
  });

  test('a bad --base-iri stops the build with the reason', async () => {
    await assert.rejects(build({ modules: FIXTURE_COURSE, out: join(tmp, 'bad'), targets: ['xapi'], baseIri: 'training.example.com/x', log: () => {} }), /--base-iri .* is not an absolute IRI/);
    await assert.rejects(build({ modules: FIXTURE_COURSE, out: join(tmp, 'bad'), targets: ['xapi'], baseIri: `${BASE}/`, log: () => {} }), /must not end with "\/"/);
    assert.ok(!existsSync(join(tmp, 'bad', 'fixture_course-xapi.zip')));
  });
});
