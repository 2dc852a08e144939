/**
 * The F1 saved-state writer as packages built before F2 shipped it (taken
 * from src/session/state-codec.ts and response-codec.ts before F2), so the
 * tests can write the state those packages leave in an LMS.
 */
import type { Course, Question } from '../../../src/content/types.js';
import type { Response } from '../../../src/content/response.js';
import { mapCourse } from '../../../src/session/course-map.js';
import { seedOrder } from '../../../src/session/draw.js';
import { fingerprint } from '../../../src/session/f1-state-codec.js';
import type { AttemptState, SessionState } from '../../../src/session/state.js';

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const digit = (index: number): string => DIGITS[index]!;

export function encodeF1State(course: Course, state: SessionState): string {
  const map = mapCourse(course);
  const visited = packBits(map.lessons.map(({ lesson }) => state.visited.has(lesson.id)));
  const practice = map.practice
    .map(({ question }) => {
      const answer = state.practice.get(question.id);
      return answer ? encodeF1Response(question, answer) : '';
    })
    .join('.');
  const bank = map.bank.map((b) => b.question);
  const draw = course.assessment.draw;
  const last = state.lastAttempt ? `${state.lastAttempt.percent.toString(36)}:${encodeAttempt(bank, draw, state.lastAttempt)}` : '';
  const current = state.current ? encodeAttempt(bank, draw, state.current) : '';
  return [
    'F1',
    fingerprint(course, map),
    visited,
    practice,
    state.attemptsUsed.toString(36),
    state.bestPercent === null ? '' : state.bestPercent.toString(36),
    last,
    current,
    state.attestedAt ? Math.floor(state.attestedAt.getTime() / 60_000).toString(36) : '',
  ].join('~');
}

function encodeAttempt(bank: Question[], draw: number, attempt: AttemptState): string {
  const questions = seedOrder(bank, attempt.seed).slice(0, Math.min(draw, bank.length));
  const tokens = questions.map((q) => {
    const answer = attempt.answers.get(q.id);
    return answer ? encodeF1Response(q, answer) : '';
  });
  return `${attempt.seed.toString(36)}:${tokens.join('.')}`;
}

function packBits(flags: boolean[]): string {
  let out = '';
  for (let i = 0; i < flags.length; i += 4) {
    const nibble = flags.slice(i, i + 4).reduce((n, flag, bit) => n | (flag ? 1 << bit : 0), 0);
    out += nibble.toString(16);
  }
  return out;
}

function encodeF1Response(question: Question, response: Response): string {
  const ids = (q: Question): string[] =>
    q.type === 'single' || q.type === 'multiple' ? q.options.map((o) => o.id) : q.type === 'sequencing' ? q.items.map((i) => i.id) : [];
  switch (response.type) {
    case 'single':
      return digit(ids(question).indexOf(response.option));
    case 'multiple':
      return response.options.map((id) => ids(question).indexOf(id)).sort((a, b) => a - b).map(digit).join('');
    case 'truefalse':
      return response.value ? 't' : 'f';
    case 'matching': {
      if (question.type !== 'matching') return '';
      const targets = question.pairs.map((p) => p.target.id);
      return question.pairs.map((pair) => digit(targets.indexOf(response.matches[pair.id] ?? ''))).join('');
    }
    case 'sequencing':
      return response.order.map((id) => digit(ids(question).indexOf(id))).join('');
    case 'branching': {
      if (question.type !== 'branching') return '';
      return response.path.map(({ step, choice }) => digit(question.steps.find((s) => s.id === step)!.choices.findIndex((c) => c.id === choice))).join('');
    }
  }
}
