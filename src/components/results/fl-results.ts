import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Response } from '../../content/response.js';
import type { Draw } from '../../session/draw.js';
import { NavigateEvent } from '../events/navigate-event.js';
import { msg } from '../i18n/strings.js';
import { markLanguage } from '../shared/mark-language.js';
import { base, tokens } from '../shared/styles.js';
import '../question/fl-question.js';

/** A module to go back to after a failed attempt: its title and the lesson that opens it. */
export interface RevisitLink {
  title: string;
  lessonId: string;
  /** The title's language when it is not the page's (an untranslated module). */
  language?: string;
}

/**
 * The last attempt's score, what happens next, the modules to revisit after a
 * fail, and a review of every answer (with the correct ones only when
 * `showAnswers`: see session/review.ts).
 */
@customElement('fl-results')
export class FlResults extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      :host { display: block; --_warning: #8a4b00; --_warning-bg: #fff4e0; }
      .verdict { margin-block-end: 1.5rem; padding: 1rem; border-radius: 8px; background: var(--_surface); border-inline-start: 4px solid var(--_accent); }
      .verdict.failed { border-color: var(--_warning); }
      ol.review { list-style: none; padding: 0; display: grid; gap: 1.5rem; }
      .revisit ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
    `,
  ];

  @property({ attribute: false }) percent: number | null = null;
  @property({ attribute: false }) bestPercent: number | null = null;
  @property({ type: Number }) passMark = 80;
  @property({ type: Boolean }) passed = false;
  @property({ attribute: false }) attemptsLeft: number | null = null;
  @property({ attribute: false }) draw: Draw | null = null;
  @property({ attribute: false }) answers: ReadonlyMap<string, Response> = new Map();
  /** The review shows the correct answers; otherwise only marks the learner's own right or wrong. */
  @property({ attribute: false }) showAnswers = true;
  /** After a fail: the modules whose questions were missed, in course order. */
  @property({ attribute: false }) revisit: RevisitLink[] = [];
  /** What comes after a pass: the attestation, or the certificate once attested. */
  @property() nextStep: 'attestation' | 'certificate' | null = null;

  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    const t = msg();
    if (this.percent === null || !this.draw) return html`<h2 tabindex="-1">${t.results}</h2><p>${t.noResultsYet}</p>`;
    const canRetry = !this.passed && this.attemptsLeft !== 0;
    const total = this.draw.questions.length;
    return html`<h2 tabindex="-1">${t.results}</h2>
      <div class="verdict ${this.passed ? 'passed' : 'failed'}" role="status">
        <h3>${this.passed ? t.passedTitle : t.failedTitle}</h3>
        <p>${t.scoreLine(this.percent, this.passMark)}</p>
        <p>${this.passed ? t.passedText : canRetry ? `${t.retryText} ${t.attemptsInfo(this.attemptsLeft)}` : t.noAttemptsText}</p>
        ${canRetry
          ? html`<button class="primary" @click=${() => this.dispatchEvent(new NavigateEvent({ view: 'assessment' }))}>${t.retry}</button>`
          : nothing}
        ${this.passed && this.nextStep
          ? html`<button class="primary" @click=${() => this.dispatchEvent(new NavigateEvent({ view: this.nextStep! }))}>
              ${this.nextStep === 'attestation' ? t.toAttestation : t.toCertificate}
            </button>`
          : nothing}
      </div>
      ${!this.passed && this.revisit.length > 0 ? this.renderRevisit() : nothing}
      <h3>${t.review}</h3>
      ${this.showAnswers ? nothing : html`<p class="answers-hidden">${canRetry ? t.answersHidden : t.answersNotShown}</p>`}
      <ol class="review">
        ${this.draw.questions.map(
          (question, i) => html`<li>
            <fl-question
              .question=${question}
              mode="review"
              .response=${this.answers.get(question.id) ?? null}
              .order=${this.draw?.orders.get(question.id) ?? null}
              .number=${i + 1}
              .total=${total}
              .headingLevel=${4}
              .showAnswers=${this.showAnswers}
            ></fl-question>
          </li>`,
        )}
      </ol>`;
  }

  private renderRevisit() {
    const t = msg();
    return html`<section class="revisit" aria-labelledby="revisit-title">
      <h3 id="revisit-title">${t.revisitTitle}</h3>
      <p>${t.revisitText}</p>
      <ul>
        ${this.revisit.map(
          (m) => html`<li>
            <button data-lesson=${m.lessonId} @click=${() => this.dispatchEvent(new NavigateEvent({ view: 'lesson', id: m.lessonId }))}>
              ${markLanguage(t.revisitModule(m.title), m.title, m.language)}
            </button>
          </li>`,
        )}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-results': FlResults;
  }
}
