import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Course, Question } from '../../../src/content/types.js';
import { CourseSession } from '../../../src/session/course-session.js';
import { decodeState, encodeState } from '../../../src/session/state-codec.js';
import { attemptDraw, drawQuestions } from '../../../src/session/draw.js';
import { mapCourse } from '../../../src/session/course-map.js';
import { longestResponse } from '../../../src/session/worst-case.js';
import { seededRandom } from '../../../src/session/random.js';
import { sampleCourse } from '../../fixtures/sample-course.js';
import { encodeF1State } from './f1-writer.js';

/** Lessons opened, checks answered, one failed attempt and a second one under way, attested. */
function playedSession(course: Course = sampleCourse()) {
  const session = new CourseSession(course, 80);
  for (const id of ['l1', 'l2', 'l3']) session.visit(id);
  session.answerPractice('c1', { type: 'single', option: 'b' }, 1000);
  session.answerPractice('sc1', { type: 'single', option: 'a' }, 1000);
  const draw = session.currentAttempt();
  assert.ok(draw);
  // Two answers of five: a fail, so a second attempt may start.
  for (const q of draw.questions.slice(0, 2)) session.setAttemptAnswer(q.id, longestResponse(q), 500);
  session.submitAttempt();
  const next = session.currentAttempt();
  assert.ok(next);
  for (const q of next.questions.slice(0, 3)) session.setAttemptAnswer(q.id, longestResponse(q), 200);
  return { course, session };
}

/** The sample course changed by `edit` (a new version of the same course). */
function changed(edit: (course: Course) => void): Course {
  // A deep copy: the sample course shares its bank questions between calls.
  const course = structuredClone(sampleCourse());
  edit(course);
  return course;
}

const bankOf = (course: Course) => course.modules.flatMap((m) => m.bank);
const questionIn = (course: Course, id: string): Question =>
  course.modules.flatMap((m) => [...m.check, ...m.bank, ...m.lessons.flatMap((l) => l.blocks.flatMap((b) => (b.kind === 'scenario' ? [b.question] : [])))]).find((q) => q.id === id)!;
const removeQuestion = (course: Course, id: string) => {
  for (const m of course.modules) {
    m.bank = m.bank.filter((q) => q.id !== id);
    m.check = m.check.filter((q) => q.id !== id);
  }
};

test('saved state round-trips visits, practice answers, the last attempt and the attempt in progress', () => {
  const { course, session } = playedSession();
  session.state.attestedAt = new Date(Date.UTC(2026, 2, 4, 10, 30));
  const text = session.encode();
  assert.match(text, /^F2~[0-9a-z~.:]+$/, 'plain ASCII that every LMS stores as is');
  const restored = new CourseSession(course, 80, text);
  assert.equal(restored.resumed, true);
  assert.deepEqual([...restored.state.visited].sort(), ['l1', 'l2', 'l3']);
  assert.deepEqual(restored.state.practice.get('c1'), { type: 'single', option: 'b' });
  assert.equal(restored.state.attemptsUsed, 1);
  assert.equal(restored.state.bestPercent, session.state.bestPercent);
  assert.deepEqual(restored.state.lastAttempt, session.state.lastAttempt);
  assert.deepEqual(restored.state.current, session.state.current);
  assert.deepEqual(restored.state.attestedAt, session.state.attestedAt);
  assert.deepEqual(restored.currentAttempt(), session.currentAttempt(), 'the same questions in the same option order');
  assert.equal(restored.encode(), text);
});

test('every question type survives the response codec', () => {
  const course = sampleCourse({ draw: 8 });
  const session = new CourseSession(course, 80);
  for (const id of ['l1', 'l2', 'l3']) session.visit(id);
  const draw = session.currentAttempt()!;
  for (const q of draw.questions) session.setAttemptAnswer(q.id, longestResponse(q), 1);
  const restored = decodeState(course, session.encode());
  assert.ok(restored?.current);
  for (const q of draw.questions) assert.deepEqual(restored.current.answers.get(q.id), longestResponse(q), q.type);
});

