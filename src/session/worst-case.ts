import type { BranchingQuestion, Course, Question } from '../content/types.js';
import type { Response } from '../content/response.js';
import { mapCourse } from './course-map.js';
import { encodeResponse } from './response-codec.js';
import { encodeState } from './state-codec.js';
import { emptyState, type AttemptState } from './state.js';

/** The largest seed, whose base-36 form is the longest. */
const MAX_SEED = 0xffffffff;

/**
 * An upper bound on the saved-state length for this course: every lesson
 * opened, every question answered with its longest possible answer, the
 * most attempts, and an attempt in progress besides the last one, both
 * holding the `draw` questions with the longest answers (an attempt names
 * its questions, so no draw can save more), and every bank question seen. Used by the test that guards
 * SCORM 1.2's 4,096-character limit and by the benchmark.
 */
export function worstCaseStateLength(course: Course): number {
  const map = mapCourse(course);
  const state = emptyState(MAX_SEED);
  // Every bank question seen: each is saved once, however many attempts drew it.
  state.seen = new Set(map.bank.map((b) => b.question.id));
  for (const { lesson } of map.lessons) state.visited.add(lesson.id);
  for (const { question } of map.practice) state.practice.set(question.id, longestResponse(question));
  const tokenLength = (q: Question) => encodeResponse(q, longestResponse(q)).length;
  const longest = map.bank
    .map((b) => b.question)
    .sort((a, b) => tokenLength(b) - tokenLength(a))
    .slice(0, course.assessment.draw);
  const attempt = (): AttemptState => ({
    seed: MAX_SEED,
    questions: longest.map((q) => q.id),
    answers: new Map(longest.map((q) => [q.id, longestResponse(q)])),
  });
  // Unlimited attempts are counted in base 36: two digits cover 1,295 attempts.
  state.attemptsUsed = course.assessment.attempts > 0 ? course.assessment.attempts : 36 ** 2 - 1;
  state.bestPercent = 100;
  state.lastAttempt = { ...attempt(), percent: 100 };
  state.current = attempt();
  state.attestedAt = new Date(Date.UTC(2099, 11, 31));
  return encodeState(course, state, map).length;
}

/** The answer to a question that encodes to the most characters. */
export function longestResponse(question: Question): Response {
  switch (question.type) {
    case 'single':
      return { type: 'single', option: question.options[0]!.id };
    case 'multiple':
      return { type: 'multiple', options: question.options.map((o) => o.id) };
    case 'truefalse':
      return { type: 'truefalse', value: true };
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(question.pairs.map((p) => [p.id, p.target.id])) };
    case 'sequencing':
      return { type: 'sequencing', order: question.items.map((i) => i.id) };
    case 'branching':
      return { type: 'branching', path: longestPath(question, question.steps[0]?.id, new Set()) };
  }
}

function longestPath(question: BranchingQuestion, stepId: string | undefined, seen: Set<string>): { step: string; choice: string }[] {
  const step = question.steps.find((s) => s.id === stepId);
  if (!step || seen.has(step.id)) return [];
  const inner = new Set([...seen, step.id]);
  let best: { step: string; choice: string }[] = [];
  for (const choice of step.choices) {
    const path = [{ step: step.id, choice: choice.id }, ...longestPath(question, choice.next, inner)];
    if (path.length > best.length) best = path;
  }
  return best;
}
