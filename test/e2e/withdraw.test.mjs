// Changing one's mind (撤销退订) over HTTP against the reference back end, in Debian's Chromium, in
// both languages: submit, withdraw from status, the back end stores it once, and the page is axe-clean.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, button, createDemoServer, launch, openPortal, submitRequest, waitForStep, widgetText } from './harness.mjs';

const WORDS = {
  'zh-CN': {
    withdraw: '撤销退订',
    yes: '确认撤销',
    withdrawn: /退订申请已撤销/,
  },
  en: {
    withdraw: 'Withdraw my request',
    yes: 'Yes, withdraw it',
    withdrawn: /You have withdrawn your request to unsubscribe/,
  },
};

let server;
let browser;

before(async () => {
  // The request stays `received` for a minute: long enough to withdraw it.
  server = await createDemoServer({ port: 0, host: '127.0.0.1', processingAfterMs: 60_000, doneAfterMs: 120_000 });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('withdrawing a request over HTTP', () => {
  for (const locale of ['zh-CN', 'en']) {
    const words = WORDS[locale];
    it(`${locale}: submits, withdraws from status after confirming, and the back end holds it withdrawn`, async () => {
      const { page, widget, context: browserContext, problems } = await openPortal(browser, server.url, { locale });
      try {
        await page.evaluate(() => {
          window.__withdrawals = [];
          document.addEventListener('cloudpc-withdraw', (e) => window.__withdrawals.push(e.detail));
        });
        await submitRequest(page, widget, locale);
        await button(widget, words.withdraw).waitFor();
        assert.deepEqual(await axeViolations(page), []);
        await button(widget, words.withdraw).click();
        await button(widget, words.yes).waitFor();
        assert.deepEqual(await axeViolations(page), []);
        await button(widget, words.yes).click();
        await waitForStep(page, 'done');
        assert.match(await widgetText(page), words.withdrawn);
        assert.deepEqual(await axeViolations(page), []);

        const withdrawals = await page.evaluate(() => window.__withdrawals);
        assert.equal(withdrawals.length, 1);
        const status = await page.evaluate(async (id) => (await fetch(`/api/requests/${id}`)).json(), withdrawals[0].requestId);
        assert.equal(status.status, 'withdrawn');
        assert.equal(status.withdrawableUntil, undefined);
        // The subscription goes on: the back end names no pending request any more, and a reload shows the outcome again.
        const context = await page.evaluate(async () => (await fetch('/api/context')).json());
        assert.equal(context.pendingRequest, undefined);
        assert.equal(context.subscription.status, 'active');
        await page.reload();
        await waitForStep(page, 'done');
        await page.waitForFunction(() => document.querySelector('cloudpc-unsubscribe')?.shadowRoot?.querySelector('.outcome--withdrawn'));
        assert.deepEqual(problems, []);
      } finally {
        await browserContext.close();
      }
    });
  }
});