test('F1 state, written by packages already in use, is read when the course is structurally the same, and carries on in F2', () => {
  // F1 packages drew the seed's order of the whole bank; drawing all of it by bank does the same, seen or not.
  const { course, session } = playedSession(sampleCourse({ draw: 8, drawBy: 'bank' }));
  session.state.attestedAt = new Date(Date.UTC(2026, 2, 4, 10, 30));
  // F1 attempts carry no question ids: they were drawn from the seed.
  const f1State = { ...session.state, current: { ...session.state.current!, questions: undefined } };
  const old = encodeF1State(course, f1State);
  assert.match(old, /^F1~/);
  // A reworded prompt is a new version with the same structure.
  const reworded = structuredClone(course);
  questionIn(reworded, 'c1').prompt = 'Reworded?';
  const resumed = new CourseSession(reworded, 80, old);
  assert.equal(resumed.resumed, true);
  assert.deepEqual(resumed.state.visited, session.state.visited);
  assert.deepEqual(resumed.state.practice, session.state.practice);
  assert.equal(resumed.state.attemptsUsed, 1);
  assert.equal(resumed.state.bestPercent, session.state.bestPercent);
  assert.deepEqual(resumed.state.lastAttempt, session.state.lastAttempt);
  assert.deepEqual(resumed.state.current, session.state.current, 'the same drawn questions, now by id');
  assert.deepEqual(resumed.state.attestedAt, session.state.attestedAt);
  assert.deepEqual(resumed.currentAttempt(), session.currentAttempt(), 'the same option order as before the update');
  assert.match(resumed.encode(), /^F2~/);
  // F1 cannot say which lesson a bit stood for once the structure changed: ignored, as before.
  const grown = structuredClone(course);
  grown.modules[0]!.lessons.push({ id: 'l_new', title: 'New', blocks: [{ kind: 'paragraph', text: 'x' }] });
  assert.equal(decodeState(grown, old), null);
});

test('an added lesson starts unopened and a removed one is dropped; the rest of the progress is kept', () => {
  const { session } = playedSession();
  const next = changed((c) => {
    c.modules[0]!.lessons = c.modules[0]!.lessons.filter((l) => l.id !== 'l1');
    c.modules[1]!.lessons.unshift({ id: 'l_new', title: 'New', blocks: [{ kind: 'paragraph', text: 'x' }] });
  });
  const resumed = new CourseSession(next, 80, session.encode());
  assert.deepEqual([...resumed.state.visited].sort(), ['l2', 'l3']);
  assert.equal(resumed.progress().lessonsDone, false, 'the new lesson is still to open');
  assert.deepEqual(resumed.state.practice, session.state.practice);
  assert.equal(resumed.state.attemptsUsed, 1);
  assert.equal(resumed.state.bestPercent, session.state.bestPercent);
  assert.deepEqual(resumed.state.current, session.state.current);
});

test('an added module starts fresh and a removed module takes its lessons and questions with it', () => {
  const { session } = playedSession();
  const next = changed((c) => {
    const second = c.modules[1]!;
    c.modules = [c.modules[0]!, { ...structuredClone(second), id: 'm3', lessons: [{ id: 'l9', title: 'Nine', blocks: [] }], check: [], bank: [] }];
  });
  const resumed = new CourseSession(next, 80, session.encode());
  assert.deepEqual([...resumed.state.visited].sort(), ['l1', 'l2']);
  assert.deepEqual([...resumed.state.practice.keys()].sort(), ['c1', 'sc1']);
  assert.equal(resumed.state.attemptsUsed, 1);
  const bank = new Set(bankOf(next).map((q) => q.id));
  assert.ok(resumed.state.current!.questions!.every((id) => bank.has(id)), 'only questions still in the bank');
  assert.equal(resumed.state.current!.questions!.length, 4, 'the whole bank left (4 questions) is below the draw of 5');
});

