import { isCorrect } from '../content/correctness.js';
import type { Lesson, Module, ShowAnswers } from '../content/types.js';
import type { Draw } from './draw.js';
import type { AttemptState } from './state.js';

/**
 * Whether the review of the last attempt shows the correct answers. By
 * default only once they can no longer help a retake: after a pass, or when
 * no attempt is left. Until then it shows which answers were wrong and the
 * feedback, so a retake measures what the officer knows, not what they read.
 */
export function reviewShowsAnswers(policy: ShowAnswers | undefined, passed: boolean, attemptsLeft: number | null): boolean {
  switch (policy ?? 'after-pass-or-last') {
    case 'always':
      return true;
    case 'never':
      return false;
    case 'after-pass-or-last':
      return passed || attemptsLeft === 0;
  }
}

/** A module to go back to, and the lesson it starts with. */
export interface Revisit {
  module: Module;
  firstLesson: Lesson;
}

/** The modules, in course order, with a question of the attempt missed (wrong or unanswered). */
export function modulesToRevisit(modules: readonly Module[], draw: Draw, attempt: AttemptState): Revisit[] {
  const missed = draw.questions.filter((q) => {
    const answer = attempt.answers.get(q.id);
    return answer === undefined || !isCorrect(q, answer);
  });
  return modules.flatMap((module) => {
    const firstLesson = module.lessons[0];
    return firstLesson && missed.some((q) => module.bank.includes(q)) ? [{ module, firstLesson }] : [];
  });
}
