// Any URL, any CDN, one copy: operators ship the standalone file through asset pipelines that add
// `?v=`, fingerprint its name, put it in a versioned folder or on a CDN. Each of those pages runs
// the widget under the strict CSP (Trusted Types enforced) with exactly one copy of its code: every
// script is fetched once, one entry URL only, every chunk from the `standalone/` folder beside it,
// and the registered element is the one from that entry. The one-file build needs nothing else.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SINGLE_FILE, STANDALONE, standaloneLayout, startCdn, startSite } from './sites.mjs';
import { escapeRegExp, openWatched, repeats, strictPageFor } from './pages.mjs';
import {
  chooseImmediately,
  button,
  createDemoServer,
  serverRequests,
  throughPrepareAndReason,
  verifyBySms,
  waitForStep,
  widgetText,
  launch,
} from './harness.mjs';

let server;
let browser;
let cdn;
let cdnWithoutCors;

const CDN_FOLDER = '/npm/cloudpc-unsubscribe@0.1.0/dist/';
/** The page's own script on the strict page (the CSP counter and the fake phone). */
const PAGE_SCRIPT = '/demo/portal/strict.js';
const SECOND_COPY_NOTICE = 'is already defined by another copy';

before(async () => {
  server = await createDemoServer({ port: 0, host: '127.0.0.1', processingAfterMs: 200, doneAfterMs: 600 });
  browser = await launch();
  cdn = await startCdn(standaloneLayout(CDN_FOLDER));
  cdnWithoutCors = await startCdn(standaloneLayout(CDN_FOLDER), { cors: false });
});

after(async () => {
  await browser?.close();
  await cdn?.close();
  await cdnWithoutCors?.close();
  await server?.close();
});

/**
 * The strict page on an operator's site of its own, with the standalone entry at `entry` (relative
 * to the site, or a CDN URL with `scriptOrigin` in script-src); `layout` lays the build out on the
 * site, `passes` limits what reaches the back end. `preloaded` settles once the idle preload has
 * asked for its last file, the built-in FAQ's strings (after every step's).
 */
async function openOnSite({ entry, scriptOrigin, layout, passes, locale }) {
  const site = await startSite(server.url, {
    pages: { '/strict.html': await strictPageFor(server.url, { entry, scriptOrigin, locale }) },
    layout,
    passes,
  });
  let preloaded;
  const watched = await openWatched(browser, `${site.origin}/strict.html`, {
    locale,
    setup: (page) => {
      const faq = page.waitForResponse((response) => /\/standalone\/messages\/zh-CN\/faq-[^/]+\.js$/.test(response.url()));
      // Awaited only by the tests that load the widget; a closed page ends the wait quietly.
      preloaded = faq.catch((error) => error);
    },
  });
  return {
    ...watched,
    site,
    preloaded,
    entryUrl: new URL(entry, site.origin).href,
    close: async () => {
      await watched.context.close();
      await site.close();
    },
  };
}

/**
 * Exactly one copy ran, from `entryUrl`: every script requested once and answered 200; one URL of
 * a standalone entry, the page's; every other script of the widget from `standalone/` beside it;
 * the element registered by that entry (define.ts keeps the URL of the copy that registered it);
 * no second copy's notice; no error and no CSP violation.
 */
async function assertOneCopyFrom(watched, entryUrl) {
  const { page, requests, consoleMessages, errors } = watched;
  const scripts = requests.filter((request) => request.resourceType() === 'script');
  const urls = scripts.map((request) => request.url());
  assert.deepEqual(repeats(urls), {}, 'no script is fetched twice');
  for (const request of scripts) assert.equal((await request.response())?.status(), 200, request.url());
  const entries = urls.filter((url) => /cloudpc-unsubscribe\.standalone[^/]*\.js$/.test(new URL(url).pathname));
  assert.deepEqual(entries, [entryUrl], 'one standalone entry, at the URL the page gave it');
  const chunkFolder = new URL('standalone/', entryUrl).href;
  const chunks = urls.filter((url) => url !== entryUrl && new URL(url).pathname !== PAGE_SCRIPT);
  for (const url of chunks) assert.ok(url.startsWith(chunkFolder), `${url} comes from ${chunkFolder}`);
  for (const step of ['prepare', 'reason', 'verify', 'confirm', 'status', 'done']) {
    assert.ok(
      chunks.some((url) => url.startsWith(`${chunkFolder}${step}-`)),
      `the ${step} step was loaded (so every chunk is counted)`,
    );
  }
  const registeredBy = await page.evaluate(() => customElements.get('cloudpc-unsubscribe')?.[Symbol.for('cloudpc-unsubscribe.source')]);
  assert.equal(registeredBy, entryUrl, 'the element on the page is the copy from the entry');
  assert.deepEqual(
    consoleMessages.filter((m) => m.text.includes(SECOND_COPY_NOTICE)),
    [],
    'no second copy stood aside',
  );
  assert.deepEqual(await watched.violations(), []);
  assert.deepEqual(errors, []);
}

async function throughToDone(page, widget) {
  await throughPrepareAndReason(page, widget);
  await verifyBySms(page, widget);
  await chooseImmediately(widget);
  await button(widget, '确认退订').click();
  await waitForStep(page, 'status');
  await waitForStep(page, 'done', 20000);
  assert.match(await widgetText(page), /已退订/);
  assert.equal((await serverRequests(page)).length, 1);
}

