import { css } from 'lit';

export const verifyStyles = css`
  .verify-panel {
    margin-block-start: 0;
    margin-block-end: var(--cloudpc-space, var(--_space));
  }

  .verify-panel:focus {
    outline: none;
  }

  .verify-panel:focus-visible {
    outline: var(--cloudpc-focus-ring, var(--_focus-ring));
    outline-offset: 2px;
  }

  .verify-actions {
    margin-block-start: 0;
    margin-block-end: var(--cloudpc-space, var(--_space));
  }

  .verify-resend {
    margin-block-start: var(--cloudpc-space, var(--_space));
    margin-block-end: 0;
  }

  .verify-resend__question {
    margin-block: 0 0.25em;
  }

  .verify-resend__wait {
    margin-block: 0.375em 0;
  }

  .verify-qr {
    margin-block-start: 0;
    margin-block-end: var(--cloudpc-space, var(--_space));
  }

  .verify-qr__image {
    display: block;
    inline-size: 12rem;
    block-size: 12rem;
    max-inline-size: 100%;
    border: 1px solid var(--cloudpc-color-border, var(--_color-border));
    border-radius: calc(var(--cloudpc-radius, var(--_radius)) / 2);
  }

  .verify-qr__placeholder {
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: 12rem;
    block-size: 12rem;
    margin: 0;
    border: 1px dashed var(--cloudpc-color-border, var(--_color-border));
    border-radius: calc(var(--cloudpc-radius, var(--_radius)) / 2);
    text-align: center;
  }

  /*
   * A QR code is for another device: a phone (a touch screen narrower than a tablet) is offered the
   * hand-off on itself instead, and larger screens the QR code and the link to copy.
   */
  .verify-handoff__here {
    display: none;
  }

  @media (pointer: coarse) and (max-width: 47.99em) {
    .verify-handoff__here {
      display: block;
    }

    .verify-handoff__elsewhere {
      display: none;
    }
  }

  .verify-link label {
    display: block;
    margin-block-end: 0.375em;
  }

  /* The link on one line in a field of its own: scrolled, selected and copied whole, never broken. */
  .verify-link__row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .verify-link__url {
    flex: 1 1 16em;
    min-inline-size: 0;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875em;
  }

  .verify-link__status:empty {
    display: none;
  }

  .verify-waiting {
    font-weight: 600;
  }

  .verify-questions {
    margin-block-start: 0;
    margin-block-end: var(--cloudpc-space, var(--_space));
  }

  .verify-verified {
    border-inline-start-color: var(--cloudpc-color-success, var(--_color-success));
  }

  .verify-verified__title {
    font-weight: 600;
  }

  .verify-verified__mark {
    color: var(--cloudpc-color-success, var(--_color-success));
  }
`;
