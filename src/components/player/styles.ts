import { css } from 'lit';
import { base, tokens } from '../shared/styles.js';

/** Mobile first: one column; from 900 px the contents sit beside the view. */
export const playerStyles = [
  tokens,
    base,
  css`
    :host { display: block; min-height: 100vh; background: var(--_bg); color: var(--_text); }
    /* WCAG 2.2 2.4.1: off screen until focused, then over the header's corner. */
    .skip-link {
      position: absolute; inset-inline-start: 0.5rem; top: -10rem; z-index: 2;
      padding: 0.5rem 1rem; background: var(--_bg); color: var(--_accent); border: 2px solid var(--_accent); border-radius: var(--_radius);
      font-weight: 600;
    }
    .skip-link:focus, .skip-link:focus-visible { top: 0.5rem; }
    /* One line at every width (issue 12: about 56 px on a phone, not 160). */
    header {
      display: flex; align-items: center; gap: 0.75rem;
      padding: 0.375rem 0.75rem; background: var(--_brand); color: var(--_bg); position: relative;
    }
    /* A long title ends in an ellipsis; the whole title is still the heading's text for assistive technology. */
    .title { font-size: 1rem; margin: 0; flex: 1 1 0; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .progress { display: flex; align-items: center; gap: 0.375rem; flex: 0 0 auto; font-size: 0.875rem; }
    progress { width: 2.5rem; height: 0.5rem; accent-color: var(--_bg); }
    /* Quiet: an outline on the dark band, never as loud as Next. */
    header button.quiet { background: transparent; color: var(--_bg); border: 1px solid currentColor; padding: 0.25rem 0.75rem; font-weight: 500; }
    .exit-wide { display: none; }
    .menu-area { position: relative; flex: 0 0 auto; }
    .menu {
      position: absolute; inset-inline-end: 0; top: calc(100% + 0.375rem); z-index: 3; min-width: 12rem;
      display: flex; flex-direction: column; gap: 0.25rem; padding: 0.5rem;
      background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius); box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
    }
    .menu[hidden] { display: none; }
    header .menu button.quiet { color: var(--_text); border-color: transparent; width: 100%; }
    header .menu button.quiet:hover { background: var(--_surface); }
    main:focus { outline: none; }
    .layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; padding: 1rem; max-width: 72rem; margin: 0 auto; }
    fl-course-nav { display: none; }
    fl-course-nav.open { display: block; }
    .column, main { min-width: 0; }
    /* Right under the view, so Next is where the lesson ends, not below the contents. */
    .pager { display: flex; justify-content: space-between; gap: 1rem; padding: 1.5rem 0 2rem; }
    .pager.finish { flex-wrap: wrap; align-items: center; justify-content: flex-end; }
    .pager.finish .hint { margin: 0; color: var(--_muted); flex: 1 1 14rem; }
    .exited { padding: 2rem 1rem; max-width: 40rem; margin: 0 auto; }
    @media (min-width: 900px) {
      .layout { grid-template-columns: 18rem minmax(0, 1fr); }
      /* The contents have their column: Save and exit sits in the header, quiet, and the menu is not needed. */
      .menu-area { display: none; }
      .exit-wide { display: inline-block; }
      fl-course-nav { display: block; }
      header { padding-inline: 1rem; }
      .title { font-size: 1.125rem; }
      progress { width: 8rem; }
    }
    /* Forced colours remove the header's dark band: a rule keeps title, progress and exit apart from the course. */
    @media (forced-colors: active) {
      header { border-block-end: 2px solid CanvasText; }
      .menu { border: 2px solid CanvasText; }
    }
    @media print {
      header button, .menu-area, .skip-link, fl-course-nav, .pager, .no-print { display: none; }
      /* The contents' column is hidden: the view takes the whole sheet. */
      .layout { display: block; padding: 0; max-width: none; }
      /* A printed certificate is the page itself: no header bar or notice above it. */
      header:has(~ .layout fl-certificate), fl-notice:has(~ .layout fl-certificate) { display: none; }
    }
  `,
];
