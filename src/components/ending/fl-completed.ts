import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Place } from '../../session/places.js';
import { NavigateEvent } from '../events/navigate-event.js';
import { msg } from '../i18n/strings.js';
import { base, tokens } from '../shared/styles.js';

/**
 * What a learner who completed the course sees when they open it again: that
 * it is done, when and with what score, and their certificate — never
 * "continue where you left off".
 */
@customElement('fl-completed')
export class FlCompleted extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-top: 1rem; }
    `,
  ];

  @property() courseTitle = '';
  @property({ attribute: false }) completedAt: Date | null = null;
  @property({ attribute: false }) scorePercent: number | null = null;
  @property() language = 'en';
  /** Where "Look through the course again" goes: the first lesson. */
  @property({ attribute: false }) firstPlace: Place | null = null;

  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    const t = msg();
    const date = this.completedAt?.toLocaleDateString(this.language, { year: 'numeric', month: 'long', day: 'numeric' });
    const go = (place: Place) => () => this.dispatchEvent(new NavigateEvent(place));
    return html`<h2 tabindex="-1">${t.completedTitle}</h2>
      <p class="course">${this.courseTitle}</p>
      ${date ? html`<p class="date">${t.completedOn(date)}</p>` : nothing}
      ${this.scorePercent !== null ? html`<p class="score">${t.completedScore(this.scorePercent)}</p>` : nothing}
      <div class="actions">
        <button class="primary" @click=${go({ view: 'certificate' })}>${t.toCertificate}</button>
        ${this.firstPlace ? html`<button class="secondary" @click=${go(this.firstPlace)}>${t.completedRevisit}</button>` : nothing}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-completed': FlCompleted;
  }
}
