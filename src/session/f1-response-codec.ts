import type { BranchingQuestion, BranchStep, Question } from '../content/types.js';
import type { Response } from '../content/response.js';
import { DIGITS } from './state-codes.js';

/**
 * Reads answer tokens of saved-state format F1 (f1-state-codec.ts), still
 * written by packages in use: each chosen option, target, item or branching
 * choice is one base-36 digit, its index in the authored order.
 */

const indexOf = (token: string, at: number): number => DIGITS.indexOf(token[at] ?? '');
const indices = (token: string): number[] => [...token].map((_, i) => indexOf(token, i));

/** Returns null for a token that does not fit the question (content changed, or corrupted state). */
export function decodeF1Response(question: Question, token: string): Response | null {
  if (token === '') return null;
  const all = indices(token);
  if (all.some((i) => i < 0)) return null;
  switch (question.type) {
    case 'single': {
      const option = pick(optionIds(question), all);
      return option?.length === 1 ? { type: 'single', option: option[0]! } : null;
    }
    case 'multiple': {
      const options = pick(optionIds(question), all);
      return options && new Set(options).size === options.length ? { type: 'multiple', options } : null;
    }
    case 'truefalse':
      return token === 't' || token === 'f' ? { type: 'truefalse', value: token === 't' } : null;
    case 'matching': {
      const pairs = pairIds(question);
      const targets = pick(targetIds(question), all);
      if (!targets || targets.length !== pairs.length) return null;
      return { type: 'matching', matches: Object.fromEntries(pairs.map((pair, i) => [pair, targets[i]!])) };
    }
    case 'sequencing': {
      const order = pick(itemIds(question), all);
      return order && order.length === question.items.length && new Set(order).size === order.length
        ? { type: 'sequencing', order }
        : null;
    }
    case 'branching':
      return decodePath(question, all);
  }
}

function decodePath(question: BranchingQuestion, choices: number[]): Response | null {
  const path: { step: string; choice: string }[] = [];
  let step: BranchStep | undefined = question.steps[0];
  for (const index of choices) {
    const choice: BranchStep['choices'][number] | undefined = step?.choices[index];
    if (!step || !choice) return null;
    path.push({ step: step.id, choice: choice.id });
    step = question.steps.find((s) => s.id === choice.next);
  }
  return { type: 'branching', path };
}

function pick(ids: string[], at: number[]): string[] | null {
  const out = at.map((i) => ids[i]);
  return out.every((id): id is string => id !== undefined) ? out : null;
}

function optionIds(q: Question): string[] {
  return q.type === 'single' || q.type === 'multiple' ? q.options.map((o) => o.id) : [];
}
function pairIds(q: Question): string[] {
  return q.type === 'matching' ? q.pairs.map((p) => p.id) : [];
}
function targetIds(q: Question): string[] {
  return q.type === 'matching' ? q.pairs.map((p) => p.target.id) : [];
}
function itemIds(q: Question): string[] {
  return q.type === 'sequencing' ? q.items.map((i) => i.id) : [];
}
