import type { Course, Question } from '../content/types.js';
import type { Response } from '../content/response.js';
import { mapCourse, type CourseMap } from './course-map.js';
import { attemptDraw, seedOrder } from './draw.js';
import { decodeF1State, F1 } from './f1-state-codec.js';
import { decodeResponse, encodeResponse } from './response-codec.js';
import { codeTable, fnv1a, idCode, ITEM_CODE, splitCodes, splitOnce } from './state-codes.js';
import { emptyState, type AttemptState, type SessionState } from './state.js';

/**
 * Saved state ("suspend data") codec, format F2. Compact, because SCORM 1.2
 * LMSs keep only 4,096 characters (SCORM 1.2 RTE 3.4.2 cmi.suspend_data,
 * CMIString4096), and keyed by id, so a package built from changed content
 * reads what the previous version saved. Layout (fields joined by `~`):
 *
 *   F2 ~ course ~ lessons ~ practice ~ attemptsUsed ~ best ~ last ~ current ~ attestedAt ~ shuffle ~ seen ~ check
 *
 * - course: code of the course id; lessons: the codes of the opened lessons, run together.
 * - practice: `<question code><answer token>` per answered question, joined by `.`.
 * - last: `percent:seed:entries`; current: `seed:entries`, where entries are the
 *   drawn questions in the order shown, `<question code>[<answer token>]`, joined by `.`.
 * - shuffle: the learner's seed for the option order of practice questions (shuffle.ts);
 *   seen: the codes of the bank questions drawn in submitted attempts, run together.
 * - numbers in base 36; attestedAt in whole minutes since 1970; check: code of all that precedes it.
 *
 * State written before shuffle and seen were added has ten fields and is read
 * as well: its shuffle seed comes from the state's own text (the same every
 * time it is read), and the last attempt's questions count as seen.
 *
 * Codes and tokens: state-codes.ts and response-codec.ts. Reading state written
 * by another version of the course: lessons and questions no longer in it are
 * dropped, an answer that no longer fits its question is dropped, new ones start
 * fresh, the rest is kept. The attempt in progress keeps the drawn questions
 * still in the bank, in their order, up to the draw in force, and is topped up
 * from the bank in the seed's order (so it has the draw's number of questions);
 * it is dropped when no attempt is left. The last attempt keeps its score and
 * the drawn questions still in the bank. State that is not F2 of this course,
 * or is damaged (the check fails), is ignored: the learner starts fresh,
 * never a crash (LMS-COMPAT 23); F1 state of an identical course is read (f1-state-codec.ts).
 */
const F2 = 'F2';
const MINUTE = 60_000;
const FIELDS = 12;
/** F2 as written before the shuffle seed and the seen questions were saved. */
const FIELDS_BEFORE_SHUFFLE = 10;

const itemCode = (id: string) => idCode(id, ITEM_CODE);

export function encodeState(course: Course, state: SessionState, map: CourseMap = mapCourse(course)): string {
  const lessons = map.lessons.filter(({ lesson }) => state.visited.has(lesson.id)).map(({ lesson }) => itemCode(lesson.id));
  const practice = map.practice.flatMap(({ question }) => {
    const answer = state.practice.get(question.id);
    return answer ? [itemCode(question.id) + encodeResponse(question, answer)] : [];
  });
  const bank = map.bank.map((b) => b.question);
  const draw = course.assessment.draw;
  const last = state.lastAttempt ? `${state.lastAttempt.percent.toString(36)}:${encodeAttempt(bank, draw, state.lastAttempt)}` : '';
  const current = state.current ? encodeAttempt(bank, draw, state.current) : '';
  const body = [
    F2,
    itemCode(course.id),
    lessons.join(''),
    practice.join('.'),
    state.attemptsUsed.toString(36),
    state.bestPercent === null ? '' : state.bestPercent.toString(36),
    last,
    current,
    state.attestedAt ? Math.floor(state.attestedAt.getTime() / MINUTE).toString(36) : '',
    state.shuffleSeed.toString(36),
    map.bank.filter(({ question }) => state.seen.has(question.id)).map(({ question }) => itemCode(question.id)).join(''),
    '',
  ].join('~');
  return body + itemCode(body);
}

