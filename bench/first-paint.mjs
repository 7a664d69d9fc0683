// `npm run bench [-- --runs N | --quick]`: how long a subscriber's phone waits for the first step,
// the widget against the least a one-file Lit element could do. A benchmark, not a test: it
// prints figures and writes them to bench/results.md; it fails only when a page does not paint.
//
// Method (details and how to read the figures: bench/README.md):
// - Two pages, identical but for the script and the tag, served by the reference back end
//   (`createDemoServer` with its `root` pointed at a scratch copy of dist/ and the two pages, so
//   every file crosses the same emulated network; responses fulfilled by Playwright's page.route
//   would skip the emulated latency):
//   (a) the widget: dist/cloudpc-unsubscribe.standalone.js and <cloudpc-unsubscribe api-base="/api">;
//   (b) the baseline: one minified file, Lit inside (bench/baseline-element.ts), that fetches the
//       same /api/context from the same server, then renders the widget's own first step. That
//       step is captured from the widget at bench time (bench/baseline.mjs): its rendered shadow
//       DOM (without Lit's comment markers) as one static Lit template, and the text of its shadow
//       root's adopted style sheets (`<style>` elements, where the widget used them, stay in the
//       markup), with the other steps' chunks held back so that only the first step's CSS is in
//       it. The bench checks that the baseline then shows exactly that DOM and CSS.
// - Latency 0 and 80 ms per request (Chrome DevTools' Network.emulateNetworkConditions, no
//   bandwidth limit); a new browser context per run (cold cache, new connections); a phone's
//   viewport; widget and baseline alternate, after one warm-up run of each that is discarded.
// - First paint: a requestAnimationFrame loop, the same in both pages from before their first
//   script, finds the element's shadow root holding two visible checkboxes (the first step's);
//   the timestamp of the following frame, from navigation start, is the first paint.
// - Before paint: every request started before the frame that shows the checkboxes; its bytes raw
//   and gzip -9 (what a CDN would send).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as prettier from 'prettier';
import { buildBaseline, captureFirstStep, checkBaseline } from './baseline.mjs';
import {
  PHONE_VIEWPORT,
  emulateLatency,
  firstPaint,
  pageHtml,
  pathOf,
  recordRequests,
  watchFirstPaint,
  widgetPageHtml,
} from './first-screen.mjs';
import { markdownReport, summarize, textReport } from './report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const LATENCIES = [0, 80];
const USAGE = `usage: npm run bench [-- --runs N | --quick]
  --runs N   runs per page and latency (default 15), after one warm-up run each
  --quick    3 runs: a smoke check that finishes well under a minute`;

function options() {
  const { values } = parseArgs({
    options: { runs: { type: 'string' }, quick: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const runs = values.quick ? 3 : Number(values.runs ?? 15);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`--runs must be a positive integer (got ${values.runs})\n${USAGE}`);
    process.exit(2);
  }
  return { runs, command: `npm run bench${values.quick ? ' -- --quick' : values.runs ? ` -- --runs ${runs}` : ''}` };
}

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function runScript(script) {
  execFileSync(process.execPath, [script], { cwd: root, stdio: 'inherit' });
}

/** Chromium as the e2e tests find it; dist/ when missing or older than src/ (as `npm start`); the back end's bundle. */
function prepareBuilds() {
  runScript('scripts/ensure-chromium.mjs');
  const entry = join(root, 'dist', 'cloudpc-unsubscribe.standalone.js');
  if (!existsSync(entry) || statSync(entry).mtimeMs < newest(join(root, 'src'))) {
    console.log('Building the package (dist/)…');
    runScript('scripts/build.mjs');
  }
  runScript('scripts/build-demo-server.mjs');
}

/** The scratch root the back end serves: a copy of dist/ and the two pages (the baseline's script comes later). */
function prepareSite(site) {
  rmSync(site, { recursive: true, force: true });
  cpSync(join(root, 'dist'), join(site, 'dist'), { recursive: true, filter: (path) => !/\.(map|d\.ts)$/.test(path) });
  const portal = join(site, 'demo', 'portal');
  mkdirSync(portal, { recursive: true });
  writeFileSync(join(portal, 'bench-widget.html'), widgetPageHtml());
  writeFileSync(
    join(portal, 'bench-baseline.html'),
    pageHtml({ script: '/demo/portal/bench-baseline.js', body: '<bench-baseline api-base="/api" locale="zh-CN"></bench-baseline>' }),
  );
  return {
    widget: '/demo/portal/bench-widget.html',
    baseline: '/demo/portal/bench-baseline.html',
    baselineScript: join(portal, 'bench-baseline.js'),
  };
}

function git(...args) {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

function environment(chromium) {
  const commit = git('rev-parse', '--short', 'HEAD') ?? 'unknown';
  const dirty = git('status', '--porcelain', '--', 'src', 'scripts/build.mjs', 'vite.config.ts');
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    build: `dist/ of commit ${commit}${dirty ? ' with uncommitted changes' : ''}`,
    chromium,
    node: process.version,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    load: os.loadavg()[0].toFixed(2),
  };
}

/** One cold visit: when the first step was painted, and every file requested before that with its size. */
async function measure(browser, url, hostSelector, latency) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: PHONE_VIEWPORT });
  try {
    await watchFirstPaint(context, hostSelector);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const network = recordRequests(await emulateLatency(context, page, latency));
    await page.goto(url, { waitUntil: 'commit' });
    const paint = await firstPaint(page).catch((error) => {
      throw new Error(`${pathOf(url)}: ${error.message}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`);
    });
    const prePaint = network.requests(paint.timeOrigin).filter((request) => request.start < paint.shownAt);
    await network.finished(prePaint.map((request) => request.id));
    const ended = new Map(network.requests(paint.timeOrigin).map((request) => [request.id, request]));
    const failed = prePaint.map(({ id }) => ended.get(id)).filter((request) => request.failed);
    // The page painted, but not over a clean network (a request cut off and tried again): its
    // figures are not the ones this bench compares. The caller measures the visit again.
    if (failed.length) {
      const list = failed.map((r) => `${pathOf(r.url)} ${r.failed} after ${Math.round(r.end - r.start)} ms`).join('; ');
      return { discarded: `${pathOf(url)} at ${latency} ms: ${list}` };
    }
    const files = [];
    for (const { id } of prePaint) {
      const request = ended.get(id);
      const body = await network.body(id);
      files.push({
        path: pathOf(request.url),
        start: request.start,
        end: request.end,
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
      });
    }
    if (errors.length) throw new Error(`${pathOf(url)}: page errors: ${errors.join('; ')}`);
    return { paintedAt: paint.paintedAt, files };
  } finally {
    await context.close();
  }
}

