import { css } from 'lit';

export const assessmentStyles = css`
  :host {
    display: block;
  }
  ol.questions {
    list-style: none;
    padding: 0;
    margin: 1.5rem 0;
    display: grid;
    gap: 1.5rem;
  }
  /* The count stays in view while the officer scrolls through the questions. */
  .count {
    position: sticky;
    top: 0;
    z-index: 1;
    margin: 0 0 var(--_gap);
    padding: 0.5rem 0.75rem;
    border-block-end: 2px solid var(--_border);
    background: var(--_bg, #fff);
    font-weight: 700;
  }
  .map ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0 0 var(--_gap);
    padding: 0;
    list-style: none;
  }
  .map-entry {
    min-width: 2.5rem; /* 40 px targets (WCAG 2.2 2.5.8 asks 24) */
    min-height: 2.5rem;
    padding: 0;
    text-align: center;
    border: 2px dashed var(--_border);
    background: var(--_bg, #fff);
    color: var(--_text);
    font-weight: 600;
  }
  .map-entry--answered {
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: #fff;
  }
  /* A ring outside the border (the focus outline still draws over it) and, for forced colours, an underline. */
  .map-entry[aria-current='step'] {
    box-shadow: 0 0 0 2px var(--_bg, #fff), 0 0 0 5px var(--_text);
    text-decoration: underline;
    text-decoration-thickness: 3px;
    text-underline-offset: 0.2em;
  }
  .page {
    margin-block: 1.5rem;
  }
  .pager,
  .submit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1rem;
  }
  .pager {
    justify-content: space-between;
    margin-block-end: 1.5rem;
  }
`;
