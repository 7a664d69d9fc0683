// Exactly once: whatever the subscriber's tabs, clicks and network do, the reference back end ends
// up holding one unsubscribe request per visitor. One browser context is one visitor (its cookie).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  chooseImmediately,
  armFault,
  button,
  createDemoServer,
  launch,
  openPortal,
  openTab,
  serverRequests,
  throughPrepareAndReason,
  verifyBySms,
  waitForStep,
  widgetText,
} from './harness.mjs';

let server;
let browser;

before(async () => {
  // Status stays `processing` for the whole test: `done` would end the flow and hide a second request.
  server = await createDemoServer({
    port: 0,
    host: '127.0.0.1',
    processingAfterMs: 200,
    doneAfterMs: 600_000,
    // Two tabs and a reload each send their own SMS: no resend wait between them.
    mockOptions: { resendAfterSeconds: 0 },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Records every `POST /api/requests` the page sends and its Idempotency-Key; `handle` decides its fate. */
async function watchSubmits(page, handle = (route) => route.continue()) {
  const keys = [];
  await page.route('**/api/requests', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    keys.push(route.request().headers()['idempotency-key']);
    return handle(route, keys.length);
  });
  return keys;
}

/** Clicks 重试 whenever the widget offers it, until it shows `step` (polled a bounded number of times). */
async function retryUntil(page, widget, step, polls = 100) {
  for (let i = 0; i < polls; i += 1) {
    if ((await page.locator('cloudpc-unsubscribe').getAttribute('step')) === step) break;
    const retry = button(widget, '重试');
    if (await retry.count()) await retry.click().catch(() => {});
    await page.waitForTimeout(200);
  }
  await waitForStep(page, step);
}

describe('exactly one request', () => {
  it('two tabs of one visitor, each verified with its own SMS code, submitting at once', async () => {
    const first = await openPortal(browser, server.url);
    try {
      const second = await openTab(first.context, server.url);
      // Each tab walks to confirm on its own: its own challenge, its own code from the inbox, its own proof.
      // The tab being used is in front, as a subscriber's would be (a hidden tab gets no animation frames).
      await first.page.bringToFront();
      await throughPrepareAndReason(first.page, first.widget);
      await verifyBySms(first.page, first.widget);
      await second.page.bringToFront();
      await throughPrepareAndReason(second.page, second.widget);
      await verifyBySms(second.page, second.widget);
      const firstKeys = await watchSubmits(first.page);
      const secondKeys = await watchSubmits(second.page);

      await chooseImmediately(first.widget);
      await chooseImmediately(second.widget);
      await Promise.all([button(first.widget, '确认退订').click(), button(second.widget, '确认退订').click()]);

      // Both tabs end on the status of the one request: the tab that lost the race is told about it.
      await waitForStep(first.page, 'status');
      await waitForStep(second.page, 'status');
      const requests = await serverRequests(first.page);
      assert.equal(requests.length, 1);
      for (const page of [first.page, second.page]) assert.match(await widgetText(page), new RegExp(requests[0].requestId));
      assert.equal(firstKeys.length + secondKeys.length >= 2, true, 'both tabs submitted');
      assert.notEqual(firstKeys[0], secondKeys[0], 'two tabs are two attempts, with two keys');
      assert.deepEqual([...first.problems, ...second.problems], []);
    } finally {
      await first.context.close();
    }
  });

  it('a double click and rapid repeated clicks on 确认退订', async () => {
    const { page, widget, context, problems } = await openPortal(browser, server.url);
    try {
      await throughPrepareAndReason(page, widget);
      await verifyBySms(page, widget);
      const keys = await watchSubmits(page);
      await chooseImmediately(widget);
      await button(widget, '确认退订').dblclick();
      // Three more clicks in the same task, faster than any render.
      await page.evaluate(() => {
        const host = document.querySelector('cloudpc-unsubscribe');
        const confirm = [...(host?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === '确认退订');
        for (let i = 0; i < 3; i += 1) confirm?.click();
      });
      await waitForStep(page, 'status');
      assert.equal((await serverRequests(page)).length, 1);
      assert.equal(new Set(keys).size, 1, 'one attempt, one key');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('a retry storm: two 503s, then the answer to the successful submit lost on the wire', async () => {
    const { page, widget, context, problems } = await openPortal(browser, server.url);
    try {
      await throughPrepareAndReason(page, widget);
      await verifyBySms(page, widget);
      const statuses = [];
      let dropped = false;
      const keys = await watchSubmits(page, async (route) => {
        const response = await route.fetch();
        statuses.push(response.status());
        if (response.ok() && !dropped) {
          // The back end created the request; the browser never hears of it.
          dropped = true;
          return route.abort('connectionreset');
        }
        return route.fulfill({ response });
      });
      await armFault(page, { method: 'submit', status: 503, times: 2 });
      await chooseImmediately(widget);
      await button(widget, '确认退订').click();
      await retryUntil(page, widget, 'status');
      assert.deepEqual(statuses.slice(0, 3), [503, 503, 201]);
      assert.ok(keys.length >= 4, `the lost answer was asked for again (${keys.length} submits)`);
      assert.equal(new Set(keys).size, 1, 'every attempt carries the same Idempotency-Key');
      assert.equal((await serverRequests(page)).length, 1);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('a reload while the submit is on its way to the back end (it never arrives)', async () => {
    const { page, widget, context } = await openPortal(browser, server.url);
    try {
      await throughPrepareAndReason(page, widget);
      await verifyBySms(page, widget);
      let held;
      const reached = new Promise((resolve) => (held = resolve));
      const keys = await watchSubmits(page, (route, n) => {
        if (n > 1) return route.continue();
        // Held until the page is gone, then dropped: the back end never sees this attempt.
        held();
        return new Promise(() => {});
      });
      await chooseImmediately(widget);
      await button(widget, '确认退订').click();
      await reached;
      await page.reload();
      // The proof is never stored, so the reload asks to verify again.
      await waitForStep(page, 'verify');
      assert.equal((await serverRequests(page)).length, 0);
      await verifyBySms(page, widget);
      await chooseImmediately(widget);
      await button(widget, '确认退订').click();
      await waitForStep(page, 'status');
      // A second key is safe here: the reload fetched a new quote, so this is a new body (the old
      // key with it would be refused), and the first attempt never reached the back end.
      assert.equal(keys.length, 2);
      assert.equal((await serverRequests(page)).length, 1);
    } finally {
      await context.close();
    }
  });

  it('a reload while the answer to the submit is on its way back (the request exists)', async () => {
    const { page, widget, context, problems } = await openPortal(browser, server.url);
    try {
      await throughPrepareAndReason(page, widget);
      await verifyBySms(page, widget);
      let answered;
      const created = new Promise((resolve) => (answered = resolve));
      const keys = await watchSubmits(page, async (route) => {
        const response = await route.fetch();
        answered(response.status());
        // The answer is held until the page has gone; the reload cancels the request.
        return new Promise(() => {});
      });
      await chooseImmediately(widget);
      await button(widget, '确认退订').click();
      assert.equal(await created, 201);
      await page.reload();
      // The back end reports the pending request in the context: the widget opens its status.
      await waitForStep(page, 'status');
      assert.equal(keys.length, 1);
      const requests = await serverRequests(page);
      assert.equal(requests.length, 1);
      assert.match(await widgetText(page), new RegExp(requests[0].requestId));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
