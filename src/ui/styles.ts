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

  button[disabled] {
    opacity: 0.55;
    cursor: not-allowed;
  }

  a {
    color: var(--cloudpc-color-accent, var(--_color-accent));
    text-underline-offset: 0.2em;
  }

  .summary-list {
    margin: 0 0 var(--cloudpc-space, var(--_space));
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

  @media print {
    .actions,
    [part~='faq'],
    .no-print {
      display: none;
    }
  }
`;
