import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ResumeChoiceEvent } from '../events/resume-choice-event.js';
import { msg } from '../i18n/strings.js';
import { markLanguage } from '../shared/mark-language.js';
import { base, tokens } from '../shared/styles.js';

/** A place as the learner would name it; `title`, inside `text`, may be in another language (`lang`). */
export interface PlaceName {
  text: string;
  title?: string;
  lang?: string;
}

/** Shown to a returning learner: continue at the bookmark, or start again from the first lesson (progress is kept). */
@customElement('fl-resume-prompt')
export class FlResumePrompt extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-top: 1rem; }
    `,
  ];

  /** The lesson or view the learner will return to. */
  @property({ attribute: false }) where: PlaceName = { text: '' };

  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    const t = msg();
    return html`<h2 tabindex="-1">${t.welcomeBack}</h2>
      <p>${markLanguage(t.resumeWhere(this.where.text), this.where.title ?? '', this.where.lang)}</p>
      <div class="actions">
        <button class="primary" @click=${() => this.dispatchEvent(new ResumeChoiceEvent('continue'))}>${t.resumeContinue}</button>
        <button class="secondary" @click=${() => this.dispatchEvent(new ResumeChoiceEvent('restart'))}>${t.resumeRestart}</button>
      </div>
      <p class="hint">${t.resumeKeeps}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-resume-prompt': FlResumePrompt;
  }
}
