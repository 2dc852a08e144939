import { html, nothing, type TemplateResult } from 'lit';
import type { Question } from '../../content/types.js';
import type { Response } from '../../content/response.js';
import { iconCorrect, iconIncorrect } from '../shared/icons.js';
import type { Draft, Mode } from './draft.js';

/** What <fl-question> hands each per-type view. Views are pure render functions. */
export interface ViewContext<Q extends Question, D extends Draft> {
  question: Q;
  draft: D;
  mode: Mode;
  /** Display order of option/item/target ids (branching: session/shuffle.ts choice keys); null = authored order. */
  order: string[] | null;
  /** The answer whose result is on screen (practice after checking, review); else null. */
  result: Response | null;
  /** Show correct-answer and your-answer marks (answered practice, review). */
  reveal: boolean;
  /**
   * When revealing, also show the correct answer. False in the review of a
   * failed attempt while attempts remain: only the learner's own answers are
   * marked right or wrong (session/review.ts).
   */
  showAnswers: boolean;
  /** Inputs are locked. */
  disabled: boolean;
  /** The prompt heading (with "Question n of m"), placed in the view's legend. */
  heading: TemplateResult;
  /** The learner changed the answer. */
  set(draft: D): void;
  /** The latest polite announcement (e.g. "Step moved to 2 of 4."). */
  announcement: string;
  announce(text: string): void;
  /** Move focus after the next render to the first selector that matches an enabled element. */
  focus(...selectors: string[]): void;
}

export type MarkKind = 'correct' | 'incorrect' | 'neutral';

/** A correctness label: icon plus words, so it never relies on colour alone. */
export function mark(kind: MarkKind, text: string): TemplateResult {
  const icon = kind === 'correct' ? iconCorrect : kind === 'incorrect' ? iconIncorrect : nothing;
  return html`<span class="mark mark--${kind}">${icon}<span>${text}</span></span>`;
}
