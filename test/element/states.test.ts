import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createMockAdapter } from '../../src/adapters/mock/index.js';
import type { UnsubscribeAdapter } from '../../src/contract/adapter.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import type { Locale } from '../../src/i18n/index.js';
import { ALL_MESSAGES } from '../../src/i18n/all-messages.js';
import type { UnsubscribeOptions } from '../../src/options/index.js';
import { choice, click, field, keepPageVisible, root, setChecked, settled, shownText, waitForStep } from './drive.js';
import { walkTo } from './walk.js';

function failingContext(error: unknown): UnsubscribeAdapter {
  return { ...createMockAdapter(), loadContext: () => Promise.reject(error) };
}

const BLOCKING: Array<{ name: string; reason: string; adapter: () => UnsubscribeAdapter | undefined; retry: boolean }> = [
  { name: 'not signed in', reason: 'login-required', adapter: () => failingContext({ code: 'unauthenticated' }), retry: true },
  { name: 'nothing to unsubscribe', reason: 'nothing-to-unsubscribe', adapter: () => failingContext({ code: 'not-found' }), retry: false },
  { name: 'back end unreachable', reason: 'unreachable', adapter: () => failingContext(new TypeError('Failed to fetch')), retry: true },
  {
    name: 'invalid data',
    reason: 'invalid-data',
    adapter: () => ({ ...createMockAdapter(), loadContext: async () => ({ nonsense: true }) as never }),
    retry: true,
  },
  {
    name: 'face recognition offered alone',
    reason: 'configuration',
    adapter: () => createMockAdapter({ verificationMethods: ['face'] }),
    retry: false,
  },
  { name: 'no adapter at all', reason: 'no-adapter', adapter: () => undefined, retry: false },
];

async function mount(adapter: UnsubscribeAdapter | undefined, locale: Locale, options?: UnsubscribeOptions): Promise<CloudpcUnsubscribe> {
  const el = await fixture<CloudpcUnsubscribe>(
    html`<cloudpc-unsubscribe persist="none" locale=${locale} .adapter=${adapter} .options=${options}></cloudpc-unsubscribe>`,
  );
  await settled(el);
  return el;
}

describe('blocking states', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    for (const { name, reason, adapter, retry } of BLOCKING) {
      it(`${name} (${locale}): a clear message, ${retry ? 'a retry' : 'no pointless retry'}, accessible`, async () => {
        const el = await mount(adapter(), locale);
        const message = ALL_MESSAGES[locale][`blocked.${reason}` as keyof (typeof ALL_MESSAGES)['en']];
        expect(root(el).querySelector('[part~="heading"]')?.textContent?.trim()).to.equal(message);
        expect(el.step).to.equal(undefined);
        const retryButton = [...root(el).querySelectorAll('button')].find(
          (b) => b.textContent?.trim() === ALL_MESSAGES[locale]['action.retry'],
        );
        expect(retryButton !== undefined).to.equal(retry);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('fires cloudpc-login-required and links to the sign-in page the operator gave', async () => {
    const adapter = failingContext({ code: 'unauthenticated' });
    const el = document.createElement('cloudpc-unsubscribe');
    el.adapter = adapter;
    el.options = { signInUrl: '/login?next=/unsubscribe' };
    el.persist = 'none';
    const event = oneEvent(el, 'cloudpc-login-required');
    document.body.append(el);
    try {
      await event;
      await settled(el);
      expect(root(el).querySelector('a[href="/login?next=/unsubscribe"]')?.textContent).to.contain('去登录');
    } finally {
      el.remove();
    }
  });
});

describe('ended states', () => {
  keepPageVisible();

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`keeping the subscription (${locale}) says so plainly, accessibly`, async () => {
      const el = await mount(createMockAdapter(), locale);
      await click(el, ALL_MESSAGES[locale]['action.keep']);
      expect(shownText(el)).to.contain(ALL_MESSAGES[locale]['ended.kept.title']);
      expect(root(el).activeElement).to.equal(root(el).querySelector('[part~="heading"]'));
      await expect(el).to.be.accessible();
    });

    it(`accepting an offer (${locale}) says the subscription is kept, accessibly`, async () => {
      const options: UnsubscribeOptions = {
        reasons: [{ id: 'price', label: { 'zh-CN': '费用过高', en: 'Too expensive' }, offerId: 'half' }],
        offers: [
          {
            id: 'half',
            title: { 'zh-CN': '三个月半价', en: 'Half price for three months' },
            description: { 'zh-CN': '续订享优惠', en: 'Stay and save' },
          },
        ],
      };
      const el = await mount(createMockAdapter({ verificationMethods: [] }), locale, options);
      await setChecked(el, field(el, 'backup'));
      await setChecked(el, field(el, 'terms'));
      await click(el, ALL_MESSAGES[locale]['action.continue']);
      await waitForStep(el, 'reason');
      await setChecked(el, choice(el, locale === 'en' ? 'Too expensive' : '费用过高'));
      await click(el, ALL_MESSAGES[locale]['action.continue']);
      await click(el, ALL_MESSAGES[locale]['reason.offer.accept']);
      expect(shownText(el)).to.contain(ALL_MESSAGES[locale]['ended.offer.title']);
      await expect(el).to.be.accessible();
    });
  }

  it('a rejected request is titled as not approved, not as unsubscribed', async () => {
    let now = Date.parse('2026-11-24T10:00:00+08:00');
    const mock = createMockAdapter({
      now: () => new Date(now),
      verificationMethods: ['sms'],
      statusTimeline: { processingAfterMs: 0, doneAfterMs: 1000, outcome: 'rejected' },
    });
    const el = await mount(mock, 'zh-CN');
    await walkTo(el, 'status');
    now += 2000;
    await click(el, '立即刷新');
    await waitForStep(el, 'done');
    expect(root(el).querySelector('[part~="heading"]')?.textContent?.trim()).to.equal('退订申请未通过');
  });
});
