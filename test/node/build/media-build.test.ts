// The course's pictures in every package: copied from modules/media/ to
// media/, listed in the SCORM manifests' resource (LMS-COMPAT 24: a file
// missing from the list is the commonest upload failure), unchanged when no
// brand colours are given.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build, type BuiltPackage } from '../../../scripts/lib/build.js';
import { TARGET_IDS } from '../../../scripts/lib/targets.js';
import { unpackPackages } from '../../../scripts/lib/unpack.js';
import { copyFixtureCourse, replaceOnce } from '../../fixtures/course-copy.js';
import { manifestFiles } from './xml.js';

const ENTRY = 'test/fixtures/entries/placeholder.ts';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 160"><rect width="240" height="160" fill="#0B3D91"/><circle cx="40" cy="40" r="9" fill="#F2A900"/></svg>';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000020000000108060000001f15c489', 'hex');

const course = copyFixtureCourse((name, text) => (name === '01-greeting.md' ? replaceOnce(text, '## The first seconds {#first_seconds}\n', '## The first seconds {#first_seconds}\n\n![A radio](media/radio.svg)\n\n![A site map](media/map.png)\n') : text));
const out = join(course, '..', `${course.split('/').pop()}-out`);
let packages: BuiltPackage[] = [];
const dirs: Record<string, string> = {};

before(async () => {
  mkdirSync(join(course, 'media'));
  writeFileSync(join(course, 'media', 'radio.svg'), SVG);
  writeFileSync(join(course, 'media', 'map.png'), PNG);
  // A picture no lesson uses yet (the cover's) ships too: the player may show it outside any lesson.
  writeFileSync(join(course, 'media', 'cover.svg'), SVG);
  const result = await build({ modules: course, out, entries: Object.fromEntries(TARGET_IDS.map((t) => [t, ENTRY])), log: () => {} });
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems));
  packages = result.packages;
  for (const u of await unpackPackages(out, join(out, 'unpacked'))) dirs[u.target] = u.dir;
});
after(() => [course, out].forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('pictures in the packages', () => {
  test('every zip carries the media folder', () => {
    assert.equal(packages.length, TARGET_IDS.length);
    for (const p of packages) {
      for (const file of ['media/cover.svg', 'media/map.png', 'media/radio.svg']) assert.ok(p.files.includes(file), `${p.target}: ${file}`);
      // Byte for byte as drawn: the build passes no brand colours yet.
      assert.equal(readFileSync(join(dirs[p.target]!, 'media/radio.svg'), 'utf8'), SVG, p.target);
      assert.deepEqual(readFileSync(join(dirs[p.target]!, 'media/map.png')), PNG, p.target);
    }
  });

  test('the SCORM manifests list every picture', () => {
    for (const target of ['scorm12', 'scorm2004']) {
      const listed = manifestFiles(dirs[target]!);
      for (const file of ['media/cover.svg', 'media/map.png', 'media/radio.svg']) assert.ok(listed.includes(file), `${target}: ${file}`);
    }
  });
});
