import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/ui/safe-url.js';

describe('links from data', () => {
  let warnings: unknown[];
  let original: typeof console.warn;
  beforeEach(() => {
    warnings = [];
    original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
  });
  afterEach(() => {
    console.warn = original;
  });

  for (const url of ['https://cloudpc.10086.cn/agreement', '/account/delete', 'help/faq', '?tab=2', '#terms']) {
    it(`keeps ${url}`, () => {
      expect(safeUrl(url, 'test')).to.equal(url);
      expect(warnings).to.deep.equal([]);
    });
  }

  for (const url of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://example.com',
    '//evil.example/x',
    'vbscript:x',
  ]) {
    it(`drops ${url} with a warning naming its source`, () => {
      expect(safeUrl(url, `source-${url}`)).to.equal(null);
      expect(String(warnings[0])).to.contain(`source-${url}`);
    });
  }

  it("drops an http link even on the page's own origin: a back end there sends relative links", () => {
    expect(safeUrl(`${location.origin.replace('https:', 'http:')}/demo/face/abc`, 'own-http')).to.equal(null);
  });

  it('treats a missing or blank link as none, silently', () => {
    expect(safeUrl(undefined, 'x')).to.equal(null);
    expect(safeUrl('  ', 'x')).to.equal(null);
    expect(warnings).to.deep.equal([]);
  });
});