test('a drawn question removed from the bank: the attempt keeps the others and their answers, topped up to the draw', () => {
  const { session } = playedSession();
  const current = session.state.current!;
  const [gone, ...kept] = current.questions!;
  const next = changed((c) => removeQuestion(c, gone!));
  const resumed = new CourseSession(next, 80, session.encode());
  const now = resumed.state.current!;
  assert.deepEqual(now.questions!.slice(0, kept.length), kept, 'the drawn questions still there, in the order shown');
  assert.equal(now.questions!.length, 5, 'still five questions');
  assert.ok(!kept.includes(now.questions![4]!) && bankOf(next).some((q) => q.id === now.questions![4]), 'one more from the bank');
  for (const id of kept) assert.deepEqual(now.answers.get(id), current.answers.get(id));
  assert.equal(now.answers.has(gone!), false);
  assert.equal(resumed.currentAttempt()!.questions.length, 5);
  // Read again from what this version saves: stable.
  assert.deepEqual(new CourseSession(next, 80, resumed.encode()).state.current, now);
  // The last attempt keeps its score and what is left of its questions.
  const last = session.state.lastAttempt!;
  const lastGone = last.questions![0]!;
  const other = new CourseSession(changed((c) => removeQuestion(c, lastGone)), 80, session.encode());
  assert.equal(other.state.lastAttempt!.percent, last.percent);
  assert.deepEqual(other.state.lastAttempt!.questions, last.questions!.slice(1));
  assert.equal(other.state.bestPercent, session.state.bestPercent);
});

test('a changed draw refits the attempt in progress: fewer questions keep the first ones, more are topped up', () => {
  const { session } = playedSession();
  const current = session.state.current!;
  const text = session.encode();
  const fewer = new CourseSession(changed((c) => (c.assessment.draw = 3)), 80, text).state.current!;
  assert.deepEqual(fewer.questions, current.questions!.slice(0, 3));
  assert.deepEqual(fewer.answers, current.answers, 'the three answers given were to the first three questions');
  const more = new CourseSession(changed((c) => (c.assessment.draw = 7)), 80, text).state.current!;
  assert.deepEqual(more.questions!.slice(0, 5), current.questions);
  assert.equal(new Set(more.questions).size, 7);
  assert.equal(new CourseSession(changed((c) => (c.assessment.draw = 7)), 80, text).state.lastAttempt!.questions!.length, 5, 'history stays as it was');
});

test('fewer attempts than the officer has used: the attempt in progress is dropped, the attempts used are kept', () => {
  const { session } = playedSession();
  const resumed = new CourseSession(changed((c) => (c.assessment.attempts = 1)), 80, session.encode());
  assert.equal(resumed.state.current, null);
  assert.equal(resumed.state.attemptsUsed, 1);
  assert.equal(resumed.progress().attemptsLeft, 0);
});

