import type { Course, Question } from '../content/types.js';
import type { Response } from '../content/response.js';
import { mapCourse, type CourseMap } from './course-map.js';
import { drawAttempt } from './draw.js';
import { decodeResponse, encodeResponse } from './response-codec.js';
import { emptyState, type AttemptState, type SessionState } from './state.js';

/**
 * Saved state ("suspend data") codec. Compact, because SCORM 1.2 LMSs keep
 * only 4,096 characters (SCORM 1.2 RTE 3.4.2 cmi.suspend_data, CMIString4096):
 * lessons are a bit set, answers are base-36 indices, an assessment attempt is
 * its seed plus its answers. Layout (fields joined by `~`):
 *
 *   F1 ~ fingerprint ~ visited ~ practice ~ attemptsUsed ~ best ~ last ~ current ~ attestedAt
 *
 * attestedAt is in whole minutes since 1970, base 36 (empty when not attested).
 *
 * The format tag `F1` and a fingerprint of the course structure guard
 * against state written by another format or another course version: such
 * state is ignored (the learner starts fresh; statuses already in the LMS
 * are kept by the tracker), never a crash (LMS-COMPAT 23).
 */
const FORMAT = 'F1';
const MINUTE = 60_000;

export function encodeState(course: Course, state: SessionState, map: CourseMap = mapCourse(course)): string {
  const visited = packBits(map.lessons.map(({ lesson }) => state.visited.has(lesson.id)));
  const practice = map.practice
    .map(({ question }) => {
      const answer = state.practice.get(question.id);
      return answer ? encodeResponse(question, answer) : '';
    })
    .join('.');
  const bank = map.bank.map((b) => b.question);
  const draw = course.assessment.draw;
  const last = state.lastAttempt
    ? `${state.lastAttempt.percent.toString(36)}:${encodeAttempt(bank, draw, state.lastAttempt)}`
    : '';
  const current = state.current ? encodeAttempt(bank, draw, state.current) : '';
  return [
    FORMAT,
    fingerprint(course, map),
    visited,
    practice,
    state.attemptsUsed.toString(36),
    state.bestPercent === null ? '' : state.bestPercent.toString(36),
    last,
    current,
    state.attestedAt ? Math.floor(state.attestedAt.getTime() / MINUTE).toString(36) : '',
  ].join('~');
}

/** Returns null when the text is not state this course version wrote. */
export function decodeState(course: Course, text: string | null, map: CourseMap = mapCourse(course)): SessionState | null {
  if (!text) return null;
  const fields = text.split('~');
  if (fields.length !== 9 || fields[0] !== FORMAT || fields[1] !== fingerprint(course, map)) return null;
  const [, , visitedBits, practice, attemptsUsed, best, last, current, attested] = fields as [string, ...string[]];
  const state = emptyState();
  const flags = unpackBits(visitedBits ?? '', map.lessons.length);
  if (!flags) return null;
  map.lessons.forEach(({ lesson }, i) => flags[i] && state.visited.add(lesson.id));

  const tokens = (practice ?? '').split('.');
  if (tokens.length !== map.practice.length) return null;
  for (const [i, { question }] of map.practice.entries()) {
    const token = tokens[i] ?? '';
    if (token === '') continue;
    const response = decodeResponse(question, token);
    if (!response) return null;
    state.practice.set(question.id, response);
  }

  state.attemptsUsed = parseInt(attemptsUsed || '0', 36);
  state.bestPercent = best ? parseInt(best, 36) : null;
  state.attestedAt = attested ? new Date(parseInt(attested, 36) * MINUTE) : null;
  const bank = map.bank.map((b) => b.question);
  const draw = course.assessment.draw;
  if (last) {
    const [percent, attempt] = splitOnce(last, ':');
    const decoded = decodeAttempt(bank, draw, attempt);
    if (!decoded) return null;
    state.lastAttempt = { ...decoded, percent: parseInt(percent, 36) };
  }
  if (current) {
    state.current = decodeAttempt(bank, draw, current);
    if (!state.current) return null;
  }
  const numbers = [state.attemptsUsed, state.bestPercent ?? 0, state.lastAttempt?.percent ?? 0, state.attestedAt?.getTime() ?? 0];
  if (numbers.some(Number.isNaN)) return null;
  return state;
}

/** seed:token.token… — tokens follow the drawn order; empty for an unanswered question. */
function encodeAttempt(bank: Question[], draw: number, attempt: AttemptState): string {
  const { questions } = drawAttempt(bank, draw, attempt.seed);
  const tokens = questions.map((q) => {
    const answer = attempt.answers.get(q.id);
    return answer ? encodeResponse(q, answer) : '';
  });
  return `${attempt.seed.toString(36)}:${tokens.join('.')}`;
}

function decodeAttempt(bank: Question[], draw: number, text: string): AttemptState | null {
  const [seedText, tokenText] = splitOnce(text, ':');
  const seed = parseInt(seedText, 36);
  if (Number.isNaN(seed)) return null;
  const { questions } = drawAttempt(bank, draw, seed);
  const tokens = tokenText.split('.');
  if (tokens.length !== questions.length) return null;
  const answers = new Map<string, Response>();
  for (const [i, question] of questions.entries()) {
    const token = tokens[i] ?? '';
    if (token === '') continue;
    const response = decodeResponse(question, token);
    if (!response) return null;
    answers.set(question.id, response);
  }
  return { seed, answers };
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}

/** Four flags per hexadecimal digit. */
function packBits(flags: boolean[]): string {
  let out = '';
  for (let i = 0; i < flags.length; i += 4) {
    const nibble = flags.slice(i, i + 4).reduce((n, flag, bit) => n | (flag ? 1 << bit : 0), 0);
    out += nibble.toString(16);
  }
  return out;
}

function unpackBits(hex: string, count: number): boolean[] | null {
  if (hex.length !== Math.ceil(count / 4) || !/^[0-9a-f]*$/.test(hex)) return null;
  return Array.from({ length: count }, (_, i) => (parseInt(hex[i >> 2]!, 16) & (1 << (i & 3))) !== 0);
}

/** FNV-1a over every id the state refers to, so any structural change invalidates old state. */
function fingerprint(course: Course, map: CourseMap): string {
  const ids = [
    course.assessment.draw,
    ...map.lessons.map((l) => l.lesson.id),
    ...[...map.practice, ...map.bank].map(({ question }) => `${question.id}:${JSON.stringify(structureOf(question))}`),
  ].join('|');
  let hash = 0x811c9dc5;
  for (let i = 0; i < ids.length; i++) {
    hash ^= ids.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** The ids whose positions the tokens depend on. */
function structureOf(question: Question): unknown {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options.map((o) => o.id);
    case 'truefalse':
      return [];
    case 'matching':
      return question.pairs.map((p) => [p.id, p.target.id]);
    case 'sequencing':
      return question.items.map((i) => i.id);
    case 'branching':
      return question.steps.map((s) => [s.id, s.choices.map((c) => [c.id, c.next ?? ''])]);
  }
}
