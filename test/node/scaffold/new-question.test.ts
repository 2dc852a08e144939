// `npm run new -- question <module> <type>`: each type's skeleton, added to a module file,
// parses without a syntax problem, is reported only for its placeholders and not at all once
// they are written, takes ids new to the course, and leaves the rest of the file as it was.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ROOT } from '../../../scripts/lib/paths.js';
import { newQuestion } from '../../../scripts/lib/scaffold/new-question.js';
import type { Course, Module, Question } from '../../../src/content/types.js';
import { QUESTION_TYPES } from '../../../src/content/validate-question.js';
import { codeCollisions } from '../../../src/session/state-codes.js';
import { sampleCourse } from '../../fixtures/sample-course.js';
import { allIds, fillTodos, readCourseFolderFiles, todoPaths, validateFolder, writeCourseFolder } from './course-folder.js';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const folder = (course = sampleCourse()) => {
  const dir = writeCourseFolder(course);
  dirs.push(dir);
  return dir;
};
const FILE = '01-m1.md';
const read = (dir: string, file = FILE) => readFileSync(join(dir, file), 'utf8');
const moduleOf = (dir: string, file = FILE) => readCourseFolderFiles(dir).modules.find((m) => m.file === file)!.value as Module;
const existingIds = new Set(allIds(sampleCourse()));

describe('npm run new -- question', () => {
  for (const type of QUESTION_TYPES) {
    for (const to of ['bank', 'check'] as const) {
      test(`${type} --to ${to}: placeholders only, then no problem; fresh ids; the file otherwise unchanged`, () => {
        const dir = folder();
        const before = read(dir);
        const written = newQuestion(dir, '01', type, to);

        const after = read(dir);
        const block = after.split('\n').slice(written.line - 1).join('\n');
        assert.ok(block.startsWith('```question\n'), `line ${written.line} opens the block`);
        const inserted = `\n\n${block.slice(0, block.indexOf('\n```') + 4)}`;
        assert.equal(after.replace(inserted, ''), before, 'every other byte as it was');

        const parsed = readCourseFolderFiles(dir);
        assert.deepEqual(parsed.syntax, []);
        const module = moduleOf(dir);
        const added = module[to].at(-1)!;
        assert.equal(added.type, type);
        assert.equal(module[to].length, sampleCourse().modules[0]![to].length + 1, 'added at the end of its section');
        assert.equal(added.objective, 'o1');

        const ids = allIds(added);
        assert.deepEqual(ids.filter((id) => existingIds.has(id)), [], 'no id already in the course');
        assert.equal(new Set(ids).size, ids.length);

        const problems = validateFolder(parsed);
        assert.deepEqual(problems.map((p) => p.path).sort(), todoPaths(module).sort());
        assert.ok(problems.length >= 3);
        for (const p of problems) assert.match(p.message, /^still says "TODO: .+"$/);
        assert.equal(written.todos.length, problems.length, 'one listed line per placeholder');
        const lines = after.split('\n');
        for (const t of written.todos) assert.equal(lines[t.line - 1]!.trim(), t.text);

        writeFileSync(join(dir, FILE), fillTodos(after));
        const filled = readCourseFolderFiles(dir);
        assert.deepEqual(filled.syntax, []);
        assert.deepEqual(validateFolder(filled), []);
      });
    }
  }

  test('one of each type, one after another: all ids distinct, no saved-state code shared', () => {
    const dir = folder();
    const ids = QUESTION_TYPES.map((type) => newQuestion(dir, 'm1', type).summary[0]!.match(/\(id (\w+)\)/)![1]);
    assert.deepEqual(ids, ['m1_q_1', 'm1_q_2', 'm1_q_3', 'm1_q_4', 'm1_q_5', 'm1_q_6']);
    writeFileSync(join(dir, FILE), fillTodos(read(dir)));
    const parsed = readCourseFolderFiles(dir);
    assert.deepEqual(validateFolder(parsed), []);
    const course = { ...(parsed.config.value as object), modules: parsed.modules.map((m) => m.value), version: 'x' } as Course;
    assert.deepEqual(codeCollisions(course), []);
  });

  test('the module is found by file name, number or id; a missing section heading is added in its place', () => {
    const course = sampleCourse();
    course.modules[1]!.check = [];
    const dir = folder(course);
    const file = '02-m2.md';
    assert.ok(!read(dir, file).includes('## Knowledge check'));
    newQuestion(dir, '02-m2.md', 'truefalse', 'check');
    newQuestion(dir, 'm2', 'single', 'check');
    newQuestion(dir, join(dir, file), 'single');
    const text = read(dir, file);
    assert.ok(text.indexOf('## Knowledge check') < text.indexOf('## Final assessment questions'));
    const module = moduleOf(dir, file);
    assert.deepEqual(module.check.map((q: Question) => [q.id, q.type]), [['m2_chk_1', 'truefalse'], ['m2_chk_2', 'single']]);
    assert.equal(module.bank.at(-1)!.id, 'm2_q_1');
    assert.deepEqual(readCourseFolderFiles(dir).syntax, []);
    assert.throws(() => newQuestion(dir, '7', 'single'), /no module "7" .*: name one by file name, number or id: 01-m1\.md \(m1\), 02-m2\.md \(m2\)/);
  });

  test('a module without the section at the end, with Windows line ends, keeps its line ends', () => {
    const course = sampleCourse();
    course.modules[0]!.bank = [];
    const dir = folder(course);
    const crlf = read(dir).replace(/\n/g, '\r\n');
    writeFileSync(join(dir, FILE), crlf);
    const written = newQuestion(dir, '1', 'sequencing');
    const text = read(dir);
    assert.ok(text.startsWith(crlf.trimEnd()), 'the rest as it was');
    assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'every line ends in CR LF');
    assert.equal(text.split('\r\n')[written.line - 1], '```question');
    assert.equal(moduleOf(dir).bank.length, 1);
  });
});

describe('the command line', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/new.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  test('prints where the question went and what to fill in', () => {
    const dir = folder();
    const r = run('question', 'm2', 'matching', '--to', 'check', '--modules', dir);
    assert.equal(r.status, 0, r.stderr);
    const file = join(dir, '02-m2.md');
    const [first, second] = r.stdout.split('\n');
    assert.match(first!, new RegExp(`^Added a matching question \\(id m2_chk_1\\) to ${file}, line \\d+, at the end of ## Knowledge check\\.$`));
    assert.equal(second, 'It assesses objective o2.');
    const lines = read(dir, '02-m2.md').split('\n');
    const listed = [...r.stdout.matchAll(new RegExp(`^  ${file}:(\\d+): (.*)$`, 'gm'))];
    assert.equal(listed.length, 9, 'the prompt, 3 pairs of 2 texts, 2 feedbacks');
    for (const [, line, text] of listed) assert.equal(lines[Number(line) - 1]!.trim(), text);
  });

  test('a bad type, section or module is refused and nothing is written', () => {
    const dir = folder();
    const before = read(dir);
    const bad = run('question', '01', 'essay', '--modules', dir);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^new: "essay" is not a question type: use one of single, multiple, truefalse, matching, sequencing, branching\n/);
    assert.equal(run('question', '01', 'single', '--to', 'lesson', '--modules', dir).status, 2);
    const missing = run('question', 'nope', 'single', '--modules', dir);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /^new: no module "nope"/);
    assert.equal(read(dir), before);
  });
});
