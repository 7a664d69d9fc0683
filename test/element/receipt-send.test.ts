/**
 * "Send it to me" beside print and save: the widget opens on a pending request, offers the receipt
 * by SMS to the masked phone (and by e-mail where the account has an address), sends it in one
 * press, says where it went, and offers a retry when it fails. An adapter without `sendReceipt`
 * shows no send control.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createMockAdapter, type MockAdapter } from '../../src/adapters/mock/index.js';
import type { Locale } from '../../src/i18n/index.js';
import { click, keepPageVisible, mount, shownText, waitForStep, requiredMethodsOf } from './drive.js';

const PENDING = 'TD202611240007';

function pending(options: Parameters<typeof createMockAdapter>[0] = {}): MockAdapter {
  return createMockAdapter({
    pendingRequestId: PENDING,
    statusTimeline: { processingAfterMs: 60_000, doneAfterMs: 10 * 60_000 },
    ...options,
  });
}

const WORDS = {
  'zh-CN': {
    sms: '短信发送到 138****8000',
    email: '发送到邮箱 w***@139.com',
    sent: '已发送到 138****8000',
    retry: '重新发送短信到 138****8000',
    failed: '没有发送成功',
  },
  en: {
    sms: 'Text it to 138****8000',
    email: 'Email it to w***@139.com',
    sent: 'Sent to 138****8000',
    retry: 'Try texting 138****8000 again',
    failed: 'It wasn’t sent',
  },
} as const;

describe('<cloudpc-unsubscribe> sending the receipt', () => {
  keepPageVisible();

  for (const locale of ['zh-CN', 'en'] as const satisfies readonly Locale[]) {
    const words = WORDS[locale];

    it(`${locale}: sends it by SMS in one press and says where it went`, async function () {
      this.timeout(30_000);
      const mock = pending({ context: { account: { maskedEmail: 'w***@139.com' } } });
      const el = await mount({ adapter: mock, locale });
      await waitForStep(el, 'status');
      await waitUntil(() => shownText(el).includes(words.sms), 'no SMS button');
      expect(shownText(el)).to.contain(words.email);
      await expect(el).to.be.accessible();

      await click(el, words.sms);
      await waitUntil(() => shownText(el).includes(words.sent), 'no confirmation of where it went');
      expect(mock.receiptDeliveries()).to.have.length(1);
      expect(mock.receiptDeliveries()[0]).to.include({ requestId: PENDING, channel: 'sms', sentTo: '138****8000' });
      await expect(el).to.be.accessible();
    });

    it(`${locale}: a failure says so and offers a retry, which sends once`, async function () {
      this.timeout(30_000);
      const mock = pending({ failures: { sendReceipt: { code: 'server', times: 1 } } });
      const el = await mount({ adapter: mock, locale });
      await waitForStep(el, 'status');
      await waitUntil(() => shownText(el).includes(words.sms), 'no SMS button');
      expect(shownText(el)).not.to.contain(words.email);

      await click(el, words.sms);
      await waitUntil(() => shownText(el).includes(words.failed), 'no error shown');
      await expect(el).to.be.accessible();
      await click(el, words.retry);
      await waitUntil(() => shownText(el).includes(words.sent), 'the retry did not send');
      expect(mock.receiptDeliveries()).to.have.length(1);
    });
  }

  it('shows no send control for an adapter without sendReceipt', async () => {
    const mock = pending();
    const el = await mount({ adapter: requiredMethodsOf(mock), locale: 'zh-CN' });
    await waitForStep(el, 'status');
    await waitUntil(() => shownText(el).includes('打印或保存回执'), 'no receipt');
    expect(shownText(el)).not.to.contain('把回执发给我');
    expect(el.shadowRoot?.querySelector('.receipt-send')).to.equal(null);
  });
});
