import { html, nothing, type TemplateResult } from 'lit';
import type { MatchingQuestion } from '../../content/types.js';
import { msg } from '../i18n/strings.js';
import { arrange, type DraftOf } from './draft.js';
import { mark, type ViewContext } from './view.js';

/**
 * One labelled native <select> per prompt: keyboard, touch and screen reader
 * support come from the platform, unlike drag and drop. Picking an answer
 * already used for another item shows a warning next to both selects and says
 * it once, politely; it never blocks the choice.
 */
export function matchingView(ctx: ViewContext<MatchingQuestion, DraftOf<'matching'>>): TemplateResult {
  const s = msg();
  const { question, draft } = ctx;
  // Targets are listed once each, in the display order the lead passed (or authored order).
  const unique = question.pairs.map((p) => p.target).filter((t, i, all) => all.findIndex((u) => u.id === t.id) === i);
  const targets = arrange(unique, ctx.order);

  const choose = (pairId: string, targetId: string) => {
    const matches = { ...draft.matches };
    if (targetId) matches[pairId] = targetId;
    else delete matches[pairId];
    ctx.set({ type: 'matching', matches });
    const repeated = targetId && Object.entries(matches).some(([id, t]) => id !== pairId && t === targetId);
    ctx.announce(repeated && warns ? s.usedTwice(targets.find((t) => t.id === targetId)?.text ?? '') : '');
  };
  // Each answer fits one item only when no two pairs share a target; otherwise a repeat is no mistake.
  const warns = unique.length === question.pairs.length && !ctx.reveal;
  const usedTwice = (pairId: string) => {
    const value = draft.matches[pairId];
    return warns && value !== undefined && Object.entries(draft.matches).some(([id, t]) => id !== pairId && t === value);
  };

  const answer = (pair: MatchingQuestion['pairs'][number]) => (ctx.showAnswers ? mark('neutral', s.correctAnswerIs(pair.target.text)) : nothing);
  const pairMark = (pair: MatchingQuestion['pairs'][number]) => {
    if (!ctx.result) return answer(pair);
    return draft.matches[pair.id] === pair.target.id ? mark('correct', s.correct) : html`${mark('incorrect', s.incorrect)} ${answer(pair)}`;
  };

  return html`
    <fieldset class="group">
      <legend>${ctx.heading} <span id="hint" class="hint">${s.matchEach}</span></legend>
      <div class="pairs">
        ${question.pairs.map((pair) => {
          const value = draft.matches[pair.id] ?? '';
          const twice = usedTwice(pair.id);
          const describedBy = [ctx.reveal ? `mark-${pair.id}` : '', twice ? `twice-${pair.id}` : ''].filter(Boolean).join(' ');
          return html`
            <div class="pair">
              <label class="pair-prompt" for="match-${pair.id}">${pair.prompt}</label>
              <select
                id="match-${pair.id}"
                ?disabled=${ctx.disabled}
                aria-describedby=${describedBy || nothing}
                @change=${(e: Event) => choose(pair.id, (e.target as HTMLSelectElement).value)}
              >
                <option value="" .selected=${value === ''}>${s.selectPlaceholder}</option>
                ${targets.map((t) => html`<option value=${t.id} .selected=${value === t.id}>${t.text}</option>`)}
              </select>
              ${ctx.reveal ? html`<p class="marks" id="mark-${pair.id}">${pairMark(pair)}</p>` : nothing}
              ${twice
                ? html`<p class="pair-warning" id="twice-${pair.id}">
                    ${s.usedTwice(targets.find((t) => t.id === value)?.text ?? '')}
                  </p>`
                : nothing}
            </div>
          `;
        })}
      </div>
      ${ctx.reveal ? nothing : html`<p class="announcement" role="status" aria-live="polite">${ctx.announcement}</p>`}
    </fieldset>
  `;
}
