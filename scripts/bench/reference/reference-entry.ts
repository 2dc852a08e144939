// The bench's reference page (browser side): Lit and nothing else, showing the
// course's first lesson heading and first paragraph. What a course frame costs
// at the least with this stack; the course's first lesson is timed against it.
import { LitElement, css, html } from 'lit';
import text from 'virtual:reference-text';

class BenchReference extends LitElement {
  static override styles = css`
    :host { display: block; padding: 1rem; font-family: system-ui, sans-serif; }
  `;

  override render() {
    return html`<main><h1>${text.title}</h1>${text.paragraph === null ? null : html`<p>${text.paragraph}</p>`}</main>`;
  }
}
customElements.define('bench-reference', BenchReference);
