import type { BranchStep, BranchingQuestion, Question } from './types.js';
import type { Response } from './response.js';

/**
 * Pure scoring rules shared by the components (to show the result) and the
 * session (to score it). No DOM, no side effects.
 */

type Decision = { step: string; choice: string };
type Choice = BranchStep['choices'][number];

/** The choice a decision refers to, or undefined when the step or choice id is unknown. */
export function choiceOf(question: BranchingQuestion, decision: Decision): Choice | undefined {
  return question.steps.find((s) => s.id === decision.step)?.choices.find((c) => c.id === decision.choice);
}

/**
 * True when `path` is one the learner could have walked: it starts at `steps[0]`,
 * each step is the `next` of the choice before, and it ends on a choice without `next`.
 */
export function isCompletePath(question: BranchingQuestion, path: readonly Decision[]): boolean {
  if (path.length === 0 || path[0].step !== question.steps[0]?.id) return false;
  for (let i = 0; i < path.length; i++) {
    const choice = choiceOf(question, path[i]);
    if (!choice) return false;
    const last = i === path.length - 1;
    if (last ? choice.next !== undefined : choice.next !== path[i + 1].step) return false;
  }
  return true;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === a.length && a.length === b.length && b.every((id) => set.has(id));
}

/** Whether `response` answers `question` correctly. A response of another type is incorrect. */
export function isCorrect(question: Question, response: Response): boolean {
  switch (question.type) {
    case 'single':
      return response.type === 'single' && question.options.some((o) => o.correct && o.id === response.option);
    case 'multiple':
      // All correct options and no others (types.ts, MultipleResponseQuestion).
      return (
        response.type === 'multiple' &&
        sameSet(response.options, question.options.filter((o) => o.correct).map((o) => o.id))
      );
    case 'truefalse':
      return response.type === 'truefalse' && response.value === question.answer;
    case 'matching':
      return (
        response.type === 'matching' &&
        Object.keys(response.matches).length === question.pairs.length &&
        question.pairs.every((p) => response.matches[p.id] === p.target.id)
      );
    case 'sequencing':
      return (
        response.type === 'sequencing' &&
        response.order.length === question.items.length &&
        question.items.every((item, i) => response.order[i] === item.id)
      );
    case 'branching':
      // Every decision on a complete path was a `best` choice (types.ts, BranchingQuestion).
      return (
        response.type === 'branching' &&
        isCompletePath(question, response.path) &&
        response.path.every((d) => choiceOf(question, d)?.best === true)
      );
    default:
      return assertNever(question);
  }
}

/** The answer a learner would give to be correct, e.g. to show it in review. */
export function correctResponse(question: Question): Response {
  switch (question.type) {
    case 'single':
      // The validator guarantees one correct option; '' keeps rendering safe if it did not.
      return { type: 'single', option: question.options.find((o) => o.correct)?.id ?? '' };
    case 'multiple':
      return { type: 'multiple', options: question.options.filter((o) => o.correct).map((o) => o.id) };
    case 'truefalse':
      return { type: 'truefalse', value: question.answer };
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(question.pairs.map((p) => [p.id, p.target.id])) };
    case 'sequencing':
      return { type: 'sequencing', order: question.items.map((i) => i.id) };
    case 'branching':
      return { type: 'branching', path: bestPath(question) };
    default:
      return assertNever(question);
  }
}

/** Follows the first `best` choice of each step from `steps[0]`; stops on a loop or a dead end. */
function bestPath(question: BranchingQuestion): Decision[] {
  const path: Decision[] = [];
  const seen = new Set<string>();
  let step: BranchStep | undefined = question.steps[0];
  while (step && !seen.has(step.id)) {
    seen.add(step.id);
    const choice: Choice | undefined = step.choices.find((c) => c.best) ?? step.choices[0];
    if (!choice) break;
    path.push({ step: step.id, choice: choice.id });
    step = choice.next === undefined ? undefined : question.steps.find((s) => s.id === choice.next);
  }
  return path;
}

function assertNever(value: never): never {
  throw new Error(`Unknown question type: ${JSON.stringify(value)}`);
}
