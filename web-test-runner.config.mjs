// Browser tests: TypeScript compiled by esbuild, run in Debian's Chromium (never a downloaded one).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { frameworkModules } from './test/frameworks/framework-modules.mjs';
import { CHROMIUM_FLAGS as chromiumFlags } from './scripts/chromium-flags.mjs';

// Every test runs in a time zone that is not China's, so a date computed with the browser's zone
// instead of Asia/Shanghai fails somewhere (DESIGN section 4: calendar dates are Shanghai dates).
process.env.TZ = 'America/Los_Angeles';

/**
 * A back end that answers with redirects, for the HTTP adapter's tests in a real browser:
 * `/__redirect/*` answers 307 to the same path under `/__elsewhere/` on another origin (127.0.0.1
 * instead of localhost), `/__redirect-same/*` to `/__elsewhere/` on the same origin. `/__elsewhere/*`
 * answers JSON that CORS lets any page read and counts its hits; `/__elsewhere-hits` tells the
 * count (and `?reset` sets it to 0).
 */
let elsewhereHits = 0;
async function redirectingBackEnd(ctx, next) {
  const [, kind, rest] = /^\/(__redirect|__redirect-same)(\/.*)$/.exec(ctx.path) ?? [];
  if (kind) {
    const origin = kind === '__redirect' ? `http://127.0.0.1:${ctx.host.split(':')[1]}` : '';
    ctx.status = 307;
    ctx.set('Location', `${origin}/__elsewhere${rest}${ctx.search}`);
    return;
  }
  if (ctx.path.startsWith('/__elsewhere/')) {
    elsewhereHits += 1;
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ from: 'elsewhere' });
    return;
  }
  if (ctx.path === '/__elsewhere-hits') {
    if (ctx.query.reset !== undefined) elsewhereHits = 0;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ hits: elsewhereHits });
    return;
  }
  await next();
}

export default {
  files: ['test/**/*.test.ts'],
  middleware: [redirectingBackEnd],
  nodeResolve: true,
  concurrency: 2,
  // Lit announces its dev mode in every test file; it is expected here and only hides real logs.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  // A guard against a hang, not a speed limit: a whole journey on a loaded two-core machine takes longer than 10 s.
  testFramework: { config: { timeout: 30000 } },
  // The same for a whole file: the stories file runs axe on every story in two languages and two
  // schemes, which takes minutes when the machine is busy.
  testsFinishTimeout: 600000,
  plugins: [
    esbuildPlugin({ ts: true, tsx: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // React 19 ships CommonJS and Vue's default build expects a bundler: serve each as one ES module.
    frameworkModules(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: chromiumFlags,
      },
      // Each test page in a window of its own, never a tab beside another. Chromium's headless
      // mode keeps tabs as a real browser does: with two files at once (concurrency 2), the
      // runner's second page is a background tab for the whole run, `document.hidden` is true
      // there and requestAnimationFrame never fires (--disable-renderer-backgrounding and the other
      // background-throttling flags do not bring frames back). Any file that waits for one hangs: open-wc's fixture() waits for one
      // when the fixture's root is not a Lit element, so the story-axe file (each story is in a
      // plain <div> scheme wrapper) timed out test after test whenever it drew that page.
      // In a window of its own every page is visible and focused, and frames run.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcovonly'],
  },
};
