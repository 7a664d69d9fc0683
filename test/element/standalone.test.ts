import { expect, waitUntil } from '@open-wc/testing';

/** Relative imports (static and dynamic) of a built module, resolved against its URL. */
function relativeImports(source: string, base: string): string[] {
  return [...source.matchAll(/(?:from\s*|import\s*\(\s*|import\s*)["'](\.{1,2}\/[^"']+)["']/g)].map(
    (m) => new URL(m[1] as string, base).pathname,
  );
}

/**
 * The standalone bundle must work from a plain <script type="module"> in a page with no import
 * map and no bundler. Every file it can load (the entry and each chunk, static or lazy) has no
 * bare import specifier, and the page below, which holds nothing else, runs the widget, including
 * a lazily loaded part (the mock back end behind `demo`).
 */
describe('the standalone bundle', () => {
  it('has no bare import specifier in the entry or any chunk it can load', async () => {
    const pending = ['/dist/cloudpc-unsubscribe.standalone.js'];
    const seen = new Set<string>();
    while (pending.length > 0) {
      const path = pending.pop() as string;
      if (seen.has(path)) continue;
      seen.add(path);
      const response = await fetch(path);
      expect(response.ok, `${path} is built`).to.equal(true);
      const source = await response.text();
      expect(source, path).to.not.match(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)["'](?![./])[^"']+["']/);
      pending.push(...relativeImports(source, new URL(path, location.href).href));
    }
    expect(seen.size).to.be.greaterThan(1);
  });

  it('runs in a page with no import map', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/standalone.html';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.readyState === 'complete', 'the fixture page did not load');
      const win = frame.contentWindow as Window & typeof globalThis;
      await waitUntil(() => win.customElements.get('cloudpc-unsubscribe') !== undefined, 'the element was not defined');
      const el = frame.contentDocument?.querySelector('cloudpc-unsubscribe') as HTMLElement;
      await waitUntil(() => el.getAttribute('step') === 'prepare', 'the standalone element did not render its first step', {
        timeout: 8000,
      });
      expect(el.shadowRoot?.textContent).to.contain('退订前准备');
    } finally {
      frame.remove();
    }
  });
});
