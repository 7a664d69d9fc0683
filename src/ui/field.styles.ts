import { css } from 'lit';

/** Form controls (fields.ts): labels, hints, inline errors, choices, inputs, counts. Adopted with the steps that have them. */
export const fieldStyles = css`
  .field {
    margin-block-start: 0;
    margin-block-end: calc(var(--cloudpc-space, var(--_space)) * 1.25);
  }

  .field--error {
    border-inline-start: 4px solid var(--cloudpc-color-danger, var(--_color-danger));
    padding-inline-start: calc(var(--cloudpc-space, var(--_space)) * 0.75);
  }

  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }

  legend,
  .field > label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.375em;
    padding: 0;
  }

  .hint {
    color: var(--cloudpc-color-muted, var(--_color-muted));
    margin-block: 0 0.5em;
  }

  .field-error {
    color: var(--cloudpc-color-danger, var(--_color-danger));
    font-weight: 600;
    margin-block: 0 0.5em;
  }

  .choice {
    position: relative;
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.625em;
    margin-block: 0.375em;
  }

  /*
   * The whole row belongs to the label: a tap anywhere on it, gap and hint included, ticks the box.
   * The box itself stays on top, so a tap on it is a tap on it.
   */
  .choice input {
    position: relative;
    z-index: 1;
  }

  .choice label::before {
    content: '';
    position: absolute;
    top: 0;
    right: 0;
    bottom: 0;
    left: 0;
  }

  .choice input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--cloudpc-color-accent, var(--_color-accent));
  }

  .choice label {
    padding-block: 0.0625rem;
    cursor: pointer;
  }

  .choice .hint {
    grid-column: 2;
  }

  /* A choice described in several facts (a cloud PC's plan, price, period, data): one per line. */
  .pick__line {
    display: block;
  }

  .choice input:disabled + label {
    cursor: default;
    color: var(--cloudpc-color-muted, var(--_color-muted));
  }

  /* Rows of 44 px at least on a touch screen, touching so that no tap falls between two of them. */
  @media (pointer: coarse) {
    .choice {
      margin-block: 0;
      padding-block: 0.625rem;
    }
  }

  .input,
  textarea,
  select {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5em 0.625em;
    font: inherit;
    color: inherit;
    background: var(--cloudpc-color-input, var(--_color-input));
    border: 2px solid var(--cloudpc-color-border-strong, var(--_color-border-strong));
    border-radius: calc(var(--cloudpc-radius, var(--_radius)) / 2);
  }

  .input--short {
    inline-size: auto;
    max-inline-size: 100%;
    letter-spacing: 0.15em;
    font-variant-numeric: tabular-nums;
  }

  [aria-invalid='true'] {
    border-color: var(--cloudpc-color-danger, var(--_color-danger));
  }

  .count--over {
    color: var(--cloudpc-color-danger, var(--_color-danger));
    font-weight: 600;
  }

  .optional {
    font-weight: 400;
    color: var(--cloudpc-color-muted, var(--_color-muted));
  }
`;
