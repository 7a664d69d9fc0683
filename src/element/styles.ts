import { css } from 'lit';

/**
 * Public tokens are `--cloudpc-*`; each falls back to a private `--_*` default, so a partner sets
 * only what they want and dark mode changes only the private defaults.
 */
export const elementStyles = css`
  :host {
    --_color-text: #1f2329;
    --_color-muted: #5c6370;
    --_color-surface: #ffffff;
    --_color-border: #d0d5dd;
    --_color-accent: #0066cc;
    --_color-accent-text: #ffffff;
    --_color-danger: #b42318;
    --_color-input: #ffffff;
    --_color-border-strong: #5c6370;
    --_color-notice: #eef5fc;
    --_color-success: #067647;
    --_font-family: system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
    --_font-size: 1rem;
    --_space: 1rem;
    --_radius: 8px;
    --_focus-ring: 3px solid #ffbf47;
    --_max-width: 40rem;
    --_color-scheme: light;

    display: block;
    /* Native controls (checkboxes, radios, the select's list, scroll bars) in the scheme of the colours. */
    color-scheme: var(--cloudpc-color-scheme, var(--_color-scheme));
    contain: layout;
    color: var(--cloudpc-color-text, var(--_color-text));
    font-family: var(--cloudpc-font-family, var(--_font-family));
    font-size: var(--cloudpc-font-size, var(--_font-size));
    line-height: 1.5;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_color-text: #e8eaed;
      --_color-muted: #b0b6bf;
      --_color-surface: #1e2227;
      --_color-border: #444b55;
      --_color-accent: #6cb4ff;
      --_color-accent-text: #0b1a2a;
      --_color-danger: #ff8a80;
      --_color-input: #15181c;
      --_color-border-strong: #9aa3ae;
      --_color-notice: #1b2a3a;
      --_color-success: #6ce9a6;
      --_color-scheme: dark;
    }
  }

  :host([hidden]) {
    display: none;
  }

  [part='container'] {
    box-sizing: border-box;
    max-width: var(--cloudpc-max-width, var(--_max-width));
    padding: var(--cloudpc-space, var(--_space));
    background: var(--cloudpc-color-surface, var(--_color-surface));
    border: 1px solid var(--cloudpc-color-border, var(--_color-border));
    border-radius: var(--cloudpc-radius, var(--_radius));
  }

  [part='header'] {
    font-weight: 600;
    margin-block-end: calc(var(--cloudpc-space, var(--_space)) / 2);
  }

  [part='progress'] {
    color: var(--cloudpc-color-muted, var(--_color-muted));
    margin: 0;
  }

  [part='heading'] {
    font-size: 1.375em;
    margin-block: 0.25em 0.75em;
  }

  [part='heading']:focus {
    outline: none;
  }

  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
    margin: 0 0 var(--cloudpc-space, var(--_space));
  }

  dt {
    color: var(--cloudpc-color-muted, var(--_color-muted));
  }

  dd {
    margin: 0;
  }

  button {
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.5em 1.25em;
    font: inherit;
    border-radius: var(--cloudpc-radius, var(--_radius));
    cursor: pointer;
  }

  [part~='primary-action'] {
    background: var(--cloudpc-color-accent, var(--_color-accent));
    color: var(--cloudpc-color-accent-text, var(--_color-accent-text));
    border: 1px solid transparent;
  }

  [part~='secondary-action'] {
    background: transparent;
    color: var(--cloudpc-color-accent, var(--_color-accent));
    border: 1px solid currentColor;
  }

  button:focus-visible,
  a:focus-visible {
    outline: var(--cloudpc-focus-ring, var(--_focus-ring));
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
