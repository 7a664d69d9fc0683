// Every control a subscriber taps is at least 44 × 44 CSS px on a phone (a 360 px touch screen,
// where `(pointer: coarse)` matches), on every step from prepare to done, in zh-CN and in en.
// A checkbox or radio is tapped anywhere on its row (its label covers the row), so the row is
// what is measured for them.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoServer, latestCode, launch, phoneContext, smallControls, waitForStep } from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await createDemoServer({ port: 0, host: '127.0.0.1' });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The step's own primary button (继续, 验证, 确认退订). */
const primary = (widget) =>
  widget.locator('[part="step"] > .actions > [part~="primary-action"], .verify-panel .actions [part~="primary-action"]').first();

for (const locale of ['zh-CN', 'en']) {
  describe(`touch targets on a 360 px phone, ${locale}`, () => {
    it('every control on every step, prepare to done, is at least 44 × 44 px', { timeout: 120_000 }, async () => {
      const context = await phoneContext(browser, locale);
      const page = await context.newPage();
      const found = {};
      const measure = async (step) => {
        assert.equal(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), true, 'the page has a coarse pointer');
        found[step] = await smallControls(page);
      };
      try {
        await page.goto(server.url);
        const widget = page.locator('cloudpc-unsubscribe');
        await waitForStep(page, 'prepare');
        await widget.locator('[part~="faq"] summary').first().click();
        await measure('prepare');
        await widget.locator('#cpu-backup').check();
        await widget.locator('#cpu-terms').check();
        await primary(widget).click();
        await waitForStep(page, 'reason');
        await measure('reason');
        await widget.locator('input[type="checkbox"], input[type="radio"]').first().check();
        await primary(widget).click();
        await waitForStep(page, 'verify');
        const sms = widget.locator('input[value="sms"]');
        if (await sms.count()) await sms.check();
        await widget.locator('.verify-panel [part~="primary-action"]').click();
        await widget.locator('input#cpu-code').waitFor();
        await measure('verify');
        let code = null;
        for (let i = 0; i < 50 && code === null; i += 1) {
          code = await latestCode(page);
          if (code === null) await page.waitForTimeout(100);
        }
        await widget.locator('input#cpu-code').fill(code);
        await widget.locator('.verify-panel .actions [part~="primary-action"]').first().click();
        await waitForStep(page, 'confirm');
        await widget.locator('input[value="immediately"]').check();
        await widget.locator('.quote-table').waitFor();
        await measure('confirm');
        await widget.locator('#cpu-submit').click();
        await waitForStep(page, 'status');
        await measure('status');
        await waitForStep(page, 'done', 30_000);
        await measure('done');
      } finally {
        await context.close();
      }
      const offenders = Object.entries(found).filter(([, small]) => small.length > 0);
      assert.deepEqual(offenders, [], 'controls smaller than 44 × 44 px');
      assert.deepEqual(Object.keys(found), ['prepare', 'reason', 'verify', 'confirm', 'status', 'done']);
    });
  });
}
