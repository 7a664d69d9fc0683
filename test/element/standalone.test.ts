import { expect, waitUntil } from '@open-wc/testing';

/** The files the standalone entry loads, as its linker names them (`"standalone/prepare-….js"`), as paths. */
function linkedFiles(entrySource: string): string[] {
  return [...new Set([...entrySource.matchAll(/"(standalone\/[^"]+\.js)"/g)].map((m) => `/dist/${m[1] as string}`))];
}

/**
 * The standalone bundle must work from a plain <script type="module"> in a page with no import
 * map and no bundler, from whatever URL the page gives it. The entry imports nothing; each file it
 * loads is a leaf (no import of its own: the entry links them, scripts/link-standalone.mjs), so no
 * chunk can pull in a second copy of the entry by its file name. The page below, which holds
 * nothing else, runs the widget, including a lazily loaded part (the mock back end behind `demo`).
 */
describe('the standalone bundle', () => {
  it('has an entry that imports nothing and chunks that import nothing', async () => {
    const entry = await (await fetch('/dist/cloudpc-unsubscribe.standalone.js')).text();
    const staticImport = /(?:^|[;}\s])(?:import\s*[\w*{]|import\s*["']|export\s*[*{][^;]*?\bfrom\b)/;
    expect(entry, 'the entry').to.not.match(staticImport);
    const files = linkedFiles(entry);
    expect(files.length, 'the chunks the entry links').to.be.greaterThan(10);
    for (const path of files) {
      const response = await fetch(path);
      expect(response.ok, `${path} is built`).to.equal(true);
      const source = await response.text();
      expect(staticImport.test(source), `${path} imports another file`).to.equal(false);
      expect(/\bimport\s*\(/.test(source), `${path} loads another file itself`).to.equal(false);
      expect(/export default\s*\(function\s*\(__cpu\)/.test(source), `${path} is a linked chunk`).to.equal(true);
    }
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
