// `npm run screenshots`: the README's pictures of the widget, one per language, as a phone shows
// its first screen (390 × 760 CSS pixels, drawn at 2x), taken in Debian's Chromium from the demo
// (its offline page: the built-in mock, so the account and dates are the same every time).
// Writes docs/screenshots/prepare-zh-CN.png and prepare-en.png; the README links them by their
// address in the repository, since docs/ is not in the package.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { isStale } from './freshness.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

export const SCREENSHOTS = { 'zh-CN': 'docs/screenshots/prepare-zh-CN.png', en: 'docs/screenshots/prepare-en.png' };

function run(script) {
  const result = spawnSync(process.execPath, [script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (isStale(`${root}dist/cloudpc-unsubscribe.standalone.js`, [`${root}src`])) run('scripts/build.mjs');
run('scripts/build-demo-server.mjs');
const { createDemoServer } = await import(`${root}.cache/demo-server.mjs`);

const server = await createDemoServer({ port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
mkdirSync(out, { recursive: true });
try {
  for (const [locale, file] of Object.entries(SCREENSHOTS)) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      locale: locale === 'en' ? 'en-GB' : 'zh-CN',
      colorScheme: 'light',
    });
    const page = await context.newPage();
    await page.goto(new URL('/offline.html', server.url).href);
    const widget = page.locator('cloudpc-unsubscribe');
    await widget.evaluate((el, l) => {
      el.locale = l;
      el.persist = 'none';
    }, locale);
    const atStep = (step) =>
      page.waitForFunction(
        (s) => {
          const el = document.querySelector('cloudpc-unsubscribe');
          return el?.getAttribute('step') === s && el.shadowRoot?.querySelector('[part="container"][aria-busy="false"]');
        },
        step,
        { timeout: 20_000 },
      );
    await atStep('prepare');
    // The top of the widget, as a phone shows it without scrolling.
    await widget.evaluate((el) => el.scrollIntoView());
    await page.evaluate(() => document.activeElement?.blur?.());
    const box = await widget.boundingBox();
    await page.screenshot({ path: `${root}${file}`, clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 760) } });
    console.log(`wrote ${file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
