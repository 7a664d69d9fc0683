// A receipt that arrives, over HTTP against the reference back end, in Debian's Chromium, in both
// languages: submit, wait for done, send the receipt by SMS, read the confirmation under the
// button, and find the message (in the subscriber's language) in the demo inbox and on the
// portal's fake phone. The screen stays axe-clean before and after sending.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, button, createDemoServer, launch, openPortal, submitRequest, waitForStep } from './harness.mjs';

const WORDS = {
  'zh-CN': {
    sendReceipt: '短信发送到 138****8000',
    sent: '已发送到 138****8000',
    message: (id) =>
      new RegExp(
        `^【中国移动】.*退订申请已受理。申请编号：${id}；受理时间：.+；生效时间：.+；退款：¥[\\d.]+，原路退回.*；如有疑问请拨打10086。$`,
      ),
  },
  en: {
    sendReceipt: 'Text it to 138****8000',
    sent: 'Sent to 138****8000',
    message: (id) =>
      new RegExp(
        `^\\[China Mobile\\] Your request to unsubscribe .+ has been received\\. Request number: ${id}\\. Received: .+\\. Takes effect: .+\\. Refund: CN¥[\\d.]+, back to the original payment method.*\\. Questions\\? Call 10086\\.$`,
      ),
  },
};

let server;
let browser;

before(async () => {
  server = await createDemoServer({ port: 0, host: '127.0.0.1', processingAfterMs: 200, doneAfterMs: 600 });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('sending the receipt over HTTP', () => {
  for (const locale of ['zh-CN', 'en']) {
    const words = WORDS[locale];
    it(`${locale}: from done, sends the receipt by SMS, says where it went, and the message is in the demo inbox`, async () => {
      const { page, widget, context: browserContext, problems } = await openPortal(browser, server.url, { locale });
      try {
        await submitRequest(page, widget, locale);
        await waitForStep(page, 'done', 20000);
        const requestId = (await widget.locator('.receipt-number__value').first().textContent()).trim();
        assert.match(requestId, /^TD\d+$/);
        await button(widget, words.sendReceipt).waitFor();
        assert.deepEqual(await axeViolations(page), []);

        await button(widget, words.sendReceipt).click();
        const line = widget.locator('.receipt-send__channel[data-channel="sms"] .receipt-send__status');
        await line.filter({ hasText: words.sent }).waitFor();
        assert.equal(await line.getAttribute('role'), 'status', 'the confirmation is announced');
        assert.deepEqual(await axeViolations(page), []);

        const { messages } = await page.evaluate(async () => (await fetch('/demo/inbox')).json());
        const receipts = messages.filter((m) => m.kind === 'receipt');
        assert.equal(receipts.length, 1, 'one press, one message');
        assert.equal(receipts[0].channel, 'sms');
        assert.equal(receipts[0].to, '138****8000');
        assert.equal(receipts[0].requestId, requestId);
        assert.match(receipts[0].text, words.message(requestId));
        // The portal's fake phone shows it too, beside the verification code.
        await page.locator('#inbox li.receipt', { hasText: requestId }).waitFor();
        assert.deepEqual(problems, []);
      } finally {
        await browserContext.close();
      }
    });
  }
});
