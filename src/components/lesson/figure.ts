import { html, nothing, type TemplateResult } from 'lit';
import type { Block, Image } from '../../content/types.js';

/**
 * A picture with its caption. Its intrinsic width and height reserve the space
 * before it loads (no layout shift), `loading="lazy"` leaves pictures further
 * down the lesson until the officer scrolls near them, and the <img> exists
 * only while its lesson is shown, so no picture loads before its lesson opens.
 * A decorative picture has alt="" and screen readers skip it (WCAG 2.2 1.1.1).
 */
export function figure(image: Image, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<figure class="figure">
    <div class="canvas">
      <img src=${image.src} alt=${image.decorative ? '' : (image.alt ?? '')} width=${image.width} height=${image.height} loading="lazy" decoding="async" />
      ${extra}
    </div>
    ${image.caption ? html`<figcaption>${image.caption}</figcaption>` : nothing}
  </figure>`;
}

/**
 * A labelled graphic: numbered markers on the picture and every point written
 * out in an ordered list with the same numbers. The markers only repeat the
 * list's numbers, so they are hidden from screen readers and take no tab stop:
 * nothing is said only by the picture (WCAG 2.2 1.1.1, 1.3.1), and keyboard
 * users read it all without pressing anything.
 */
export function graphic(block: Extract<Block, { kind: 'graphic' }>, index: number): TemplateResult {
  const markers = html`${block.points.map((p, i) => html`<span class="marker" aria-hidden="true" style="left:${p.x}%;top:${p.y}%">${i + 1}</span>`)}`;
  return html`<section class="graphic" aria-labelledby="graphic-${index}">
    <h3 id="graphic-${index}">${block.title}</h3>
    ${figure(block.image, markers)}
    <ol class="points">
      ${block.points.map((p, i) => html`<li><span class="number" aria-hidden="true">${i + 1}</span><span><strong>${p.label}</strong> ${p.text}</span></li>`)}
    </ol>
  </section>`;
}
