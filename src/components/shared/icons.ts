import { svg } from 'lit';

/**
 * Decorative icons that go beside a text label (correctness is never shown by
 * colour or icon alone), so they are hidden from assistive technology.
 * `currentColor` lets them follow the label's colour and forced-colours mode.
 */
const icon = (path: ReturnType<typeof svg>) =>
  svg`<svg class="icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">${path}</svg>`;

export const iconCorrect = icon(
  svg`<circle cx="10" cy="10" r="9" fill="none" stroke="currentColor" stroke-width="2"/><path d="M5.5 10.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>`,
);

export const iconIncorrect = icon(
  svg`<circle cx="10" cy="10" r="9" fill="none" stroke="currentColor" stroke-width="2"/><path d="M6.5 6.5l7 7m0-7l-7 7" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/>`,
);

export const iconTip = icon(
  svg`<circle cx="10" cy="10" r="9" fill="none" stroke="currentColor" stroke-width="2"/><path d="M10 9v5.5M10 5.5v.5" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/>`,
);
