import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { MultipleResponseQuestion, Option, Question, SingleChoiceQuestion } from '../../content/types.js';
import { msg } from '../i18n/strings.js';
import { arrange, type Draft, type DraftOf } from './draft.js';
import { mark, type ViewContext } from './view.js';

/** One row of a radio or checkbox group (also used by true/false). */
export interface ChoiceItem {
  id: string;
  text: string;
  correct: boolean;
  chosen: boolean;
}

interface ChoiceListOptions {
  kind: 'radio' | 'checkbox';
  hint: string;
  items: ChoiceItem[];
  toggle(id: string, checked: boolean): void;
}

/**
 * A native radio or checkbox group in a fieldset whose legend is the prompt,
 * so Tab, arrow keys and Space behave as every screen reader expects.
 * Each input sits inside its label: the whole row is the touch target.
 * The hint ("Choose all that apply.") is part of the legend, so it is said once
 * with the group's name; as a description too it would be read twice.
 */
export function choiceList(ctx: ViewContext<Question, Draft>, o: ChoiceListOptions): TemplateResult {
  const s = msg();
  return html`
    <fieldset class="group">
      <legend>${ctx.heading} <span id="hint" class="hint">${o.hint}</span></legend>
      <div class="options">
        ${o.items.map(
          (item) => html`
            <label
              class="option ${item.chosen ? 'option--chosen' : ''} ${ctx.reveal && ctx.showAnswers && item.correct ? 'option--correct' : ''}"
            >
              <input
                type=${o.kind}
                name=${ctx.question.id}
                value=${item.id}
                .checked=${live(item.chosen)}
                ?disabled=${ctx.disabled}
                @change=${(e: Event) => o.toggle(item.id, (e.target as HTMLInputElement).checked)}
              />
              <span class="option-text">${item.text}</span>
              ${ctx.reveal
                ? html`<span class="marks">
                    ${item.chosen ? mark(item.correct ? 'correct' : 'incorrect', s.yourAnswer) : nothing}
                    ${item.correct && ctx.showAnswers ? mark('correct', s.correctAnswer) : nothing}
                  </span>`
                : nothing}
            </label>
          `,
        )}
      </div>
    </fieldset>
  `;
}

/** The options in display order, marked correct and chosen. */
function optionItems(options: Option[], order: string[] | null, chosen: (id: string) => boolean) {
  return arrange(options, order).map((o) => ({ id: o.id, text: o.text, correct: o.correct === true, chosen: chosen(o.id) }));
}

export function singleView(ctx: ViewContext<SingleChoiceQuestion, DraftOf<'single'>>): TemplateResult {
  return choiceList(ctx, {
    kind: 'radio',
    hint: msg().chooseOne,
    items: optionItems(ctx.question.options, ctx.order, (id) => ctx.draft.option === id),
    toggle: (id) => ctx.set({ type: 'single', option: id }),
  });
}

export function multipleView(ctx: ViewContext<MultipleResponseQuestion, DraftOf<'multiple'>>): TemplateResult {
  const chosen = new Set(ctx.draft.options);
  return choiceList(ctx, {
    kind: 'checkbox',
    hint: msg().chooseAll,
    items: optionItems(ctx.question.options, ctx.order, (id) => chosen.has(id)),
    toggle: (id, checked) => {
      if (checked) chosen.add(id);
      else chosen.delete(id);
      // Authored order keeps the response stable however the options were shuffled.
      ctx.set({ type: 'multiple', options: ctx.question.options.filter((o) => chosen.has(o.id)).map((o) => o.id) });
    },
  });
}
