import { css } from 'lit';
import { quoteStyles } from './quote-parts.styles.js';

/** The check list's layout: key, value and change link on one line; stacked when the widget itself is narrow. */
export const checkListStyles = css`
  .check-list {
    display: block;
    container-type: inline-size;
    margin: 0 0 calc(var(--cloudpc-space, var(--_space)) * 1.5);
    border-block-start: 1px solid var(--cloudpc-color-border, var(--_color-border));
  }

  .check-list__row {
    display: grid;
    grid-template-columns: minmax(7em, 30%) 1fr auto;
    gap: 0.25em 1em;
    align-items: start;
    padding-block: 0.625em;
    border-block-end: 1px solid var(--cloudpc-color-border, var(--_color-border));
  }

  .check-list dt {
    font-weight: 600;
    color: inherit;
  }

  .check-list__value {
    grid-column: 2;
    overflow-wrap: anywhere;
  }

  .check-list__action {
    grid-column: 3;
    text-align: end;
  }

  .check-list__action button {
    min-block-size: 1.5rem;
    min-inline-size: 1.5rem;
    padding-block: 0;
  }

  .check-list__more {
    color: var(--cloudpc-color-muted, var(--_color-muted));
  }

  .check-list__comment {
    white-space: pre-line;
  }

  .check-list__items {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  @container (max-width: 28rem) {
    .check-list__row {
      grid-template-columns: 1fr auto;
    }

    .check-list dt {
      grid-column: 1 / -1;
    }

    .check-list__value {
      grid-column: 1;
    }

    .check-list__action {
      grid-column: 2;
    }
  }
`;

export const confirmStyles = css`
  ${quoteStyles}
  ${checkListStyles}
`;
