import { css } from 'lit';

/** Shared by `status` and `done`: the request number, the receipt's rows, the contact list, and paper. */
export const receiptSharedStyles = css`
  .receipt-number {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.75em;
    padding: 0.75em var(--cloudpc-space, var(--_space));
    margin-block-start: 0;
    margin-block-end: var(--cloudpc-space, var(--_space));
    border: 2px solid var(--cloudpc-color-border, var(--_color-border));
    border-radius: var(--cloudpc-radius, var(--_radius));
    background: var(--cloudpc-color-notice, var(--_color-notice));
  }

  .receipt-number__label {
    flex-basis: 100%;
  }

  /* On one line at 320 px: 14 characters at this size take about 180 px of the 250 px inside the box. */
  .receipt-number__value {
    margin-inline-end: auto;
    font-size: 1.375em;
    letter-spacing: 0.02em;
    font-variant-numeric: tabular-nums;
  }

  .receipt-number__copy {
    padding-inline: 0.875em;
    /* On the surface colour, not the notice's tint: a theme's accent keeps its contrast on it. */
    background: var(--cloudpc-color-surface, var(--_color-surface));
  }

  .receipt-number__status {
    flex-basis: 100%;
    margin: 0.25em 0 0;
  }

  .receipt-number__status:empty {
    display: none;
  }

  .contact__list {
    align-items: baseline;
  }

  /* An address that breaks after its @ keeps its label beside its first line: a flex box's baseline is its first line's. */
  .contact__email {
    display: inline-flex;
    flex-wrap: wrap;
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
    :host([step='status']),
    :host([step='done']) {
      --_color-text: #000;
      --_color-muted: #333;
      --_color-surface: #fff;
      --_color-border: #666;
      --_color-accent: #000;
      --_color-success: #000;
      --_color-notice: #fff;
      --_color-scheme: light;
    }

    .receipt-number {
      background: none;
      border-color: currentColor;
    }

    .receipt,
    .stages,
    .contact,
    .outcome,
    .refund-tracking {
      break-inside: avoid;
    }
  }
`;
