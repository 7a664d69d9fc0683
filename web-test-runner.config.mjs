// Browser tests: TypeScript compiled by esbuild, run in Debian's Chromium (never a downloaded one).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { frameworkModules } from './test/frameworks/framework-modules.mjs';

// Every test runs in a time zone that is not China's, so a date computed with the browser's zone
// instead of Asia/Shanghai fails somewhere (DESIGN section 4: calendar dates are Shanghai dates).
process.env.TZ = 'America/Los_Angeles';

const chromiumFlags = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Two test files run at once, one of them in a background tab: without these, Chromium
  // throttles its timers and a long file (every story under axe) can crawl past its time limit.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export default {
  // The story-axe file runs in its own pass (web-test-runner.stories.config.mjs): beside the
  // framework tests it hangs (an interaction not yet understood, noted for the next session).
  files: ['test/**/*.test.ts', '!test/stories/**'],
  nodeResolve: true,
  concurrency: 2,
  // Lit announces its dev mode in every test file; it is expected here and only hides real logs.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  testFramework: { config: { timeout: 10000 } },
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
