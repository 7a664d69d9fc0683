/**
 * A back end that answers "rate-limited, try again in N seconds" (Retry-After): every screen that
 * can show it says how long, keeps its retry disabled until then, and enables it by itself when
 * the time comes, in both languages.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMockAdapter, type MockAdapterOptions } from '../../src/adapters/mock/index.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import type { Locale } from '../../src/i18n/index.js';
import { choice, click, field, findButton, keepPageVisible, liveRegion, root, setChecked, settled, shownText, type } from './drive.js';
import { walkTo } from './walk.js';

async function mountOn(options: MockAdapterOptions, locale: Locale = 'zh-CN'): Promise<CloudpcUnsubscribe> {
  const adapter = createMockAdapter({ verificationMethods: ['sms'], ...options });
  const el = await fixture<CloudpcUnsubscribe>(
    html`<cloudpc-unsubscribe
      persist="none"
      locale=${locale}
      .adapter=${adapter}
      .options=${{ statusPollSeconds: 2 }}
    ></cloudpc-unsubscribe>`,
  );
  await settled(el);
  return el;
}

const WORDS = {
  'zh-CN': {
    busy: '退订服务现在太忙，暂时无法办理。',
    threeSeconds: '请在 3 秒后重试。',
    oneSecond: '请在 1 秒后重试。',
    hour: '请在 60 分钟后重试。',
    ready: '现在可以重试了。',
    retry: '重试',
  },
  en: {
    busy: 'The unsubscribe service is too busy to help right now.',
    threeSeconds: 'You can try again in 3 seconds.',
    oneSecond: 'You can try again in 1 second.',
    hour: 'You can try again in 60 minutes.',
    ready: 'You can try again now.',
    retry: 'Try again',
  },
} as const;

describe('a wait the back end asks for', () => {
  keepPageVisible();

  for (const locale of ['zh-CN', 'en'] as const) {
    const w = WORDS[locale];

    it(`on load (${locale}): the service is busy, the retry waits 3 s, counts down, enables itself and says so`, async () => {
      const el = await mountOn({ failures: { loadContext: { code: 'rate-limited', retryAfterSeconds: 3 } } }, locale);
      expect(shownText(el)).to.contain(w.busy);
      expect(shownText(el)).to.contain(w.threeSeconds);
      expect(liveRegion(el)).to.contain(w.threeSeconds);
      expect(findButton(el, w.retry).disabled).to.equal(true);
      await waitUntil(() => shownText(el).includes(w.oneSecond), 'the wait did not count down', { timeout: 3000 });
      expect(findButton(el, w.retry).disabled).to.equal(true);
      await waitUntil(() => !findButton(el, w.retry).disabled, 'the retry did not enable itself', { timeout: 1500 });
      expect(shownText(el)).not.to.contain(w.oneSecond);
      await waitUntil(() => liveRegion(el).includes(w.ready), 'the end of the wait was not said');
      await expect(el).to.be.accessible();
      await click(el, w.retry);
      await waitUntil(() => el.step === 'prepare', 'the retry did not load the context');
    });

    it(`on load (${locale}): an hour reads as 60 minutes, and the retry stays disabled`, async () => {
      const el = await mountOn({ failures: { loadContext: { code: 'rate-limited', retryAfterSeconds: 3600 } } }, locale);
      expect(shownText(el)).to.contain(w.hour);
      const retry = findButton(el, w.retry);
      expect(retry.disabled).to.equal(true);
      retry.click();
      await el.updateComplete;
      expect(shownText(el)).to.contain(w.busy);
    });
  }

  it('mid-flow: the service problem says the wait and its retry waits too, then goes on', async () => {
    const el = await mountOn({ failures: { quoteRefund: { code: 'rate-limited', retryAfterSeconds: 2 } } });
    await walkTo(el, 'confirm');
    const notice = (): string => root(el).querySelector('.notice--danger')?.textContent ?? '';
    await waitUntil(() => notice().includes('操作太频繁'), 'no rate-limited notice');
    expect(notice()).to.contain('请在 2 秒后重试。');
    expect(notice()).to.contain('您填写的内容都已保留。');
    expect(findButton(el, '重试').disabled).to.equal(true);
    await waitUntil(() => !findButton(el, '重试').disabled, 'the retry did not enable itself', { timeout: 3000 });
    await click(el, '重试');
    await waitUntil(() => root(el).querySelector('table'), 'the quote did not come');
  });

  it('on the status: "refresh now" waits as long as asked, and says so', async () => {
    const el = await mountOn({
      failures: { getStatus: { code: 'rate-limited', retryAfterSeconds: 90 } },
      statusTimeline: { processingAfterMs: 0, doneAfterMs: 600_000 },
    });
    await walkTo(el, 'status');
    await waitUntil(() => shownText(el).includes('请在 2 分钟后重试。'), `no wait shown: ${shownText(el)}`);
    expect(findButton(el, '立即刷新').disabled).to.equal(true);
    expect(shownText(el)).to.contain('正在重新连接');
  });

  it('on the feedback form: both buttons that send wait, with the wait shown', async () => {
    const adapterOptions: MockAdapterOptions = {
      failures: { sendFeedback: { code: 'rate-limited', retryAfterSeconds: 2 } },
      statusTimeline: { processingAfterMs: 0, doneAfterMs: 0 },
    };
    const el = await mountOn(adapterOptions);
    await walkTo(el, 'confirm');
    await waitUntil(() => root(el).querySelector('table'), 'the quote did not show');
    await click(el, '确认退订');
    await waitUntil(() => root(el).querySelector('#cpu-feedback-comment'), 'done not reached', { timeout: 4000 });
    await setChecked(el, choice(el, '5 分'));
    await type(el, field<HTMLTextAreaElement>(el, 'feedback-comment'), '很好');
    await click(el, '提交评价');
    await waitUntil(() => shownText(el).includes('请在 2 秒后重试。'), 'no wait on the form');
    expect(findButton(el, '重新提交评价').disabled).to.equal(true);
    expect(findButton(el, '提交评价').disabled).to.equal(true);
    await waitUntil(() => !findButton(el, '重新提交评价').disabled, 'the resend did not enable itself', { timeout: 3000 });
    await click(el, '重新提交评价');
    await waitUntil(() => shownText(el).includes('感谢您的评价'), 'the feedback was not sent');
  });
});
