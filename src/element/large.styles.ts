import { css } from 'lit';

/**
 * The large appearance (`appearance="large"`, for older subscribers). Every size is in rem or em,
 * so a page (or a browser setting) with a larger root font size makes the widget larger still. The
 * figures, and where they come from, are in the README ("Large appearance"); test/element/large.test.ts
 * measures them. A partner's own `--cloudpc-*` tokens still win over these defaults.
 */
export const largeStyles = css`
  :host([appearance='large']) {
    /* 1.25rem: 20 CSS px at the browsers' default root size, above the 18 pt floor for main text. */
    --_font-size: 1.25rem;
    /* 7:1 or more against the surface and the notices (WCAG 2.2, 1.4.6 Contrast (Enhanced)). */
    --_color-muted: #474d57;
    --_color-accent: #004c99;
    --_color-danger: #912018;
    --_color-success: #05603a;
    --_space: 1.25rem;
    --_target: 3.75rem;
    line-height: 1.6;
  }

  @media (prefers-color-scheme: dark) {
    :host([appearance='large']) {
      --_color-muted: #c4c9d0;
      --_color-accent: #8cc4ff;
      --_color-danger: #ffa8a0;
    }
  }

  /* Targets: 3.75rem (60 CSS px at the default root size) for every button, field and help link. */
  :host([appearance='large']) button,
  :host([appearance='large']) .input,
  :host([appearance='large']) select {
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
  }

  :host([appearance='large']) button {
    padding: 0.5em 1.5em;
    font-weight: 600;
  }

  :host([appearance='large']) .actions {
    gap: 1em;
  }

  :host([appearance='large']) .choice {
    column-gap: 0.75em;
    margin-block: 0.75em;
  }

  :host([appearance='large']) .choice input {
    inline-size: 2rem;
    block-size: 2rem;
  }

  :host([appearance='large']) .choice label {
    padding-block: 0.125em;
  }

  :host([appearance='large']) summary {
    box-sizing: border-box;
    min-block-size: var(--_target);
    padding-block: 0.75em;
  }

  /* No text smaller than the base size's 0.9 (18 CSS px at the default root size). */
  :host([appearance='large']) .stage__state {
    font-size: 0.9em;
  }

  .reach-person {
    margin-block-start: calc(var(--cloudpc-space, var(--_space)) * 1.5);
    padding: var(--cloudpc-space, var(--_space));
    border: 2px solid var(--cloudpc-color-accent, var(--_color-accent));
    border-radius: var(--cloudpc-radius, var(--_radius));
    background: var(--cloudpc-color-notice, var(--_color-notice));
  }

  .reach-person h3 {
    font-size: 1.125em;
    margin: 0 0 0.25em;
  }

  .reach-person p {
    margin: 0 0 0.75em;
  }

  .reach-person__links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }

  .reach-person__link {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    min-block-size: var(--_target, 2.75rem);
    min-inline-size: var(--_target, 2.75rem);
    padding: 0.5em 1.25em;
    border-radius: var(--cloudpc-radius, var(--_radius));
    background: var(--cloudpc-color-accent, var(--_color-accent));
    color: var(--cloudpc-color-accent-text, var(--_color-accent-text));
    font-weight: 600;
    text-decoration: none;
  }

  .reach-person__link + .reach-person__link {
    background: transparent;
    color: var(--cloudpc-color-accent, var(--_color-accent));
    border: 2px solid currentColor;
  }
`;
