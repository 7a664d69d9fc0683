/**
 * Light and dark for stories and the axe test. The element follows `prefers-color-scheme`, which
 * a story cannot set; a wrapper that sets the public `--cloudpc-*` tokens is deterministic and is
 * exactly what a host page does to force a scheme (the same tokens as demo/portal/portal.css).
 */
import { html, type TemplateResult } from 'lit';

export type Scheme = 'light' | 'dark';
export const SCHEMES: readonly Scheme[] = ['light', 'dark'];

type Tokens = Record<`--cloudpc-${string}`, string>;

/** The element's own light defaults, set explicitly so a designer whose OS is dark still sees light. */
const LIGHT: Tokens = {
  '--cloudpc-color-text': '#1f2329',
  '--cloudpc-color-muted': '#5c6370',
  '--cloudpc-color-surface': '#ffffff',
  '--cloudpc-color-border': '#d0d5dd',
  '--cloudpc-color-border-strong': '#5c6370',
  '--cloudpc-color-input': '#ffffff',
  '--cloudpc-color-accent': '#0066cc',
  '--cloudpc-color-accent-text': '#ffffff',
  '--cloudpc-color-danger': '#b42318',
  '--cloudpc-color-success': '#067647',
  '--cloudpc-color-notice': '#eef5fc',
  '--cloudpc-color-scheme': 'light',
};

const DARK: Tokens = {
  '--cloudpc-color-text': '#e8eaed',
  '--cloudpc-color-muted': '#b0b6bf',
  '--cloudpc-color-surface': '#1e2227',
  '--cloudpc-color-border': '#444b55',
  '--cloudpc-color-border-strong': '#9aa3ae',
  '--cloudpc-color-input': '#15181c',
  '--cloudpc-color-accent': '#6cb4ff',
  '--cloudpc-color-accent-text': '#0b1a2a',
  '--cloudpc-color-danger': '#ff8a80',
  '--cloudpc-color-success': '#6ce9a6',
  '--cloudpc-color-notice': '#1b2a3a',
  '--cloudpc-color-scheme': 'dark',
};

const PAGE: Record<Scheme, { background: string; color: string }> = {
  light: { background: '#ffffff', color: '#1f2329' },
  dark: { background: '#121417', color: '#e8eaed' },
};

/** The inline style of a scheme's wrapper: the tokens plus a page background to match. */
export function schemeStyle(scheme: Scheme): string {
  const tokens = scheme === 'dark' ? DARK : LIGHT;
  const page = PAGE[scheme];
  const declarations = [...Object.entries(tokens), ['background', page.background], ['color', page.color], ['padding', '1rem']];
  return declarations.map(([name, value]) => `${name}: ${value}`).join('; ');
}

export function isScheme(value: unknown): value is Scheme {
  return value === 'light' || value === 'dark';
}

/** Wraps a story in its scheme (used by the Storybook decorator and by the axe test alike). */
export function withScheme(scheme: Scheme, story: unknown): TemplateResult {
  return html`<div class="cloudpc-story-scheme" data-scheme=${scheme} style=${schemeStyle(scheme)}>${story}</div>`;
}
