import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg } from '../i18n/strings.js';
import { base, tokens } from '../shared/styles.js';
import { certificateStyles } from './styles.js';
import { displayName } from './display-name.js';

/**
 * A certificate of completion a site manager can file: the issuing firm with
 * its logo, the officer, the course and its version, the date, the score, the
 * id the LMS recorded, and a line to sign. On paper it is the whole page (the
 * player's print rules hide its shell; the launch page sets the margins).
 */
@customElement('fl-certificate')
export class FlCertificate extends LitElement {
  static override styles = [tokens, base, certificateStyles];

  @property() learnerName = '';
  @property() courseTitle = '';
  /** The content hash (`Course.version`), in small print. */
  @property() version = '';
  /** The course's own name for its version (course.yaml `release`), e.g. "3 (December 2026)". */
  @property() release = '';
  /** Without a release: the build's day, as an ISO date (`Course.releaseDate`). */
  @property() releaseDate = '';
  /** The id recorded in the LMS with the attestation (src/session/certificate-id.ts). */
  @property() certificateId = '';
  @property({ attribute: false }) completedAt: Date | null = null;
  @property({ attribute: false }) scorePercent: number | null = null;
  @property() language = 'en';
  /** The firm's and the site's names (modules/site.yaml), shown when the course has them. */
  @property() firm = '';
  @property() site = '';
  /** The firm's logo, a path inside the package (`Course.brand.logo`). */
  @property() logo = '';

  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    const t = msg();
    const day = (d: Date, timeZone?: string) => d.toLocaleDateString(this.language, { year: 'numeric', month: 'long', day: 'numeric', timeZone });
    const released = this.release ? t.versionNamed(this.release) : this.releaseDate ? t.releasedOn(day(new Date(`${this.releaseDate}T00:00:00Z`), 'UTC')) : '';
    return html`<h2 tabindex="-1" class="screen-only">${t.certificateHeading}</h2>
      <article class="certificate" aria-label=${t.certificateTitle}>
        ${this.logo || this.firm
          ? html`<div class="issuer">
              ${this.logo ? html`<img class="logo" src=${this.logo} alt=${this.firm ? t.logoOf(this.firm) : t.companyLogo} />` : nothing}
              ${this.firm ? html`<p class="firm">${this.firm}</p>` : nothing}
            </div>`
          : nothing}
        <p class="kicker">${t.certificateTitle}</p>
        <p>${t.certifyThat}</p>
        <p class="name">${this.learnerName ? displayName(this.learnerName) : t.learnerUnknown}</p>
        <p>${t.hasCompleted}</p>
        <p class="course">${this.courseTitle}</p>
        <!-- Without a release name or date, the hash is the only version there is: shown as such, not in small print. -->
        <p class="release">${released || t.contentVersion(this.version)}</p>
        <dl>
          ${this.site ? html`<div><dt>${t.certificateSite}</dt><dd class="site">${this.site}</dd></div>` : nothing}
          <div><dt>${t.certificateDate}</dt><dd class="date">${this.completedAt ? day(this.completedAt) : ''}</dd></div>
          ${this.scorePercent !== null ? html`<div><dt>${t.certificateScore}</dt><dd class="score">${this.scorePercent}%</dd></div>` : nothing}
          ${this.certificateId ? html`<div><dt>${t.certificateId}</dt><dd class="certificate-id">${this.certificateId}</dd></div>` : nothing}
        </dl>
        <div class="signatures">
          <p class="signature"><span class="line"></span>${t.signedBy}</p>
          <p class="signature"><span class="line"></span>${t.signerRole}</p>
        </div>
        ${released ? html`<p class="fine-print">${t.contentVersion(this.version)}</p>` : nothing}
      </article>
      <p class="actions"><button class="primary" @click=${() => window.print()}>${t.print}</button></p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-certificate': FlCertificate;
  }
}
