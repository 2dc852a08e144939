import { html, type TemplateResult } from 'lit';
import { msg } from '../i18n/strings.js';

/**
 * A button per question, to jump to it: answered ones filled, unanswered ones
 * outlined (a difference of shape, not only colour: WCAG 2.2 1.4.1), the one
 * on screen marked `aria-current="step"` and underlined. Each button's name
 * says its number and whether it is answered.
 */
export function questionMap(answered: boolean[], current: number, go: (index: number) => void): TemplateResult {
  const t = msg();
  return html`<nav class="map" aria-label=${t.questionMap}>
    <ol>
      ${answered.map(
        (done, i) => html`<li>
          <button
            type="button"
            class="map-entry ${done ? 'map-entry--answered' : ''}"
            aria-label=${t.mapEntry(i + 1, done)}
            aria-current=${i === current ? 'step' : 'false'}
            @click=${() => go(i)}
          >
            ${i + 1}
          </button>
        </li>`,
      )}
    </ol>
  </nav>`;
}
