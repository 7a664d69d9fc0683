// The consumer apps of examples/, run as an operator's developer would run them: each is copied
// to a scratch folder, installs the packed package (.cache/pack/cloudpc-unsubscribe.tgz, made by
// scripts/pack-tarball.mjs) with npm, builds with its own tools, is served, and is driven in
// Debian's Chromium (playwright-core, never a downloaded browser).
//
// The scratch folders are outside the repository (the system's temporary folder), because
// Node and TypeScript look for packages and @types in every parent folder: under the repository
// an app would quietly find the repository's own node_modules (a second React, @types/mocha) and
// pass or fail for reasons no consumer has. Installs share one npm cache inside the repository
// (.cache/npm-cache/, ignored by git) and prefer it to the network, so a second run downloads
// nothing.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const TARBALL = join(root, '.cache', 'pack', 'cloudpc-unsubscribe.tgz');
const NPM_CACHE = join(root, '.cache', 'npm-cache');
/** One scratch folder per checkout, so two worktrees on one machine do not share it. */
export const SCRATCH =
  process.env.CLOUDPC_CONSUMERS_DIR ??
  join(tmpdir(), `cloudpc-unsubscribe-consumers-${createHash('sha256').update(root).digest('hex').slice(0, 8)}`);

/** What a scratch copy leaves out: what the example's own tools write. */
const GENERATED = new Set(['node_modules', 'dist', 'site', '.next', '.angular', 'package-lock.json', 'next-env.d.ts']);

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

/** Quiet tools: no telemetry, no prompts, no colours in the logs kept for a failure. */
const QUIET_ENV = {
  NEXT_TELEMETRY_DISABLED: '1',
  NG_CLI_ANALYTICS: 'false',
  CI: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  npm_config_cache: NPM_CACHE,
  npm_config_fund: 'false',
  npm_config_audit: 'false',
  npm_config_update_notifier: 'false',
};

/**
 * Runs a command in `cwd` and resolves with its output; rejects with the output's last lines
 * (what a developer would read to see why) when it exits non-zero.
 */
export function run(command, args, { cwd, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...QUIET_ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else
        reject(new Error(`\`${command} ${args.join(' ')}\` in ${cwd} exited with ${code}:\n${output.split('\n').slice(-60).join('\n')}`));
    });
  });
}

/** Seconds since `start`, for the timing lines each app prints. */
const since = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

/**
 * A fresh copy of `examples/<name>/` in the scratch folder whose dependency on the package is the
 * packed tarball, installed with npm as a consumer installs it (no --legacy-peer-deps, no
 * --force: an ERESOLVE fails here as it would for them), then built with its own `build` script.
 */
export async function installAndBuild(name, { build = true } = {}) {
  if (!existsSync(TARBALL)) throw new Error(`${TARBALL} is missing: run \`node scripts/pack-tarball.mjs\` (npm run test:consumers does)`);
  const dir = join(SCRATCH, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'examples', name), dir, { recursive: true, filter: (source) => !GENERATED.has(source.split(sep).at(-1)) });
  const manifestPath = join(dir, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (!manifest.dependencies?.['cloudpc-unsubscribe']) throw new Error(`examples/${name} does not depend on cloudpc-unsubscribe`);
  manifest.dependencies['cloudpc-unsubscribe'] = `file:${TARBALL}`;
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);

  const started = performance.now();
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
  const installTime = since(started);
  const installed = performance.now();
  if (build) await run('npm', ['run', 'build'], { cwd: dir });
  console.log(`# ${name}: npm install ${installTime}${build ? `, build ${since(installed)}` : ''}`);
  return dir;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** A static file server on 127.0.0.1 for a built app; unknown paths get index.html (an SPA's routes). */
export async function serveStatic(dir) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      const index = join(file, 'index.html');
      file = file.startsWith(dir) && existsSync(index) ? index : join(dir, 'index.html');
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** A free port on 127.0.0.1, for a server that takes its port as an argument. */
export async function freePort() {
  const probe = createNetServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts an app's own server (`next start`) and resolves once `url` answers; `close` stops it. */
export async function startServer(command, args, { cwd, url, timeoutMs = 60_000 }) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...QUIET_ENV }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`\`${command} ${args.join(' ')}\` exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      process.kill(-child.pid, 'SIGTERM');
      throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    output: () => output,
    close: async () => {
      if (child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
      await exited;
    },
  };
}

/**
 * A fresh page on `url` that records what a developer would see in the console: uncaught errors,
 * console errors, and the element's warnings (such as "no adapter").
 */
export async function openApp(browser, url) {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // A failed request is reported below, with its URL.
    if (message.type() === 'error' && message.text().startsWith('Failed to load resource')) return;
    if (message.type() === 'error' || (message.type() === 'warning' && message.text().includes('cloudpc-unsubscribe'))) {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  // The browser asks every site for /favicon.ico; the example apps have none.
  page.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico')
      problems.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(url);
  return { context, page, widget: page.locator('cloudpc-unsubscribe'), problems };
}

/** Waits until the widget shows `step` and has finished drawing it. */
export async function waitForStep(page, step, timeout = 20_000) {
  await page.waitForFunction(
    (s) => {
      const el = document.querySelector('cloudpc-unsubscribe');
      return el?.getAttribute('step') === s && el.shadowRoot?.querySelector('[part="container"][aria-busy="false"]');
    },
    step,
    { timeout },
  );
}

/** The text the host page shows as the current step (set from the app's own event binding). */
export async function hostStep(page) {
  return page.locator('.current-step').textContent();
}

/**
 * The subscriber's first two steps in an app: the widget opens on `prepare` with the app's own
 * adapter (its account name is on screen, the built-in demo's is not), both acknowledgements and
 * Continue lead to `reason`, and the app hears each step through its framework's event binding.
 */
export async function walkFirstTwoSteps(browser, url, { account }) {
  const { context, page, widget, problems } = await openApp(browser, url);
  try {
    await waitForStep(page, 'prepare');
    const text = await page.evaluate(() => document.querySelector('cloudpc-unsubscribe').shadowRoot.textContent);
    if (!text.includes(account)) throw new Error(`the widget does not show the app's account "${account}": its adapter did not arrive`);
    await page.waitForFunction(() => document.querySelector('.current-step')?.textContent === 'prepare', null, { timeout: 10_000 });

    await widget.locator('#cpu-backup').check();
    await widget.locator('#cpu-terms').check();
    await widget.locator('button', { hasText: /^\s*Continue\s*$/ }).click();
    await waitForStep(page, 'reason');
    await page.waitForFunction(() => document.querySelector('.current-step')?.textContent === 'reason', null, { timeout: 10_000 });
    return { problems: [...problems] };
  } finally {
    await context.close();
  }
}
