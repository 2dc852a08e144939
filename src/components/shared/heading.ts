import { html, type TemplateResult } from 'lit';

export type HeadingLevel = 2 | 3 | 4;

/**
 * A heading at a level chosen by the parent, so a question reads as h3 inside
 * a lesson and h2 on its own. Lit cannot bind a tag name, hence the switch.
 */
export function heading(level: HeadingLevel, id: string, content: unknown): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 id=${id}>${content}</h2>`;
    case 4:
      return html`<h4 id=${id}>${content}</h4>`;
    default:
      return html`<h3 id=${id}>${content}</h3>`;
  }
}
