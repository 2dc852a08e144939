// A course with a problem builds nothing: every problem is printed in the
// author format and no zip is written. Also the CLIs' exit codes and output.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { build } from '../../../scripts/lib/build.js';
import { ROOT } from '../../../scripts/lib/paths.js';
import { formatProblem } from '../../../src/content/validate.js';
import { copyFixtureCourse, FIXTURE_COURSE, replaceOnce } from '../../fixtures/course-copy.js';

const tmp = mkdtempSync(join(tmpdir(), 'frontline-fails-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** The fixture with one option's feedback emptied and one option id made invalid. */
const broken = copyFixtureCourse((name, text) =>
  name === '02-incidents.md'
    ? replaceOnce(replaceOnce(text, 'feedback: Facts first.', "feedback: ''"), 'id: supervisor', 'id: the-supervisor')
    : text,
);
after(() => rmSync(broken, { recursive: true, force: true }));
const file = `${broken}/02-incidents.md`;
const expected = [
  `${file}:45:5: question report_what, option opinion: feedback: is empty — write the feedback shown when this option is chosen`,
  `${file}:73:5: question bank_report_who, option the-supervisor: id: "the-supervisor" is not a valid id: SCORM 2004 choice responses allow only [\\w.] and SCORM 1.2 identifiers no spaces (LMS-COMPAT 6, 15) — use lowercase letters, digits and _, starting with a letter, e.g. "the_supervisor"`,
];

/** Runs a script the way npm does, from the project root. */
function run(script: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('a build with content problems', () => {
  test('returns every problem and writes no zip', async () => {
    const out = join(tmp, 'api');
    const result = await build({ modules: broken, out, log: () => {} });
    assert.equal(result.ok, false);
    assert.deepEqual(result.problems.map(formatProblem), expected);
    assert.equal(existsSync(out), false, 'nothing written, not even the out folder');
  });

  test('npm run build prints the problems, exits 1 and writes no zip', () => {
    const out = join(tmp, 'cli');
    const r = run('scripts/build.ts', '--modules', broken, '--out', out);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `${expected.join('\n')}\n\n✗ 2 problems: no package written\n`);
    assert.equal(existsSync(out), false);
  });

  test('a bad command-line override is reported against the command line', () => {
    const r = run('scripts/build.ts', '--modules', FIXTURE_COURSE, '--out', join(tmp, 'draw'), '--draw', '50');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^command line: --draw: is 50, but the modules' banks hold only 9 questions — lower draw to 9 or fewer/);
  });

  test('bad arguments exit 2 with a usage message', () => {
    assert.deepEqual([run('scripts/build.ts', '--targets', 'scorm12,scorm3').status, run('scripts/build.ts', '--targets', 'scorm12,scorm3').stderr], [
      2,
      'build: unknown target scorm3: use scorm12, scorm2004, xapi, cmi5, web\n',
    ]);
    const r = run('scripts/build.ts', '--pass-mark', 'eighty');
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'build: --pass-mark must be a number, not "eighty"\n');
  });
});

describe('npm run validate', () => {
  test('prints a one-line summary and exits 0 for a valid course', () => {
    const r = run('scripts/validate.ts', '--modules', 'test/fixtures/courses/exam-clean');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, '✓ 1 module, 1 lesson, 8 questions (5 in the bank) — no problems\n');
  });

  test('exam-quality warnings are listed but do not fail validation; --strict makes them fail', () => {
    const r = run('scripts/validate.ts', '--modules', FIXTURE_COURSE);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^\n✓ 2 modules, 4 lessons, 16 questions \(9 in the bank\) — \d+ warnings\n$/);
    assert.match(r.stderr, /warning: /);
    assert.equal(run('scripts/validate.ts', '--modules', FIXTURE_COURSE, '--strict').status, 1);
  });

  test('prints every problem, one per line, and exits 1', () => {
    const r = run('scripts/validate.ts', '--modules', broken);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, `${expected.join('\n')}\n\n✗ 2 problems\n`);
  });
});
