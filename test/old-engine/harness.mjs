// The old-engine harness: Chromium 92 (from the npm package @sparticuz/chromium, unpacked by
// scripts/ensure-old-chromium.mjs) driven by puppeteer-core 10, the reference back end in this
// process, and test pages answered by request interception on the back end's own origin (so
// `api-base="/api"` and the demo inbox share its cookie). Everything else comes from the server.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { jsTargets } from '../../scripts/browser-targets.mjs';
import { closeOldChromium, launchOldChromium } from '../../scripts/ensure-old-chromium.mjs';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const serverBundle = fileURLToPath(new URL('../../.cache/demo-server.mjs', import.meta.url));
if (!existsSync(serverBundle)) throw new Error('run `node scripts/build-demo-server.mjs` first (npm run test:old-engine does)');
if (!existsSync(`${repositoryRoot}dist/index.js`)) throw new Error('run `npm run build` first: the old-engine tests load dist/');
const { createDemoServer } = await import(serverBundle);

export { createDemoServer, closeOldChromium, launchOldChromium };

const IN_PAGE_HELPERS = readFileSync(new URL('./in-page.js', import.meta.url), 'utf8');
const FIXTURE_PREFIX = '/old-engine/';

/** A phone-sized screen, as in the in-app browsers this run stands for. */
const VIEWPORT = { width: 360, height: 740, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/**
 * The ESM build as a portal's bundler makes it: test/old-engine/consumer.js (`import
 * 'cloudpc-unsubscribe'`) bundled by esbuild for the package's own browser floor, with lit and zod
 * from node_modules, code-split as the package's lazy steps ask. Returns path → source.
 *
 * esbuild since 0.27.7 refuses destructuring for Safari/iOS below 14.1 (a WebKit bug with array
 * rest patterns, seen in Safari 9–13.1) because it cannot lower it; `supported` says to keep it,
 * as Vite does for those targets. A consumer on esbuild with Safari 14 in its target needs the same.
 */
export async function bundleConsumer() {
  const result = await build({
    absWorkingDir: repositoryRoot,
    entryPoints: ['test/old-engine/consumer.js'],
    bundle: true,
    splitting: true,
    format: 'esm',
    target: jsTargets,
    supported: { destructuring: true },
    minify: true,
    outdir: '/old-engine-consumer',
    write: false,
    logLevel: 'warning',
  });
  return new Map(result.outputFiles.map((file) => [file.path.slice('/old-engine-consumer/'.length), file.text]));
}

/** Where each build's script is: two files of dist/ as a page loads them, and the ESM build as bundled. */
export const BUILD_SCRIPTS = {
  standalone: '/dist/cloudpc-unsubscribe.standalone.js',
  'single-file': '/dist/cloudpc-unsubscribe.single-file.js',
  esm: `${FIXTURE_PREFIX}esm/consumer.js`,
};

/** The test page: the widget alone, loaded from one build, on one adapter, in one mode. */
function fixturePage({ build, adapter, mode }) {
  const script = BUILD_SCRIPTS[build];
  const source = adapter === 'http' ? 'api-base="/api"' : 'demo';
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>退订移动云电脑</title>
    <link rel="icon" href="data:," />
    <script type="module" src="${script}"></script>
  </head>
  <body>
    <cloudpc-unsubscribe ${source} mode="${mode}" locale="zh-CN"></cloudpc-unsubscribe>
  </body>
</html>
`;
}

/**
 * A fresh visitor (its own incognito context: its own cookie, so its own state on the back end)
 * on the test page for `{ build: 'standalone' | 'single-file' | 'esm', adapter: 'demo' | 'http', mode }`. Records
 * every uncaught error, console error and HTTP error answer in `problems`.
 */
export async function openWidget(browser, server, { build, adapter, mode }, consumerFiles) {
  const context = await browser.createIncognitoBrowserContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  // Not 'requestfailed': Chromium 92's DevTools reports every 204 answer to fetch (feedback, reset) as net::ERR_ABORTED.
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const origin = new URL(server.url).origin;
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin || !url.pathname.startsWith(FIXTURE_PREFIX)) return request.continue();
    const path = url.pathname.slice(FIXTURE_PREFIX.length);
    if (path === 'page.html')
      return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: fixturePage({ build, adapter, mode }) });
    const file = path.startsWith('esm/') ? consumerFiles?.get(path.slice('esm/'.length)) : undefined;
    if (file === undefined) return request.respond({ status: 404, contentType: 'text/plain', body: 'no such fixture' });
    return request.respond({ status: 200, contentType: 'text/javascript; charset=utf-8', body: file });
  });
  await page.emulateTimezone('Asia/Shanghai');
  await page.setViewport(VIEWPORT);
  await page.evaluateOnNewDocument(IN_PAGE_HELPERS);
  await page.goto(`${origin}${FIXTURE_PREFIX}page.html`);
  return { context, page, problems };
}

/** Calls one of the in-page helpers (in-page.js) with plain arguments. */
export function inPage(page, name, ...args) {
  return page.evaluate((n, a) => window.oldEngine[n](...a), name, args);
}

function until(page, name, args, timeout, what) {
  return page
    .waitForFunction((n, a) => window.oldEngine[n](...a), { polling: 50, timeout }, name, args)
    .catch(async (error) => {
      // What the subscriber sees instead: the step and the widget's text.
      const seen = await page
        .evaluate(() => {
          const el = document.querySelector('cloudpc-unsubscribe');
          const text = (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
          return `step ${el?.getAttribute('step') ?? 'none'}, showing "${text.slice(0, 300)}"`;
        })
        .catch(() => 'the page is gone');
      throw new Error(`${what} (${seen}): ${error.message}`);
    });
}

/** Waits until the widget shows `step` and has finished loading it. */
export function waitForStep(page, step, timeout = 20_000) {
  return until(page, 'shows', [step], timeout, `step ${step} never showed`);
}

/** Waits until something matches `selector` in the widget. */
export function waitFor(page, selector, timeout = 20_000) {
  return until(page, 'has', [selector], timeout, `${selector} never showed`);
}

/** Waits until the widget's text contains `text`. */
export function waitForText(page, text, timeout = 20_000) {
  return until(page, 'contains', [text], timeout, `"${text}" never showed`);
}

/** Clicks the widget's button that reads `label`, once it is there and enabled. */
export async function click(page, label, timeout = 20_000) {
  await until(page, 'canClick', [label], timeout, `no enabled button "${label}"`);
  await inPage(page, 'click', label);
}

/** Picks SMS when the widget offers a choice of methods. */
export async function chooseSms(page) {
  if (await inPage(page, 'hasLabel', '短信验证码')) await inPage(page, 'tick', '短信验证码');
}

/**
 * The code of the SMS just sent: the built-in mock's fixed one, or the newest in the reference
 * back end's demo inbox (this visitor's fake phone).
 */
export async function smsCode(page, adapter) {
  if (adapter === 'demo') return '123456';
  await page.waitForFunction(
    async () => {
      const { messages } = await (await fetch('/demo/inbox')).json();
      return messages.length > 0;
    },
    { polling: 100, timeout: 10_000 },
  );
  return page.evaluate(async () => (await (await fetch('/demo/inbox')).json()).messages.find((message) => message.code !== undefined).code);
}

/** The requests this visitor created on the reference back end. */
export function serverRequests(page) {
  return page.evaluate(async () => (await (await fetch('/demo/requests')).json()).requests);
}

/** Saves what the page shows to .cache/old-engine/NAME.png (for a failing test) and returns the path, or null. */
export async function saveScreenshot(page, name) {
  const dir = `${repositoryRoot}.cache/old-engine`;
  mkdirSync(dir, { recursive: true });
  const path = `${dir}/${name}.png`;
  try {
    await page.screenshot({ path, fullPage: true });
    return path;
  } catch {
    return null;
  }
}
