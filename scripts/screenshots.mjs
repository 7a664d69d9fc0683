// `npm run screenshots`: every step of the flow as a subscriber on a phone sees it, in zh-CN and en,
// drawn by Debian's Chromium (playwright-core, a 360 × 740 touch screen) and written as PNG files
// into docs/screenshots/ (committed, for the README and reviews: regenerate them, never edit them).
//
// The widget runs the built package (dist/, built first when missing or older than src/) on a
// page of its own with the built-in mock back end, whose engine is the reference back end's own
// rules. The page's clock is fixed at Tuesday 24 November 2026, 10:00 Beijing time, the instant the
// stories use, so dates, quotes and refund windows come out the same on every run and a file
// changes only when what the subscriber sees changes.
//
//   node scripts/screenshots.mjs [--out DIR] [--only NAME-PART] [--scale 1|2] [--width 360]
//
// File names: `NN-what.LOCALE.png`, NN in the order a subscriber meets them (e.g.
// `01-prepare.zh-CN.png`, `09-status.en.png`). The last lines printed list every file written.
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isStale } from './freshness.mjs';
import { CHROMIUM_FLAGS } from './chromium-flags.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: join(root, 'docs', 'screenshots') },
    only: { type: 'string' },
    scale: { type: 'string', default: '1' },
    // A desktop look for a review (written wherever --out says; the committed set is the phone's).
    width: { type: 'string', default: '360' },
  },
});

const NOW_ISO = '2026-11-24T10:00:00+08:00';
const ORIGIN = 'http://screenshots.localhost';
const VIEWPORT = { width: Number(args.width), height: 740 };
const LOCALES = ['zh-CN', 'en'];

const built = join(root, 'dist', 'cloudpc-unsubscribe.standalone.js');
if (isStale(built, [join(root, 'src')])) {
  console.log('Building the package (dist/)…');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const ensure = spawnSync(process.execPath, ['scripts/ensure-chromium.mjs'], { cwd: root, stdio: 'inherit' });
if (ensure.status !== 0) process.exit(ensure.status ?? 1);

/** The page: the widget alone on a phone-width page, as a portal would place it, with the mock on the fixed clock. */
function pageHtml({ locale, mode, theme, cloudPcs = 1 }) {
  // Several cloud PCs: the stories' sample account (an office PC, a home PC, an old one cancelled).
  const several =
    cloudPcs > 1
      ? `context: { subscription: { name: '办公电脑' } },
        otherSubscriptions: [
          { id: 'CPC-SW-8800067890', name: '家里的电脑', planName: '轻享型 2核4G · 40GB 云盘 · 包月', billingCycle: 'month',
            price: { amount: 2900, currency: 'CNY' }, dataRetentionDays: 15 },
          { id: 'CPC-SW-8800011111', name: '旧电脑', status: 'cancelled' },
        ],`
      : '';
  const darkTokens =
    theme === 'dark-tokens'
      ? `cloudpc-unsubscribe {
          --cloudpc-color-text: #e8eaed; --cloudpc-color-muted: #b0b6bf; --cloudpc-color-surface: #1e2227;
          --cloudpc-color-border: #444b55; --cloudpc-color-border-strong: #9aa3ae; --cloudpc-color-input: #15181c;
          --cloudpc-color-accent: #6cb4ff; --cloudpc-color-accent-text: #0b1a2a; --cloudpc-color-danger: #ff8a80;
          --cloudpc-color-success: #6ce9a6; --cloudpc-color-notice: #1b2a3a; --cloudpc-color-scheme: dark;
        }
        body { background: #121417; }`
      : '';
  return `<!doctype html>
<html lang="${locale}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>cloudpc-unsubscribe screenshots</title>
    <style>
      body { margin: 0; padding: 8px; background: #f4f6f9; font-family: system-ui, 'Noto Sans CJK SC', sans-serif; }
      ${darkTokens}
    </style>
    <script type="module">
      import { createMockAdapter } from '/dist/cloudpc-unsubscribe.standalone.js';
      const el = document.querySelector('cloudpc-unsubscribe');
      el.options = { statusPollSeconds: 2 };
      el.adapter = createMockAdapter({
        faceApproveAfterChecks: Infinity,
        statusTimeline: { processingAfterMs: 4000, doneAfterMs: 6000 },
        ${several}
      });
    </script>
  </head>
  <body>
    <cloudpc-unsubscribe locale="${locale}" mode="${mode}" persist="none"></cloudpc-unsubscribe>
  </body>
</html>`;
}

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };

