import { css } from 'lit';
import { checkListStyles } from './confirm.styles.js';
import { quoteStyles } from './quote-parts.styles.js';

export const oneClickStyles = css`
  ${quoteStyles}
  ${checkListStyles}

  /* No change links here: the value has the whole line, and shares it with its label when there is room. */
  .check-list--compact .check-list__row {
    grid-template-columns: 1fr;
    padding-block: 0.375em;
  }

  @container (min-width: 28rem) {
    .check-list--compact .check-list__row {
      grid-template-columns: minmax(6em, 30%) 1fr;
    }
  }

  .reason-select {
    max-inline-size: 24rem;
  }

  .terms-link {
    margin-block: 0.75em 0;
  }
`;
