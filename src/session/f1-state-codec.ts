import type { Course, Question } from '../content/types.js';
import type { Response } from '../content/response.js';
import type { CourseMap } from './course-map.js';
import { seedOrder } from './draw.js';
import { decodeF1Response } from './f1-response-codec.js';
import { fnv1a, splitOnce } from './state-codes.js';
import { emptyState, type AttemptState, type SessionState } from './state.js';

/**
 * Reads saved-state format F1, which packages built before F2 write:
 *
 *   F1 ~ fingerprint ~ visited ~ practice ~ attemptsUsed ~ best ~ last ~ current ~ attestedAt
 *
 * Lessons are a bit set and answers indices, by position in the course, so
 * F1 state is only read by a course whose structure is identical (the
 * fingerprint matches); the session then carries on in F2 (state-codec.ts).
 * Anything else is not F1 state of this course: null, never a crash (LMS-COMPAT 23).
 */
export const F1 = 'F1';
const MINUTE = 60_000;

/** Returns null when the text is not state this course version wrote. */
export function decodeF1State(course: Course, text: string, map: CourseMap): SessionState | null {
  const fields = text.split('~');
  if (fields.length !== 9 || fields[0] !== F1 || fields[1] !== fingerprint(course, map)) return null;
  const [, , visitedBits, practice, attemptsUsed, best, last, current, attested] = fields as [string, ...string[]];
  // The same shuffle seed every time this state is read, until F2 saves one.
  const state = emptyState(fnv1a(text));
  const flags = unpackBits(visitedBits ?? '', map.lessons.length);
  if (!flags) return null;
  map.lessons.forEach(({ lesson }, i) => flags[i] && state.visited.add(lesson.id));

  const tokens = (practice ?? '').split('.');
  if (tokens.length !== map.practice.length) return null;
  for (const [i, { question }] of map.practice.entries()) {
    const token = tokens[i] ?? '';
    if (token === '') continue;
    const response = decodeF1Response(question, token);
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
  state.seen = new Set(state.lastAttempt?.questions ?? []);
  return state;
}

function decodeAttempt(bank: Question[], draw: number, text: string): AttemptState | null {
  const [seedText, tokenText] = splitOnce(text, ':');
  const seed = parseInt(seedText, 36);
  if (Number.isNaN(seed)) return null;
  // F1 drew the first `draw` questions of the seed's order of the whole bank.
  const questions = seedOrder(bank, seed).slice(0, Math.min(draw, bank.length));
  const tokens = tokenText.split('.');
  if (tokens.length !== questions.length) return null;
  const answers = new Map<string, Response>();
  for (const [i, question] of questions.entries()) {
    const token = tokens[i] ?? '';
    if (token === '') continue;
    const response = decodeF1Response(question, token);
    if (!response) return null;
    answers.set(question.id, response);
  }
  return { seed, questions: questions.map((q) => q.id), answers };
}

function unpackBits(hex: string, count: number): boolean[] | null {
  if (hex.length !== Math.ceil(count / 4) || !/^[0-9a-f]*$/.test(hex)) return null;
  return Array.from({ length: count }, (_, i) => (parseInt(hex[i >> 2]!, 16) & (1 << (i & 3))) !== 0);
}

/** FNV-1a over every id the state refers to, so any structural change invalidates old state. */
export function fingerprint(course: Course, map: CourseMap): string {
  const ids = [
    course.assessment.draw,
    ...map.lessons.map((l) => l.lesson.id),
    ...[...map.practice, ...map.bank].map(({ question }) => `${question.id}:${JSON.stringify(structureOf(question))}`),
  ].join('|');
  return fnv1a(ids).toString(36);
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
