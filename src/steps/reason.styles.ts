import { css } from 'lit';

export const reasonStyles = css`
  .offer {
    border: 2px solid var(--cloudpc-color-accent, var(--_color-accent));
    border-radius: var(--cloudpc-radius, var(--_radius));
    background: var(--cloudpc-color-notice, var(--_color-notice));
    padding: var(--cloudpc-space, var(--_space));
    margin-block-start: calc(var(--cloudpc-space, var(--_space)) * 1.5);
    margin-block-end: 0;
  }

  .offer__eyebrow {
    margin: 0;
    font-weight: 600;
    color: var(--cloudpc-color-muted, var(--_color-muted));
  }

  .offer__title {
    font-size: 1.25em;
    margin-block: 0.25em 0.5em;
  }

  .offer__losses {
    margin-block: 0 0.5em;
    padding-inline-start: 1.25em;
  }

  /* Accepting and declining carry the same weight: same style, same width, side by side. */
  .offer__actions {
    margin-block-start: var(--cloudpc-space, var(--_space));
  }

  .offer__actions > button {
    flex: 1 1 12rem;
  }
`;
