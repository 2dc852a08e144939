// A failed build leaves no package of an earlier build in the out folder, whatever the reason
// (content problems, a bad option, a bundling error), and says so; it writes no new package
// either. The next build that succeeds still compares with the package officers have.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { build, BuildError, type BuildOptions } from '../../../scripts/lib/build.js';
import { ROOT } from '../../../scripts/lib/paths.js';
import type { TargetId } from '../../../scripts/lib/targets.js';
import { copyFixtureCourse, FIXTURE_COURSE, replaceOnce } from '../../fixtures/course-copy.js';
import { copySecondVersion, SECOND_VERSION_SUMMARY } from './second-version.js';

const tmp = mkdtempSync(join(tmpdir(), 'frontline-stale-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const ENTRY = 'test/fixtures/entries/placeholder.ts';
const TARGETS: TargetId[] = ['scorm12', 'web'];
const PACKAGES = ['fixture_course-scorm12.zip', 'fixture_course-web', 'fixture_course-web.zip'];
const options = (modules: string, out: string, extra: Partial<BuildOptions> = {}): BuildOptions => ({
  modules, out, targets: TARGETS, entries: { scorm12: ENTRY, web: ENTRY }, log: () => {}, ...extra,
});
const broken = copyFixtureCourse((name, text) => (name === '02-incidents.md' ? replaceOnce(text, 'feedback: Facts first.', "feedback: ''") : text));
after(() => rmSync(broken, { recursive: true, force: true }));

/** What a trainer sees in the out folder (hidden files aside). */
const listed = (out: string) => (existsSync(out) ? readdirSync(out).filter((n) => !n.startsWith('.')).sort() : []);
const note = (out: string) => `removed the packages of the previous build from ${out}/ (${PACKAGES.join(', ')}) so none is uploaded by mistake`;

/** An out folder holding a good build of the fixture course; returns its version. */
async function goodBuild(out: string): Promise<string> {
  const result = await build(options(FIXTURE_COURSE, out));
  assert.ok(result.ok);
  assert.deepEqual(listed(out), PACKAGES);
  return result.course.version;
}

function run(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('a failed build removes the previous packages', () => {
  test('content problems: the zips and the web folder are removed; the next build still compares with them', async () => {
    const out = join(tmp, 'content');
    const version = await goodBuild(out);
    const failed = await build(options(broken, out));
    assert.equal(failed.ok, false);
    assert.ok(!failed.ok);
    assert.deepEqual(failed.removed, PACKAGES);
    assert.deepEqual(listed(out), []);
    assert.equal(existsSync(join(out, '.stage')), false, 'no staged copy of the old packages either');

    // Failing twice in a row, then fixing the course: the comparison is with the build officers have.
    assert.equal((await build(options(broken, out))).ok, false);
    const fixed = await build(options(copySecondVersion(), out));
    assert.ok(fixed.ok);
    assert.equal(fixed.update[0], `Compared with the previous build (version ${version}): ${SECOND_VERSION_SUMMARY}: officers in progress keep their progress`);
    assert.deepEqual(listed(out), PACKAGES);
    // And that record is used once: the build after compares with the new packages.
    const again = await build(options(copySecondVersion(), out));
    assert.ok(again.ok);
    assert.match(again.update[0]!, new RegExp(`^Compared with the previous build \\(version ${fixed.course.version}\\): the same content`));
  });

  test('a bundling error: no old package remains and no new one is written, though the other target bundled', async () => {
    const out = join(tmp, 'bundling');
    await goodBuild(out);
    const failing = build(options(FIXTURE_COURSE, out, { entries: { scorm12: ENTRY, web: 'test/fixtures/entries/broken-import.ts' } }));
    await assert.rejects(failing, (error: unknown) => {
      assert.ok(error instanceof BuildError);
      assert.match(error.message, /no-such-module/);
      assert.deepEqual(error.removed, PACKAGES);
      return true;
    });
    assert.deepEqual(listed(out), []);
    assert.equal(existsSync(join(out, '.stage')), false);
  });

  test('a bad base IRI (an option build() checks) removes them too', async () => {
    const out = join(tmp, 'iri');
    await goodBuild(out);
    await assert.rejects(build(options(FIXTURE_COURSE, out, { baseIri: 'training.example.com/x' })), (e: unknown) => e instanceof BuildError && e.removed.length === 3);
    assert.deepEqual(listed(out), []);
  });

  test('npm run build says so after the problems', async () => {
    const out = join(tmp, 'cli-content');
    await goodBuild(out);
    const r = run('--modules', broken, '--out', out, '--targets', TARGETS.join(','));
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`\\n\\n✗ 1 problem: no package written; ${escape(note(out))}\\n$`));
    assert.deepEqual(listed(out), []);
  });

  test('npm run build with a bad option or an override the course refuses says so', async () => {
    const out = join(tmp, 'cli-option');
    await goodBuild(out);
    const bad = run('--out', out, '--targets', 'scorm12,scorm3');
    assert.deepEqual([bad.status, bad.stderr], [2, `build: unknown target scorm3: use scorm12, scorm2004, xapi, cmi5, web\n${note(out)}\n`]);
    assert.deepEqual(listed(out), []);

    await goodBuild(out);
    const unknown = run('--out', out, '--no-such-flag');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^build: Unknown option '--no-such-flag'/);
    assert.ok(unknown.stderr.endsWith(`\n${note(out)}\n`), unknown.stderr);
    assert.deepEqual(listed(out), []);

    await goodBuild(out);
    const draw = run('--modules', FIXTURE_COURSE, '--out', out, '--draw', '50');
    assert.equal(draw.status, 1);
    assert.ok(draw.stderr.endsWith(`: no package written; ${note(out)}\n`), draw.stderr);
    assert.deepEqual(listed(out), []);
  });

  test('a failed build with nothing to remove says nothing about it', () => {
    const out = join(tmp, 'empty');
    const r = run('--modules', broken, '--out', out);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /✗ 1 problem: no package written\n$/);
    assert.equal(existsSync(out), false);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
