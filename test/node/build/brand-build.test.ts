// The firm's logo in the packages: copied from modules/media/ to the same path, listed in the manifest like
// every file, and the same bytes in every build; a course without a release names the build's day, from
// SOURCE_DATE_EPOCH only (never the wall clock).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { build, type BuildResult } from '../../../scripts/lib/build.js';
import type { TargetId } from '../../../scripts/lib/targets.js';
import { unpackPackages } from '../../../scripts/lib/unpack.js';
import { copyFixtureCourse } from '../../fixtures/course-copy.js';
import { manifestFiles } from './xml.js';

const ENTRY = 'test/fixtures/entries/placeholder.ts';
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#14532d"/></svg>\n';
const tmp = mkdtempSync(join(tmpdir(), 'frontline-brand-'));
const modules = copyFixtureCourse();
let first: BuildResult;
let second: BuildResult;

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

before(async () => {
  mkdirSync(join(modules, 'media'));
  writeFileSync(join(modules, 'media', 'logo.svg'), LOGO);
  writeFileSync(join(modules, 'site.yaml'), 'firm: Northgate Security\nlogo: media/logo.svg\nbrand_colour: "#14532d"\n');
  const options = { modules, targets: ['scorm12', 'scorm2004'] as TargetId[], entries: { scorm12: ENTRY, scorm2004: ENTRY }, log: () => {} };
  [first, second] = await withSourceDate('1764633600', () => Promise.all([build({ ...options, out: join(tmp, 'a') }), build({ ...options, out: join(tmp, 'b') })])); // 2025-12-02T00:00:00Z
});

/** Runs `f` with SOURCE_DATE_EPOCH set to `value` (or unset), then puts back what the shell had. */
async function withSourceDate<T>(value: string | undefined, f: () => Promise<T>): Promise<T> {
  const before = process.env['SOURCE_DATE_EPOCH'];
  const set = (v: string | undefined) => (v === undefined ? delete process.env['SOURCE_DATE_EPOCH'] : (process.env['SOURCE_DATE_EPOCH'] = v));
  set(value);
  try {
    return await f();
  } finally {
    set(before);
  }
}
after(() => [tmp, modules].forEach((d) => rmSync(d, { recursive: true, force: true })));

test('the logo is in every package at media/logo.svg, listed in its manifest', async () => {
  assert.ok(first.ok, first.ok ? '' : first.problems.map((p) => p.message).join('\n'));
  assert.deepEqual(first.course.brand, { logo: 'media/logo.svg', primary: '#14532d' });
  for (const p of first.packages) assert.ok(p.files.includes('media/logo.svg'), p.zip);
  for (const u of await unpackPackages(join(tmp, 'a'), join(tmp, 'unpacked'))) {
    assert.equal(readFileSync(join(u.dir, 'media', 'logo.svg'), 'utf8'), LOGO);
    assert.ok(manifestFiles(u.dir).includes('media/logo.svg'), u.target);
  }
});

test('without a release, the course names the day SOURCE_DATE_EPOCH gives, and the zips stay byte-identical', () => {
  assert.ok(first.ok && second.ok);
  assert.equal(first.course.releaseDate, '2025-12-02');
  for (const [i, p] of first.packages.entries()) assert.equal(sha256(p.zip), sha256(second.packages[i]!.zip), p.zip);
});

test('without SOURCE_DATE_EPOCH there is no release date: the certificate shows the content version', async () => {
  const plain = await withSourceDate(undefined, () => build({ modules, targets: ['scorm12'], entries: { scorm12: ENTRY }, log: () => {}, out: join(tmp, 'c') }));
  assert.ok(plain.ok);
  assert.equal(plain.course.releaseDate, undefined);
});
