import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AssessmentLayout, Question } from '../../content/types.js';
import type { Response } from '../../content/response.js';
import type { Draw } from '../../session/draw.js';
import { SubmitAttemptEvent } from '../events/submit-attempt-event.js';
import { msg } from '../i18n/strings.js';
import { base, tokens } from '../shared/styles.js';
import type { FlQuestion } from '../question/fl-question.js';
import { questionMap } from './question-map.js';
import { assessmentStyles } from './styles.js';
import '../question/fl-question.js';

/** Phones get one question per screen under `auto`: the width where a long scroll of 20 questions gets lost. */
const NARROW = '(max-width: 40em)';

const idsOf = (draw: Draw | null) => draw?.questions.map((q) => q.id).join(' ') ?? '';

/**
 * The final assessment: locked until every lesson is open; then every drawn
 * question in test mode (no feedback until submitted) and a Submit button.
 * `layout` (course.yaml) shows them all on one page (`single`), one per
 * screen with a question map (`paged`), or picks by screen width (`auto`).
 * "n of m answered" stays at the top either way. The map comes after the
 * question and its Previous / Next, so on a phone the question is what shows first.
 */
@customElement('fl-assessment')
export class FlAssessment extends LitElement {
  static override styles = [tokens, base, assessmentStyles];

  @property() heading = '';
  @property({ attribute: false }) draw: Draw | null = null;
  @property({ attribute: false }) answers: ReadonlyMap<string, Response> = new Map();
  @property({ type: Number }) passMark = 80;
  @property({ attribute: false }) attemptsLeft: number | null = null;
  @property({ type: Boolean }) passed = false;
  @property({ attribute: false }) lessonsLeft: string[] = [];
  @property() layout: AssessmentLayout = 'auto';

  /** The question on screen in the paged layout (index into the draw). */
  @state() private index = 0;
  @state() private narrow = false;
  private media: MediaQueryList | null = null;
  private readonly onMedia = (e: MediaQueryListEvent) => (this.narrow = e.matches);

  override connectedCallback(): void {
    super.connectedCallback();
    this.media = window.matchMedia(NARROW);
    this.narrow = this.media.matches;
    this.media.addEventListener('change', this.onMedia);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.media?.removeEventListener('change', this.onMedia);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // A new attempt starts at its first question. The player hands over a fresh Draw object on every render,
    // so compare the questions, not the object.
    const before = changed.get('draw') as Draw | null | undefined;
    if (changed.has('draw') && before && idsOf(before) !== idsOf(this.draw)) this.index = 0;
  }

  /** Whether one question shows per screen. */
  get paged(): boolean {
    return this.layout === 'paged' || (this.layout === 'auto' && this.narrow);
  }

  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  /** Shows question `index` and moves focus to its prompt, where a screen reader starts reading it. */
  private async go(index: number): Promise<void> {
    this.index = index;
    await this.updateComplete;
    const question = this.renderRoot.querySelector<FlQuestion>('fl-question');
    await question?.updateComplete;
    question?.focusPrompt();
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
    const questions = draw.questions;
    const total = questions.length;
    const answered = questions.map((q) => this.answers.has(q.id));
    const unanswered = answered.filter((a) => !a).length;
    const index = Math.min(this.index, total - 1);
    const paged = this.paged;
    const question = (q: Question, i: number) => html`<fl-question
      .question=${q}
      mode="test"
      .response=${this.answers.get(q.id) ?? null}
      .order=${draw.orders.get(q.id) ?? null}
      .number=${i + 1}
      .total=${total}
    ></fl-question>`;
    return html`${heading}
      <p>${t.assessmentIntro(total, this.passMark)} ${t.attemptsInfo(this.attemptsLeft)}</p>
      <p class="count" role="status">${t.answeredCount(total - unanswered, total)}</p>
      ${paged
        ? html`<div class="page">${question(questions[index]!, index)}</div>
            <div class="pager">
              <button class="secondary" ?disabled=${index === 0} @click=${() => this.go(index - 1)}>${t.previousQuestion}</button>
              <button class="primary" ?disabled=${index === total - 1} @click=${() => this.go(index + 1)}>${t.nextQuestion}</button>
            </div>
            ${questionMap(answered, index, (i) => void this.go(i))}`
        : html`<ol class="questions">
            ${questions.map((q, i) => html`<li>${question(q, i)}</li>`)}
          </ol>`}
      <div class="submit">
        <button class=${paged && index < total - 1 ? 'secondary' : 'primary'} @click=${() => this.dispatchEvent(new SubmitAttemptEvent())}>
          ${t.submit}
        </button>
      </div>
      ${unanswered > 0 ? html`<p class="hint">${t.submitUnanswered(unanswered)}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-assessment': FlAssessment;
  }
}
