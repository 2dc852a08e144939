import { html, type TemplateResult } from 'lit';
import type { StepsBlock } from '../../content/interactive-blocks.js';

/**
 * A process as an ordered list, every step shown: screen readers announce
 * "list, n items" and each position. The drawn numbers repeat that position,
 * so they are hidden from assistive technology; `role="list"` keeps the list
 * semantics that Safari drops when the native markers are turned off.
 */
export function steps(block: StepsBlock): TemplateResult {
  return html`<div class="steps">
    <h3>${block.title}</h3>
    <ol role="list">
      ${block.steps.map(
        (step, i) => html`<li>
          <span class="step-number" aria-hidden="true">${i + 1}</span>
          <p><strong class="step-title">${step.title}</strong> ${step.text}</p>
        </li>`,
      )}
    </ol>
  </div>`;
}
