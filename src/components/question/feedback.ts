import { html, nothing, type TemplateResult } from 'lit';
import type { Question } from '../../content/types.js';
import type { Response } from '../../content/response.js';
import { isCorrect } from '../../content/correctness.js';
import { msg } from '../i18n/strings.js';
import { iconCorrect, iconIncorrect } from '../shared/icons.js';

/**
 * What goes in the feedback live region once an answer is shown: the result
 * in words with an icon, then the authored feedback — per chosen option for
 * choice questions (plus the question's own for multiple), else the question's.
 */
export function feedbackView(question: Question, result: Response | null): TemplateResult {
  const s = msg();
  if (!result) return html`<p class="result result--none">${s.notAnswered}</p>`;
  const correct = isCorrect(question, result);
  return html`
    <p class="result result--${correct ? 'correct' : 'incorrect'}">
      ${correct ? iconCorrect : iconIncorrect}<span>${correct ? s.correct : s.incorrect}</span>
    </p>
    ${messages(question, result, correct)}
  `;
}

function messages(question: Question, result: Response, correct: boolean): TemplateResult | typeof nothing {
  const key = correct ? 'correct' : 'incorrect';
  if (question.type === 'single') {
    const option = result.type === 'single' ? question.options.find((o) => o.id === result.option) : undefined;
    return option ? html`<p>${option.feedback}</p>` : nothing;
  }
  if (question.type === 'multiple') {
    const chosen = result.type === 'multiple' ? question.options.filter((o) => result.options.includes(o.id)) : [];
    return html`
      <ul class="option-feedback">
        ${chosen.map((o) => html`<li><span class="feedback-option">${o.text}</span> ${o.feedback}</li>`)}
      </ul>
      ${question.feedback ? html`<p>${question.feedback[key]}</p>` : nothing}
    `;
  }
  return html`<p>${question.feedback[key]}</p>`;
}