describe('the standalone entry at the URL an asset pipeline gives it, under the strict CSP', () => {
  it('with a query string (…standalone.js?v=2): one copy, the flow reaches verify', async () => {
    const watched = await openOnSite({ entry: `/dist/${STANDALONE}?v=2` });
    try {
      await throughPrepareAndReason(watched.page, watched.widget);
      await watched.preloaded;
      await assertOneCopyFrom(watched, watched.entryUrl);
    } finally {
      await watched.close();
    }
  });

  it('under a fingerprinted name (…standalone.3f9a1c.js, standalone/ beside it): one copy, the flow reaches verify', async () => {
    const folder = '/assets/';
    const name = 'cloudpc-unsubscribe.standalone.3f9a1c.js';
    const watched = await openOnSite({ entry: `${folder}${name}`, layout: standaloneLayout(folder, name) });
    try {
      await throughPrepareAndReason(watched.page, watched.widget);
      await watched.preloaded;
      await assertOneCopyFrom(watched, watched.entryUrl);
      assert.deepEqual(
        watched.requests.filter((request) => new URL(request.url()).pathname.startsWith('/dist/')).map((r) => r.url()),
        [],
        'nothing is asked for at the build’s own names',
      );
    } finally {
      await watched.close();
    }
  });

  it('from a versioned folder (/assets/cloudpc/1.4.2/): one copy, the flow reaches verify', async () => {
    const folder = '/assets/cloudpc/1.4.2/';
    const watched = await openOnSite({ entry: `${folder}${STANDALONE}`, layout: standaloneLayout(folder) });
    try {
      await throughPrepareAndReason(watched.page, watched.widget);
      await watched.preloaded;
      await assertOneCopyFrom(watched, watched.entryUrl);
      assert.deepEqual(
        watched.requests.filter((request) => new URL(request.url()).pathname.startsWith('/dist/')).map((r) => r.url()),
        [],
        'nothing is asked for at the build’s own folder',
      );
    } finally {
      await watched.close();
    }
  });

  it('from a CDN on another origin with CORS (script-src naming it): one copy, the whole flow to done', async () => {
    const entry = `${cdn.origin}${CDN_FOLDER}${STANDALONE}`;
    cdn.requests.length = 0;
    const watched = await openOnSite({ entry, scriptOrigin: cdn.origin });
    try {
      await throughToDone(watched.page, watched.widget);
      await watched.preloaded;
      await assertOneCopyFrom(watched, entry);
      assert.deepEqual(repeats(cdn.requests), {}, 'the CDN was asked for each file once');
      assert.ok(cdn.requests.includes(`${CDN_FOLDER}${STANDALONE}`));
    } finally {
      await watched.close();
    }
  });
});

describe('what a CDN needs, and the one-file build', () => {
  it('a CDN without CORS headers: the browser refuses the module and the console says why', async () => {
    const watched = await openOnSite({ entry: `${cdnWithoutCors.origin}${CDN_FOLDER}${STANDALONE}`, scriptOrigin: cdnWithoutCors.origin });
    try {
      const said = await watched.consoleMessage(/blocked by CORS policy/);
      assert.match(said, /Access-Control-Allow-Origin/);
      assert.equal(await watched.page.evaluate(() => customElements.get('cloudpc-unsubscribe')), undefined);
    } finally {
      await watched.close();
    }
  });

  it("a CDN the page's script-src does not name: the browser refuses the module as a CSP violation", async () => {
    const entry = `${cdn.origin}${CDN_FOLDER}${STANDALONE}`;
    const watched = await openOnSite({ entry });
    try {
      await watched.page.waitForFunction(() => window.__cspViolations.length > 0);
      assert.match((await watched.violations())[0], new RegExp(`^script-src-elem ${escapeRegExp(entry)} `));
      assert.equal(await watched.page.evaluate(() => customElements.get('cloudpc-unsubscribe')), undefined);
    } finally {
      await watched.close();
    }
  });

  it('the one-file build alone: nothing else of the build is fetched, the whole flow reaches done, and English is inside', async () => {
    // The site serves the page, its own assets, the back end and the one file; anything else is a 404.
    const passes = (path) => path === `/dist/${SINGLE_FILE}` || path.startsWith('/api/') || path.startsWith('/demo/');
    const watched = await openOnSite({ entry: `/dist/${SINGLE_FILE}`, passes });
    const { page, widget, requests, consoleMessages, errors } = watched;
    try {
      await throughToDone(page, widget);
      // Another language: its strings are in the file too.
      await page.evaluate(() => document.querySelector('cloudpc-unsubscribe').setAttribute('locale', 'en'));
      await page.waitForFunction(() =>
        document
          .querySelector('cloudpc-unsubscribe')
          ?.shadowRoot?.querySelector('[part="heading"]')
          ?.textContent?.includes('You have unsubscribed'),
      );
      assert.deepEqual(watched.site.refused, [], 'nothing outside the one file was asked for');
      const elsewhere = requests.map((request) => request.url()).filter((url) => !url.startsWith(`${watched.site.origin}/`));
      assert.deepEqual(elsewhere, [], 'nor anything on another origin');
      const scripts = requests.filter((request) => request.resourceType() === 'script').map((request) => new URL(request.url()).pathname);
      assert.deepEqual(scripts.sort(), [PAGE_SCRIPT, `/dist/${SINGLE_FILE}`].sort());
      const registeredBy = await page.evaluate(() => customElements.get('cloudpc-unsubscribe')?.[Symbol.for('cloudpc-unsubscribe.source')]);
      assert.equal(registeredBy, watched.entryUrl);
      assert.deepEqual(
        consoleMessages.filter((m) => m.text.includes(SECOND_COPY_NOTICE)),
        [],
      );
      assert.deepEqual(await watched.violations(), []);
      assert.deepEqual(errors, []);
    } finally {
      await watched.close();
    }
  });
});
