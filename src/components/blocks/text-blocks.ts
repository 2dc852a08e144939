import { html, type TemplateResult } from 'lit';
import type { TextBlock } from '../../content/types.js';

/** A paragraph or a list, as a lesson, a section or a tab shows it. */
export function textBlock(block: TextBlock): TemplateResult {
  return block.kind === 'list' ? html`<ul>${block.items.map((item) => html`<li>${item}</li>`)}</ul>` : html`<p>${block.text}</p>`;
}
