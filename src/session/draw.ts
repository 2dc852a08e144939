import type { AssessmentConfig, Module, Question } from '../content/types.js';
import { seededRandom, shuffled } from './random.js';
import { questionOrders } from './shuffle.js';
import type { AttemptState } from './state.js';

/** The questions of one attempt, and the order each question shows its options in. */
export interface Draw {
  questions: Question[];
  /** Question id → display order of its parts (shuffle.ts questionOrder; absent: authored order). */
  orders: Map<string, string[]>;
}

/** A bank question and the module it comes from (CourseMap.bank). */
export interface BankEntry {
  module: Module;
  question: Question;
}

export type DrawSettings = Pick<AssessmentConfig, 'draw' | 'drawBy'>;

/**
 * The questions a new attempt draws, in the order shown, reproducibly from
 * `seed`. By module (the default): each module gives its share of the draw in
 * proportion to its bank, so no attempt leaves a module out. By bank: any
 * questions of the whole bank. Either way questions in `seen` (drawn in earlier
 * attempts) are taken only when the unseen ones run out.
 */
export function drawQuestions(bank: readonly BankEntry[], settings: DrawSettings, seed: number, seen: ReadonlySet<string> = new Set()): Question[] {
  const random = seededRandom(seed);
  const count = Math.min(settings.draw, bank.length);
  const unseenFirst = (questions: readonly Question[]) => {
    const order = shuffled(questions, random);
    return [...order.filter((q) => !seen.has(q.id)), ...order.filter((q) => seen.has(q.id))];
  };
  if (settings.drawBy === 'bank') return unseenFirst(bank.map((b) => b.question)).slice(0, count);
  const groups = byModule(bank);
  const quotas = moduleQuotas(groups.map((g) => g.length), count, random);
  return shuffled(groups.flatMap((group, i) => unseenFirst(group).slice(0, quotas[i])), random);
}

/**
 * How many questions each module gives: its bank's share of `count`, by the
 * largest-remainder method (ties broken at random, so no module is always the
 * one rounded up), and at least one each when `count` allows it.
 */
export function moduleQuotas(sizes: readonly number[], count: number, random: () => number): number[] {
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total === 0) return sizes.map(() => 0);
  const wanted = Math.min(count, total);
  // Whole numbers only: count × size / total exactly, as quotient and remainder.
  const quotas = sizes.map((n) => Math.floor((wanted * n) / total));
  const remainders = sizes.map((n) => (wanted * n) % total);
  const tiebreak = sizes.map(() => random());
  const byRemainder = sizes.map((_, i) => i).sort((a, b) => remainders[b]! - remainders[a]! || tiebreak[a]! - tiebreak[b]!);
  let left = wanted - quotas.reduce((a, b) => a + b, 0);
  for (const i of byRemainder) {
    if (left === 0) break;
    quotas[i]!++;
    left--;
  }
  const withBank = sizes.filter((n) => n > 0).length;
  if (wanted >= withBank) {
    for (const [i, n] of sizes.entries()) {
      if (n === 0 || quotas[i]! > 0) continue;
      // Another module has two or more (the draw is at least the number of modules): it gives one.
      const donor = quotas.indexOf(Math.max(...quotas));
      quotas[donor]!--;
      quotas[i] = 1;
    }
  }
  return quotas;
}

/** The whole bank in the order the seed puts it: how a seed drew its questions before the draw went by module (F1 state). */
export function seedOrder(bank: readonly Question[], seed: number): Question[] {
  return shuffled(bank, seededRandom(seed));
}

/** The draw of an attempt: the questions it names (those still in the bank), their options shuffled by its seed. */
export function attemptDraw(bank: readonly Question[], count: number, attempt: AttemptState): Draw {
  const questions = attempt.questions
    ? attempt.questions.flatMap((id) => bank.find((q) => q.id === id) ?? [])
    : seedOrder(bank, attempt.seed).slice(0, Math.min(count, bank.length));
  return { questions, orders: questionOrders(questions, attempt.seed) };
}

function byModule(bank: readonly BankEntry[]): Question[][] {
  const groups = new Map<Module, Question[]>();
  for (const { module, question } of bank) groups.set(module, [...(groups.get(module) ?? []), question]);
  return [...groups.values()];
}
