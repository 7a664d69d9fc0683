import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { createMockAdapter, type MockAdapterOptions } from '../../src/adapters/mock/index.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import type { Locale } from '../../src/i18n/index.js';
import type { UnsubscribeOptions } from '../../src/options/index.js';
import {
  buttons,
  choice,
  click,
  field,
  findButton,
  focused,
  mount,
  recordEvents,
  root,
  setChecked,
  shownText,
  type,
  waitForStep,
} from '../element/drive.js';

const NOW = new Date('2026-03-12T02:00:00Z');

interface Fixture {
  locale?: Locale;
  options?: UnsubscribeOptions;
  context?: MockAdapterOptions['context'];
}

const CONTINUE: Record<Locale, string> = { 'zh-CN': '继续', en: 'Continue' };

/** Mounts the widget and walks through `prepare` to the reason step. */
async function atReason(o: Fixture = {}): Promise<CloudpcUnsubscribe> {
  const locale = o.locale ?? 'zh-CN';
  const adapter = createMockAdapter({ now: () => NOW, latencyMs: 0, ...(o.context ? { context: o.context } : {}) });
  const el = await mount({ adapter, locale, ...(o.options ? { options: o.options } : {}) });
  await setChecked(el, field(el, 'backup'));
  await setChecked(el, field(el, 'terms'));
  await click(el, CONTINUE[locale]);
  await waitForStep(el, 'reason');
  return el;
}

/** An operator's reasons, one carrying a retention offer. */
const WITH_OFFER: UnsubscribeOptions = {
  reasons: [
    { id: 'too-expensive', label: { 'zh-CN': '费用过高', en: 'It costs too much' }, offerId: 'half-price' },
    { id: 'rarely-used', label: { 'zh-CN': '使用频率低', en: 'I rarely use it' } },
    { id: 'other', label: { 'zh-CN': '其他', en: 'Something else' }, requiresComment: true },
  ],
  offers: [
    {
      id: 'half-price',
      title: { 'zh-CN': '接下来 3 个月半价', en: 'Half price for the next 3 months' },
      description: {
        'zh-CN': '保留业务，接下来 3 个月每月只需 ¥24.50。',
        en: 'Keep your cloud PC for CN¥24.50 a month for the next 3 months.',
      },
      acceptLabel: { 'zh-CN': '领取半价优惠', en: 'Take the half-price offer' },
    },
  ],
};

function labelsOf(el: CloudpcUnsubscribe): string[] {
  return [...root(el).querySelectorAll<HTMLInputElement>('input[name="cpu-reasons"]')].map(
    (input) => root(el).querySelector(`label[for="${input.id}"]`)?.textContent?.trim() ?? '',
  );
}

function reasonInputs(el: CloudpcUnsubscribe): HTMLInputElement[] {
  return [...root(el).querySelectorAll<HTMLInputElement>('input[name="cpu-reasons"]')];
}

function errorSummaryLinks(el: CloudpcUnsubscribe): HTMLAnchorElement[] {
  return [...root(el).querySelectorAll<HTMLAnchorElement>('[part~="error-summary"] a')];
}

function errorTexts(el: CloudpcUnsubscribe): string[] {
  return errorSummaryLinks(el).map((a) => a.textContent?.trim() ?? '');
}

function offerRegion(el: CloudpcUnsubscribe): HTMLElement | null {
  return root(el).querySelector<HTMLElement>('[role="region"].offer');
}

