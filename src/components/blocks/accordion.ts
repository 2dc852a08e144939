import { html, type TemplateResult } from 'lit';
import type { AccordionBlock } from '../../content/interactive-blocks.js';
import { textBlock } from './text-blocks.js';

/**
 * Sections that open and close, as native <details>/<summary>: the browser
 * gives each summary its button role, expanded state, Enter/Space and focus
 * (WAI-ARIA APG Accordion pattern, without any script), and find-in-page opens
 * a closed section. All start closed; each opens on its own. The block is
 * found by its heading, not as a region: a lesson of regions would crowd the
 * landmarks list.
 */
export function accordion(block: AccordionBlock): TemplateResult {
  return html`<div class="accordion">
    <h3>${block.title}</h3>
    ${block.sections.map(
      (section) => html`<details>
        <summary>${section.title}</summary>
        <div class="panel">${section.blocks.map(textBlock)}</div>
      </details>`,
    )}
  </div>`;
}
