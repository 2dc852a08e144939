import { css } from 'lit';

/**
 * Design tokens. Pages theme a course through the public `--fl-*` properties
 * (they inherit into every shadow root); components read the private `--_*`
 * shorthands. Contrast ratios are measured against white. A course with a
 * brand (`Course.brand`) sets `--fl-brand` and `--fl-accent` (apply-brand.ts).
 */
export const tokens = css`
  :host {
    --_text: var(--fl-color-text, #1b2a41); /* navy, 14.4:1 */
    --_muted: var(--fl-color-muted, #4a5568); /* 7.5:1 */
    --_bg: var(--fl-color-bg, #ffffff);
    --_surface: var(--fl-color-surface, #f3f5f9); /* every text colour stays >= 4.5:1 on it */
    --_border: var(--fl-color-border, #5a6b82); /* 5.4:1: control edges need 3:1 (WCAG 1.4.11) */
    /* The firm's colours (site.yaml brand_colour, accent_colour), set at launch as --fl-brand and --fl-accent; validate-site.ts keeps both 4.5:1 against white. */
    --_brand: var(--fl-brand, var(--fl-color-text, #1b2a41)); /* header band, under white text */
    --_accent: var(--fl-accent, var(--fl-color-accent, #0b5cad)); /* 6.7:1; white on it the same */
    --_on-accent: var(--fl-color-on-accent, #ffffff);
    --_correct: var(--fl-color-correct, #1d6b35); /* 6.6:1 */
    --_incorrect: var(--fl-color-incorrect, #a3242b); /* 7.4:1 */
    --_focus: var(--fl-accent, var(--fl-color-focus, #0b5cad));
    --_radius: 6px;
    --_gap: 1rem;
    --_target: 2.75rem; /* 44 px minimum touch target (WCAG 2.5.5) */
  }
`;

/** Element defaults every component shares: type, focus, controls, reflow, motion. */
export const base = css`
  :host {
    display: block;
    color: var(--_text);
    font-family: inherit;
    line-height: 1.5;
    /* Reflow at 320 px (WCAG 1.4.10): long words and URLs wrap instead of scrolling sideways. */
    overflow-wrap: anywhere;
    max-width: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 0.5rem;
    line-height: 1.25;
    color: var(--_text);
  }
  p {
    margin: 0 0 var(--_gap);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Headings the player moves focus to should not flash an outline on every page change. */
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  /* Headings that receive focus on navigation: keep the ring clear of the text. */
  h2[tabindex='-1']:focus-visible {
    outline-offset: 6px;
  }
  button {
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
    max-width: 100%;
  }
  button.secondary {
    background: var(--_bg);
    color: var(--_accent);
  }
  button:disabled {
    border-color: var(--_border);
    background: var(--_surface);
    color: var(--_muted);
    cursor: not-allowed;
  }
  select {
    min-height: var(--_target);
    width: 100%;
    max-width: 100%;
    padding: 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  input[type='radio'],
  input[type='checkbox'] {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 0.15s ease-out;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** Lists in running text: a lesson's, a job aid's, an accordion section's, a tab's. */
export const textStyles = css`
  ul {
    margin: 0 0 var(--_gap);
    padding-inline-start: 1.5rem;
  }
  li + li {
    margin-top: 0.25rem;
  }
`;

/** The shared sheet: tokens first so `base` can use them. */
export const sharedStyles = [tokens, base];
