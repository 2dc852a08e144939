import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Response } from '../../content/response.js';
import type { Draw } from '../../session/draw.js';
import { SubmitAttemptEvent } from '../events/submit-attempt-event.js';
import { msg } from '../i18n/strings.js';
import { base, tokens } from '../shared/styles.js';
import '../question/fl-question.js';

/**
 * The final assessment: locked until every lesson is open; then every drawn
 * question in test mode (no feedback until submitted) and a Submit button.
 */
@customElement('fl-assessment')
export class FlAssessment extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      :host { display: block; }
      ol.questions { list-style: none; padding: 0; margin: 1.5rem 0; display: grid; gap: 1.5rem; }
      .submit { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; }
    `,
  ];

  @property() heading = '';
  @property({ attribute: false }) draw: Draw | null = null;
  @property({ attribute: false }) answers: ReadonlyMap<string, Response> = new Map();
  @property({ type: Number }) passMark = 80;
  @property({ attribute: false }) attemptsLeft: number | null = null;
  @property({ type: Boolean }) passed = false;
  @property({ attribute: false }) lessonsLeft: string[] = [];

  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    const t = msg();
    const draw = this.draw;
    const heading = html`<h2 tabindex="-1">${this.heading}</h2>`;
    if (!draw) {
      if (this.lessonsLeft.length > 0) {
        return html`${heading}<p>${t.assessmentLocked}</p>
          <p>${t.lessonsLeft(this.lessonsLeft.length)}</p>
          <ul>${this.lessonsLeft.map((title) => html`<li>${title}</li>`)}</ul>`;
      }
      return html`${heading}<p>${this.passed ? t.passedText : t.noAttemptsText}</p>`;
    }
    const total = draw.questions.length;
    const unanswered = draw.questions.filter((q) => !this.answers.has(q.id)).length;
    return html`${heading}
      <p>${t.assessmentIntro(total, this.passMark)} ${t.attemptsInfo(this.attemptsLeft)}</p>
      <ol class="questions">
        ${draw.questions.map(
          (question, i) => html`<li>
            <fl-question
              .question=${question}
              mode="test"
              .response=${this.answers.get(question.id) ?? null}
              .order=${draw.orders.get(question.id) ?? null}
              .number=${i + 1}
              .total=${total}
            ></fl-question>
          </li>`,
        )}
      </ol>
      <div class="submit">
        <button class="primary" @click=${() => this.dispatchEvent(new SubmitAttemptEvent())}>${t.submit}</button>
        <span role="status">${t.answeredCount(total - unanswered, total)}</span>
      </div>
      ${unanswered > 0 ? html`<p class="hint">${t.submitUnanswered(unanswered)}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-assessment': FlAssessment;
  }
}
