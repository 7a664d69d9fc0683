/** The hostile strings of the security tests, and the checks that they stayed inert. */
import { expect } from '@open-wc/testing';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import { root, shownText } from '../element/drive.js';

declare global {
  interface Window {
    __hostile?: string;
  }
}

/** Each entry tries another way to run code or to fool the reader; each sets the flag if it runs. */
const CORPUS = [
  '<img src=x onerror="window.__hostile=\'img\'">',
  '<script>window.__hostile="script"</script>',
  '"><svg onload="window.__hostile=\'svg\'">',
  "javascript:window.__hostile='js'",
  '{{constructor.constructor("window.__hostile=1")()}}',
  '${window.__hostile="tpl"}',
  '\u202Egnp.exe\u202C',
  'nul\u0000byte',
  '<a href="javascript:window.__hostile=1">x</a>',
];
export const HOSTILE = CORPUS.join(' ');
export const LONG = `${'长'.repeat(3000)}<b>end</b>`;
export const tag = (name: string) => `${name}:${HOSTILE}`;

/** What the page shows: the same characters, whitespace collapsed as `shownText` does. */
const shown = (text: string) => text.replace(/\s+/g, ' ');

/** Whether the widget shows `text` literally now. */
export function shows(el: CloudpcUnsubscribe, text: string): boolean {
  return shownText(el).includes(shown(text));
}

/** Expects the widget to show `text` literally (without printing the whole page when it does not). */
export function expectShown(el: CloudpcUnsubscribe, text: string, label: string): void {
  expect(shownText(el).includes(shown(text)), `${label} is not shown literally`).to.equal(true);
}

export function expectInert(el: CloudpcUnsubscribe, label: string): void {
  expect(window.__hostile, `${label}: something ran`).to.equal(undefined);
  const made = [...root(el).querySelectorAll('img, script, iframe, object, embed, b, [onload], [onerror], svg')].filter(
    // The only svg the widget draws is its own QR code, with no handlers.
    (node) =>
      !(
        node.tagName.toLowerCase() === 'svg' &&
        node.parentElement?.classList.contains('verify-qr') === true &&
        !node.hasAttribute('onload')
      ),
  );
  expect(
    made.map((n) => n.outerHTML.slice(0, 80)),
    `${label}: an element was made from data`,
  ).to.deep.equal([]);
  for (const a of root(el).querySelectorAll('a[href]')) {
    expect(a.getAttribute('href') ?? '', `${label}: link`).to.not.match(/^\s*(javascript|data|vbscript|http):|^\s*\/\//i);
  }
}
