// The whole flow in Chromium 92, the engine of many in-app browsers (WeChat, QQ, UC, Huawei run
// Chromium 86–112) and just above the package's floor (package.json "browserslist": Chromium 87).
// Every build (the standalone file with its chunks, the one-file build, and the ESM build as a
// portal's bundler makes it), each with the built-in mock and with the HTTP adapter against the
// reference back end, guided and one-click.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  bundleConsumer,
  chooseSms,
  click,
  closeOldChromium,
  createDemoServer,
  inPage,
  launchOldChromium,
  openWidget,
  saveScreenshot,
  serverRequests,
  smsCode,
  waitFor,
  waitForStep,
  waitForText,
} from './harness.mjs';

let server;
let browser;
let consumerFiles;

// One at a time, each kept as soon as it exists, so that `after` closes whatever started.
before(async () => {
  server = await createDemoServer({ port: 0, host: '127.0.0.1', processingAfterMs: 200, doneAfterMs: 600 });
  browser = await launchOldChromium();
  consumerFiles = await bundleConsumer();
});

after(async () => {
  if (browser) await closeOldChromium(browser);
  await server?.close();
});

/** The step's heading, as the subscriber reads it. */
const heading = (page) => inPage(page, 'heading');

async function expectHeading(page, step, text) {
  await waitForStep(page, step);
  assert.equal(await heading(page), text, `the heading of ${step}`);
}

async function expectDefined(page) {
  const defined = await page.evaluate(() => {
    const Element = customElements.get('cloudpc-unsubscribe');
    return Element !== undefined && document.querySelector('cloudpc-unsubscribe') instanceof Element;
  });
  assert.ok(defined, '<cloudpc-unsubscribe> is defined and upgraded');
}

/**
 * From verify (or one-click): asks for an SMS code and types the one the phone received, then
 * checks it with 验证 (on the one-click screen 确认退订 checks it and submits, in one press).
 */
async function verifyBySms(page, adapter, { check = true } = {}) {
  await chooseSms(page);
  await click(page, '发送验证码');
  await waitFor(page, 'input#cpu-code');
  await inPage(page, 'type', 'input#cpu-code', await smsCode(page, adapter));
  if (check) await click(page, '验证');
}

/**
 * On a phone, each answer of the check list stands under its label with the line to itself
 * (Chromium 92 has no container queries, so this is the layout it must get without them).
 */
async function expectReadableCheckList(page) {
  const rows = await inPage(page, 'checkList');
  assert.ok(rows.length >= 2, 'the check list shows the service and the account');
  for (const row of rows) {
    assert.ok(row.under && row.share > 0.6, `${row.label}: the value is under its label and has the line (${JSON.stringify(row)})`);
  }
}

/** The refund on the quote, e.g. `¥490.00`. */
async function quotedRefund(page) {
  await waitFor(page, '.quote-total strong');
  const refund = await inPage(page, 'text', '.quote-total strong');
  assert.match(refund, /^¥\d[\d,]*\.\d\d$/);
  return refund;
}

/** From confirm or one-click: submits, reads the receipt, and waits for the outcome. */
async function submitAndFinish(page, quoted) {
  await click(page, '确认退订');
  await expectHeading(page, 'status', '退订申请已提交');
  const number = await inPage(page, 'text', '.receipt-number__value');
  assert.notEqual(number, '', 'the receipt shows a request number');
  await waitForStep(page, 'done', 40_000);
  assert.equal(await heading(page), '退订完成');
  await waitForText(page, '已退订');
  assert.equal(await inPage(page, 'text', '.refund__amount'), quoted, 'done shows the refund that was quoted');
  return number;
}

async function guided(page, adapter) {
  await expectHeading(page, 'prepare', '退订前准备');
  await expectDefined(page);
  await inPage(page, 'tick', '#cpu-backup');
  await inPage(page, 'tick', '#cpu-terms');
  await click(page, '继续');

  await expectHeading(page, 'reason', '选择退订原因');
  await inPage(page, 'tick', '费用过高');
  await inPage(page, 'type', '#cpu-comment', '公司统一配发了电脑');
  await click(page, '继续');

  await expectHeading(page, 'verify', '验证身份');
  await verifyBySms(page, adapter);

  await expectHeading(page, 'confirm', '确认退订信息');
  await expectReadableCheckList(page);
  // Nothing costly is chosen for the subscriber: they choose when it takes effect.
  await inPage(page, 'tick', '立即生效');
  const quoted = await quotedRefund(page);
  return submitAndFinish(page, quoted);
}

async function oneClick(page, adapter) {
  await expectHeading(page, 'one-click', '一键退订');
  await expectDefined(page);
  await expectReadableCheckList(page);
  await inPage(page, 'tick', '立即生效');
  const quoted = await quotedRefund(page);
  await verifyBySms(page, adapter, { check: false });
  return submitAndFinish(page, quoted);
}

const FLOWS = { guided, 'one-click': oneClick };

const BUILDS = {
  standalone: 'the standalone build',
  'single-file': 'the one-file build',
  esm: 'the ESM build bundled by a portal',
};

for (const [build, name] of Object.entries(BUILDS)) {
  describe(`Chromium 92, ${name}`, { concurrency: true }, () => {
    for (const mode of ['guided', 'one-click']) {
      for (const adapter of ['demo', 'http']) {
        const title = `${mode === 'guided' ? 'walks the guided flow' : 'completes one-click'} to done with ${adapter === 'demo' ? 'the built-in mock' : 'the HTTP adapter'}`;
        it(title, { timeout: 90_000 }, async () => {
          const { page, context, problems } = await openWidget(browser, server, { build, adapter, mode }, consumerFiles);
          try {
            const number = await FLOWS[mode](page, adapter);
            if (adapter === 'http') {
              const requests = await serverRequests(page);
              assert.equal(requests.length, 1, 'exactly one request was created on the back end');
              assert.ok(JSON.stringify(requests[0]).includes(number), `the back end's request is the receipt's ${number}`);
            }
            assert.deepEqual(problems, []);
          } catch (error) {
            // What the page said is usually the cause of a step that never showed; the picture shows the rest.
            if (problems.length > 0) error.message += `\nin the page:\n  ${problems.join('\n  ')}`;
            const picture = await saveScreenshot(page, `${build}-${mode}-${adapter}`);
            if (picture) error.message += `\nscreenshot: ${picture}`;
            throw error;
          } finally {
            await context.close();
          }
        });
      }
    }
  });
}
