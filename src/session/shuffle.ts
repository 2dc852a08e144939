import type { Question } from '../content/types.js';
import { seededRandom, shuffled } from './random.js';
import { fnv1a } from './state-codes.js';

/**
 * The one shuffle of a question's parts, wherever it is shown: knowledge
 * checks and scenarios (seeded by the learner's shuffle seed) and the final
 * assessment (seeded by the attempt's seed). The order depends on the seed
 * and the question's id alone, so only the seed is saved (SCORM 1.2 keeps
 * 4,096 characters of suspend data, RTE 3.4.2) and a resumed learner sees
 * the same order, whatever else the course gained or lost.
 *
 * Shuffled: single and multiple options, matching targets, sequencing items,
 * and each branching step's choices (as `branchChoiceKey`s). True/false keeps
 * True before False: a reader expects them in that order, and two fixed
 * options give nothing away.
 */
export function questionOrder(question: Question, seed: number): string[] | null {
  const ids = shufflableIds(question);
  if (ids.length < 2) return null;
  const random = seededRandom((seed ^ fnv1a(question.id)) >>> 0);
  if (question.type !== 'branching') return shuffled(ids, random);
  // Each step's choices are shuffled among themselves; steps keep their place.
  return question.steps.flatMap((step) => shuffled(step.choices.map((c) => branchChoiceKey(step.id, c.id)), random));
}

/** A branching choice in a display order: choice ids are unique only within their step. */
export function branchChoiceKey(stepId: string, choiceId: string): string {
  // `/` never occurs in an id (ids.ts ID_PATTERN), so the key is unambiguous.
  return `${stepId}/${choiceId}`;
}

/** Question id → display order, for questions shown with one seed. */
export function questionOrders(questions: readonly Question[], seed: number): Map<string, string[]> {
  const orders = new Map<string, string[]>();
  for (const question of questions) {
    const order = questionOrder(question, seed);
    if (order) orders.set(question.id, order);
  }
  return orders;
}

function shufflableIds(question: Question): string[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options.map((o) => o.id);
    case 'matching':
      // A target may serve several prompts: each is listed once.
      return [...new Set(question.pairs.map((p) => p.target.id))];
    case 'sequencing':
      return question.items.map((i) => i.id);
    case 'branching':
      return question.steps.flatMap((s) => s.choices.map((c) => c.id));
    case 'truefalse':
      return [];
  }
}
