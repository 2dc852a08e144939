import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { SequencingQuestion } from '../../content/types.js';
import { isCorrect } from '../../content/correctness.js';
import { msg } from '../i18n/strings.js';
import type { DraftOf } from './draft.js';
import { mark, type ViewContext } from './view.js';

const arrow = (d: string) =>
  html`<svg class="icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
    ${svg`<path d=${d} fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>`}
  </svg>`;
const UP = 'M10 16V4m-5 5l5-5 5 5';
const DOWN = 'M10 4v12m-5-5l5 5 5-5';

type Dir = 'up' | 'down';

/**
 * An ordered list moved with Up/Down buttons rather than drag and drop, so it
 * works by keyboard, switch and screen reader; each move is announced.
 */
export function sequencingView(ctx: ViewContext<SequencingQuestion, DraftOf<'sequencing'>>): TemplateResult {
  const s = msg();
  const { question, draft } = ctx;
  const text = (id: string) => question.items.find((i) => i.id === id)?.text ?? id;
  const total = draft.order.length;

  const move = (from: number, dir: Dir) => {
    const to = dir === 'up' ? from - 1 : from + 1;
    const order = [...draft.order];
    const [id] = order.splice(from, 1);
    if (id === undefined || to < 0 || to >= total) return;
    order.splice(to, 0, id);
    // Moving a step is choosing an order: it counts as the answer.
    ctx.set({ type: 'sequencing', order, confirmed: true });
    ctx.announce(s.movedTo(text(id), s.positionOf(to + 1, total)));
    // Keep focus on the moved item; at the top or bottom its other button is the one left enabled.
    const other: Dir = dir === 'up' ? 'down' : 'up';
    ctx.focus(`[data-item="${id}"] [data-dir="${dir}"]`, `[data-item="${id}"] [data-dir="${other}"]`);
  };

  const button = (id: string, index: number, dir: Dir) => html`
    <button
      type="button"
      class="secondary move"
      data-dir=${dir}
      aria-label=${dir === 'up' ? s.moveUp(text(id)) : s.moveDown(text(id))}
      ?disabled=${ctx.disabled || (dir === 'up' ? index === 0 : index === total - 1)}
      @click=${() => move(index, dir)}
    >
      ${arrow(dir === 'up' ? UP : DOWN)}<span>${dir === 'up' ? s.up : s.down}</span>
    </button>
  `;

  const itemMark = (id: string, index: number) =>
    question.items[index]?.id === id ? mark('correct', s.rightPlace) : mark('incorrect', s.wrongPlace);

  // In review without an answer there is no learner order to show, only the correct one.
  const showLearnerList = !(ctx.reveal && !ctx.result);
  const showCorrect = ctx.reveal && ctx.showAnswers && (!ctx.result || !isCorrect(question, ctx.result));

  return html`
    <div class="group" role="group" aria-labelledby="prompt" aria-describedby=${ctx.reveal ? nothing : 'hint'}>
      ${ctx.heading}
      ${ctx.reveal ? nothing : html`<p id="hint" class="hint">${ctx.mode === 'test' ? s.putInOrderConfirm : s.putInOrder}</p>`}
      ${showLearnerList
        ? html`<ol class="sequence">
            ${repeat(
              draft.order,
              (id) => id,
              (id, index) => html`
                <li class="step" data-item=${id}>
                  <span class="step-text">${text(id)}</span>
                  <span class="step-actions">
                    ${ctx.reveal ? itemMark(id, index) : html`${button(id, index, 'up')}${button(id, index, 'down')}`}
                  </span>
                </li>
              `,
            )}
          </ol>`
        : nothing}
      ${ctx.mode === 'test' ? confirmControl(ctx) : nothing}
      ${ctx.reveal ? nothing : html`<p class="announcement" role="status" aria-live="polite">${ctx.announcement}</p>`}
      ${showCorrect
        ? html`<p class="correct-title">${s.correctAnswer}</p>
            <ol class="sequence sequence--answer">
              ${question.items.map((item) => html`<li class="step"><span class="step-text">${item.text}</span></li>`)}
            </ol>`
        : nothing}
    </div>
  `;
}

/**
 * In a test, the starting order only counts once the learner says it is
 * right; afterwards a note says the order is saved. Focus moves to the note,
 * since the button it replaces is gone.
 */
function confirmControl(ctx: ViewContext<SequencingQuestion, DraftOf<'sequencing'>>): TemplateResult {
  const s = msg();
  if (ctx.draft.confirmed) return html`<p class="order-saved" id="order-saved" tabindex="-1">${s.orderSaved}</p>`;
  return html`<button
    type="button"
    class="secondary confirm-order"
    ?disabled=${ctx.disabled}
    @click=${() => {
      ctx.set({ ...ctx.draft, confirmed: true });
      ctx.focus('#order-saved');
    }}
  >
    ${s.confirmOrder}
  </button>`;
}
