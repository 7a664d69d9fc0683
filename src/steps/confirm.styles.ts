import { css } from 'lit';
import { quoteStyles } from './quote-parts.styles.js';

/**
 * The check list's layout, narrow first: each label above its value, the change link beside the
 * value. When the widget itself is wide enough (a container query), key, value and change link
 * share one line. Browsers without container queries (Chrome before 105, Safari before 16: many
 * in-app browsers) keep the narrow layout, which reads well at any width.
 */
export const checkListStyles = css`
  .check-list {
    display: block;
    container-type: inline-size;
    margin: 0 0 calc(var(--cloudpc-space, var(--_space)) * 1.5);
    border-block-start: 1px solid var(--cloudpc-color-border, var(--_color-border));
  }

  .check-list__row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25em 1em;
    align-items: start;
    padding-block: 0.625em;
    border-block-end: 1px solid var(--cloudpc-color-border, var(--_color-border));
  }

  .check-list dt {
    grid-column: 1 / -1;
    font-weight: 600;
    color: inherit;
  }

  .check-list__value {
    grid-column: 1;
    overflow-wrap: anywhere;
  }

  .check-list__action {
    grid-column: 2;
    text-align: end;
  }

  .check-list__action button {
    min-block-size: 1.5rem;
    min-inline-size: 1.5rem;
    padding-block: 0;
  }

  /* 44 px to tap on a touch screen, reaching into the row's padding so the row does not grow. */
  @media (pointer: coarse) {
    .check-list__action button {
      min-block-size: 2.75rem;
      min-inline-size: 2.75rem;
      margin-block: -0.625rem;
    }
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

  @container (min-width: 28rem) {
    .check-list__row {
      grid-template-columns: minmax(7em, 30%) 1fr auto;
    }

    .check-list dt {
      grid-column: 1;
    }

    .check-list__value {
      grid-column: 2;
    }

    .check-list__action {
      grid-column: 3;
    }
  }
`;

export const confirmStyles = css`
  ${quoteStyles}
  ${checkListStyles}
`;
