import { css } from 'lit';

export const doneStyles = css`
  .done h3 {
    font-size: 1.125em;
    margin-block-start: calc(var(--cloudpc-space, var(--_space)) * 1.5);
    margin-block-end: 0.5em;
  }

  .done h4 {
    font-size: 1em;
    margin-block-start: var(--cloudpc-space, var(--_space));
    margin-block-end: 0.375em;
  }

  .outcome {
    margin-block-end: var(--cloudpc-space, var(--_space));
  }

  .outcome--completed {
    border-inline-start: 4px solid var(--cloudpc-color-success, var(--_color-success));
    padding-inline-start: var(--cloudpc-space, var(--_space));
  }

  .outcome__body {
    margin-block-start: 0;
  }

  .outcome .summary-list {
    margin-block-end: 0;
  }

  .outcome__reason {
    overflow-wrap: anywhere;
  }

  .refund__amount {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .refund__hint,
  .alternatives__description {
    display: block;
    margin: 0.125em 0 0;
  }

  .guide {
    border-block-end: 1px solid var(--cloudpc-color-border, var(--_color-border));
  }

  .guide > summary {
    cursor: pointer;
    padding-block: 0.625em;
    color: var(--cloudpc-color-accent, var(--_color-accent));
  }

  .guide ol {
    margin-block: 0 0.75em;
  }

  .alternatives li {
    margin-block-end: 0.5em;
  }

  #cpu-feedback-errors h4 {
    font-size: 1.125em;
    margin: 0 0 0.5em;
  }

  .feedback__failure .button {
    margin-block-start: 0.5em;
  }

  .feedback__thanks {
    font-weight: 600;
  }

  .feedback__mark {
    color: var(--cloudpc-color-success, var(--_color-success));
  }
`;
