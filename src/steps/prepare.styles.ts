import { css } from 'lit';

export const prepareStyles = css`
  .prepare__section + .prepare__section {
    margin-block-start: calc(var(--cloudpc-space, var(--_space)) * 1.5);
  }

  .prepare__section h3 {
    font-size: 1.125em;
    margin-block: 0 0.5em;
  }

  .prepare__line {
    display: block;
  }

  .prepare__line.hint {
    margin: 0;
  }

  .prepare__list {
    margin-block-start: 0;
    margin-block-end: var(--cloudpc-space, var(--_space));
    padding-inline-start: 1.5em;
  }

  .prepare__list li + li {
    margin-block-start: 0.25em;
  }
`;
