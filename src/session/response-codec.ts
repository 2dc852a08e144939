import type { BranchingQuestion, BranchStep, Question } from '../content/types.js';
import type { Response } from '../content/response.js';
import { codeTable, idCode, PART_CODE, splitCodes } from './state-codes.js';

/**
 * Encodes one answer as a short token: a letter for the question type, then
 * the code of each chosen option, pair and target, item or branching choice
 * (state-codes.ts). Codes come from ids, not positions, so an answer still
 * reads after options are reordered or added. Tokens use only [0-9a-z], so
 * they are safe in every LMS's suspend data.
 *
 *   single  s<option>          multiple  m<option>…       true/false  t | f
 *   matching p<pair><target>…  sequencing o<item>…         branching   c<choice>… (in path order)
 */
const code = (id: string) => idCode(id, PART_CODE);

export function encodeResponse(question: Question, response: Response): string {
  switch (response.type) {
    case 'single':
      return `s${code(response.option)}`;
    case 'multiple':
      return `m${response.options.map(code).sort().join('')}`;
    case 'truefalse':
      return response.value ? 't' : 'f';
    case 'matching':
      return `p${pairIds(question).map((pair) => code(pair) + code(response.matches[pair] ?? '')).join('')}`;
    case 'sequencing':
      return `o${response.order.map(code).join('')}`;
    case 'branching':
      return `c${response.path.map(({ choice }) => code(choice)).join('')}`;
  }
}

/**
 * The answer a token stands for in the question as it is now; null when the
 * question changed so the answer no longer fits (another type, a chosen
 * option removed, pairs or items added or removed) or the token is corrupt.
 */
export function decodeResponse(question: Question, token: string): Response | null {
  if (token === 't' || token === 'f') return question.type === 'truefalse' ? { type: 'truefalse', value: token === 't' } : null;
  const parts = splitCodes(token.slice(1), PART_CODE);
  if (!parts || token[0] !== LETTER[question.type]) return null;
  switch (question.type) {
    case 'single': {
      const option = lookUp(question.options.map((o) => o.id), parts);
      return option?.length === 1 ? { type: 'single', option: option[0]! } : null;
    }
    case 'multiple': {
      const chosen = lookUp(question.options.map((o) => o.id), parts);
      if (!chosen || new Set(chosen).size !== chosen.length) return null;
      // In the authored order, as the learner's choices are a set.
      return { type: 'multiple', options: question.options.map((o) => o.id).filter((id) => chosen.includes(id)) };
    }
    case 'matching': {
      const pairs = question.pairs.map((p) => p.id);
      const chosen = lookUp(pairs, parts.filter((_, i) => i % 2 === 0));
      const targets = lookUp(question.pairs.map((p) => p.target.id), parts.filter((_, i) => i % 2 === 1));
      // Every pair of the question as it is now, each once.
      if (!chosen || !targets || chosen.length !== targets.length || !sameSet(chosen, pairs)) return null;
      return { type: 'matching', matches: Object.fromEntries(chosen.map((pair, i) => [pair, targets[i]!])) };
    }
    case 'sequencing': {
      const order = lookUp(question.items.map((i) => i.id), parts);
      return order && sameSet(order, question.items.map((i) => i.id)) ? { type: 'sequencing', order } : null;
    }
    case 'branching':
      return decodePath(question, parts);
    case 'truefalse':
      return null;
  }
}

const LETTER: Record<Question['type'], string> = { single: 's', multiple: 'm', truefalse: '', matching: 'p', sequencing: 'o', branching: 'c' };

/** Walks the steps from the first, one choice code per decision. */
function decodePath(question: BranchingQuestion, codes: string[]): Response | null {
  const path: { step: string; choice: string }[] = [];
  let step: BranchStep | undefined = question.steps[0];
  for (const c of codes) {
    const choice: BranchStep['choices'][number] | undefined = step?.choices.find((ch) => code(ch.id) === c);
    if (!step || !choice) return null;
    path.push({ step: step.id, choice: choice.id });
    step = question.steps.find((s) => s.id === choice.next);
  }
  return { type: 'branching', path };
}

function lookUp(ids: string[], codes: string[]): string[] | null {
  const table = codeTable(ids, PART_CODE);
  const out = codes.map((c) => table.get(c));
  return out.every((id): id is string => id !== undefined) ? out : null;
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && new Set(a).size === a.length && b.every((id) => a.includes(id));
}

function pairIds(q: Question): string[] {
  return q.type === 'matching' ? q.pairs.map((p) => p.id) : [];
}
