import { css } from 'lit';

export const quoteStyles = css`
  .section-title {
    font-size: 1.125em;
    margin-block-start: calc(var(--cloudpc-space, var(--_space)) * 1.5);
    margin-block-end: 0.5em;
  }

  .notice .section-title {
    margin-block-start: 0;
  }

  .effective-instant {
    color: var(--cloudpc-color-muted, var(--_color-muted));
  }

  .quote {
    position: relative;
  }

  .quote-status {
    margin-block-start: 0;
    margin-block-end: var(--cloudpc-space, var(--_space));
  }

  .quote-table {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block-end: var(--cloudpc-space, var(--_space));
    font-variant-numeric: tabular-nums;
  }

  .quote-table th,
  .quote-table td {
    padding-block: 0.5em;
    border-block-end: 1px solid var(--cloudpc-color-border, var(--_color-border));
  }

  .quote-table th {
    text-align: start;
    font-weight: 400;
  }

  .quote-table td {
    text-align: end;
    white-space: nowrap;
  }

  .quote-total th,
  .quote-total td {
    font-weight: 700;
    font-size: 1.125em;
    border-block-end: 2px solid var(--cloudpc-color-text, var(--_color-text));
  }

  .quote-nothing {
    font-weight: 600;
  }

  .quote-details dd .hint {
    display: inline-block;
    margin-block: 0.25em 0;
  }

  .loss {
    margin-block-start: calc(var(--cloudpc-space, var(--_space)) * 1.5);
  }

  .submit {
    margin-block-start: calc(var(--cloudpc-space, var(--_space)) * 1.5);
  }

  .submit .actions {
    margin-block-start: 0.5em;
  }

  .submit [aria-busy='true'] {
    cursor: progress;
  }

  .submit-status {
    margin-block: 0.5em 0;
  }

  .submit-status:empty {
    margin: 0;
  }
`;
