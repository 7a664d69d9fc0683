// Strict pages and shared pages: the widget under a real Content-Security-Policy header with
// Trusted Types enforced, beside a host's own copy of Lit, and loaded twice on one page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import {
  chooseImmediately,
  button,
  chooseSms,
  createDemoServer,
  launch,
  sendSmsCode,
  serverRequests,
  throughPrepareAndReason,
  waitForStep,
} from './harness.mjs';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

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

/**
 * A fresh visitor on `path`, recording every CSP violation (from the first script on, so none is
 * missed), every console message and every uncaught error. `routes` hands the page scripts the
 * demo server does not have (URL pattern → source); `headers` edits a response's CSP header.
 */
async function openPage(path, { routes = {}, headers = {} } = {}) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  for (const [pattern, body] of Object.entries(routes)) {
    await page.route(pattern, (route) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body }));
  }
  // A page's policy, edited on the way (to show what a weaker or different header does).
  for (const [pattern, edit] of Object.entries(headers)) {
    await page.route(pattern, async (route) => {
      const response = await route.fetch();
      const original = response.headers()['content-security-policy'];
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': edit(original) } });
    });
  }
  const errors = [];
  const consoleMessages = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    consoleMessages.push({ type: message.type(), text: message.text() });
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(
        `${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      );
    });
  });
  const response = await page.goto(new URL(path, server.url).href);
  const widget = page.locator('cloudpc-unsubscribe');
  return { context, page, widget, response, errors, consoleMessages };
}

const violations = (page) => page.evaluate(() => window.__cspViolations);

describe('the strict page (CSP header, Trusted Types enforced)', () => {
  it('is served with the strict policy, naming only the lit-html Trusted Types policy', async () => {
    const { context, response } = await openPage('/strict.html');
    try {
      const csp = response.headers()['content-security-policy'];
      assert.match(csp, /script-src 'self'/);
      assert.match(csp, /style-src 'self'/);
      assert.match(csp, /object-src 'none'/);
      assert.match(csp, /base-uri 'none'/);
      assert.match(csp, /require-trusted-types-for 'script'/);
      assert.match(csp, /trusted-types lit-html(;|$)/);
      const direct = await fetch(new URL('/demo/portal/strict.html', server.url));
      assert.equal(direct.headers.get('content-security-policy'), csp, 'the same page under its asset path carries the same policy');
    } finally {
      await context.close();
    }
  });

  it('is enforced: the page refuses an HTML sink without a Trusted Types policy, and the test sees the report', async () => {
    const { context, page } = await openPage('/strict.html');
    try {
      const refused = await page.evaluate(() => {
        try {
          document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
          return false;
        } catch (error) {
          return error instanceof TypeError;
        }
      });
      assert.equal(refused, true);
      await page.waitForFunction(() => window.__cspViolations.length > 0);
      assert.match((await violations(page))[0], /^require-trusted-types-for /);
    } finally {
      await context.close();
    }
  });

  it('runs the whole guided flow over HTTP to done with 0 violations', async () => {
    const { context, page, widget, errors } = await openPage('/strict.html');
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
      assert.equal((await serverRequests(page)).length, 1);
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('draws the face recognition QR code (lean-qr loaded on demand) and carries on after approval, with 0 violations', async () => {
    const { context, page, widget, errors } = await openPage('/strict.html');
    try {
      await throughPrepareAndReason(page, widget);
      await widget.getByLabel('人脸识别', { exact: true }).check();
      await button(widget, '开始人脸识别').click();
      const qr = widget.locator('svg.verify-qr__image');
      await qr.waitFor();
      assert.equal(await qr.getAttribute('role'), 'img');
      assert.ok((await qr.locator('path').getAttribute('d')).length > 100, 'the QR code has modules');
      // The subscriber's "phone": the hand-off link, approved in another tab of the same visitor.
      // The hand-off link the back end sent is absolute and on the page's own origin: shown as is.
      const href = await widget.locator('input.verify-link__url').inputValue();
      assert.ok(href.startsWith(new URL(server.url).origin), href);
      const phone = await context.newPage();
      await phone.goto(href);
      await phone.getByRole('button', { name: /Approve/ }).click();
      await phone.getByRole('heading', { name: '识别已通过' }).waitFor();
      await waitForStep(page, 'confirm', 20000);
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

/**
 * A host application's own Lit element, bundled with its own copy of Lit (from this repository's
 * node_modules) the way a host's build would. The demo server serves only the package and the
 * portal, so the test hands the bundle to the page at the URL lit-copy.html loads.
 */
async function hostBundle() {
  const result = await build({
    stdin: {
      contents: `import { LitElement, html } from 'lit';
        class HostGreeting extends LitElement {
          static properties = { name: {} };
          constructor() { super(); this.name = 'host'; }
          render() { return html\`<p part="text">Hello from the \${this.name}'s own Lit</p>\`; }
        }
        customElements.define('host-greeting', HostGreeting);`,
      resolveDir: repositoryRoot,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

describe('shared pages', () => {
  it("works beside the host's own copy of Lit", async () => {
    const routes = { '**/demo/portal/lit-host.js': await hostBundle() };
    const { context, page, widget, errors, response } = await openPage('/demo/portal/lit-copy.html', { routes });
    try {
      assert.match(response.headers()['content-security-policy'], /trusted-types lit-html 'allow-duplicates'(;|$)/);
      await page.locator('host-greeting').getByText("Hello from the host's own Lit").waitFor();
      await waitForStep(page, 'prepare');
      await throughPrepareAndReason(page, widget);
      await chooseSms(widget);
      assert.equal(await page.locator('host-greeting').getAttribute('name'), 'host');
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('survives two copies of the bundle: no uncaught error, the widget works, the second copy says so', async () => {
    const { context, page, widget, errors, consoleMessages, response } = await openPage('/demo/portal/two-copies.html');
    try {
      assert.match(response.headers()['content-security-policy'], /trusted-types lit-html 'allow-duplicates'(;|$)/);
      await waitForStep(page, 'prepare');
      const isNotice = (m) => m.type === 'warning' && m.text.includes('<cloudpc-unsubscribe> is already defined by another copy');
      for (let i = 0; i < 50 && !consoleMessages.some(isNotice); i += 1) await page.waitForTimeout(100);
      const notice = consoleMessages.find(isNotice);
      assert.ok(notice, `the second copy warns; console: ${JSON.stringify(consoleMessages)}`);
      assert.match(notice.text, /standalone\.js\?copy=2/, 'the notice names the copy that stood aside');
      await throughPrepareAndReason(page, widget);
      const code = await sendSmsCode(page, widget);
      await widget.locator('input#cpu-code').fill(code);
      await button(widget, '验证').click();
      await waitForStep(page, 'confirm');
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it("needs 'allow-duplicates' for a second copy of Lit: without it the browser refuses that copy, the first still works", async () => {
    const { context, page, widget, errors } = await openPage('/demo/portal/two-copies.html', {
      headers: { '**/two-copies.html': (csp) => csp.replace(" 'allow-duplicates'", '') },
    });
    try {
      await waitForStep(page, 'prepare');
      await widget.locator('#cpu-backup').check();
      assert.match((await violations(page)).join('\n'), /^trusted-types trusted-types-policy/m);
      assert.ok(
        errors.some((error) => /createPolicy/.test(error)),
        `the second copy's Lit could not create its policy: ${errors.join('; ')}`,
      );
    } finally {
      await context.close();
    }
  });
});
