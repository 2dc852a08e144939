// The exam-quality lint as a trainer sees it in `npm run validate`: one line per
// warning, with file:line:column and the question's id, on a fixture course that
// is clean until one edit brings in one giveaway.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, describe, test } from 'node:test';
import { formatProblem } from '../../../src/content/validate.js';
import { EXAM_LIMITS } from '../../../src/content/lint-exam.js';
import { ABSOLUTE_WORDS, absoluteWordIn } from '../../../src/content/lint-words.js';
import { displayPath } from '../../../scripts/lib/paths.js';
import { loadCourse } from '../../../scripts/lib/load-course.js';
import { copyFixtureCourse, replaceOnce } from '../../fixtures/course-copy.js';

const EXAM_COURSE = fileURLToPath(new URL('../../fixtures/courses/exam-clean/', import.meta.url));
const MODULE = '01-exam.md';
const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the clean course with `edits` made to its module. */
function editedCourse(...edits: [from: string, to: string][]): string {
  const dir = copyFixtureCourse((name, text) => (name === MODULE ? edits.reduce((t, [from, to]) => replaceOnce(t, from, to), text) : text), EXAM_COURSE);
  dirs.push(dir);
  return dir;
}

/** The warning lines of the edited course, and `at` giving file:line:column of a text in its module. */
async function lintAfter(...edits: [from: string, to: string][]) {
  const dir = editedCourse(...edits);
  const { problems } = await loadCourse(dir, {}, { examLint: true });
  assert.ok(problems.every((p) => p.severity === 'warning'), 'the lint only warns');
  const file = join(dir, MODULE);
  const text = readFileSync(file, 'utf8');
  /** Position of `needle` (the first one after `after`), `skip` characters in. */
  const at = (needle: string, skip = 0, after = ''): string => {
    const index = text.indexOf(needle, after ? text.indexOf(after) : 0);
    assert.ok(index >= 0, `not in the edited module: ${needle}`);
    const before = text.slice(0, index + skip);
    return `${displayPath(file)}:${before.split('\n').length}:${index + skip - before.lastIndexOf('\n')}`;
  };
  return { lines: problems.map(formatProblem), at, config: `${displayPath(join(dir, 'course.yaml'))}:2:1` };
}

