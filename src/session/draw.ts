import type { Question } from '../content/types.js';
import { seededRandom, shuffled } from './random.js';

/** The questions of one attempt, and the order each question shows its options in. */
export interface Draw {
  questions: Question[];
  /** Question id → display order of option/target/item ids (absent: authored order). */
  orders: Map<string, string[]>;
}

/** Draws `count` questions from the bank at random and shuffles their options, reproducibly from `seed`. */
export function drawAttempt(bank: readonly Question[], count: number, seed: number): Draw {
  const random = seededRandom(seed);
  const questions = shuffled(bank, random).slice(0, Math.min(count, bank.length));
  const orders = new Map<string, string[]>();
  for (const question of questions) {
    const ids = shufflableIds(question);
    if (ids.length > 1) orders.set(question.id, shuffled(ids, random));
  }
  return { questions, orders };
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
