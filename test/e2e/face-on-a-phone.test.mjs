// Face recognition where the page is: a phone (a 360 px touch screen) cannot scan a QR code it
// shows itself, so it is offered the hand-off on this phone as a button; a larger screen with a
// mouse shows the QR code and the link in a field of its own, never broken across lines.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoServer, launch, waitForStep } from './harness.mjs';

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

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const WORDS = {
  'zh-CN': { here: '在这部手机上继续' },
  en: { here: 'Continue on this phone' },
};

/** Opens the portal on `device` in `locale` and starts face recognition on verify. */
async function startFace(device, locale) {
  const context = await browser.newContext({ ...device, locale: locale === 'en' ? 'en-GB' : 'zh-CN' });
  await context.addInitScript(
    (l) => localStorage.setItem('cpu-demo', JSON.stringify({ locale: l, mode: 'guided', theme: 'auto' })),
    locale,
  );
  const page = await context.newPage();
  await page.goto(server.url);
  const widget = page.locator('cloudpc-unsubscribe');
  await waitForStep(page, 'prepare');
  await widget.locator('#cpu-backup').check();
  await widget.locator('#cpu-terms').check();
  await widget.locator('[part="step"] > .actions > [part~="primary-action"]').click();
  await waitForStep(page, 'reason');
  await widget.locator('input[type="checkbox"], input[type="radio"]').first().check();
  await widget.locator('[part="step"] > .actions > [part~="primary-action"]').click();
  await waitForStep(page, 'verify');
  await widget.locator('input[value="face"]').check();
  await widget.locator('.verify-panel [part~="primary-action"]').click();
  await widget.locator('.verify-handoff').waitFor({ state: 'attached' });
  return { context, page, widget };
}

for (const locale of ['zh-CN', 'en']) {
  describe(`face recognition, ${locale}`, () => {
    it('on a phone: a button that continues on this phone, and no QR code', { timeout: 60_000 }, async () => {
      const { context, widget } = await startFace(PHONE, locale);
      try {
        const here = widget.locator('a.verify-handoff__open');
        await here.waitFor();
        assert.match((await here.textContent()).trim(), new RegExp(`^${WORDS[locale].here}`));
        assert.match(await here.getAttribute('href'), /face/);
        const box = await here.boundingBox();
        assert.ok(box.height >= 44, `the button is ${box.height} px high`);
        assert.equal(await widget.locator('.verify-qr').isVisible(), false, 'no QR code on the phone');
      } finally {
        await context.close();
      }
    });

    it('on a larger screen: the QR code and the whole link on one line to copy, no phone button', { timeout: 60_000 }, async () => {
      const { context, widget } = await startFace(DESKTOP, locale);
      try {
        await widget.locator('.verify-qr svg, .verify-qr__image').first().waitFor();
        assert.equal(await widget.locator('a.verify-handoff__open').isVisible(), false);
        const link = widget.locator('input.verify-link__url');
        assert.equal(await link.isVisible(), true);
        assert.match(await link.inputValue(), /^https?:\/\/.+face/);
        // A single-line field: the URL never wraps, however long.
        assert.equal(await link.evaluate((input) => input.type), 'text');
      } finally {
        await context.close();
      }
    });
  });
}
