// The widget over HTTP against the reference back end, in Debian's Chromium.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chooseImmediately,
  button,
  chooseSms,
  createDemoServer,
  latestCode,
  widgetText,
  launch,
  openPortal,
  sendSmsCode,
  serverRequests,
  throughPrepareAndReason,
  waitForStep,
} from './harness.mjs';

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

describe('the demo portal over HTTP', () => {
  it('completes the whole guided flow: prepare, reason, SMS code from the inbox, confirm, status, done', async () => {
    const { page, widget, context, problems } = await openPortal(browser, server.url);
    try {
      await throughPrepareAndReason(page, widget);
      const code = await sendSmsCode(page, widget);
      await widget.locator('input#cpu-code').fill(code);
      await button(widget, '验证').click();
      await waitForStep(page, 'confirm');
      await chooseImmediately(widget);
      await widget.locator('table').waitFor();
      await chooseImmediately(widget);
      await button(widget, '确认退订').click();
      await waitForStep(page, 'status');
      await waitForStep(page, 'done', 20000);
      const requests = await serverRequests(page);
      assert.equal(requests.length, 1);
      assert.match(await widgetText(page), /已退订/);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('completes the one-click mode', async () => {
    const { page, widget, context } = await openPortal(browser, server.url, { mode: 'one-click' });
    try {
      await waitForStep(page, 'one-click');
      await chooseImmediately(widget);
      await widget.locator('table').waitFor();
      const code = await sendSmsCode(page, widget);
      await widget.locator('input#cpu-code').fill(code);
      // One press: 确认退订 checks the code, then submits on the proof.
      await chooseImmediately(widget);
      await button(widget, '确认退订').click();
      await waitForStep(page, 'status');
      assert.equal((await serverRequests(page)).length, 1);
    } finally {
      await context.close();
    }
  });

  it('shows attempts left after a wrong code, keeps it, and accepts the right one from the inbox', async () => {
    const { page, widget, context } = await openPortal(browser, server.url);
    try {
      await throughPrepareAndReason(page, widget);
      const code = await sendSmsCode(page, widget);
      const wrong = code === '000000' ? '111111' : '000000';
      await widget.locator('input#cpu-code').fill(wrong);
      await button(widget, '验证').click();
      await widget.locator('[part~="error-summary"]').waitFor();
      assert.match(await widget.locator('[part~="error-summary"]').textContent(), /验证码不正确，还可以再试 4 次/);
      assert.equal(await widget.locator('input#cpu-code').inputValue(), wrong);
      await widget.locator('input#cpu-code').fill(code);
      await button(widget, '验证').click();
      await waitForStep(page, 'confirm');
    } finally {
      await context.close();
    }
  });

  it('survives the back end stopping mid-flow and after submitting: keeps the input, and finishes on what the database kept', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cloudpc-e2e-db-'));
    const start = (port) => createDemoServer({ port, host: '127.0.0.1', dataDir, processingAfterMs: 1500, doneAfterMs: 3000 });
    let current = await start(0);
    const port = Number(new URL(current.url).port);
    const { page, widget, context } = await openPortal(browser, current.url);
    try {
      await throughPrepareAndReason(page, widget, { comment: '出差结束' });
      await chooseSms(widget);
      await current.close();
      await button(widget, '发送验证码').click();
      await widget.locator('.notice--danger').waitFor({ timeout: 20000 });
      assert.match(await widget.locator('.notice--danger').textContent(), /网络连接失败|服务暂时出现问题|服务响应超时/);
      assert.match(await widget.locator('.notice--danger').textContent(), /您填写的内容都已保留/);
      current = await start(port);
      await button(widget, '重试').click();
      await widget.locator('input#cpu-code').waitFor();
      const code = await latestCode(page);
      await widget.locator('input#cpu-code').fill(code);
      await button(widget, '验证').click();
      await waitForStep(page, 'confirm');
      // What was typed before the outage is what is submitted.
      assert.match(await widgetText(page), /出差结束/);
      await chooseImmediately(widget);
      await widget.locator('table').waitFor();
      await chooseImmediately(widget);
      await button(widget, '确认退订').click();
      await waitForStep(page, 'status');
      const [request] = await serverRequests(page);

      // Stopped again after the request was made: a new server on the same database knows it,
      // and the status the widget keeps asking for goes on to done.
      await current.close();
      current = await start(port);
      await waitForStep(page, 'done', 30000);
      assert.deepEqual(await serverRequests(page), [request]);
    } finally {
      await context.close();
      await current.close().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('creates exactly one request when the first submit is lost on the wire and the button is clicked twice', async () => {
    const { page, widget, context } = await openPortal(browser, server.url);
    try {
      let submits = 0;
      const keys = [];
      await page.route('**/api/requests', async (route) => {
        submits += 1;
        keys.push(route.request().headers()['idempotency-key']);
        if (submits === 1) {
          // The server receives and creates the request; its answer never reaches the browser.
          await route.fetch();
          await route.abort('connectionreset');
        } else {
          await route.continue();
        }
      });
      await throughPrepareAndReason(page, widget);
      const code = await sendSmsCode(page, widget);
      await widget.locator('input#cpu-code').fill(code);
      await button(widget, '验证').click();
      await waitForStep(page, 'confirm');
      await chooseImmediately(widget);
      await widget.locator('table').waitFor();
      await chooseImmediately(widget);
      await button(widget, '确认退订').dblclick();
      await waitForStep(page, 'status');
      assert.ok(submits >= 2, 'the lost submit was retried');
      assert.equal(new Set(keys).size, 1, 'every retry carries the same Idempotency-Key');
      assert.equal((await serverRequests(page)).length, 1);
    } finally {
      await context.close();
    }
  });

  it('honours Retry-After on a 429 before asking again', async () => {
    const { page, widget, context } = await openPortal(browser, server.url);
    try {
      await throughPrepareAndReason(page, widget);
      const code = await sendSmsCode(page, widget);
      const times = [];
      page.on('request', (request) => {
        if (request.url().includes('/api/refund-quote')) times.push(Date.now());
      });
      await page.evaluate(() =>
        fetch('/demo/faults', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ method: 'quoteRefund', status: 429, retryAfterSeconds: 2 }),
        }),
      );
      await widget.locator('input#cpu-code').fill(code);
      await button(widget, '验证').click();
      await waitForStep(page, 'confirm');
      await chooseImmediately(widget);
      await widget.locator('table').waitFor({ timeout: 15000 });
      assert.equal(times.length, 2);
      assert.ok(times[1] - times[0] >= 1900, `waited ${times[1] - times[0]} ms`);
    } finally {
      await context.close();
    }
  });
});
