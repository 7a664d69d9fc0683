// Several cloud PCs on one account, over HTTP against the reference back end started with three
// (`--cloud-pcs 3`: an office PC, a home PC, an old one already cancelled), in Debian's Chromium:
// in zh-CN the guided flow unsubscribes the home PC picked on the first screen, and only it; in
// English the one-click screen asks which one first. Each screen checked with axe.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import {
  button,
  createDemoServer,
  launch,
  openPortal,
  serverRequests,
  throughPrepareAndReason,
  verifyBySms,
  waitForStep,
  widgetText,
} from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const OFFICE_PC = 'CPC-SW-8800012345';
const HOME_PC = 'CPC-SW-8800067890';
const THREE_PCS = {
  context: { subscription: { name: '办公电脑' } },
  otherSubscriptions: [
    {
      id: HOME_PC,
      name: '家里的电脑',
      planName: '轻享型 2核4G · 40GB 云盘 · 包月',
      billingCycle: 'month',
      price: { amount: 2900, currency: 'CNY' },
      dataRetentionDays: 15,
    },
    { id: 'CPC-SW-8800011111', name: '旧电脑', status: 'cancelled' },
  ],
};

let server;
let browser;

before(async () => {
  server = await createDemoServer({ port: 0, host: '127.0.0.1', processingAfterMs: 60_000, doneAfterMs: 120_000, mockOptions: THREE_PCS });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The axe violations inside the widget (its shadow root included). */
async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await globalThis.axe.run('cloudpc-unsubscribe');
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

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
});
