// `npm run new -- module "Night shifts"`: the next NN-night-shifts.md, a skeleton that parses
// without a syntax problem, whose only problems are its placeholders, and none once they are
// written; its ids are new to the course (saved-state codes included).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { newModule } from '../../../scripts/lib/scaffold/new-module.js';
import { ROOT } from '../../../scripts/lib/paths.js';
import type { Course } from '../../../src/content/types.js';
import { codeCollisions } from '../../../src/session/state-codes.js';
import { sampleCourse } from '../../fixtures/sample-course.js';
import { allIds, fillTodos, readCourseFolderFiles, todoPaths, validateFolder, writeCourseFolder } from './course-folder.js';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const folder = (course: Course, numbers?: number[]) => {
  const dir = writeCourseFolder(course, numbers);
  dirs.push(dir);
  return dir;
};

/**
 * The sample course with the ids a third module's skeleton would take first already in use
 * (as module, lesson, objective, question and option ids), so the scaffold must pick others.
 */
function crowdedCourse(): Course {
  const course = structuredClone(sampleCourse());
  const m2 = course.modules[1]!;
  m2.id = 'night_shifts';
  m2.objectives[0]!.id = 'm3_obj_1';
  m2.lessons[0]!.id = 'm3_l_1';
  for (const q of [...m2.check, ...m2.bank]) q.objective = 'm3_obj_1';
  m2.check[0]!.id = 'm3_chk_1';
  m2.bank[0]!.id = 'm3_q_1';
  if (m2.bank[0]!.type !== 'single') throw new Error('fixture changed: b3 is no longer single choice');
  m2.bank[0]!.options[0]!.id = 'm3_chk_2_a';
  return course;
}

describe('npm run new -- module', () => {
  test('the skeleton parses, and the validator reports exactly its placeholders', () => {
    const dir = folder(sampleCourse());
    assert.deepEqual(validateFolder(readCourseFolderFiles(dir)), [], 'the course starts valid');
    const written = newModule(dir, 'Night shifts');
    assert.equal(written.file.endsWith('/03-night-shifts.md'), true, written.file);

    const read = readCourseFolderFiles(dir);
    assert.deepEqual(read.syntax, []);
    const module = read.modules.find((m) => m.file === '03-night-shifts.md')!;
    const value = module.value as Course['modules'][number];
    assert.equal(value.id, 'night_shifts');
    assert.equal(value.title, 'Night shifts');
    assert.deepEqual(value.lessons[0]!.blocks.map((b) => b.kind), ['paragraph', 'list', 'tip']);
    assert.deepEqual([value.objectives.length, value.check.map((q) => q.type), value.bank.map((q) => q.type)], [1, ['single'], ['single']]);

    const problems = validateFolder(read);
    const expected = todoPaths(value);
    assert.ok(expected.length >= 15, `every text is a placeholder (${expected.length})`);
    assert.deepEqual(problems.map((p) => p.path).sort(), [...expected].sort());
    for (const p of problems) {
      assert.equal(p.file, '03-night-shifts.md');
      assert.match(p.message, /^still says "TODO: .+"$/);
    }
    // Each TODO line the command lists is a line of the file that holds a TODO.
    const lines = readFileSync(join(dir, '03-night-shifts.md'), 'utf8').split('\n');
    assert.ok(written.todos.length > 0);
    for (const t of written.todos) assert.equal(lines[t.line - 1]!.trim(), t.text);
  });

  test('once every placeholder is written, the course has no problem at all', () => {
    const dir = folder(crowdedCourse());
    newModule(dir, 'Night shifts');
    const file = readdirSync(dir).find((n) => n.startsWith('03-'))!;
    writeFileSync(join(dir, file), fillTodos(readFileSync(join(dir, file), 'utf8')));
    const read = readCourseFolderFiles(dir);
    assert.deepEqual(read.syntax, []);
    assert.deepEqual(validateFolder(read), []);
    const course = { ...(read.config.value as object), modules: read.modules.map((m) => m.value), version: 'x' } as Course;
    assert.deepEqual(codeCollisions(course), [], 'no id shares a saved-state code');
  });

  test('its ids are new to the course, even where the usual ones are taken', () => {
    const course = crowdedCourse();
    const before = new Set(allIds(course.modules).concat(course.id, course.assessment.id));
    const dir = folder(course);
    const written = newModule(dir, 'Night shifts');
    assert.equal(written.file.endsWith('/03-night-shifts-2.md'), true, `named after its module id: ${written.file}`);
    const read = readCourseFolderFiles(dir);
    const added = allIds(read.modules.find((m) => m.file === '03-night-shifts-2.md')!.value);
    assert.equal(added.length, 13, 'module, objective, lesson, 2 questions, 8 options');
    assert.deepEqual(added.filter((id) => before.has(id)), []);
    assert.equal(new Set(added).size, added.length);
    assert.ok(added.includes('night_shifts_2') && added.includes('m3_l_2') && added.includes('m3_q_2'), added.join(' '));
    // Only placeholders: no "already used", no missing field.
    assert.ok(validateFolder(read).every((p) => p.message.startsWith('still says "TODO')));
  });

  test('the number is the next after the last file, whatever its kind', () => {
    const dir = folder(sampleCourse(), [1, 4]);
    assert.match(newModule(dir, 'Night shifts').file, /\/05-night-shifts\.md$/);
    assert.match(newModule(dir, 'Radio use').file, /\/06-radio-use\.md$/);
    writeFileSync(join(dir, '08-notes.txt'), 'not a module, but 08 is taken');
    assert.match(newModule(dir, 'Élan & café: first aid').file, /\/09-elan-cafe-first-aid\.md$/);
    const read = readCourseFolderFiles(dir);
    assert.deepEqual(read.modules.map((m) => m.file), ['01-m1.md', '04-m2.md', '05-night-shifts.md', '06-radio-use.md', '09-elan-cafe-first-aid.md']);
    assert.equal((read.modules[4]!.value as { title: string }).title, 'Élan & café: first aid');
    assert.deepEqual(read.syntax, []);
  });
});

describe('the command line', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/new.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  test('prints the file and each line to fill in', () => {
    const dir = folder(sampleCourse());
    const r = run('module', 'Night shifts', '--modules', dir);
    assert.equal(r.status, 0, r.stderr);
    const file = join(dir, '03-night-shifts.md');
    assert.ok(r.stdout.startsWith(`Wrote ${file}: the module "Night shifts" (id night_shifts)`), r.stdout);
    assert.match(r.stdout, new RegExp(`\\n  ${file}:6: text: "TODO: what the officer will be able to do after this module"\\n`));
  });

  test('a missing title or an unknown command is a usage error', () => {
    const dir = folder(sampleCourse());
    for (const args of [['module'], ['module', ' '], ['lesson', 'x'], []]) {
      const r = run(...args, '--modules', dir);
      assert.ok(r.status === 2 || r.status === 1, `${args.join(' ')}: ${r.status}`);
      assert.match(r.stderr, /^new: /);
    }
    assert.deepEqual(readdirSync(dir).sort(), ['01-m1.md', '02-m2.md', 'course.yaml'], 'nothing written');
    assert.match(run('module', '--modules', dir).stderr, /usage: npm run new -- module "Module title"/);
  });
});
