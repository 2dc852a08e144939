import { css } from 'lit';

export const checkStyles = css`
  h2 {
    margin-bottom: var(--_gap);
    font-size: 1.5rem;
  }
  .questions {
    display: grid;
    gap: calc(var(--_gap) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .check-all {
    margin-block-start: calc(var(--_gap) * 2);
  }
  .problem {
    margin-block-start: var(--_gap);
    font-weight: 600;
  }
  .problem--empty {
    margin: 0;
  }
`;
