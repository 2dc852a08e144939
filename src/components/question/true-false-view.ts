import type { TemplateResult } from 'lit';
import type { TrueFalseQuestion } from '../../content/types.js';
import { msg } from '../i18n/strings.js';
import type { DraftOf } from './draft.js';
import { choiceList } from './choice-view.js';
import type { ViewContext } from './view.js';

/** Two radios, True then False, rendered like a single-choice question. */
export function trueFalseView(ctx: ViewContext<TrueFalseQuestion, DraftOf<'truefalse'>>): TemplateResult {
  const s = msg();
  const item = (value: boolean, text: string) => ({
    id: String(value),
    text,
    correct: ctx.question.answer === value,
    chosen: ctx.draft.value === value,
  });
  return choiceList(ctx, {
    kind: 'radio',
    hint: s.chooseOne,
    items: [item(true, s.trueLabel), item(false, s.falseLabel)],
    toggle: (id) => ctx.set({ type: 'truefalse', value: id === 'true' }),
  });
}
