import { html, nothing, type TemplateResult } from 'lit';
import type { BranchStep, BranchingQuestion } from '../../content/types.js';
import { choiceOf, correctResponse } from '../../content/correctness.js';
import { msg } from '../i18n/strings.js';
import { branchChoiceKey } from '../../session/shuffle.js';
import { arrange, pathEnded, type DraftOf } from './draft.js';
import { mark, type ViewContext } from './view.js';

type Ctx = ViewContext<BranchingQuestion, DraftOf<'branching'>>;
type Decision = { step: string; choice: string };

const stepById = (q: BranchingQuestion, id: string | undefined): BranchStep | undefined =>
  q.steps.find((s) => s.id === id);

/** A step's choices in display order (`order` holds session/shuffle.ts branch choice keys). */
function choicesInOrder(step: BranchStep, order: string[] | null): BranchStep['choices'] {
  const keyed = step.choices.map((choice) => ({ id: branchChoiceKey(step.id, choice.id), choice }));
  return arrange(keyed, order).map((k) => k.choice);
}

/**
 * A scenario walked one decision at a time: the step's situation, its choices
 * as buttons, then the consequence (announced) and "Continue" to the `next`
 * step. A choice without `next` ends the path; <fl-question> then submits it.
 */
export function branchingView(ctx: Ctx): TemplateResult {
  const { question, draft } = ctx;
  const ended = pathEnded(question, draft);
  const body = ctx.reveal || ended ? summary(ctx) : walk(ctx);
  return html`<div class="group" role="group" aria-labelledby="prompt">${ctx.heading}${body}</div>`;
}

/** The current step, or the consequence of the choice just made. */
function walk(ctx: Ctx): TemplateResult {
  const s = msg();
  const { question, draft } = ctx;
  const last = draft.path[draft.path.length - 1];
  const step = draft.awaiting
    ? stepById(question, last?.step)
    : last
      ? stepById(question, choiceOf(question, last)?.next)
      : question.steps[0];
  if (!step) return html``;
  const chosen = draft.awaiting && last ? choiceOf(question, last) : undefined;

  const choose = (choiceId: string) => {
    const path = [...draft.path, { step: step.id, choice: choiceId }];
    const next = step.choices.find((c) => c.id === choiceId)?.next;
    // No `next`: the path ends here and the summary replaces the step.
    ctx.set({ type: 'branching', path, awaiting: next !== undefined });
    ctx.focus(next !== undefined ? '[data-action="continue"]' : '#decisions');
  };
  const proceed = () => {
    ctx.set({ type: 'branching', path: draft.path, awaiting: false });
    ctx.focus('#step-text');
  };

  return html`
    <p id="step-text" class="situation" tabindex="-1">${step.text}</p>
    ${chosen
      ? nothing
      : html`<div class="choices" role="group" aria-labelledby="what-next">
          <p id="what-next" class="hint">${s.whatNext}</p>
          ${choicesInOrder(step, ctx.order).map(
            (c) => html`<button type="button" class="secondary choice" data-choice=${c.id} @click=${() => choose(c.id)}>
              ${c.text}
            </button>`,
          )}
        </div>`}
    <div class="consequence" role="status" aria-live="polite">
      ${chosen ? html`<p class="you-chose">${s.youChose(chosen.text)}</p>
          <p>${chosen.consequence}</p>` : nothing}
    </div>
    ${chosen
      ? html`<button type="button" data-action="continue" @click=${proceed}>${s.continueLabel}</button>`
      : nothing}
  `;
}

/** The path taken with its consequences; marks each decision when revealing. */
function summary(ctx: Ctx): TemplateResult {
  const s = msg();
  const { question } = ctx;
  if (ctx.reveal && !ctx.result) {
    if (!ctx.showAnswers) return html``;
    // Review without an answer: show the best path as the correct answer.
    const best = correctResponse(question);
    return html`<p class="correct-title">${s.correctAnswer}</p>
      ${best.type === 'branching' ? decisions(ctx, best.path, 'best') : nothing}`;
  }
  const restart = () => {
    ctx.set({ type: 'branching', path: [], awaiting: false });
    ctx.focus('#step-text');
  };
  return html`
    <p id="decisions" class="correct-title" tabindex="-1">${s.yourDecisions}</p>
    ${decisions(ctx, ctx.draft.path, ctx.reveal ? 'marked' : 'plain')}
    ${ctx.mode === 'test'
      ? html`<button type="button" class="secondary" data-action="restart" @click=${restart}>${s.startAgain}</button>`
      : nothing}
  `;
}

/** `plain`: the path taken; `marked`: with best/not-best marks; `best`: the best path as the answer. */
function decisions(ctx: Ctx, path: readonly Decision[], style: 'plain' | 'marked' | 'best'): TemplateResult {
  const s = msg();
  const { question } = ctx;
  return html`<ol class="decisions">
    ${path.map((d) => {
      const step = stepById(question, d.step);
      const choice = choiceOf(question, d);
      if (!step || !choice) return nothing;
      const best = step.choices.find((c) => c.best);
      return html`<li class="decision">
        <p class="decision-step">${step.text}</p>
        <p class="you-chose">${style === 'best' ? s.bestChoiceWas(choice.text) : s.youChose(choice.text)}</p>
        <p>${choice.consequence}</p>
        ${style === 'marked'
          ? html`<p class="marks">
              ${choice.best
                ? mark('correct', s.bestChoice)
                : html`${mark('incorrect', s.notBestChoice)} ${best && ctx.showAnswers ? mark('neutral', s.bestChoiceWas(best.text)) : nothing}`}
            </p>`
          : nothing}
      </li>`;
    })}
  </ol>`;
}
