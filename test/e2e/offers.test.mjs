// Pause or downgrade instead of unsubscribing, over HTTP against the reference back end started
// with offers, in Debian's Chromium: in zh-CN a pause (months picked, agreed, stored in the back
// end's database), in English a downgrade; each screen checked with axe.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, button, createDemoServer, launch, openPortal, waitForStep, widgetText } from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await createDemoServer({ port: 0, host: '127.0.0.1', mockOptions: { offers: ['pause', 'downgrade'] } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function toTheOffer(page, widget, words) {
  await waitForStep(page, 'prepare');
  await widget.locator('#cpu-backup').check();
  await widget.locator('#cpu-terms').check();
  await button(widget, words.cont).click();
  await waitForStep(page, 'reason');
  await widget.getByLabel(words.reason).check();
  await button(widget, words.cont).click();
  await widget.locator('#cpu-offer-title').waitFor();
}

async function agreementsOf(page) {
  return page.evaluate(async () => (await (await fetch('/demo/agreements')).json()).agreements);
}

describe('offers instead of unsubscribing, over HTTP', () => {
  it('zh-CN: a pause for 3 months is agreed by the back end, kept in its store, and shown with its dates', async () => {
    const { page, widget, context, problems } = await openPortal(browser, server.url);
    try {
      await toTheOffer(page, widget, { cont: '继续', reason: '费用过高' });
      assert.equal(await widget.locator('#cpu-offer-title').textContent(), '暂停使用，数据保留');
      assert.deepEqual(await axeViolations(page), []);
      await widget.getByLabel(/^3 个月/).check();
      await button(widget, '暂停使用，不退订').click();
      await widget.getByRole('heading', { name: '已为您暂停' }).waitFor();
      const agreements = await agreementsOf(page);
      assert.equal(agreements.length, 1);
      assert.equal(agreements[0].months, 3);
      assert.match(await widgetText(page), /暂停 3 个月，数据原样保留，\d{4}年\d{1,2}月\d{1,2}日恢复计费/);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('en: one offer per run, declined in one press: the subscriber goes on to verify and nothing is agreed', async () => {
    const { page, widget, context, problems } = await openPortal(browser, server.url, { locale: 'en' });
    try {
      await toTheOffer(page, widget, { cont: 'Continue', reason: 'It costs too much' });
      // The pause comes first for this reason; the back end's second offer is never shown in the same run.
      assert.equal(await widget.locator('#cpu-offer-title').textContent(), 'Pause instead, and keep your data');
      assert.deepEqual(await axeViolations(page), []);
      await button(widget, 'No thanks, continue unsubscribing').click();
      await waitForStep(page, 'verify');
      assert.equal(await widget.locator('#cpu-offer-title').count(), 0);
      assert.deepEqual(await agreementsOf(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('en: a downgrade for "not powerful enough" is agreed with the new plan', async () => {
    const { page, widget, context } = await openPortal(browser, server.url, { locale: 'en' });
    try {
      await toTheOffer(page, widget, { cont: 'Continue', reason: 'It is not powerful enough' });
      assert.equal(await widget.locator('#cpu-offer-title').textContent(), 'Switch to a cheaper plan');
      assert.match(await widgetText(page), /¥29\.00 a month/);
      assert.match(await widgetText(page), /No more 4K picture or several screens/);
      assert.deepEqual(await axeViolations(page), []);
      await button(widget, 'Switch plan, do not unsubscribe').click();
      await widget.getByRole('heading', { name: 'Your plan is changed' }).waitFor();
      const [agreement] = await agreementsOf(page);
      assert.equal(agreement.kind, 'downgrade');
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await context.close();
    }
  });
});