test('answers follow option ids: reordered or added options keep them, a question that changed shape drops only its answer', () => {
  const course = sampleCourse({ draw: 8 });
  const session = new CourseSession(course, 80);
  for (const id of ['l1', 'l2', 'l3']) session.visit(id);
  session.answerPractice('c1', { type: 'single', option: 'b' }, 1);
  session.answerPractice('c2', { type: 'single', option: 'c' }, 1);
  session.answerPractice('c3', { type: 'single', option: 'a' }, 1);
  const draw = session.currentAttempt()!;
  for (const q of draw.questions) session.setAttemptAnswer(q.id, longestResponse(q), 1);
  const text = session.encode();
  const next = changed((c) => {
    c.assessment.draw = 8;
    const c1 = questionIn(c, 'c1') as Extract<Question, { type: 'single' }>;
    c1.options.reverse();
    c1.options.splice(1, 0, { id: 'new_option', text: 'New', feedback: 'New.' });
    // The option c2's answer chose is gone.
    const c2 = questionIn(c, 'c2') as Extract<Question, { type: 'single' }>;
    c2.options = c2.options.filter((o) => o.id !== 'c');
    // c3 becomes a true/false question.
    Object.assign(questionIn(c, 'c3'), { type: 'truefalse', answer: true, feedback: { correct: 'y', incorrect: 'n' }, options: undefined });
    const match = questionIn(c, 'b_match') as Extract<Question, { type: 'matching' }>;
    match.pairs.push({ id: 'p4', prompt: 'Four', target: { id: 't4', text: '4' } });
    const seq = questionIn(c, 'b_seq') as Extract<Question, { type: 'sequencing' }>;
    seq.items.reverse();
    const multi = questionIn(c, 'b_multi') as Extract<Question, { type: 'multiple' }>;
    multi.options.reverse();
  });
  const resumed = new CourseSession(next, 80, text);
  assert.deepEqual(resumed.state.practice.get('c1'), { type: 'single', option: 'b' });
  assert.equal(resumed.state.practice.has('c2'), false);
  assert.equal(resumed.state.practice.has('c3'), false);
  const answers = resumed.state.current!.answers;
  assert.equal(answers.has('b_match'), false, 'a new pair: the saved matches no longer answer it');
  assert.deepEqual(answers.get('b_seq'), session.state.current!.answers.get('b_seq'), 'the learner’s order, by item id');
  assert.deepEqual(new Set((answers.get('b_multi') as { options: string[] }).options), new Set(['a', 'b', 'c', 'd']));
  for (const id of ['b_tf', 'b_branch', 'b1', 'b2', 'b3']) assert.deepEqual(answers.get(id), session.state.current!.answers.get(id), id);
  assert.equal(resumed.state.current!.questions!.length, 8, 'the attempt keeps every question, answered or not');
});

test('state of another course, another format, or damaged in storage is ignored, never a crash', () => {
  const { course, session } = playedSession();
  const text = session.encode();
  const otherCourse = changed((c) => (c.id = 'other_course'));
  assert.equal(decodeState(otherCourse, text), null);
  const damaged = [
    text.replace(/^F2/, 'F3'),
    text.slice(0, -1),
    text.slice(0, 40),
    text.replace('~', '~~'),
    `${text}x`,
    '{"lessons":[1,2]}',
    'garbage~~~',
    'F1~',
    'F2~~~~~~~~~',
    '',
    null,
  ];
  for (const saved of damaged) {
    assert.equal(decodeState(course, saved), null, String(saved));
    assert.equal(new CourseSession(course, 80, saved).state.visited.size, 0);
  }
  // One character changed anywhere, as a flaky store might: ignored, or (when the check cannot tell) still sane.
  const random = seededRandom(7);
  for (let i = 0; i < 500; i++) {
    const at = Math.floor(random() * text.length);
    const ch = '0123456789abcdefghijklmnopqrstuvwxyz~.:'[Math.floor(random() * 39)]!;
    const flipped = text.slice(0, at) + ch + text.slice(at + 1);
    if (flipped === text) continue;
    assert.doesNotThrow(() => new CourseSession(course, 80, flipped).progress(), flipped);
  }
  assert.notEqual(encodeState(course, session.state), '');
});

test('an attempt is reproducible from its seed and shuffles options without losing any', () => {
  const course = sampleCourse({ draw: 4 });
  const { bank } = mapCourse(course);
  const settings = course.assessment;
  const drawn = (seed: number) => drawQuestions(bank, settings, seed).map((q) => q.id);
  assert.deepEqual(drawn(12345), drawn(12345));
  assert.equal(drawn(12345).length, 4);
  const questions = bank.map((b) => b.question);
  const a = attemptDraw(questions, 4, { seed: 12345, questions: drawn(12345), answers: new Map() });
  for (const q of a.questions) {
    const order = a.orders.get(q.id);
    if (q.type === 'single' || q.type === 'multiple') assert.deepEqual([...order!].sort(), q.options.map((o) => o.id).sort());
  }
  const seeds = new Set(Array.from({ length: 20 }, (_, seed) => drawn(seed).join()));
  assert.ok(seeds.size > 1, 'different seeds draw different questions');
  // The same named questions and seed come back with the same option order.
  assert.deepEqual(attemptDraw(questions, 4, { seed: 12345, questions: drawn(12345), answers: new Map() }), a);
});
