// What `npm run build` says about replacing the previous package: the wording for each kind
// of change, agreement with what the saved-state codec really keeps, and the build itself
// comparing with the package it replaces (outline in the zip, stable manifest identifiers).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import JSZip from 'jszip';
import { build, type BuildOptions } from '../../../scripts/lib/build.js';
import { describeUpdate } from '../../../scripts/lib/course-update.js';
import { OUTLINE_FILE, outlineOf, type Outline } from '../../../scripts/lib/outline.js';
import { ROOT } from '../../../scripts/lib/paths.js';
import type { Course, Question, SingleChoiceQuestion } from '../../../src/content/types.js';
import { CourseSession } from '../../../src/session/course-session.js';
import { longestResponse } from '../../../src/session/worst-case.js';
import { copyChangedCourse, FIXTURE_COURSE } from '../../fixtures/course-copy.js';
import { sampleCourse } from '../../fixtures/sample-course.js';
import { collidingOptionIds } from '../session/colliding-ids.js';
import { copySecondVersion, SECOND_VERSION_SUMMARY } from './second-version.js';

const previous = (outline: Outline) => ({ found: 'outline' as const, zip: '/tmp/x/sample_course-scorm12.zip', outline });
const edited = (edit: (course: Course) => void, version = 'v2'): Course => {
  // A deep copy: the sample course shares its bank questions between calls.
  const course = structuredClone(sampleCourse({ draw: 8 }));
  edit(course);
  course.version = version;
  return course;
};
const compare = (edit: (course: Course) => void) => describeUpdate(previous(outlineOf(sampleCourse({ draw: 8 }))), outlineOf(edited(edit)));
const question = (course: Course, id: string) =>
  course.modules.flatMap((m) => [...m.check, ...m.bank, ...m.lessons.flatMap((l) => l.blocks.flatMap((b) => (b.kind === 'scenario' ? [b.question] : [])))]).find((q) => q.id === id)!;
const lesson = (id: string) => ({ id, title: id, blocks: [] });

