import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg } from '../i18n/strings.js';
import { base, tokens } from '../shared/styles.js';
import { displayName } from './display-name.js';

/** A printable certificate of completion; the print stylesheet leaves only it on the page. */
@customElement('fl-certificate')
export class FlCertificate extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      .certificate {
        border: 6px double var(--_accent); border-radius: var(--_radius); padding: 2rem 1.5rem; text-align: center;
        max-width: 48rem; margin: 1rem auto; background: var(--_bg);
      }
      .kicker { text-transform: uppercase; letter-spacing: 0.1em; color: var(--_muted); margin: 0 0 1rem; }
      .name { font-size: 2rem; margin: 1rem 0; }
      .course { font-size: 1.375rem; margin: 0.5rem 0 1.5rem; }
      dl { display: grid; grid-template-columns: max-content auto; gap: 0.25rem 1rem; justify-content: center; text-align: start; }
      dt { color: var(--_muted); }
      dd { margin: 0; }
      .actions { text-align: center; }
      @media print {
        .actions, .screen-only { display: none; }
        .certificate { border-color: #000; margin: 0; }
      }
    `,
  ];

  @property() learnerName = '';
  @property() courseTitle = '';
  @property() version = '';
  /** The id recorded in the LMS with the attestation (src/session/certificate-id.ts). */
  @property() certificateId = '';
  @property({ attribute: false }) completedAt: Date | null = null;
  @property({ attribute: false }) scorePercent: number | null = null;
  @property() language = 'en';
  /** The firm's and the site's names (modules/site.yaml), shown when the course has them. */
  @property() firm = '';
  @property() site = '';

  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    const t = msg();
    const date = this.completedAt?.toLocaleDateString(this.language, { year: 'numeric', month: 'long', day: 'numeric' }) ?? '';
    return html`<h2 tabindex="-1" class="screen-only">${t.certificateHeading}</h2>
      <article class="certificate" aria-label=${t.certificateTitle}>
        <p class="kicker">${t.certificateTitle}</p>
        <p>${t.certifyThat}</p>
        <p class="name">${this.learnerName ? displayName(this.learnerName) : t.learnerUnknown}</p>
        <p>${t.hasCompleted}</p>
        <p class="course">${this.courseTitle}</p>
        <dl>
          ${this.firm ? html`<dt>${t.certificateFirm}</dt><dd class="firm">${this.firm}</dd>` : nothing}
          ${this.site ? html`<dt>${t.certificateSite}</dt><dd class="site">${this.site}</dd>` : nothing}
          <dt>${t.certificateDate}</dt><dd>${date}</dd>
          ${this.scorePercent !== null ? html`<dt>${t.certificateScore}</dt><dd>${this.scorePercent}%</dd>` : nothing}
          <dt>${t.certificateVersion}</dt><dd>${this.version}</dd>
          ${this.certificateId ? html`<dt>${t.certificateId}</dt><dd class="certificate-id">${this.certificateId}</dd>` : nothing}
        </dl>
      </article>
      <p class="actions"><button class="primary" @click=${() => window.print()}>${t.print}</button></p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-certificate': FlCertificate;
  }
}
