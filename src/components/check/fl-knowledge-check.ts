import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Module } from '../../content/types.js';
import type { Response } from '../../content/response.js';
import { msg } from '../i18n/strings.js';
import { markLanguage } from '../shared/mark-language.js';
import { sharedStyles } from '../shared/styles.js';
import { checkStyles } from './styles.js';
import '../question/fl-question.js';

/**
 * The ungraded check at the end of a module: each `module.check` question in
 * practice mode, numbered. Answers bubble out as `fl-answer` events.
 */
@customElement('fl-knowledge-check')
export class FlKnowledgeCheck extends LitElement {
  static override styles = [...sharedStyles, checkStyles];

  @property({ attribute: false }) module?: Module;
  /** Restored practice answers, by question id. */
  @property({ attribute: false }) answers: Record<string, Response> = {};
  /** Display order of each question's options, by question id (the learner's shuffle; absent: authored order). */
  @property({ attribute: false }) orders: ReadonlyMap<string, string[]> = new Map();

  /** Moves focus to the title, so screen readers start reading the new page there. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    const module = this.module;
    if (!module) return nothing;
    const total = module.check.length;
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
              ></fl-question>
            </li>`,
          )}
        </ol>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-knowledge-check': FlKnowledgeCheck;
  }
}
