/**
 * The back end's texts follow the subscriber's language (issue 12 item 10): every call is told the
 * locale, and a change of `locale` fetches the context's texts again, in it, without losing an
 * answer: nothing typed, no step change, the resume snapshot as it was.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMockAdapter, type MockAdapter } from '../../src/adapters/mock/index.js';
import type { CallOptions, UnsubscribeAdapter } from '../../src/contract/adapter.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import type { Locale } from '../../src/i18n/index.js';
import { field, keepPageVisible, root, setChecked, settled, shownText } from './drive.js';
import { COMMENT, walkTo } from './walk.js';

/** The mock, recording the locale each call was told. */
function recording(mock: MockAdapter): { adapter: UnsubscribeAdapter; locales: Array<[string, string | undefined]> } {
  const locales: Array<[string, string | undefined]> = [];
  const adapter: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(mock)) {
    if (typeof method !== 'function') continue;
    adapter[name] = (input: unknown, options?: CallOptions) => {
      locales.push([name, options?.locale]);
      return (method as (i: unknown, o?: CallOptions) => Promise<unknown>)(input, options);
    };
  }
  return { adapter: adapter as unknown as UnsubscribeAdapter, locales };
}

async function mountOn(adapter: UnsubscribeAdapter, locale: Locale): Promise<CloudpcUnsubscribe> {
  sessionStorage.clear();
  const el = await fixture<CloudpcUnsubscribe>(
    html`<cloudpc-unsubscribe persist="session" locale=${locale} .adapter=${adapter}></cloudpc-unsubscribe>`,
  );
  await settled(el);
  return el;
}

function snapshot(): string | null {
  return sessionStorage.getItem('cloudpc-unsubscribe:default');
}

function contextCalls(mock: MockAdapter): number {
  return mock.calls.filter((c) => c.method === 'loadContext').length;
}

describe('a change of language', () => {
  keepPageVisible();

  it('zh-CN to en on confirm: the product and the refund method come in English; the answers, the step and the snapshot stay', async () => {
    const mock = createMockAdapter({ verificationMethods: ['sms'] });
    const { adapter, locales } = recording(mock);
    const el = await mountOn(adapter, 'zh-CN');
    await walkTo(el, 'confirm');
    await waitUntil(() => root(el).querySelector('table'), 'the quote did not show');
    expect(shownText(el)).to.contain('移动云电脑（软件版）');
    expect(shownText(el)).to.contain('原路退回');
    const before = snapshot();
    const calls = contextCalls(mock);

    el.locale = 'en';
    await waitUntil(() => shownText(el).includes('Back to the original payment method'), `not in English: ${shownText(el)}`);
    expect(shownText(el)).to.contain('China Mobile Cloud PC (software edition)');
    expect(shownText(el)).not.to.contain('原路退回');
    expect(el.step).to.equal('confirm');
    expect(shownText(el)).to.contain(COMMENT);
    expect(contextCalls(mock)).to.equal(calls + 1);
    expect(snapshot()).to.equal(before);
    expect(locales.filter(([name]) => name === 'loadContext').map(([, locale]) => locale)).to.deep.equal(['zh-CN', 'en']);
    expect(
      locales.every(([, locale]) => locale !== undefined),
      'every call was told the language',
    ).to.equal(true);
  });

  it('en to zh-CN on prepare: the highlights come in Chinese and the ticked boxes stay ticked', async () => {
    const mock = createMockAdapter({ verificationMethods: ['sms'] });
    const el = await mountOn(mock, 'en');
    expect(shownText(el)).to.contain('nothing already paid is refunded.');
    await setChecked(el, field(el, 'backup'));
    const before = snapshot();

    el.locale = 'zh-CN';
    await waitUntil(() => shownText(el).includes('已付费用不予退还'), `highlights not in Chinese: ${shownText(el)}`);
    expect(shownText(el)).not.to.contain('nothing already paid is refunded.');
    expect(el.step).to.equal('prepare');
    expect(field(el, 'backup').checked).to.equal(true);
    expect(snapshot()).to.equal(before);
  });

  it('on status: the status is asked for again in the new language', async () => {
    const mock = createMockAdapter({
      verificationMethods: ['sms'],
      statusTimeline: { processingAfterMs: 0, doneAfterMs: 600_000 },
    });
    const { adapter, locales } = recording(mock);
    const el = await mountOn(adapter, 'zh-CN');
    await walkTo(el, 'status');
    await waitUntil(() => locales.some(([name]) => name === 'getStatus'), 'no status asked for');
    el.locale = 'en';
    await waitUntil(
      () => locales.some(([name, locale]) => name === 'getStatus' && locale === 'en'),
      'the status was not asked for in English',
    );
    expect(el.step).to.equal('status');
  });
});