/** A clean visit: one whose requests before paint all completed, tried up to three times (each retry is reported). */
async function measureClean(...args) {
  for (let attempt = 1; ; attempt += 1) {
    const result = await measure(...args);
    if (!result.discarded) return result;
    console.warn(`run discarded, a request before paint failed: ${result.discarded}`);
    if (attempt === 3) throw new Error(`three visits in a row had a request fail before paint; last: ${result.discarded}`);
  }
}

const { runs, command } = options();
prepareBuilds();
// After the build: the harness imports the back end's bundle when it loads.
const { createDemoServer, launch } = await import('../test/e2e/harness.mjs');
const siteRoot = join(root, '.cache', 'bench', 'site');
const site = prepareSite(siteRoot);
const server = await createDemoServer({ port: 0, host: '127.0.0.1', root: siteRoot });
const browser = await launch();
try {
  const url = (path) => new URL(path, server.url).href;
  const capture = await captureFirstStep(browser, url(site.widget));
  await buildBaseline(capture, site.baselineScript);
  await checkBaseline(browser, url(site.baseline), capture);
  const env = environment(browser.version());

  const results = [];
  for (const latency of LATENCIES) {
    await measureClean(browser, url(site.widget), 'cloudpc-unsubscribe', latency);
    await measureClean(browser, url(site.baseline), 'bench-baseline', latency);
    const widget = [];
    const baseline = [];
    for (let run = 1; run <= runs; run += 1) {
      widget.push(await measureClean(browser, url(site.widget), 'cloudpc-unsubscribe', latency));
      baseline.push(await measureClean(browser, url(site.baseline), 'bench-baseline', latency));
      const last = (list) => Math.round(list.at(-1).paintedAt);
      const progress = `${latency} ms per request: run ${run}/${runs}, widget ${last(widget)} ms, baseline ${last(baseline)} ms`;
      if (process.stdout.isTTY) process.stdout.write(`\r${progress}   ${run === runs ? '\n' : ''}`);
      else console.log(progress);
    }
    results.push({ latency, widget: summarize(widget), baseline: summarize(baseline) });
  }

  // Other work on the machine spreads the figures: the load at both ends says how busy it was.
  const report = { environment: { ...env, loadEnd: os.loadavg()[0].toFixed(2) }, results, runs, command };
  console.log(`\n${textReport(report)}`);
  // Formatted as the repository's other Markdown, so `npm run lint` passes after a run.
  const resultsFile = join(root, 'bench', 'results.md');
  const prettierOptions = (await prettier.resolveConfig(resultsFile)) ?? {};
  writeFileSync(resultsFile, await prettier.format(markdownReport(report), { ...prettierOptions, filepath: resultsFile }));
  console.log('\nwritten to bench/results.md');
} finally {
  await browser.close();
  await server.close();
}
