import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { SiteValues } from '../../content/site.js';
import type { JobAid } from '../../content/types.js';
import type { Place } from '../../session/places.js';
import { NavigateEvent } from '../events/navigate-event.js';
import { msg } from '../i18n/strings.js';
import { textBlock } from '../blocks/text-blocks.js';
import { sharedStyles } from '../shared/styles.js';

/**
 * A module's job aid: the page an officer prints and keeps at the post. On
 * paper it is the only thing printed (the player hides its shell for this
 * view) and fits one A4 or Letter page; the buttons stay on screen.
 */
@customElement('fl-job-aid')
export class FlJobAid extends LitElement {
  static override styles = [
    ...sharedStyles,
    css`
      .job-aid { max-width: 44rem; padding: var(--_gap); border: 2px solid var(--_border); border-radius: var(--_radius); }
      .kicker { margin: 0 0 0.25rem; color: var(--_muted); font-size: 0.875rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; }
      h2 { font-size: 1.5rem; margin-bottom: var(--_gap); }
      ul { margin: 0 0 var(--_gap); padding-inline-start: 1.5rem; }
      /* A short paragraph right before a list is its label ("Greet", "Your notes"). */
      p:has(+ ul) { font-weight: 700; margin-bottom: 0.25rem; }
      li + li { margin-top: 0.25rem; }
      .site { margin: 0; padding-top: 0.5rem; border-top: 1px solid var(--_border); color: var(--_muted); font-size: 0.875rem; }
      .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-top: var(--_gap); }
      /* One sheet: compact type, no frame, no buttons. */
      @media print {
        .actions { display: none; }
        .job-aid { max-width: none; padding: 0; border: none; font-size: 11pt; line-height: 1.35; }
        h2 { font-size: 16pt; margin-bottom: 0.5rem; }
        p, ul { margin-bottom: 0.5rem; }
        p:has(+ ul) { margin-bottom: 0.15rem; }
        li + li { margin-top: 0.1rem; }
        .kicker, .site { color: #000; }
      }
    `,
  ];

  @property({ attribute: false }) jobAid?: JobAid;
  @property() moduleTitle = '';
  /** Language of an untranslated module's text (WCAG 3.1.2). */
  @property() language?: string;
  /** The firm's and site's names, printed at the foot when the course has them. */
  @property({ attribute: false }) site: SiteValues = {};
  /** Where "Back to the module" goes. */
  @property({ attribute: false }) back: Place | null = null;

  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    const t = msg();
    const aid = this.jobAid;
    if (!aid) return html`<h2 tabindex="-1">${t.jobAid}</h2><p>${t.jobAidNotFound}</p>`;
    const names = [this.site.firm, this.site.site].filter((n) => n);
    // Only the module's own text carries its language; the interface words around it are the page's.
    const lang = this.language ?? nothing;
    return html`<article class="job-aid" aria-labelledby="aid-title">
        <p class="kicker">${t.jobAid} · <span lang=${lang}>${this.moduleTitle}</span></p>
        <h2 id="aid-title" tabindex="-1" lang=${lang}>${aid.title}</h2>
        <div class="blocks" lang=${lang}>
          ${aid.blocks.map(textBlock)}
        </div>
        ${names.length > 0 ? html`<p class="site">${names.join(' · ')}</p>` : nothing}
      </article>
      <p class="actions">
        <button class="primary" @click=${() => window.print()}>${t.printJobAid}</button>
        ${this.back ? html`<button class="secondary" @click=${() => this.dispatchEvent(new NavigateEvent(this.back!))}>${t.backToModule}</button>` : nothing}
      </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-job-aid': FlJobAid;
  }
}
