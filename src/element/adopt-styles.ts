/**
 * Adds style sheets to a shadow root after it was created: a step's styles arrive with its chunk,
 * after Lit adopted the element's static styles. Constructable sheets keep working under a strict
 * `style-src`; where they are missing (Safari before 16.4 and Firefox before 101, inside the
 * browser floor), a `<style>` carries the page's `litNonce` as Lit's own fallback does.
 */
import type { CSSResult } from 'lit';

export function adoptMoreStyles(root: ShadowRoot, styles: readonly CSSResult[]): void {
  const sheets = styles.map((style) => style.styleSheet);
  if (sheets.every((sheet): sheet is CSSStyleSheet => sheet !== undefined)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
    return;
  }
  for (const style of styles) {
    const element = document.createElement('style');
    const nonce = (window as { litNonce?: string }).litNonce;
    if (nonce !== undefined) element.setAttribute('nonce', nonce);
    element.textContent = style.cssText;
    root.appendChild(element);
  }
}
