import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { TabsBlock } from '../../content/interactive-blocks.js';
import { sharedStyles, textStyles } from '../shared/styles.js';
import { blockStyles } from './styles.js';
import { textBlock } from './text-blocks.js';

/** Keys that move between tabs, and where each one goes (WAI-ARIA APG Tabs pattern, keyboard interaction). */
const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * Tabs that each show one panel (WAI-ARIA APG Tabs pattern): one tab stop for
 * the whole tab list (roving tabindex), arrow keys, Home and End move and
 * select at once (automatic activation: the panels are already on the page),
 * Tab goes on into the shown panel. The tabs wrap onto more lines on a narrow
 * screen instead of scrolling sideways (WCAG 1.4.10), and print shows every panel.
 */
@customElement('fl-tabs')
export class FlTabs extends LitElement {
  static override styles = [...sharedStyles, textStyles, blockStyles];

  @property({ attribute: false }) block?: TabsBlock;
  /** Unique within the lesson, so ids stay unique when a lesson holds two tab blocks. */
  @property({ attribute: 'block-id' }) blockId = 'tabs';
  @state() private selected = 0;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('block')) this.selected = 0;
  }

  override render() {
    const block = this.block;
    if (!block) return nothing;
    const id = this.blockId;
    return html`<div class="tabs">
      <h3 id="${id}-title">${block.title}</h3>
      <div role="tablist" aria-labelledby="${id}-title" @keydown=${this.onKey}>
        ${block.tabs.map(
          (tab, i) => html`<button
            type="button"
            role="tab"
            id="${id}-tab-${i}"
            aria-controls="${id}-panel-${i}"
            aria-selected=${i === this.selected ? 'true' : 'false'}
            tabindex=${i === this.selected ? 0 : -1}
            @click=${() => this.select(i, false)}
          >
            ${tab.title}
          </button>`,
        )}
      </div>
      ${block.tabs.map(
        (tab, i) => html`<div role="tabpanel" id="${id}-panel-${i}" aria-labelledby="${id}-tab-${i}" tabindex="0" ?hidden=${i !== this.selected}>
          ${tab.blocks.map(textBlock)}
        </div>`,
      )}
    </div>`;
  }

  private onKey(event: KeyboardEvent): void {
    const move = MOVES[event.key];
    const count = this.block?.tabs.length ?? 0;
    if (!move || count === 0) return;
    event.preventDefault();
    this.select(move(this.selected, count), true);
  }

  private async select(index: number, focus: boolean): Promise<void> {
    this.selected = index;
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${this.blockId}-tab-${index}`)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-tabs': FlTabs;
  }
}
