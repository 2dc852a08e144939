import { css } from 'lit';
import { base, tokens } from '../shared/styles.js';

/** Mobile first: one column; from 900 px the contents sit beside the view. */
export const playerStyles = [
  tokens,
    base,
  css`
    :host { display: block; min-height: 100vh; background: var(--_bg); color: var(--_text); }
    header {
      display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem;
      padding: 0.75rem 1rem; background: var(--_brand); color: var(--_bg);
    }
    .title { font-size: 1.125rem; margin: 0; flex: 1 1 100%; }
    .progress { display: flex; align-items: center; gap: 0.5rem; flex: 1 1 8rem; }
    progress { flex: 1; min-width: 4rem; height: 0.75rem; accent-color: var(--_bg); }
    header .exit { background: var(--_bg); color: var(--_text); border-color: var(--_bg); }
    .layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; padding: 1rem; max-width: 72rem; margin: 0 auto; }
    .contents-toggle { justify-self: start; }
    fl-course-nav { display: none; }
    fl-course-nav.open { display: block; }
    .column, main { min-width: 0; }
    /* Right under the view, so Next is where the lesson ends, not below the contents. */
    .pager { display: flex; justify-content: space-between; gap: 1rem; padding: 1.5rem 0 2rem; }
    .exited { padding: 2rem 1rem; max-width: 40rem; margin: 0 auto; }
    @media (min-width: 900px) {
      .layout { grid-template-columns: 18rem minmax(0, 1fr); }
      .contents-toggle { display: none; }
      fl-course-nav { display: block; }
      .title { flex: 1 1 12rem; }
    }
    /* Forced colours remove the header's dark band: a rule keeps title, progress and exit apart from the course. */
    @media (forced-colors: active) {
      header { border-block-end: 2px solid CanvasText; }
    }
    @media print {
      header .exit, .contents-toggle, fl-course-nav, .pager, .no-print { display: none; }
      /* The contents' column is hidden: the view takes the whole sheet. */
      .layout { display: block; padding: 0; max-width: none; }
      /* A printed certificate is the page itself: no header bar or notice above it. */
      header:has(~ .layout fl-certificate), fl-notice:has(~ .layout fl-certificate) { display: none; }
    }
  `,
];