/** Serves the page and dist/ on ORIGIN from inside the browser context: no port, no server. */
async function servePage(context, page) {
  await context.route(`${ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: page });
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(join(root, 'dist') + sep) || !existsSync(path)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ contentType: TYPES[extname(path)] ?? 'application/octet-stream', body: readFileSync(path) });
  });
}

/** Moves the page's Date to NOW_ISO, still ticking; timers are untouched (as the stories' clock). */
function fixClock(nowIso) {
  const RealDate = Date;
  const offset = RealDate.parse(nowIso) - RealDate.now();
  class FixedDate extends RealDate {
    constructor(...a) {
      if (a.length === 0) super(RealDate.now() + offset);
      else super(...a);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = FixedDate;
}

async function open(browser, { locale, mode = 'guided', theme = 'default', cloudPcs = 1 }) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: Number(args.scale),
    isMobile: true,
    hasTouch: true,
    locale: locale === 'en' ? 'en-GB' : 'zh-CN',
    colorScheme: 'light',
    timezoneId: 'Asia/Shanghai',
    reducedMotion: 'reduce',
  });
  await context.addInitScript(fixClock, NOW_ISO);
  await servePage(context, pageHtml({ locale, mode, theme, cloudPcs }));
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await page.goto(`${ORIGIN}/`);
  return { context, page, widget: page.locator('cloudpc-unsubscribe'), problems };
}

async function waitForStep(page, step, timeout = 15000) {
  await page.waitForFunction(
    (s) => {
      const el = document.querySelector('cloudpc-unsubscribe');
      return el?.getAttribute('step') === s && el.shadowRoot?.querySelector('[part="container"][aria-busy="false"]');
    },
    step,
    { timeout },
  );
}

/** Continue: the step's own primary button under it. */
const proceed = (widget) => widget.locator('[part="step"] > .actions > [part~="primary-action"]').click();

const written = [];

async function shoot(page, name, locale) {
  if (args.only && !name.includes(args.only)) return;
  // Let fonts, the QR code and any transition settle, and drop the caret and focus ring noise.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(150);
  const file = join(args.out, `${name}.${locale}.png`);
  // The page down to the widget's last pixel and its margin, nothing below: the viewport is made
  // that tall (a full-page capture lays the page out again and may leave a strip of page below).
  const bottom = () =>
    page.evaluate(() => Math.ceil(document.querySelector('cloudpc-unsubscribe').getBoundingClientRect().bottom + scrollY + 8));
  await page.setViewportSize({ width: VIEWPORT.width, height: await bottom() });
  await page.setViewportSize({ width: VIEWPORT.width, height: await bottom() });
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  await page.setViewportSize(VIEWPORT);
  written.push(file);
}

async function guided(browser, locale) {
  const { context, page, widget, problems } = await open(browser, { locale });
  await waitForStep(page, 'prepare');
  await shoot(page, '01-prepare', locale);
  await proceed(widget);
  await widget.locator('[part~="error-summary"]').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, '02-prepare-errors', locale);
  await widget.locator('#cpu-backup').check();
  await widget.locator('#cpu-terms').check();
  await proceed(widget);
  await waitForStep(page, 'reason');
  await shoot(page, '03-reason', locale);
  await widget.locator('input[value="too-expensive"]').check();
  await widget.locator('#cpu-comment').fill(locale === 'en' ? 'My company gave me a laptop.' : '公司统一配发了电脑');
  await proceed(widget);
  await waitForStep(page, 'verify');
  await shoot(page, '04-verify', locale);

  await widget.locator('input[value="face"]').check();
  await widget.locator('.verify-panel [part~="primary-action"]').click();
  await widget.locator('.verify-waiting').waitFor();
  await page.waitForFunction(() =>
    document.querySelector('cloudpc-unsubscribe')?.shadowRoot?.querySelector('.verify-qr__image, .verify-handoff'),
  );
  await shoot(page, '05-verify-face', locale);

  await widget.locator('input[value="security-questions"]').check();
  await widget.locator('.verify-panel [part~="primary-action"]').click();
  await widget.locator('.verify-questions').waitFor();
  await shoot(page, '06-verify-questions', locale);

  await widget.locator('input[value="sms"]').check();
  await widget.locator('.verify-panel [part~="primary-action"]').click();
  await widget.locator('input#cpu-code').waitFor();
  await widget.locator('input#cpu-code').fill('123456');
  await shoot(page, '07-verify-sms', locale);
  await widget.locator('.verify-panel .actions [part~="primary-action"]').first().click();
  await waitForStep(page, 'confirm');
  await shoot(page, '08-confirm', locale);

  const immediately = widget.locator('input[value="immediately"]');
  if (await immediately.count()) await immediately.check();
  await widget.locator('.quote-table').waitFor();
  await shoot(page, '09-confirm-quoted', locale);
  await widget.locator('#cpu-submit').click();
  await waitForStep(page, 'status');
  await shoot(page, '10-status', locale);
  await waitForStep(page, 'done', 30000);
  await shoot(page, '11-done', locale);
  await context.close();
  return problems;
}

async function oneClick(browser, locale) {
  const { context, page, problems } = await open(browser, { locale, mode: 'one-click' });
  await waitForStep(page, 'one-click');
  await shoot(page, '12-one-click', locale);
  await context.close();
  return problems;
}

async function darkTokens(browser, locale) {
  const { context, page, problems } = await open(browser, { locale, theme: 'dark-tokens' });
  await waitForStep(page, 'prepare');
  await shoot(page, '13-prepare-dark', locale);
  await context.close();
  return problems;
}

async function severalCloudPcs(browser, locale) {
  const { context, page, widget, problems } = await open(browser, { locale, cloudPcs: 3 });
  await waitForStep(page, 'prepare');
  await shoot(page, '14-pick', locale);
  await proceed(widget);
  await widget.locator('#cpu-subscription-error').waitFor();
  await shoot(page, '15-pick-error', locale);
  await widget.locator('input[value="CPC-SW-8800067890"]').check();
  await widget.locator('#cpu-backup').waitFor();
  await shoot(page, '16-picked', locale);
  // Through to the home PC's status, which offers to go on to another cloud PC.
  await widget.locator('#cpu-backup').check();
  await widget.locator('#cpu-terms').check();
  await proceed(widget);
  await waitForStep(page, 'reason');
  await widget.locator('input[value="too-expensive"]').check();
  await proceed(widget);
  await waitForStep(page, 'verify');
  await widget.locator('input[value="sms"]').check();
  await widget.locator('.verify-panel [part~="primary-action"]').click();
  await widget.locator('input#cpu-code').fill('123456');
  await widget.locator('.verify-panel .actions [part~="primary-action"]').first().click();
  await waitForStep(page, 'confirm');
  const immediately = widget.locator('input[value="immediately"]');
  if (await immediately.count()) await immediately.check();
  await widget.locator('.quote-table').waitFor();
  await widget.locator('#cpu-submit').click();
  await waitForStep(page, 'status');
  await shoot(page, '17-status-pick-another', locale);
  await context.close();
  return problems;
}

// The pictures this script writes are replaced as a set (a step that is gone leaves no stale file);
// anything else in the folder is left alone.
mkdirSync(args.out, { recursive: true });
if (!args.only) {
  for (const name of readdirSync(args.out)) if (/^\d\d-.+\.png$/.test(name)) rmSync(join(args.out, name));
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_FLAGS,
});
const problems = [];
try {
  for (const locale of LOCALES) {
    problems.push(
      ...(await guided(browser, locale)),
      ...(await oneClick(browser, locale)),
      ...(await darkTokens(browser, locale)),
      ...(await severalCloudPcs(browser, locale)),
    );
  }
} finally {
  await browser.close();
}
for (const file of written) console.log(file.slice(root.length));
if (problems.length > 0) {
  console.error(`The page reported problems:\n${problems.join('\n')}`);
  process.exit(1);
}