function liveRegion(el: CloudpcUnsubscribe): string {
  return root(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';
}

function commentText(el: CloudpcUnsubscribe): string {
  const label = root(el).querySelector('label[for="cpu-comment"]')?.textContent ?? '';
  const hint = root(el).querySelector('#cpu-comment-hint')?.textContent ?? '';
  return `${label} | ${hint}`.replace(/\s+/g, ' ').trim();
}

/** Picks the reason with an offer and presses Continue: the offer comes up. */
async function withOfferShown(locale: Locale = 'zh-CN'): Promise<CloudpcUnsubscribe> {
  const el = await atReason({ locale, options: WITH_OFFER });
  await setChecked(el, choice(el, locale === 'en' ? 'It costs too much' : '费用过高'));
  await click(el, CONTINUE[locale]);
  await waitUntil(() => offerRegion(el) !== null, 'the offer was not shown');
  return el;
}

describe('reason step', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible in Chinese and in English', async () => {
    await expect(await atReason()).to.be.accessible();
    await expect(await atReason({ locale: 'en' })).to.be.accessible();
  });

  it('offers the built-in reasons as checkboxes in a fieldset, any number of them', async () => {
    const el = await atReason();
    expect(labelsOf(el)).to.deep.equal(['费用过高', '性能不满足需求', '使用频率低', '找到更合适的产品', '服务不满意', '其他']);
    expect(reasonInputs(el).every((input) => input.type === 'checkbox')).to.equal(true);
    expect(root(el).querySelector('fieldset legend')?.textContent?.trim()).to.equal('退订原因');
    expect(shownText(el)).to.contain('可以多选。');
    await setChecked(el, choice(el, '费用过高'));
    await setChecked(el, choice(el, '使用频率低'));
    expect(reasonInputs(el).filter((i) => i.checked)).to.have.length(2);
  });

  it('labels the built-in reasons in English', async () => {
    const el = await atReason({ locale: 'en' });
    expect(labelsOf(el)).to.deep.equal([
      'It costs too much',
      'It is not powerful enough',
      'I rarely use it',
      'I found a better product',
      'I am unhappy with the service',
      'Something else',
    ]);
    expect(root(el).querySelector('fieldset legend')?.textContent?.trim()).to.equal('Your reasons for leaving');
    expect(shownText(el)).to.contain('Select all that apply.');
    expect(shownText(el)).to.contain('If you select this, you need to tell us more below');
  });

  it('uses radios when the operator allows one reason, and picking another replaces the first', async () => {
    const el = await atReason({ locale: 'en', options: { maxReasons: 1 } });
    expect(reasonInputs(el).every((input) => input.type === 'radio')).to.equal(true);
    expect(root(el).querySelector('fieldset legend')?.textContent?.trim()).to.equal('Your reason for leaving');
    expect(shownText(el)).to.contain('Select one.');
    await setChecked(el, choice(el, 'It costs too much'));
    await setChecked(el, choice(el, 'I rarely use it'));
    expect(
      reasonInputs(el)
        .filter((i) => i.checked)
        .map((i) => i.value),
    ).to.deep.equal(['rarely-used']);
    await expect(el).to.be.accessible();
  });

  it('says how many reasons may be picked when the operator sets a limit', async () => {
    const el = await atReason({ options: { maxReasons: 2 } });
    expect(shownText(el)).to.contain('最多选择 2 项。');
  });

  it('asks for a reason on Continue, focusing the error summary, whose link focuses the first reason', async () => {
    const el = await atReason();
    await click(el, '继续');
    expect(el.step).to.equal('reason');
    expect(errorTexts(el)).to.deep.equal(['请选择退订原因']);
    expect(focused(el)?.getAttribute('part')).to.equal('error-summary');
    expect(root(el).querySelector('fieldset')?.getAttribute('aria-describedby')).to.contain('cpu-reasons-error');
    errorSummaryLinks(el)[0]?.click();
    expect(focused(el)).to.equal(field(el, 'reasons'));
  });

  it('makes the comment optional, and goes on without one', async () => {
    const el = await atReason();
    expect(commentText(el)).to.equal('具体原因（选填） | 您的意见能帮助我们改进。请不要填写密码、验证码等个人信息。');
    await setChecked(el, choice(el, '使用频率低'));
    await click(el, '继续');
    await waitForStep(el, 'verify');
  });

  it('requires the comment once "other" is picked, and says so before Continue', async () => {
    const el = await atReason();
    await setChecked(el, choice(el, '其他'));
    expect(commentText(el)).to.equal('具体原因 | 您选择了“其他”，需要填写具体原因。请不要填写密码、验证码等个人信息。');
    await click(el, '继续');
    expect(errorTexts(el)).to.deep.equal(['请填写具体原因']);
    expect(root(el).querySelector('#cpu-comment-error')?.textContent).to.contain('请填写具体原因');
    expect(field(el, 'comment').getAttribute('aria-invalid')).to.equal('true');
    expect(focused(el)?.getAttribute('part')).to.equal('error-summary');
    errorSummaryLinks(el)[0]?.click();
    expect(focused(el)).to.equal(field(el, 'comment'));
    await type(el, field<HTMLTextAreaElement>(el, 'comment'), '需要的软件不支持');
    await click(el, '继续');
    await waitForStep(el, 'verify');
  });

  it('says in English when the comment is needed', async () => {
    const el = await atReason({ locale: 'en' });
    expect(commentText(el)).to.match(/^Tell us more \(optional\) \| What you tell us helps us improve\./);
    await setChecked(el, choice(el, 'Something else'));
    expect(commentText(el)).to.match(/^Tell us more \| You selected “Something else”, so you need to tell us more\./);
    await click(el, 'Continue');
    expect(errorTexts(el)).to.deep.equal(['Tell us more about why you are leaving']);
  });

  it('counts the characters left as the comment is typed', async () => {
    const el = await atReason();
    const count = () => root(el).querySelector('#cpu-comment-count')?.textContent?.trim();
    expect(count()).to.equal('还可以输入 200 个字');
    await type(el, field<HTMLTextAreaElement>(el, 'comment'), '画面卡顿');
    expect(count()).to.equal('还可以输入 196 个字');
    expect(field(el, 'comment').getAttribute('aria-describedby')).to.contain('cpu-comment-count');
  });

  it('counts against the operator’s limit and refuses a comment that is too long', async () => {
    const el = await atReason({ locale: 'en', options: { commentMaxLength: 5 } });
    const count = () => root(el).querySelector('#cpu-comment-count')?.textContent?.trim();
    expect(count()).to.equal('You have 5 characters remaining');
    await setChecked(el, choice(el, 'I rarely use it'));
    await type(el, field<HTMLTextAreaElement>(el, 'comment'), 'Too slow');
    expect(count()).to.equal('You have 3 characters too many');
    expect(field<HTMLTextAreaElement>(el, 'comment').value).to.equal('Too slow');
    await click(el, 'Continue');
    expect(errorTexts(el)).to.deep.equal(['Your reason must be 5 characters or fewer']);
    await expect(el).to.be.accessible();
  });

  it('keeps the reasons and the comment after Back and Continue', async () => {
    const el = await atReason();
    await setChecked(el, choice(el, '服务不满意'));
    await type(el, field<HTMLTextAreaElement>(el, 'comment'), '客服回复太慢');
    await click(el, '返回上一步');
    await waitForStep(el, 'prepare');
    expect(field(el, 'backup').checked).to.equal(true);
    expect(field(el, 'terms').checked).to.equal(true);
    await click(el, '继续');
    await waitForStep(el, 'reason');
    expect(choice(el, '服务不满意').checked).to.equal(true);
    expect(field<HTMLTextAreaElement>(el, 'comment').value).to.equal('客服回复太慢');
  });

  it('shows the operator’s reasons with their labels in the page’s language', async () => {
    const options: UnsubscribeOptions = {
      reasons: [
        { id: 'price', label: { 'zh-CN': '价格偏高', en: 'The price is too high' } },
        { id: 'moving', label: { 'zh-CN': '即将出国' } },
        { id: 'note', label: '其他（请说明）', requiresComment: true },
      ],
    };
    expect(labelsOf(await atReason({ options }))).to.deep.equal(['价格偏高', '即将出国', '其他（请说明）']);
    const el = await atReason({ locale: 'en', options });
    expect(labelsOf(el)).to.deep.equal(['The price is too high', '即将出国', '其他（请说明）']);
    await setChecked(el, choice(el, '其他（请说明）'));
    await click(el, 'Continue');
    expect(errorTexts(el)).to.deep.equal(['Tell us more about why you are leaving']);
  });

  it('shows the back end’s reasons, with its own comment rule, instead of the built-in ones', async () => {
    const el = await atReason({
      options: WITH_OFFER,
      context: {
        reasons: [
          { id: 'price', label: '价格偏高' },
          { id: 'switching', label: '改用其他产品', requiresComment: true },
        ],
      },
    });
    expect(labelsOf(el)).to.deep.equal(['价格偏高', '改用其他产品']);
    await setChecked(el, choice(el, '改用其他产品'));
    await click(el, '继续');
    expect(errorTexts(el)).to.deep.equal(['请填写具体原因']);
    await type(el, field<HTMLTextAreaElement>(el, 'comment'), '换成了公司统一采购的产品');
    await click(el, '继续');
    await waitForStep(el, 'verify');
  });

  it('is accessible with its errors shown, in both locales', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const el = await atReason({ locale });
      await setChecked(el, choice(el, locale === 'en' ? 'Something else' : '其他'));
      await setChecked(el, choice(el, locale === 'en' ? 'Something else' : '其他'), false);
      await click(el, CONTINUE[locale]);
      expect(errorTexts(el)).to.have.length(1);
      await expect(el).to.be.accessible();
    }
  });

  describe('retention offer', () => {
    it('shows the offer of the chosen reason inline, instead of Continue', async () => {
      const el = await withOfferShown();
      const region = offerRegion(el)!;
      const heading = region.querySelector('h3')!;
      expect(region.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(heading.textContent?.trim()).to.equal('接下来 3 个月半价');
      expect(region.textContent).to.contain('保留业务，接下来 3 个月每月只需 ¥24.50。');
      expect(region.textContent).to.contain('接受优惠后不会退订，您的业务照常保留。');
      expect(buttons(el).some((b) => b.textContent?.trim() === '继续')).to.equal(false);
      expect(el.step).to.equal('reason');
    });

    it('gives accepting and declining the same weight, side by side', async () => {
      const el = await withOfferShown();
      const accept = findButton(el, '领取半价优惠');
      const decline = findButton(el, '不用了，继续退订');
      expect(accept.parentElement).to.equal(decline.parentElement);
      expect(accept.className).to.equal(decline.className);
      expect(accept.getAttribute('part')).to.equal(decline.getAttribute('part'));
      const a = accept.getBoundingClientRect();
      const d = decline.getBoundingClientRect();
      expect(Math.round(a.height)).to.equal(Math.round(d.height));
      expect(Math.round(a.top)).to.equal(Math.round(d.top));
      expect(a.height).to.be.at.least(24);
      expect(getComputedStyle(accept).backgroundColor).to.equal(getComputedStyle(decline).backgroundColor);
      expect(getComputedStyle(accept).fontWeight).to.equal(getComputedStyle(decline).fontWeight);
    });

    it('moves focus to the offer’s heading and announces it', async () => {
      const el = await withOfferShown();
      await waitUntil(() => focused(el) === offerRegion(el)?.querySelector('h3'), 'focus did not move to the offer');
      await waitUntil(() => liveRegion(el) === '为您准备了一项优惠：接下来 3 个月半价', 'the offer was not announced');
    });

    it('does not take focus back to the offer when the page re-renders', async () => {
      const el = await withOfferShown();
      await waitUntil(() => focused(el) === offerRegion(el)?.querySelector('h3'));
      const comment = field<HTMLTextAreaElement>(el, 'comment');
      comment.focus();
      await type(el, comment, '太贵了');
      await el.updateComplete;
      expect(focused(el)).to.equal(comment);
    });

    it('goes on to the next step when declined, and does not show the same offer again', async () => {
      const el = await withOfferShown();
      await click(el, '不用了，继续退订');
      await waitForStep(el, 'verify');
      await click(el, '返回上一步');
      await waitForStep(el, 'reason');
      expect(offerRegion(el)).to.equal(null);
      await click(el, '继续');
      await waitForStep(el, 'verify');
    });

    it('ends the flow with cloudpc-offer-accepted when accepted', async () => {
      const el = await withOfferShown();
      const events = recordEvents(el);
      const accepted = oneEvent(el, 'cloudpc-offer-accepted');
      await click(el, '领取半价优惠');
      const { detail } = await accepted;
      expect(detail).to.deep.equal({ offerId: 'half-price', reasonIds: ['too-expensive'] });
      expect(events.filter((e) => e.type === 'cloudpc-offer-accepted')).to.have.length(1);
      await el.updateComplete;
      expect(shownText(el)).to.contain('优惠已领取');
      expect(el.step).to.equal(undefined);
    });

    it('does not show an offer for a reason without one', async () => {
      const el = await atReason({ options: WITH_OFFER });
      await setChecked(el, choice(el, '使用频率低'));
      await click(el, '继续');
      await waitForStep(el, 'verify');
    });

    it('speaks English, with a default accept label when the operator gives none', async () => {
      const el = await atReason({
        locale: 'en',
        options: {
          ...WITH_OFFER,
          offers: [{ id: 'half-price', title: { en: 'Half price for 3 months' }, description: 'Keep it for less.' }],
        },
      });
      await setChecked(el, choice(el, 'It costs too much'));
      await click(el, 'Continue');
      await waitUntil(() => offerRegion(el) !== null);
      expect(offerRegion(el)?.querySelector('h3')?.textContent?.trim()).to.equal('Half price for 3 months');
      expect(findButton(el, 'Accept the offer and stay')).to.exist;
      expect(findButton(el, 'No thanks, continue unsubscribing')).to.exist;
      expect(shownText(el)).to.contain('Keep it for less.');
    });

    it('is accessible with the offer shown, in both locales', async () => {
      await expect(await withOfferShown()).to.be.accessible();
      await expect(await withOfferShown('en')).to.be.accessible();
    });
  });
});
