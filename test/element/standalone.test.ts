import { expect, waitUntil } from '@open-wc/testing';

/**
 * The standalone bundle must work from a plain <script type="module"> with no import map and
 * no bundler. It is loaded from a blob: URL inside a fresh iframe, so nothing (not the test
 * server's module resolution, not this page's own definition) can help it along: a bare import
 * left in the file would fail to resolve.
 */
describe('the standalone bundle', () => {
  it('defines the element in a page with no import map', async () => {
    const response = await fetch('/dist/cloudpc-unsubscribe.standalone.js');
    expect(response.ok, 'dist/ is built before the browser tests').to.equal(true);
    const source = await response.text();
    expect(source).to.not.match(/\bfrom\s*["'](?![./])/, 'no bare import specifiers');
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));

    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const win = frame.contentWindow as Window & typeof globalThis;
      const doc = frame.contentDocument as Document;
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = url;
      const loaded = new Promise<void>((resolve, reject) => {
        script.onload = () => resolve();
        script.onerror = () => reject(new Error('the standalone bundle failed to load'));
      });
      doc.head.append(script);
      await loaded;
      await waitUntil(() => win.customElements.get('cloudpc-unsubscribe') !== undefined, 'the element was not defined');

      const el = doc.createElement('cloudpc-unsubscribe');
      el.setAttribute('demo', '');
      doc.body.append(el);
      await waitUntil(() => el.getAttribute('step') === 'prepare', 'the standalone element did not render its first step', {
        timeout: 5000,
      });
      expect(el.shadowRoot?.textContent).to.contain('退订前准备');
    } finally {
      frame.remove();
      URL.revokeObjectURL(url);
    }
  });
});
