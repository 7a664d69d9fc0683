// Several cloud PCs on one account, over HTTP against the reference back end started with three
// (`--cloud-pcs 3`: an office PC, a home PC, an old one already cancelled), in Debian's Chromium:
// in zh-CN the guided flow unsubscribes the home PC picked on the first screen, and only it; in
// English the one-click screen asks which one first. Each screen checked with axe.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  axeViolations,
  button,
  createDemoServer,
  launch,
  openPortal,
  phoneContext,
  serverRequests,
  severalCloudPcs,
  smallControls,
  throughPrepareAndReason,
  verifyBySms,
  waitForStep,
  widgetText,
} from './harness.mjs';

const OFFICE_PC = 'CPC-SW-8800012345';
const HOME_PC = 'CPC-SW-8800067890';

let server;
let browser;

before(async () => {
  server = await createDemoServer({
    port: 0,
    host: '127.0.0.1',
    processingAfterMs: 60_000,
    doneAfterMs: 120_000,
    mockOptions: severalCloudPcs(3),
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function contextOf(page, subscriptionId) {
  return page.evaluate(async (id) => (await fetch(`/api/context?subscriptionId=${id}`)).json(), subscriptionId);
}

describe('several cloud PCs on one account, over HTTP', () => {
  it('zh-CN: the home PC picked on the first screen is the one unsubscribed; the office PC stays', async () => {
    const { page, widget, context, problems } = await openPortal(browser, server.url);
    try {
      await waitForStep(page, 'prepare');
      const first = await widgetText(page);
      assert.match(first, /选择要退订的云电脑/);
      assert.match(first, /¥29\.00\/月/);
      assert.match(first, /服务停止后数据保留 15 天/);
      assert.doesNotMatch(first, /先备份您的数据/, 'nothing about one cloud PC before it is picked');
      assert.equal(await widget.getByLabel('旧电脑').isDisabled(), true);
      assert.deepEqual(await axeViolations(page), []);

      await button(widget, '继续').click();
      await widget.getByText('请选择要退订的云电脑').first().waitFor();

      await widget.getByLabel('家里的电脑').check();
      await widget.getByText('先备份您的数据').waitFor();
      await throughPrepareAndReason(page, widget);
      await verifyBySms(page, widget);
      const confirm = await widgetText(page);
      assert.match(confirm, /家里的电脑/);
      assert.match(confirm, /¥29\.00/);
      await button(widget, '确认退订').click();
      await waitForStep(page, 'status');

      assert.equal((await serverRequests(page)).length, 1);
      assert.ok((await contextOf(page, HOME_PC)).pendingRequest, 'the home PC has the request');
      const office = await contextOf(page, OFFICE_PC);
      assert.equal(office.pendingRequest, undefined, 'the office PC has none');
      assert.equal(office.subscriptions.find((s) => s.id === HOME_PC).status, 'pending-cancellation');

      // And then the office PC: the list again, from the back end, with the home PC being cancelled.
      await button(widget, '退订另一台云电脑').click();
      await waitForStep(page, 'prepare');
      assert.match(await widgetText(page), /已在退订中，选择后可查看进度/);
      assert.equal(await widget.getByLabel('办公电脑').isChecked(), false);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('en, one-click: the screen asks which cloud PC first, then shows the one picked', async () => {
    const { page, widget, context, problems } = await openPortal(browser, server.url, { locale: 'en', mode: 'one-click' });
    try {
      await waitForStep(page, 'one-click');
      assert.match(await widgetText(page), /Which cloud PC do you want to cancel\?/);
      assert.match(await widgetText(page), /Your account has 3 cloud PCs/);
      assert.equal(await button(widget, 'Confirm unsubscribe').count(), 0, 'no 确认退订 before a cloud PC is picked');
      assert.deepEqual(await axeViolations(page), []);

      await widget.getByLabel('Home PC').check();
      await widget.getByText('Light, 2 cores and 4 GB · 40 GB cloud disk · monthly').first().waitFor();
      await widget.locator('#cpu-one-click-verify').waitFor();
      assert.match(await widgetText(page), /Home PC/);
      assert.equal(await button(widget, 'Confirm unsubscribe').count(), 1);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  for (const locale of ['zh-CN', 'en']) {
    it(`${locale}: on a 360 px phone, every cloud PC's row and every control of the picker is at least 44 × 44 px`, async () => {
      const context = await phoneContext(browser, locale);
      try {
        const page = await context.newPage();
        await page.goto(server.url);
        await waitForStep(page, 'prepare');
        await page.locator('cloudpc-unsubscribe').locator('input[value="CPC-SW-8800067890"]').waitFor();
        assert.deepEqual(await smallControls(page), []);
      } finally {
        await context.close();
      }
    });
  }
});