describe('exam-quality lint', () => {
  test('a clean course gives no warning, though a correct option and the feedback hold absolute words and "everyone" or "allowed" are in wrong ones', async () => {
    const { lines } = await lintAfter();
    assert.deepEqual(lines, []);
  });

  test('the correct option longest in more than a third of the single-choice questions: the figure once, then each question', async () => {
    const r = await lintAfter(['text: As soon as they come in.', 'text: As soon as they come in, with a smile and a hello.']);
    assert.deepEqual(r.lines, [
      `${r.config}: warning: in 2 of 4 (50%) single-choice questions the correct option is the longest, more than 33% — make a wrong option as long as the correct one, or longer, in some of the 2 questions this check names`,
      `${r.at('id: b', 0, 'id: ex_chk')}: warning: question ex_chk, option b: the correct option (b) is the longest — write a wrong option as long and as plausible, or say the correct one more briefly`,
      `${r.at('id: d', 0, 'id: ex_q2')}: warning: question ex_q2, option d: the correct option (d) is the longest — write a wrong option as long and as plausible, or say the correct one more briefly`,
    ]);
  });

  test('more than 40% of the single-choice keys in one position', async () => {
    const r = await lintAfter(
      ['    text: Say you will find out and come back.\n    correct: true\n', '    text: Say you will find out and come back.\n'],
      ['    text: Tell them to ask somebody else.\n', '    text: Tell them to ask somebody else.\n    correct: true\n'],
    );
    assert.deepEqual(r.lines, [
      `${r.config}: warning: 2 of 4 (50%) single-choice keys are the 2nd option, more than 40% in one position — move the correct option to another place in some of the 2 questions this check names`,
      `${r.at('id: b', 0, 'id: ex_chk')}: warning: question ex_chk, option b: the correct option (b) is the 2nd, where too many of the course's keys are — reorder the options (ids stay as they are) so the keys spread over every position`,
      `${r.at('id: b', 0, 'id: ex_q1')}: warning: question ex_q1, option b: the correct option (b) is the 2nd, where too many of the course's keys are — reorder the options (ids stay as they are) so the keys spread over every position`,
    ]);
  });

  test('multiple-select keys that are the first options in more than half of the questions', async () => {
    const r = await lintAfter(
      ['    text: Nicknames for places\n', '    text: Nicknames for places\n    correct: true\n'],
      ['    text: Keeping it short\n    correct: true\n', '    text: Keeping it short\n'],
    );
    assert.deepEqual(r.lines, [
      `${r.config}: warning: in 2 of 2 (100%) multiple-select questions the correct options are the first ones, more than 50% — mix the correct options among the wrong ones in some of the 2 questions this check names`,
      `${r.at('options:', 0, 'id: ex_multi_a')}: warning: question ex_multi_a: options: the correct options (a, b) are the first 2 — put a wrong option before a correct one (ids stay as they are)`,
      `${r.at('options:', 0, 'id: ex_multi_b')}: warning: question ex_multi_b: options: the correct options (a, b) are the first 2 — put a wrong option before a correct one (ids stay as they are)`,
    ]);
  });

  test('the best branching choice in one position in more than half of the steps', async () => {
    const r = await lintAfter(
      ['        text: Tell him loudly to get back in line.\n', '        text: Tell him loudly to get back in line.\n        best: true\n'],
      ['        text: Step closer and ask what happened.\n        best: true\n', '        text: Step closer and ask what happened.\n'],
      ['        text: Tell him it will be a while yet.\n', '        text: Tell him it will be a while yet.\n        best: true\n'],
      ['        text: Go back and tell him the time.\n        best: true\n', '        text: Go back and tell him the time.\n'],
    );
    const fix = "reorder the choices (ids stay as they are) so the best ones spread over every position";
    assert.deepEqual(r.lines, [
      `${r.config}: warning: in 3 of 3 (100%) branching steps the best choice is the 1st, more than 50% — move the best choice to another place in some of the 3 steps this check names`,
      `${r.at('id: order', 0)}: warning: question ex_branch, step s1, choice order: the best choice (order) is the 1st, where too many of the course's best choices are — ${fix}`,
      `${r.at('id: check', 0)}: warning: question ex_branch, step s2, choice check: the best choice (check) is the 1st, where too many of the course's best choices are — ${fix}`,
      `${r.at('id: vague', 0)}: warning: question ex_branch, step s3, choice vague: the best choice (vague) is the 1st, where too many of the course's best choices are — ${fix}`,
    ]);
  });

  test('absolute words in wrong options and in choices that are not best, whatever their case', async () => {
    const r = await lintAfter(
      ['text: Wait until she walks over to ask you.', 'text: Wait, as visitors ALWAYS ask for help.'],
      ['text: Tell them to ask somebody else.', 'text: Point the way, and nothing else.'],
      ['text: Walk away and let him calm down.', 'text: Walk away. He never listens anyway.'],
    );
    assert.deepEqual(r.lines, [
      `${r.at('text: Wait, as')}: warning: question ex_scn, option b: text: "always" in a wrong option tells a test-wise officer it is wrong — say what is wrong about it without "always" (see "Exam quality checks" in modules/README.md)`,
      `${r.at('text: Point the way')}: warning: question ex_q1, option b: text: "and nothing else" in a wrong option tells a test-wise officer it is wrong — say what is wrong about it without "and nothing else" (see "Exam quality checks" in modules/README.md)`,
      `${r.at('text: Walk away.')}: warning: question ex_branch, step s1, choice leave: text: "never" in a choice that is not best tells a test-wise officer it is wrong — say what is wrong about it without "never" (see "Exam quality checks" in modules/README.md)`,
    ]);
  });

  test('the word list matches whole words only, in any case and spacing', () => {
    assert.deepEqual(
      ['Only staff', 'it guarantees calm', 'ALL of them', 'every time', 'nothing at all', 'and  nothing else', 'everyone', 'allowed', 'nothingness', 'lonely'].map(absoluteWordIn),
      ['only', 'guarantees', 'all', 'every', 'nothing', 'and nothing else', undefined, undefined, undefined, undefined],
    );
  });

  test('modules/README.md documents the word list and the limits the lint uses', () => {
    const readme = readFileSync('modules/README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Exam quality checks'), readme.indexOf('## Translations'));
    for (const word of ABSOLUTE_WORDS) assert.ok(section.includes(`"${word}"`), word);
    assert.equal(EXAM_LIMITS.longestCorrect, 1 / 3);
    assert.match(section, /more than a third of the single-choice questions/);
    assert.match(section, new RegExp(`more than ${EXAM_LIMITS.singlePosition * 100}% of the single-choice`));
    assert.equal(EXAM_LIMITS.multipleFirst, 0.5);
    assert.equal(EXAM_LIMITS.branchingPosition, 0.5);
    assert.match(section, /more than half of the multiple-select questions .* more than half of the branching steps/s);
    assert.equal(EXAM_LIMITS.singleOptions, 4);
    assert.match(section, /fewer than four options/);
  });

  test('a single-choice question with fewer than four options', async () => {
    const r = await lintAfter(['  - id: d\n    text: After you finish the task at hand.\n    feedback: The visitor comes first.\n', '']);
    assert.deepEqual(r.lines, [
      `${r.at('options:', 0, 'id: ex_chk')}: warning: question ex_chk: options: has 3 options, fewer than 4 — add plausible wrong options drawn from mistakes officers really make`,
    ]);
  });

  test('the lint runs only when asked (npm run validate), and not on a course with errors', async () => {
    const giveaway = editedCourse(['text: Wait until she walks over to ask you.', 'text: Wait, as visitors always ask for help.']);
    assert.deepEqual((await loadCourse(giveaway)).problems, [], 'the build and the preview do not lint');
    const broken = editedCourse(['text: Wait until she walks over to ask you.', 'text: Wait, as visitors always ask for help.'], ['    feedback: Too late.\n', '']);
    assert.deepEqual((await loadCourse(broken, {}, { examLint: true })).problems.map((p) => p.severity), [undefined], 'only the error');
  });
});