describe('the comparison line', () => {
  test('added and removed lessons and questions: progress is kept', () => {
    const lines = compare((c) => {
      c.modules[0]!.lessons.push(lesson('l_new'), lesson('l_other'));
      c.modules[1]!.check = [];
    });
    assert.deepEqual(lines, [
      'Compared with the previous build (version test): 2 lessons added, 1 question removed: officers in progress keep their progress',
      '  - an officer who had opened every lesson opens the new ones before the final assessment (an attempt under way waits)',
    ]);
  });

  test('the same structure, or the same content', () => {
    assert.deepEqual(compare((c) => (question(c, 'c1').prompt = 'Reworded?')), [
      'Compared with the previous build (version test): the same lessons, questions and rules: officers in progress keep their progress',
    ]);
    const same = outlineOf(sampleCourse());
    assert.deepEqual(describeUpdate(previous(same), same), ['Compared with the previous build (version test): the same content: officers in progress keep their progress']);
  });

  test('modules, draw, attempts and pass mark', () => {
    const lines = compare((c) => {
      c.modules.push({ ...structuredClone(c.modules[1]!), id: 'm3', lessons: [lesson('l9')], check: [], bank: [] });
      c.assessment.draw = 6;
      c.assessment.attempts = 4;
      c.assessment.passMark = 70;
    });
    assert.equal(lines[0], 'Compared with the previous build (version test): 1 module added, 1 lesson added, draw 8 → 6 questions, attempts 2 → 4, pass mark 80% → 70%: officers in progress keep their progress');
    assert.deepEqual(lines.slice(1), [
      '  - an officer who had opened every lesson opens the new ones before the final assessment (an attempt under way waits)',
      '  - an attempt under way keeps its first 6 questions and their answers',
      '  - an officer who had used every attempt may try again',
      '  - an officer whose best score reaches 70% now passes',
    ]);
  });

  test('what an update takes from officers is flagged: fewer attempts, a higher pass mark, answers that no longer fit', () => {
    const lines = compare((c) => {
      c.assessment.attempts = 1;
      c.assessment.passMark = 90;
      const c1 = question(c, 'c1') as Extract<Question, { type: 'single' }>;
      c1.options = c1.options.filter((o) => o.id !== 'a');
      const match = question(c, 'b_match') as Extract<Question, { type: 'matching' }>;
      match.pairs.pop();
      Object.assign(question(c, 'c3'), { type: 'truefalse', answer: true, options: undefined });
    });
    assert.equal(lines[0], 'Compared with the previous build (version test): 3 questions changed, attempts 2 → 1, pass mark 80% → 90%: officers in progress keep their progress, except:');
    assert.deepEqual(lines.slice(1), [
      '  ! question c1: option a removed: saved answers that chose it are dropped; the officer answers it again',
      '  ! question c3: now a truefalse question, was single: saved answers to it are dropped; the officer answers it again',
      '  ! question b_match: pairs changed: saved answers to it are dropped; the officer answers it again (in an attempt under way)',
      '  ! fewer attempts: an officer who has used 1 has none left (not yet passed: recorded as failed) and an attempt under way is dropped',
      '  ! higher pass mark: an officer in progress whose best score is below 90% has not passed yet (a pass already recorded in the LMS stays)',
    ]);
  });

  test('no previous build, one from before outlines, another course', () => {
    const next = outlineOf(sampleCourse());
    assert.deepEqual(describeUpdate({ found: 'none' }, next), ['No previous build to compare with: officers have no saved progress in this course yet.']);
    assert.match(describeUpdate({ found: 'no-outline', zip: '/tmp/old.zip' }, next)[0]!, /predates this check: replacing it keeps officers' progress only if no lesson or question was added, removed or changed/);
    assert.match(describeUpdate({ found: 'unreadable', zip: '/tmp/old.zip' }, next)[0]!, /could not be read/);
    assert.match(describeUpdate(previous({ ...next, course: 'front_desk' }), next)[0]!, /is another course \(front_desk\): officers' progress in it does not carry over to sample_course/);
  });

  test('the questions it names are exactly those whose saved answers the new version drops', () => {
    // An officer who answered everything, every answer the longest one (first option, every pair…).
    const course = sampleCourse({ draw: 8 });
    const session = new CourseSession(course, 80);
    for (const { lesson: l } of session.map.lessons) session.visit(l.id);
    for (const { question: q } of session.map.practice) session.answerPractice(q.id, longestResponse(q), 1);
    for (const q of session.currentAttempt()!.questions) session.setAttemptAnswer(q.id, longestResponse(q), 1);
    const saved = session.encode();
    const edits: ((c: Course) => void)[] = [
      (c) => (question(c, 'c1') as Extract<Question, { type: 'single' }>).options.shift(),
      (c) => (question(c, 'c2') as Extract<Question, { type: 'single' }>).options.reverse(),
      (c) => (question(c, 'b_multi') as Extract<Question, { type: 'multiple' }>).options.pop(),
      (c) => (question(c, 'b_multi') as Extract<Question, { type: 'multiple' }>).options.push({ id: 'e', text: 'E', feedback: 'e' }),
      (c) => (question(c, 'b_seq') as Extract<Question, { type: 'sequencing' }>).items.push({ id: 'i4', text: 'Fourth' }),
      (c) => (question(c, 'b_seq') as Extract<Question, { type: 'sequencing' }>).items.reverse(),
      (c) => ((question(c, 'b_match') as Extract<Question, { type: 'matching' }>).pairs[0]!.target.id = 't9'),
      (c) => (question(c, 'b_branch') as Extract<Question, { type: 'branching' }>).steps[1]!.choices.push({ id: 'shout', text: 'Shout', consequence: 'Noise.' }),
      (c) => ((question(c, 'b_branch') as Extract<Question, { type: 'branching' }>).steps[0]!.choices[0]!.id = 'kneel'),
      (c) => Object.assign(question(c, 'b1'), { type: 'multiple' }),
    ];
    for (const [i, edit] of edits.entries()) {
      const next = edited(edit);
      const named = describeUpdate(previous(outlineOf(course)), outlineOf(next)).flatMap((l) => /^ {2}! question (\w+):/.exec(l)?.[1] ?? []);
      const resumed = new CourseSession(next, 80, saved).state;
      const kept = new Set([...resumed.practice.keys(), ...resumed.current!.answers.keys()]);
      const dropped = [...session.state.practice.keys(), ...session.state.current!.answers.keys()].filter((id) => !kept.has(id));
      assert.deepEqual(named.sort(), dropped.sort(), `edit ${i}`);
    }
  });
});

describe('npm run build compares with the package it replaces', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'frontline-update-'));
  after(() => rmSync(tmp, { recursive: true, force: true }));
  const options = (modules: string, out: string, extra: Partial<BuildOptions> = {}): BuildOptions => ({
    modules, out, targets: ['scorm12', 'scorm2004'], entries: { scorm12: 'test/fixtures/entries/placeholder.ts', scorm2004: 'test/fixtures/entries/placeholder.ts' }, log: () => {}, ...extra,
  });
  const manifestIds = async (zip: string) => {
    const xml = await (await JSZip.loadAsync(readFileSync(zip))).file('imsmanifest.xml')!.async('string');
    return [...xml.matchAll(/\b(identifier|identifierref|default)="([^"]*)"/g)].map((m) => `${m[1]}=${m[2]}`);
  };

  test('first build, then the second version over it: the line says what officers keep; identifiers stay', async () => {
    const out = join(tmp, 'dist');
    const first = await build(options(FIXTURE_COURSE, out));
    assert.ok(first.ok);
    assert.deepEqual(first.update, ['No previous build to compare with: officers have no saved progress in this course yet.']);
    const zip = first.packages[0]!.zip;
    const outline = JSON.parse(await (await JSZip.loadAsync(readFileSync(zip))).file(OUTLINE_FILE)!.async('string')) as Outline;
    assert.deepEqual(outline, outlineOf(first.course));
    const firstIds = await Promise.all(first.packages.map((p) => manifestIds(p.zip)));
    const keep = join(tmp, 'v1.zip');
    copyFileSync(zip, keep);

    // A zip left from an older build of another target: the newest package is the one compared with.
    writeFileSync(join(out, 'fixture_course-xapi.zip'), 'stale');
    utimesSync(join(out, 'fixture_course-xapi.zip'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    const second = await build(options(copySecondVersion(), out));
    assert.ok(second.ok);
    assert.notEqual(second.course.version, first.course.version);
    assert.deepEqual(second.update, [
      `Compared with the previous build (version ${first.course.version}): ${SECOND_VERSION_SUMMARY}: officers in progress keep their progress`,
      '  - an officer who had opened every lesson opens the new ones before the final assessment (an attempt under way waits)',
      '  - an attempt under way that drew a removed question gets another from the bank in its place',
    ]);
    // Moodle matches the SCO of a replaced package by its item identifier (mod/scorm/datamodels/scormlib.php
    // scorm_parse_scorm): a changed one would be a new SCO without the officers' tracks.
    const secondIds = await Promise.all(second.packages.map((p) => manifestIds(p.zip)));
    assert.deepEqual(secondIds, firstIds);
    assert.ok(firstIds.flat().every((id) => !id.includes(first.course.version) && !id.includes(second.course.version)), 'no version in any identifier');

    // The same again: nothing changed since. And against the package officers have (--previous).
    const again = await build(options(copySecondVersion(), out));
    assert.ok(again.ok);
    assert.match(again.update[0]!, /: the same content: officers in progress keep their progress$/);
    const versus = await build(options(copySecondVersion(), join(tmp, 'elsewhere'), { previous: keep }));
    assert.ok(versus.ok);
    assert.equal(versus.update[0], second.update[0]);
  });

  test('ids that would share a saved-state code stop the build, naming the module file', async () => {
    const pair = collidingOptionIds();
    const modules = copyChangedCourse((name, module) => {
      if (name !== '02-incidents.md') return;
      const question = module.check.find((q) => q.id === 'report_what') as SingleChoiceQuestion;
      question.options.unshift(...pair.map((id) => ({ id, text: id, feedback: 'x' })));
    });
    const result = await build(options(modules, join(tmp, 'refused')));
    assert.equal(result.ok, false);
    assert.equal(result.problems.length, 1);
    const [problem] = result.problems;
    assert.match(problem!.file, /02-incidents\.md$/);
    assert.equal(problem!.path, 'options of question report_what');
    assert.match(problem!.message, new RegExp(`ids "${pair[0]}" and "${pair[1]}" share the saved-state code`));
    // `npm run validate` says so too.
    const validate = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', '--modules', modules], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(validate.status, 1);
    assert.match(validate.stderr, /02-incidents\.md: options of question report_what: ids .* share the saved-state code/);
  });
});
