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
  .figure {
    margin: 0 0 var(--_gap);
  }
  .canvas {
    position: relative;
    width: fit-content;
    max-width: 100%;
    margin-inline: auto;
  }
  /* Responsive: never wider than the column, height following the width (the width/height attributes give the ratio). */
  .figure img {
    display: block;
    max-width: 100%;
    height: auto;
  }
  figcaption {
    margin-top: 0.375rem;
    font-size: 0.875rem;
    color: var(--_muted);
    text-align: center;
  }
  .graphic {
    margin: 0 0 calc(var(--_gap) * 1.5);
  }
  .marker,
  .number {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 1.75rem;
    height: 1.75rem;
    border: 2px solid var(--_bg);
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.875rem;
    font-weight: 700;
  }
  .marker {
    position: absolute;
    transform: translate(-50%, -50%);
    box-shadow: 0 0 0 1px var(--_accent);
  }
  .points {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .points li {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
  }
  /* Forced colours drop the backgrounds: keep the markers' circles visible. */
  @media (forced-colors: active) {
    .marker,
    .number {
      border-color: CanvasText;
    }
  }
  /* At 320 px the scenario frame gives back its padding to the text. */
  @media (max-width: 24rem) {
    .scenario {
      padding: 0.75rem;
    }
  }
`;
