import type { Question } from '../../content/types.js';
import type { Response } from '../../content/response.js';
import { isCompletePath, choiceOf } from '../../content/correctness.js';

/**
 * The answer while the learner is still working on it. Unlike `Response` it
 * may be incomplete (nothing chosen, a prompt unmatched, a path half-walked).
 */
export type Draft =
  | { type: 'single'; option: string | null }
  | { type: 'multiple'; options: string[] }
  | { type: 'truefalse'; value: boolean | null }
  | { type: 'matching'; matches: Record<string, string> }
  /**
   * `confirmed`: the learner stands by this order (moved a step, or pressed
   * "This order is right"). A test shows a starting order nobody chose, so only
   * a confirmed order is an answer there; practice and review start confirmed.
   */
  | { type: 'sequencing'; order: string[]; confirmed: boolean }
  /** `awaiting`: the last choice's consequence is on screen, waiting for "Continue". */
  | { type: 'branching'; path: { step: string; choice: string }[]; awaiting: boolean };

export type DraftOf<T extends Draft['type']> = Extract<Draft, { type: T }>;

export type Mode = 'practice' | 'test' | 'review';

/** Items sorted by `order` (ids); ids missing from `order` keep their authored place at the end. */
export function arrange<T extends { id: string }>(items: readonly T[], order: readonly string[] | null): T[] {
  if (!order) return [...items];
  const rank = (item: T) => {
    const i = order.indexOf(item.id);
    return i === -1 ? order.length + items.indexOf(item) : i;
  };
  return [...items].sort((a, b) => rank(a) - rank(b));
}

/** The draft to start from: the restored answer when there is one, otherwise an empty one. */
export function initialDraft(question: Question, response: Response | null, order: string[] | null, mode: Mode): Draft {
  if (response && response.type === question.type) {
    if (response.type === 'branching') return { type: 'branching', path: [...response.path], awaiting: false };
    if (response.type === 'sequencing') return { type: 'sequencing', order: [...response.order], confirmed: true };
    return structuredClone(response) as Draft;
  }
  switch (question.type) {
    case 'single':
      return { type: 'single', option: null };
    case 'multiple':
      return { type: 'multiple', options: [] };
    case 'truefalse':
      return { type: 'truefalse', value: null };
    case 'matching':
      return { type: 'matching', matches: {} };
    case 'sequencing': {
      const ids = arrange(question.items, order).map((i) => i.id);
      // A shuffle can land on the answer; never hand the learner a solved list.
      const solved = ids.every((id, i) => id === question.items[i]?.id);
      return {
        type: 'sequencing',
        order: solved && mode !== 'review' ? [...ids.slice(1), ...ids.slice(0, 1)] : ids,
        confirmed: mode !== 'test',
      };
    }
    case 'branching':
      return { type: 'branching', path: [], awaiting: false };
  }
}

/** The response a draft amounts to, or null while it is incomplete. */
export function toResponse(question: Question, draft: Draft): Response | null {
  if (draft.type !== question.type) return null;
  switch (draft.type) {
    case 'single':
      return draft.option === null ? null : { type: 'single', option: draft.option };
    case 'multiple':
      return draft.options.length === 0 ? null : { type: 'multiple', options: [...draft.options] };
    case 'truefalse':
      return draft.value === null ? null : { type: 'truefalse', value: draft.value };
    case 'matching': {
      if (question.type !== 'matching') return null;
      const complete = question.pairs.every((p) => draft.matches[p.id]);
      return complete ? { type: 'matching', matches: { ...draft.matches } } : null;
    }
    case 'sequencing':
      return draft.confirmed ? { type: 'sequencing', order: [...draft.order] } : null;
    case 'branching':
      return question.type === 'branching' && isCompletePath(question, draft.path)
        ? { type: 'branching', path: [...draft.path] }
        : null;
  }
}

/** Whether the path has reached a choice with no `next`, so no more decisions are possible. */
export function pathEnded(question: Question, draft: DraftOf<'branching'>): boolean {
  const last = draft.path[draft.path.length - 1];
  return question.type === 'branching' && last !== undefined && choiceOf(question, last)?.next === undefined;
}

/** Value equality for responses; matching keys compare in any order. */
export function sameResponse(a: Response | null, b: Response | null): boolean {
  return canonical(a) === canonical(b);
}

function canonical(r: Response | null): string {
  if (r?.type !== 'matching') return JSON.stringify(r);
  return JSON.stringify(Object.entries(r.matches).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}
