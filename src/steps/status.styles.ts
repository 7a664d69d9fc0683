import { css } from 'lit';

/** Shared by `status` and `done`: the contact list, and what only shows on paper. */
export const receiptSharedStyles = css`
  .contact__list a {
    overflow-wrap: anywhere;
  }

  .print-only {
    display: none;
  }

  @media print {
    .print-only {
      display: inline;
      margin-inline-start: 0.5em;
    }
  }
`;

export const statusStyles = css`
  ${receiptSharedStyles}

  .status h3 {
    font-size: 1.125em;
    margin-block-start: calc(var(--cloudpc-space, var(--_space)) * 1.5);
    margin-block-end: 0.5em;
  }

  .status section:first-child h3 {
    margin-block-start: 0;
  }

  .receipt__number {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    padding: var(--cloudpc-space, var(--_space));
    border: 2px solid var(--cloudpc-color-border, var(--_color-border));
    border-radius: var(--cloudpc-radius, var(--_radius));
    background: var(--cloudpc-color-notice, var(--_color-notice));
  }

  .receipt__number-value {
    font-size: 1.5em;
    letter-spacing: 0.04em;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }

  .receipt__hint {
    display: block;
    margin: 0.125em 0 0;
  }

  .receipt__download {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
  }

  .stages {
    list-style: none;
    margin: 0 0 var(--cloudpc-space, var(--_space));
    padding: 0;
  }

  .stage {
    display: grid;
    grid-template-columns: 1.75rem 1fr;
    column-gap: 0.5em;
    padding-block: 0.375em;
  }

  .stage__mark {
    text-align: center;
    font-weight: 700;
    color: var(--cloudpc-color-muted, var(--_color-muted));
  }

  .stage--done .stage__mark {
    color: var(--cloudpc-color-success, var(--_color-success));
  }

  .stage--current .stage__mark {
    color: var(--cloudpc-color-accent, var(--_color-accent));
  }

  .stage__name {
    font-weight: 600;
  }

  .stage--upcoming .stage__name {
    font-weight: 400;
  }

  .stage__state {
    margin-inline-start: 0.25em;
    font-size: 0.875em;
    color: var(--cloudpc-color-muted, var(--_color-muted));
  }

  .stage__hint {
    display: block;
    margin: 0.125em 0 0;
  }

  .progress__updated {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-block: 0 0.5em;
  }

  .progress__updated .button--link {
    min-block-size: 2.75rem;
  }

  @media print {
    /* Paper is white whatever the screen's scheme: dark-mode text would print pale grey. */
    :host([step='status']) {
      --_color-text: #000;
      --_color-muted: #333;
      --_color-surface: #fff;
      --_color-border: #666;
      --_color-accent: #000;
      --_color-success: #000;
      --_color-notice: #fff;
    }

    :host([step='status']) [part~='progress'] {
      display: none;
    }

    .receipt__number {
      background: none;
      border-color: currentColor;
    }

    .receipt,
    .stages,
    .contact {
      break-inside: avoid;
    }
  }
`;
