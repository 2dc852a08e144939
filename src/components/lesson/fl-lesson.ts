import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Block, Lesson, Module } from '../../content/types.js';
import type { Response } from '../../content/response.js';
import { msg } from '../i18n/strings.js';
import { iconTip } from '../shared/icons.js';
import { sharedStyles, textStyles } from '../shared/styles.js';
import { accordion } from '../blocks/accordion.js';
import { steps } from '../blocks/steps.js';
import { blockStyles } from '../blocks/styles.js';
import { textBlock } from '../blocks/text-blocks.js';
import '../blocks/fl-tabs.js';
import { figure, graphic } from './figure.js';
import { moduleSummary } from './module-summary.js';
import { lessonStyles } from './styles.js';

/**
 * One lesson page: an h2 title the player focuses on arrival, then the blocks.
 * Scenario questions are practice questions; their `fl-answer` events bubble
 * out (composed) to the player.
 */
@customElement('fl-lesson')
export class FlLesson extends LitElement {
  static override styles = [...sharedStyles, textStyles, lessonStyles, blockStyles];

  @property({ attribute: false }) lesson?: Lesson;
  /** Restored answers of scenario questions, by question id. */
  @property({ attribute: false }) answers: Record<string, Response> = {};
  /** Display order of each scenario question's options, by question id (the learner's shuffle; absent: authored order). */
  @property({ attribute: false }) orders: ReadonlyMap<string, string[]> = new Map();
  /** Set on a module's last lesson: its summary and job aid close the lesson. */
  @property({ attribute: false }) closing?: Pick<Module, 'id' | 'summary' | 'jobAid'>;

  /** Moves focus to the title, so screen readers start reading the new page there. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    const lesson = this.lesson;
    if (!lesson) return nothing;
    // A lesson of an untranslated module carries its own lang (WCAG 3.1.2 Language of Parts).
    return html`
      <article aria-labelledby="lesson-title" lang=${lesson.language ?? nothing}>
        <h2 id="lesson-title" tabindex="-1">${lesson.title}</h2>
        ${lesson.blocks.map((block, i) => this.renderBlock(block, i))}
        ${this.closing ? moduleSummary(this.closing, this) : nothing}
      </article>
    `;
  }

  private renderBlock(block: Block, index: number): TemplateResult {
    const s = msg();
    switch (block.kind) {
      case 'paragraph':
      case 'list':
        return textBlock(block);
      case 'tip':
        return html`<aside class="tip" aria-labelledby="tip-${index}">
          <p class="tip-label" id="tip-${index}">${iconTip}<span>${s.tip}</span></p>
          <p>${block.text}</p>
        </aside>`;
      case 'image':
        return figure(block);
      case 'graphic':
        return graphic(block, index);
      case 'scenario':
        return html`<section class="scenario" aria-labelledby="scenario-${index}">
          <h3 id="scenario-${index}">
            <span class="scenario-label">${s.scenario}</span>
            ${block.title}
          </h3>
          ${block.image ? figure(block.image) : nothing}
          <p>${block.text}</p>
          <fl-question
            mode="practice"
            heading-level="4"
            .question=${block.question}
            .response=${this.answers[block.question.id] ?? null}
            .order=${this.orders.get(block.question.id) ?? null}
          ></fl-question>
        </section>`;
      case 'accordion':
        return accordion(block);
      case 'tabs':
        return html`<fl-tabs .block=${block} block-id="block-${index}"></fl-tabs>`;
      case 'steps':
        return steps(block);
      default:
        return assertNever(block);
    }
  }
}

function assertNever(block: never): TemplateResult {
  // Unknown content renders nothing rather than breaking the page.
  void block;
  return html``;
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-lesson': FlLesson;
  }
}