describe('npm run validate and --strict', () => {
  const run = promisify(execFile);
  const validate = (dir: string, args: string[] = [], env: Record<string, string> = {}) =>
    run(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', '--modules', dir, ...args], { env: { ...process.env, npm_config_strict: '', ...env } }).then(
      ({ stderr, stdout }) => ({ code: 0, out: stderr + stdout }),
      (e: { code: number; stderr: string; stdout: string }) => ({ code: e.code, out: e.stderr + e.stdout }),
    );

  test('lists the warnings and passes; --strict or npm_config_strict (npm run validate --strict) makes them errors', async () => {
    const dir = editedCourse(['text: Wait until she walks over to ask you.', 'text: Wait, as visitors always ask for help.']);
    const plain = await validate(dir);
    assert.equal(plain.code, 0);
    assert.match(plain.out, /option b: text: "always" in a wrong option/);
    assert.match(plain.out, /warning: question ex_scn/);
    assert.match(plain.out, /— 1 warning$/m);
    for (const strict of [await validate(dir, ['--strict']), await validate(dir, [], { npm_config_strict: 'true' })]) {
      assert.equal(strict.code, 1);
      assert.match(strict.out, /: question ex_scn, option b: text: "always" in a wrong option/);
      assert.doesNotMatch(strict.out, /warning:/);
      assert.match(strict.out, /✗ 1 problem$/m);
    }
    const clean = await validate(EXAM_COURSE, ['--strict']);
    assert.equal(clean.code, 0, clean.out);
  });
});
