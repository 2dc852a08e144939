import { css } from 'lit';

export const lessonStyles = css`
  h2 {
    margin-bottom: var(--_gap);
    font-size: 1.5rem;
  }
  .tip {
    margin: 0 0 var(--_gap);
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .tip-label {
    display: flex;
    align-items: center;
    gap: 0.375rem;
    margin: 0 0 0.25rem;
    font-weight: 700;
    color: var(--_accent);
  }
  .tip p:last-child {
    margin-bottom: 0;
  }
  .scenario {
    margin: 0 0 calc(var(--_gap) * 1.5);
    padding: var(--_gap);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .scenario-label {
    display: block;
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--_muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .summary {
    margin: calc(var(--_gap) * 1.5) 0 var(--_gap);
    padding: var(--_gap);
    border-block-start: 4px solid var(--_accent);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .summary ul:last-child,
  .summary-aid {
    margin-bottom: 0;
  }
  /* At 320 px the scenario frame gives back its padding to the text. */
  @media (max-width: 24rem) {
    .scenario {
      padding: 0.75rem;
    }
  }
`;
