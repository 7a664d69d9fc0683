import { expect, waitUntil } from '@open-wc/testing';
import { createMockAdapter, type MockAdapter, type MockOfferKind } from '../../src/adapters/mock/index.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import type { Locale } from '../../src/i18n/index.js';
import { choice, click, field, findButton, focused, mount, recordEvents, root, setChecked, shownText, waitForStep } from './drive.js';

const NOW = Date.parse('2026-11-24T10:00:00+08:00');

const WORDS = {
  'zh-CN': { cont: '继续', price: '费用过高', decline: '不用了，继续退订' },
  en: { cont: 'Continue', price: 'It costs too much', decline: 'No thanks, continue unsubscribing' },
} as const;

async function onReasonWithOffer(locale: Locale, offers: MockOfferKind[]): Promise<{ el: CloudpcUnsubscribe; mock: MockAdapter }> {
  const mock = createMockAdapter({ now: () => new Date(NOW), verificationMethods: [], offers });
  const el = await mount({ adapter: mock, locale });
  await setChecked(el, field(el, 'backup'));
  await setChecked(el, field(el, 'terms'));
  await click(el, WORDS[locale].cont);
  await waitForStep(el, 'reason');
  await setChecked(el, choice(el, WORDS[locale].price));
  await click(el, WORDS[locale].cont);
  return { el, mock };
}

function offerHeading(el: CloudpcUnsubscribe): HTMLElement | null {
  return root(el).querySelector('#cpu-offer-title');
}

describe('pause and downgrade offers in the element', () => {
  it('a pause offer says what it keeps, what it costs and when billing resumes; months are never pre-selected', async () => {
    const { el, mock } = await onReasonWithOffer('zh-CN', ['pause']);
    expect(offerHeading(el)?.textContent).to.equal('暂停使用，数据保留');
    expect(focused(el)).to.equal(offerHeading(el));
    const text = shownText(el);
    expect(text).to.include('暂停期间收取数据保管费 ¥5.00/月。');
    expect(text).to.include('3 个月，2027年3月1日恢复计费');
    for (const months of ['1 个月', '3 个月', '6 个月']) expect(choice(el, months).checked).to.equal(false);
    await expect(el).to.be.accessible();

    await click(el, '暂停使用，不退订');
    expect(shownText(el)).to.include('请选择暂停几个月');
    expect(mock.calls.some((c) => c.method === 'acceptOffer')).to.equal(false);
  });

  it('accepting a pause shows what the back end agreed and tells the page', async () => {
    const { el, mock } = await onReasonWithOffer('zh-CN', ['pause']);
    const log = recordEvents(el);
    await setChecked(el, choice(el, '3 个月'));
    await click(el, '暂停使用，不退订');
    await waitUntil(() => shownText(el).includes('已为您暂停'), 'the agreement is shown');
    expect(shownText(el)).to.include('移动云电脑（软件版）暂停 3 个月，数据原样保留，2027年3月1日恢复计费。');
    expect(mock.agreements()).to.have.length(1);
    const accepted = log.find((e) => e.type === 'cloudpc-offer-accepted');
    expect(accepted?.detail).to.deep.include({ offerId: 'OF-PAUSE', reasonIds: ['too-expensive'] });
    expect((accepted?.detail as { agreement: { months: number } }).agreement.months).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('a downgrade in English: the new price, the current one, what is lost; declining goes straight on', async () => {
    const { el, mock } = await onReasonWithOffer('en', ['downgrade']);
    expect(offerHeading(el)?.textContent).to.equal('Switch to a cheaper plan');
    const text = shownText(el);
    expect(text).to.include('¥29.00 a month');
    expect(text).to.include('¥588.00 a year');
    expect(text).to.include('No more 4K picture or several screens');
    await expect(el).to.be.accessible();
    // Accepting and declining are the same kind of button.
    const accept = findButton(el, 'Switch plan, do not unsubscribe');
    const decline = findButton(el, WORDS.en.decline);
    expect(accept.className).to.equal(decline.className);

    await click(el, WORDS.en.decline);
    await waitForStep(el, 'confirm');
    expect(offerHeading(el)).to.equal(null);
    expect(mock.calls.some((c) => c.method === 'acceptOffer')).to.equal(false);
  });
});
