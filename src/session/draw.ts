import type { Question } from '../content/types.js';
import { seededRandom, shuffled } from './random.js';
import type { AttemptState } from './state.js';

/** The questions of one attempt, and the order each question shows its options in. */
export interface Draw {
  questions: Question[];
  /** Question id → display order of option/target/item ids (absent: authored order). */
  orders: Map<string, string[]>;
}

/**
 * Draws `count` questions from the bank at random and shuffles their options,
 * reproducibly from `seed`; `drawn` names the questions instead (those still
 * in the bank), as an attempt saved by an earlier version of the course drew them.
 */
export function drawAttempt(bank: readonly Question[], count: number, seed: number, drawn?: readonly string[]): Draw {
  const random = seededRandom(seed);
  // Always shuffled, so the option orders below take the same numbers from `random` either way.
  const order = shuffled(bank, random);
  const questions = drawn
    ? drawn.flatMap((id) => bank.find((q) => q.id === id) ?? [])
    : order.slice(0, Math.min(count, bank.length));
  const orders = new Map<string, string[]>();
  for (const question of questions) {
    const ids = shufflableIds(question);
    if (ids.length > 1) orders.set(question.id, shuffled(ids, random));
  }
  return { questions, orders };
}

/** The draw of a saved attempt: its own questions when it names them. */
export function attemptDraw(bank: readonly Question[], count: number, attempt: AttemptState): Draw {
  return drawAttempt(bank, count, attempt.seed, attempt.questions);
}

function shufflableIds(question: Question): string[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options.map((o) => o.id);
    case 'matching':
      return question.pairs.map((p) => p.target.id);
    case 'sequencing':
      return question.items.map((i) => i.id);
    case 'truefalse':
    case 'branching':
      return [];
  }
}
