import { css } from 'lit';

/** The error summary, notices, navigation, links and the FAQ: what the shell draws around every step. */
export const uiStyles = css`
  input:focus-visible,
  textarea:focus-visible,
  select:focus-visible,
  summary:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: var(--cloudpc-focus-ring, var(--_focus-ring));
    outline-offset: 2px;
  }

  [part~='error-summary'] {
    border: 4px solid var(--cloudpc-color-danger, var(--_color-danger));
    padding: var(--cloudpc-space, var(--_space));
    margin-block-end: var(--cloudpc-space, var(--_space));
  }

  [part~='error-summary'] h2 {
    font-size: 1.125em;
    margin: 0 0 0.5em;
  }

  [part~='error-summary'] ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  [part~='error-summary'] a {
    color: var(--cloudpc-color-danger, var(--_color-danger));
    font-weight: 600;
  }

  .notice {
    border-inline-start: 4px solid var(--cloudpc-color-accent, var(--_color-accent));
    background: var(--cloudpc-color-notice, var(--_color-notice));
    padding: calc(var(--cloudpc-space, var(--_space)) * 0.75) var(--cloudpc-space, var(--_space));
    margin-block-start: 0;
    margin-block-end: var(--cloudpc-space, var(--_space));
  }

  .notice--danger {
    border-inline-start-color: var(--cloudpc-color-danger, var(--_color-danger));
  }

  .notice > :first-child {
    margin-block-start: 0;
  }

  .notice > :last-child {
    margin-block-end: 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    margin-block-start: calc(var(--cloudpc-space, var(--_space)) * 1.5);
    margin-block-end: 0;
  }

  .button--link,
  [part~='link-action'] {
    background: none;
    border: 0;
    padding-inline: 0.25em;
    color: var(--cloudpc-color-accent, var(--_color-accent));
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  /* A link that does what a button does (sign in, continue on this phone) looks and sizes like one. */
  a.button {
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    min-block-size: 2.75rem;
    padding: 0.5em 1.25em;
    border-radius: var(--cloudpc-radius, var(--_radius));
    text-decoration: none;
  }

  button[disabled] {
    opacity: 0.55;
    cursor: not-allowed;
  }

  a {
    color: var(--cloudpc-color-accent, var(--_color-accent));
    text-underline-offset: 0.2em;
  }

  /*
   * Label beside value where there is room; on a phone each label above its value (a container
   * query on the list), so an account id or a date keeps its line whole. Browsers without container
   * queries keep the two columns.
   */
  .summary-list {
    container-type: inline-size;
    margin: 0 0 var(--cloudpc-space, var(--_space));
    grid-template-columns: fit-content(40%) 1fr;
  }

  @container (max-width: 26rem) {
    .summary-list > dt,
    .summary-list > dd {
      grid-column: 1 / -1;
    }

    .summary-list > dd + dt {
      margin-block-start: 0.5em;
    }
  }

  /* A date, an amount, an id or a phone number never breaks inside (ui/rich-text.ts). */
  .nowrap {
    white-space: nowrap;
  }

  [part~='faq'] {
    margin-block-start: calc(var(--cloudpc-space, var(--_space)) * 1.5);
    border-block-start: 1px solid var(--cloudpc-color-border, var(--_color-border));
    padding-block-start: var(--cloudpc-space, var(--_space));
  }

  [part~='faq'] > summary {
    cursor: pointer;
    color: var(--cloudpc-color-accent, var(--_color-accent));
    min-block-size: 1.5rem;
  }

  [part~='faq'] dt {
    color: inherit;
    font-weight: 600;
    margin-block-start: 0.75em;
  }

  [part~='faq'] dd {
    margin: 0.25em 0 0;
  }

  [part~='faq'] dl {
    display: block;
  }

  /*
   * On a touch screen every control is at least 44 × 44 CSS px (WCAG 2.5.5, Apple's and Google's
   * guidance): links grow to that height around their text, the FAQ's toggle gets room above and
   * below. With a mouse the smaller targets (at least 24 px, WCAG 2.5.8) keep pages short.
   */
  @media (pointer: coarse) {
    a {
      display: inline-block;
      box-sizing: border-box;
      min-block-size: 2.75rem;
      min-inline-size: 2.75rem;
      padding-block: 0.625rem;
    }

    [part~='faq'] > summary {
      padding-block: 0.625rem;
    }
  }

  @media print {
    .actions,
    [part~='faq'],
    .no-print {
      display: none;
    }
  }
`;
