import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { AttestEvent } from '../events/attest-event.js';
import { msg } from '../i18n/strings.js';
import { base, tokens } from '../shared/styles.js';

/** The statement an officer confirms before the course counts as complete. */
@customElement('fl-attestation')
export class FlAttestation extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      .statement { display: flex; gap: 0.75rem; align-items: flex-start; padding: 1rem; border: 1px solid var(--_border); border-radius: var(--_radius); }
      input { width: 1.5rem; height: 1.5rem; margin-top: 0.15rem; flex: none; }
      button { margin-top: 1rem; }
    `,
  ];

  @property() statement = '';
  @state() private confirmed = false;

  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    const t = msg();
    return html`<h2 tabindex="-1">${t.attestationTitle}</h2>
      <p>${t.attestationIntro}</p>
      <label class="statement">
        <input type="checkbox" .checked=${this.confirmed} @change=${(e: Event) => (this.confirmed = (e.target as HTMLInputElement).checked)} />
        <span>${this.statement}</span>
      </label>
      <button class="primary" ?disabled=${!this.confirmed} @click=${() => this.dispatchEvent(new AttestEvent())}>${t.attestationConfirm}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-attestation': FlAttestation;
  }
}
