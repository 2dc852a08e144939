import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { LearnerNotice } from '../../session/learner-notice.js';
import { msg } from '../i18n/strings.js';
import { base, tokens } from '../shared/styles.js';

/**
 * A calm, non-blocking message that progress is not being recorded. Announced
 * politely; the course stays usable underneath it.
 */
@customElement('fl-notice')
export class FlNotice extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      :host { display: block; --_warning: #8a4b00; --_warning-bg: #fff4e0; }
      .notice {
        margin: 0.5rem 1rem; padding: 0.75rem 1rem; border-radius: 8px;
        background: var(--_warning-bg); color: var(--_text); border-inline-start: 4px solid var(--_warning);
      }
      p { margin: 0; }
      details { margin-top: 0.25rem; font-size: 0.875rem; color: var(--_muted); }
      summary { cursor: pointer; min-height: 24px; }
    `,
  ];

  @property({ attribute: false }) notice: LearnerNotice | null = null;

  override render() {
    const notice = this.notice;
    if (!notice) return nothing;
    const t = msg();
    // The one thing a learner can do about refused credentials is in the main text, not under Details.
    const text = notice.kind === 'not-connected' ? t.notConnected : notice.kind === 'relaunch-needed' ? t.relaunchNeeded : t.notSaving;
    return html`<div class="notice" role="status">
      <p>${text}</p>
      ${notice.detail ? html`<details><summary>${t.technicalDetail}</summary>${notice.detail}</details>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-notice': FlNotice;
  }
}
