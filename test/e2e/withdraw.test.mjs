// Changing one's mind (撤销退订) over HTTP against the reference back end, in Debian's Chromium, in
// both languages: submit, withdraw from status, the back end stores it once, and the page is axe-clean.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { button, chooseImmediately, createDemoServer, latestCode, launch, openPortal, waitForStep, widgetText } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const WORDS = {
  'zh-CN': {
    continue: '继续',
    sms: '短信验证码',
    send: '发送验证码',
    check: '验证',
    submit: '确认退订',
    withdraw: '撤销退订',
    yes: '确认撤销',
    withdrawn: /退订申请已撤销/,
  },
  en: {
    continue: 'Continue',
    sms: 'Text message code',
    send: 'Send code',
    check: 'Check code',
    submit: 'Confirm unsubscribe',
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

/** axe-core's violations in the widget, its shadow root included (the demo portal around it is not the product). */
async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document.querySelector('cloudpc-unsubscribe'), { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
}

async function submitRequest(page, widget, words) {
  await waitForStep(page, 'prepare');
  await widget.locator('#cpu-backup').check();
  await widget.locator('#cpu-terms').check();
  await button(widget, words.continue).click();
  await waitForStep(page, 'reason');
  await widget.locator('fieldset input').first().check();
  await button(widget, words.continue).click();
  await waitForStep(page, 'verify');
  const sms = widget.getByLabel(words.sms, { exact: true });
  if (await sms.count()) await sms.first().check();
  await button(widget, words.send).click();
  await widget.locator('input#cpu-code').waitFor();
  let code = null;
  for (let i = 0; i < 50 && code === null; i += 1) {
    code = await latestCode(page);
    if (code === null) await page.waitForTimeout(100);
  }
  await widget.locator('input#cpu-code').fill(code ?? '');
  await button(widget, words.check).click();
  await waitForStep(page, 'confirm');
  await chooseImmediately(widget);
  await widget.locator('table').waitFor();
  await button(widget, words.submit).click();
  await waitForStep(page, 'status');
}

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
        await submitRequest(page, widget, words);
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