/** Returns null when the text is not state of this course (any version), or is damaged. */
export function decodeState(course: Course, text: string | null, map: CourseMap = mapCourse(course)): SessionState | null {
  if (!text) return null;
  if (text.startsWith(`${F1}~`)) return decodeF1State(course, text, map);
  const fields = text.split('~');
  const complete = fields.length === FIELDS;
  if (!(complete || fields.length === FIELDS_BEFORE_SHUFFLE) || fields[0] !== F2 || fields[1] !== itemCode(course.id)) return null;
  if (itemCode(text.slice(0, text.lastIndexOf('~') + 1)) !== fields[fields.length - 1]) return null;
  const [, , lessonCodes = '', practice = '', attemptsUsed = '', best = '', last = '', current = '', attested = ''] = fields;
  const [shuffle = '', seenCodes = ''] = complete ? fields.slice(9, 11) : [];
  if (!/^[0-9a-z]*$/.test(shuffle)) return null;

  const state = emptyState(shuffle ? parseInt(shuffle, 36) : fnv1a(text));
  const lessons = codeTable(map.lessons.map((l) => l.lesson.id), ITEM_CODE);
  const codes = splitCodes(lessonCodes, ITEM_CODE);
  if (!codes) return null;
  for (const c of codes) {
    const id = lessons.get(c);
    if (id) state.visited.add(id);
  }
  const practiceQuestions = map.practice.map((p) => p.question);
  for (const [question, answer] of readEntries(practiceQuestions, practice)) if (answer) state.practice.set(question.id, answer);

  if (![attemptsUsed, best, attested].every((n) => /^[0-9a-z]*$/.test(n))) return null;
  state.attemptsUsed = parseInt(attemptsUsed || '0', 36);
  state.bestPercent = best ? parseInt(best, 36) : null;
  state.attestedAt = attested ? new Date(parseInt(attested, 36) * MINUTE) : null;

  const bank = map.bank.map((b) => b.question);
  const { draw, attempts } = course.assessment;
  if (last) {
    const [percent, rest] = splitOnce(last, ':');
    const attempt = decodeAttempt(bank, rest);
    if (!attempt || !/^[0-9a-z]+$/.test(percent)) return null;
    state.lastAttempt = { ...attempt, percent: parseInt(percent, 36) };
  }
  if (current) {
    const attempt = decodeAttempt(bank, current);
    if (!attempt) return null;
    const outOfAttempts = attempts > 0 && state.attemptsUsed >= attempts;
    state.current = outOfAttempts ? null : refit(attempt, bank, draw);
  }
  const seen = splitCodes(seenCodes, ITEM_CODE);
  if (!seen) return null;
  const bankIds = codeTable(bank.map((q) => q.id), ITEM_CODE);
  const seenIds = complete ? seen.flatMap((c) => bankIds.get(c) ?? []) : (state.lastAttempt?.questions ?? []);
  state.seen = new Set(seenIds);
  return state;
}

function encodeAttempt(bank: Question[], draw: number, attempt: AttemptState): string {
  const entries = attemptDraw(bank, draw, attempt).questions.map((q) => {
    const answer = attempt.answers.get(q.id);
    return itemCode(q.id) + (answer ? encodeResponse(q, answer) : '');
  });
  return `${attempt.seed.toString(36)}:${entries.join('.')}`;
}

/** The attempt with the drawn questions still in the bank; null when the text is malformed. */
function decodeAttempt(bank: Question[], text: string): AttemptState | null {
  const [seedText, entries] = splitOnce(text, ':');
  if (!/^[0-9a-z]+$/.test(seedText)) return null;
  const answers = new Map<string, Response>();
  const questions: string[] = [];
  for (const [question, answer] of readEntries(bank, entries)) {
    if (questions.includes(question.id)) continue;
    questions.push(question.id);
    if (answer) answers.set(question.id, answer);
  }
  return { seed: parseInt(seedText, 36), questions, answers };
}

/** The attempt in progress under the draw in force: its questions still drawn, topped up in the seed's order. */
function refit(attempt: AttemptState, bank: Question[], draw: number): AttemptState | null {
  const size = Math.min(draw, bank.length);
  const questions = (attempt.questions ?? []).slice(0, size);
  for (const q of seedOrder(bank, attempt.seed)) {
    if (questions.length >= size) break;
    if (!questions.includes(q.id)) questions.push(q.id);
  }
  if (questions.length === 0) return null;
  const answers = new Map([...attempt.answers].filter(([id]) => questions.includes(id)));
  return { seed: attempt.seed, questions, answers };
}

/** `<question code>[<token>]` entries of questions that still exist, with the answer when it still fits. */
function readEntries(questions: Question[], text: string): [Question, Response | null][] {
  if (text === '') return [];
  const byCode = new Map(questions.map((q) => [itemCode(q.id), q]));
  return text.split('.').flatMap((entry): [Question, Response | null][] => {
    const question = byCode.get(entry.slice(0, ITEM_CODE));
    if (!question) return [];
    const token = entry.slice(ITEM_CODE);
    return [[question, token === '' ? null : decodeResponse(question, token)]];
  });
}
