import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PropertyValues } from 'lit';
import type { Module } from '../../content/types.js';
import type { Response } from '../../content/response.js';
import { msg } from '../i18n/strings.js';
import { markLanguage } from '../shared/mark-language.js';
import { sharedStyles } from '../shared/styles.js';
import { checkStyles } from './styles.js';
import type { FlQuestion } from '../question/fl-question.js';
import '../question/fl-question.js';

/**
 * The ungraded check at the end of a module: each `module.check` question in
 * practice mode, numbered, and one "Check answers" for them all. Each question
 * still sends its own `fl-answer` event and shows its own feedback.
 */
@customElement('fl-knowledge-check')
export class FlKnowledgeCheck extends LitElement {
  static override styles = [...sharedStyles, checkStyles];

  @property({ attribute: false }) module?: Module;
  /** Restored practice answers, by question id. */
  @property({ attribute: false }) answers: Record<string, Response> = {};
  /** Display order of each question's options, by question id (the learner's shuffle; absent: authored order). */
  @property({ attribute: false }) orders: ReadonlyMap<string, string[]> = new Map();

  /** The learner pressed Check answers on this module (the questions' results are on screen). */
  @state() private checked = false;
  /** Why the last press checked nothing: the questions still to answer. */
  @state() private problem = '';

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('module') && (changed.get('module') as Module | undefined)?.id !== this.module?.id) {
      this.checked = false;
      this.problem = '';
    }
  }

  /** Moves focus to the title, so screen readers start reading the new page there. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  /**
   * Checks every question at once, or none: an unanswered question is named,
   * not skipped (a skipped one would look checked). Then focus goes to the
   * first feedback, since the button is gone (WCAG 2.2 2.4.3).
   */
  private async checkAll(): Promise<void> {
    const questions = [...this.renderRoot.querySelectorAll<FlQuestion>('fl-question')];
    const missing = questions.flatMap((q, i) => (q.ready ? [] : [i + 1]));
    if (missing.length > 0) {
      this.problem = msg().answerFirst(missing);
      return;
    }
    this.problem = '';
    for (const q of questions) q.checkNow();
    this.checked = true;
    await this.updateComplete;
    await Promise.all(questions.map((q) => q.updateComplete));
    questions[0]?.focusFeedback();
  }

  override render() {
    const module = this.module;
    if (!module) return nothing;
    const total = module.check.length;
    // Branching scenarios end themselves; the button is for the rest, until their results show.
    const toCheck = module.check.filter((q) => q.type !== 'branching' && !this.answers[q.id]);
    const showButton = !this.checked && toCheck.length > 0;
    return html`
      <section aria-labelledby="check-title">
        <h2 id="check-title" tabindex="-1">${markLanguage(msg().knowledgeCheckTitle(module.title), module.title, module.language)}</h2>
        <ol class="questions">
          ${module.check.map(
            (question, i) => html`<li>
              <fl-question
                mode="practice"
                heading-level="3"
                .question=${question}
                .response=${this.answers[question.id] ?? null}
                .order=${this.orders.get(question.id) ?? null}
                .number=${i + 1}
                .total=${total}
                .checkButton=${false}
              ></fl-question>
            </li>`,
          )}
        </ol>
        ${showButton
          ? html`<div class="check-all">
              <button type="button" class="primary" @click=${this.checkAll}>${msg().checkAnswers}</button>
            </div>`
          : nothing}
        <p class="problem ${this.problem ? '' : 'problem--empty'}" role="status">${this.problem}</p>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-knowledge-check': FlKnowledgeCheck;
  }
}
