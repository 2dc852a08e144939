import { css } from 'lit';

/**
 * The accordion, tabs and steps blocks (this folder). Colours and sizes come
 * from the shared tokens (shared/styles.ts), so a firm's theme reaches them;
 * states are shown by shape as well as colour (WCAG 1.4.1), which forced-colours
 * mode keeps.
 */
export const blockStyles = css`
  .accordion,
  .tabs,
  .steps {
    margin: 0 0 calc(var(--_gap) * 1.5);
  }
  .accordion > h3,
  .tabs > h3,
  .steps > h3 {
    font-size: 1.125rem;
  }

  details {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  details + details {
    margin-top: 0.5rem;
  }
  summary {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: var(--_target);
    padding: 0.5rem 1rem;
    font-weight: 600;
    cursor: pointer;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  /* A chevron that points down when closed and up when open. */
  summary::before {
    content: '';
    flex: none;
    width: 0.5rem;
    height: 0.5rem;
    margin-top: -0.25rem;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(45deg);
  }
  details[open] > summary::before {
    margin-top: 0.25rem;
    transform: rotate(-135deg);
  }
  summary:hover {
    background: var(--_surface);
  }
  details[open] > summary {
    border-block-end: 1px solid var(--_border);
  }
  .panel {
    padding: 0.75rem 1rem 0;
  }

  [role='tablist'] {
    display: flex;
    /* Wrap instead of scrolling sideways at 320 px (WCAG 1.4.10). */
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0 0 var(--_gap);
    padding-block-end: 0.5rem;
    border-block-end: 2px solid var(--_border);
  }
  [role='tab'] {
    flex: 0 1 auto;
    border-color: var(--_border);
    border-block-end-width: 2px;
    background: var(--_bg);
    color: var(--_accent);
    text-align: center;
  }
  [role='tab'][aria-selected='true'] {
    border-color: var(--_accent);
    border-block-end-width: 5px;
    background: var(--_accent);
    color: var(--_on-accent);
  }
  [role='tabpanel'] {
    padding: 0 0.25rem;
  }
  /* On a phone the tabs share each row, so a wrapped row reads as one set of controls. */
  @media (max-width: 30rem) {
    [role='tab'] {
      flex-grow: 1;
    }
  }
  @media print {
    [role='tabpanel'][hidden] {
      display: block;
    }
  }

  .steps ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .steps li {
    position: relative;
    display: flex;
    gap: 0.75rem;
    padding-bottom: var(--_gap);
  }
  /* The line that joins one number to the next. */
  .steps li:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(1rem - 1px);
    top: 2.25rem;
    bottom: 0.25rem;
    border-inline-start: 2px solid var(--_border);
  }
  .step-number {
    display: grid;
    flex: none;
    place-items: center;
    width: 2rem;
    height: 2rem;
    border: 2px solid var(--_accent);
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .steps li p {
    margin: 0.125rem 0 0;
  }
  .step-title {
    display: block;
  }
`;
