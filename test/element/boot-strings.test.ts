/**
 * The context fails before the shell's strings have arrived. Nothing on screen or in the live
 * region is ever a message key ("blocked.unreachable" was shown and read aloud): until the
 * strings come, the boot screen speaks (its strings are in the entry, in both languages), and
 * the announcement waits for its words.
 *
 * A file of its own: the shell's strings must not have been loaded by an earlier test in the page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { UnsubscribeAdapter } from '../../src/contract/adapter.js';
import { UnsubscribeError } from '../../src/contract/errors.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import { hasMessages } from '../../src/i18n/catalog.js';
import type { Locale } from '../../src/i18n/index.js';
import { liveRegion } from './drive.js';

/** What a message key looks like on screen: `blocked.unreachable`, `action.retry`, `error.timeout`... */
const KEY = /\b(?:blocked|error|widget|action|wait|serviceError|announce|step|progress|summary|field)\.[A-Za-z-]+/;

const WORDS: Record<Locale, { blocked: string; retry: string }> = {
  'zh-CN': { blocked: '暂时无法连接退订服务', retry: '重试' },
  en: { blocked: 'We cannot reach the unsubscribe service', retry: 'Try again' },
};

for (const locale of ['zh-CN', 'en'] as const) {
  describe(`the context failing before the ${locale} strings arrive`, () => {
    let el: CloudpcUnsubscribe | undefined;
    afterEach(() => el?.remove());

    it('never shows or announces a key, and the blocked screen speaks once the strings are here', async () => {
      let stringsWhenFailed: boolean | undefined;
      const adapter = {
        loadContext: () => {
          stringsWhenFailed = hasMessages(locale, ['core']);
          return Promise.reject(new UnsubscribeError('network', 'down'));
        },
      } as unknown as UnsubscribeAdapter;
      const seen: string[] = [];
      el = document.createElement('cloudpc-unsubscribe');
      el.locale = locale;
      el.persist = 'none';
      el.adapter = adapter;
      document.body.append(el);
      const shadow = el.shadowRoot!;
      const observer = new MutationObserver(() => seen.push(shadow.textContent ?? ''));
      observer.observe(shadow, { subtree: true, childList: true, characterData: true, attributes: true });
      try {
        await waitUntil(() => (shadow.textContent ?? '').includes(WORDS[locale].blocked), 'the blocked screen did not show');
        await waitUntil(() => liveRegion(el!).includes(WORDS[locale].blocked), 'the blocked screen was not announced');
        await el.updateComplete;
      } finally {
        observer.disconnect();
      }
      expect(stringsWhenFailed, 'the shell’s strings were already here when the context failed').to.equal(false);
      seen.push(shadow.textContent ?? '');
      for (const text of seen) expect(text).not.to.match(KEY);
      const ariaLabel = shadow.querySelector('[part="container"]')?.getAttribute('aria-label') ?? '';
      expect(ariaLabel).not.to.match(KEY);
      expect([...shadow.querySelectorAll('button')].map((b) => b.textContent?.trim())).to.include(WORDS[locale].retry);
    });
  });
}
