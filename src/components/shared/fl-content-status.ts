import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { RetryContentEvent } from '../events/retry-content-event.js';
import { msg } from '../i18n/strings.js';
import { base, tokens } from './styles.js';

/** How long a load may take before "Loading…" shows: a quick one should not flash a message. */
export const LOADING_DELAY_MS = 400;

/**
 * Stands in the view while its content loads: "Loading…" after a short
 * delay, and if the load failed, a plain message with a Try again button.
 * Either is announced politely (WCAG 4.1.3 Status Messages); the live region
 * is on the page before its text changes, so screen readers hear the change.
 * Focus that was on the message stays on it as it changes (WCAG 2.4.3).
 */
@customElement('fl-content-status')
export class FlContentStatus extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      .status { padding: 1rem 0; min-height: 6rem; }
      .status:focus { outline: none; }
      .loading { color: var(--_muted); }
    `,
  ];

  @property() status: 'loading' | 'failed' = 'loading';
  @state() private showLoading = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** The player moves focus here after navigating: to the failure's heading, or the message itself. */
  focusHeading(): void {
    (this.renderRoot.querySelector<HTMLElement>('h2') ?? this.renderRoot.querySelector<HTMLElement>('.status'))?.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.startTimer();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTimer();
  }

  /** Whether focus was in the message before this update changed it (a removed button takes focus with it). */
  private hadFocus = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.hadFocus = this.matches(':focus-within');
    if (changed.has('status') && this.status === 'loading' && changed.get('status') === 'failed') {
      // Try again pressed: a fresh wait before "Loading…" shows again.
      this.showLoading = false;
      this.startTimer();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The Try again button goes while loading, and the heading comes with a failure: keep focus in the message.
    if (changed.has('status') && changed.get('status') !== undefined && this.hadFocus) this.focusHeading();
  }

  private startTimer(): void {
    this.stopTimer();
    this.timer = setTimeout(() => (this.showLoading = true), LOADING_DELAY_MS);
  }

  private stopTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  override render() {
    const t = msg();
    const failed = this.status === 'failed';
    return html`<div class="status" tabindex="-1">
      <div role="status">
        ${failed
          ? html`<h2 tabindex="-1">${t.contentFailedTitle}</h2>
              <p>${t.contentFailedText}</p>`
          : this.showLoading
            ? html`<p class="loading">${t.contentLoading}</p>`
            : nothing}
      </div>
      ${failed ? html`<button class="primary" @click=${() => this.dispatchEvent(new RetryContentEvent())}>${t.contentRetry}</button>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-content-status': FlContentStatus;
  }
}
