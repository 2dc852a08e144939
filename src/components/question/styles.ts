import { css } from 'lit';

/** Layout of <fl-question>; colours and control sizes come from the shared tokens. */
export const questionStyles = css`
  .question {
    display: grid;
    gap: var(--_gap);
  }
  .group {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0; /* fieldsets otherwise refuse to shrink below their content at 320 px */
  }
  legend {
    padding: 0;
    max-width: 100%;
  }
  .number {
    display: block;
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--_muted);
  }
  .prompt {
    display: block;
  }
  .hint {
    color: var(--_muted);
  }
  /* The instruction sits in the legend (said once, with the group's name) but reads as its own line. */
  legend .hint {
    display: block;
    margin-block: 0.25rem var(--_gap);
  }

  /* Choice rows: the label is the 44 px target and wraps the native input. */
  .options,
  .pairs {
    display: grid;
    gap: 0.5rem;
  }
  .option {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    min-height: var(--_target);
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  .option:has(input:disabled) {
    cursor: default;
  }
  .option--chosen {
    background: var(--_surface);
  }
  .option--correct {
    border-color: var(--_correct);
    border-width: 3px;
  }
  /* Forced colours remove the chosen row's background: ring it as well as ticking its input (WCAG 1.4.1). */
  @media (forced-colors: active) {
    .option--chosen {
      outline: 2px solid Highlight;
      outline-offset: 2px;
    }
  }
  .option-text {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .marks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0;
  }
  .mark {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-weight: 600;
  }
  .mark--correct {
    color: var(--_correct);
  }
  .mark--incorrect {
    color: var(--_incorrect);
  }
  .icon {
    flex: none;
  }

  /* Matching */
  .pair {
    display: grid;
    gap: 0.25rem;
    padding-block: 0.25rem;
  }
  /* In review the learner's choice must stay readable, not greyed out. */
  select:disabled {
    opacity: 1;
    color: var(--_text);
    background: var(--_surface);
  }
  .pair-prompt {
    font-weight: 600;
  }
  .pair-warning {
    margin: 0;
    padding-inline-start: 0.5rem;
    border-inline-start: 4px solid currentColor;
    color: #8a4b00; /* 6.4:1 on white */
    font-weight: 600;
  }
  .confirm-order {
    justify-self: start;
  }
  .order-saved {
    color: var(--_muted);
  }

  /* Sequencing */
  .sequence {
    display: grid;
    gap: 0.5rem;
    margin: 0 0 var(--_gap);
    padding-inline-start: 1.75rem;
  }
  .step {
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .sequence--answer .step {
    border-style: dashed;
  }
  .step-text {
    display: block;
  }
  .step-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .move {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding-inline: 0.75rem;
  }
  .announcement {
    min-height: 1.5em;
    color: var(--_muted);
  }
  .correct-title {
    margin-bottom: 0.5rem;
    font-weight: 700;
  }

  /* Branching */
  .situation {
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
  }
  .choices {
    display: grid;
    gap: 0.5rem;
    margin-bottom: var(--_gap);
  }
  .choices .hint {
    margin: 0;
    font-weight: 600;
    color: var(--_text);
  }
  .choice {
    width: 100%;
    font-weight: 400;
  }
  .you-chose {
    margin-bottom: 0.25rem;
    font-weight: 600;
  }
  .decisions {
    display: grid;
    gap: 0.75rem;
    margin: 0 0 var(--_gap);
    padding-inline-start: 1.75rem;
  }
  .decision p {
    margin-bottom: 0.25rem;
  }
  .decision-step {
    color: var(--_muted);
  }

  /* Check and feedback */
  .check {
    justify-self: start;
  }
  /* Not display:none: some screen readers miss a live region that was hidden when it changed. */
  .feedback.feedback--empty {
    padding: 0;
    border: 0;
  }
  .feedback {
    padding: 0.75rem 1rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .feedback > :last-child {
    margin-bottom: 0;
  }
  .result {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-bottom: 0.5rem;
    font-size: 1.125rem;
    font-weight: 700;
  }
  .result--correct {
    color: var(--_correct);
  }
  .result--incorrect {
    color: var(--_incorrect);
  }
  .option-feedback {
    margin: 0 0 var(--_gap);
    padding-inline-start: 1.25rem;
  }
  .feedback-option {
    font-weight: 600;
  }
`;
