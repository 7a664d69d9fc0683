// A part of the widget that cannot load (a chunk lost on a phone's connection) is reported as what
// it is: a console error naming the file, and on the widget the words of `error.chunk` with a retry,
// not the "can't reach the service" screen. When the network is back, the retry fetches the file
// under a fresh URL and the subscriber carries on with everything entered kept.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, startSite } from './sites.mjs';
import { escapeRegExp, openWatched, strictPageFor } from './pages.mjs';
import { chooseImmediately, button, createDemoServer, launch, serverRequests, verifyBySms, waitForStep, widgetText } from './harness.mjs';

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

/** src/i18n/messages/boot.ts, core.ts: what the subscriber reads. */
const WORDS = {
  'zh-CN': {
    chunk: '页面有部分内容没能加载，请检查网络后重试。',
    kept: '您填写的内容都已保留。',
    retry: '重试',
    unreachable: '暂时无法连接退订服务',
  },
  en: {
    chunk: 'Part of this page did not load. Check your connection and try again.',
    retry: 'Try again',
    unreachable: 'We cannot reach the unsubscribe service',
  },
};

/** The built chunk under dist/standalone/ whose path matches `pattern` (its hash changes with every build). */
function chunk(pattern) {
  const files = readdirSync(join(DIST, 'standalone'), { recursive: true }).map((file) => file.split('\\').join('/'));
  const found = files.filter((file) => pattern.test(file));
  if (found.length !== 1) throw new Error(`expected one chunk matching ${pattern}, found ${found.join(', ') || 'none'}`);
  return `standalone/${found[0]}`;
}

/**
 * `file` (a path under dist/) answers 404 whatever its query string, until `network.back = true`;
 * `network.answers` lists each request for it with the status it got.
 */
async function loseFile(page, file) {
  const network = { back: false, answers: [] };
  await page.route(
    (url) => url.pathname === `/dist/${file}`,
    (route) => {
      const url = route.request().url();
      if (network.back) {
        network.answers.push({ url, status: 200 });
        return route.fallback();
      }
      network.answers.push({ url, status: 404 });
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    },
  );
  return network;
}

/**
 * Every attempt but the last was lost, the last arrived, and each retry used a URL of its own
 * (`?retry=N`: a browser remembers a failed module for the life of the page).
 */
function assertRetriedUnderFreshUrls(network, file) {
  const statuses = network.answers.map((answer) => answer.status);
  assert.deepEqual(statuses, [...statuses.slice(0, -1).map(() => 404), 200], JSON.stringify(network.answers));
  assert.equal(new Set(network.answers.map((answer) => answer.url)).size, network.answers.length, 'no URL was asked for twice');
  assert.match(network.answers.at(-1).url, new RegExp(`/dist/${escapeRegExp(file)}\\?retry=\\d+$`));
}

/** Errors other than the lost file's own: its 404s and the widget's report of it are expected. */
function otherErrors(errors, said) {
  return errors.filter((error) => !error.includes('404 (Not Found)') && !error.includes(said));
}

/** The notice shown in place of a step (or of the whole widget) whose file was lost. */
async function assertLostPartNotice(page, widget, locale) {
  const words = WORDS[locale];
  const notice = widget.locator('[role="alert"]', { hasText: words.chunk });
  await notice.waitFor();
  assert.equal(await notice.locator('button', { hasText: words.retry }).count(), 1, 'the notice offers a retry');
  assert.doesNotMatch(await widgetText(page), new RegExp(escapeRegExp(words.unreachable)), 'not the unreachable screen');
  return notice;
}

async function tickPrepare(widget) {
  await widget.locator('#cpu-backup').check();
  await widget.locator('#cpu-terms').check();
}

describe('a chunk that cannot load', () => {
  it('the reason step’s code, lost when Continue is pressed: named, retried, and the ticks on prepare are kept', async () => {
    const file = chunk(/^reason-[^/]+\.js$/);
    let network;
    const watched = await openWatched(browser, new URL('/strict.html', server.url).href, {
      setup: async (page) => (network = await loseFile(page, file)),
    });
    const { page, widget, errors } = watched;
    try {
      await waitForStep(page, 'prepare');
      await tickPrepare(widget);
      await button(widget, '继续').click();
      const notice = await assertLostPartNotice(page, widget, 'zh-CN');
      assert.match(await notice.textContent(), new RegExp(escapeRegExp(WORDS['zh-CN'].kept)));
      assert.equal(await widget.getAttribute('step'), 'reason', 'the subscriber is on the reason step, told a part is missing');
      const said = await watched.consoleMessage(/could not load the "reason" step/);
      assert.match(said, new RegExp(`ChunkLoadError: could not load ${escapeRegExp(new URL(`/dist/${file}`, server.url).href)}`));

      network.back = true;
      await button(widget, WORDS['zh-CN'].retry).click();
      await waitForStep(page, 'reason');
      assertRetriedUnderFreshUrls(network, file);
      await button(widget, '返回上一步').click();
      await waitForStep(page, 'prepare');
      assert.equal(await widget.locator('#cpu-backup').isChecked(), true, 'the backup tick is kept');
      assert.equal(await widget.locator('#cpu-terms').isChecked(), true, 'the terms tick is kept');
      await button(widget, '继续').click();
      await waitForStep(page, 'reason');
      await widget.getByLabel('费用过高').check();
      await button(widget, '继续').click();
      await waitForStep(page, 'verify');
      assert.deepEqual(otherErrors(errors, 'could not load the "reason" step'), []);
      assert.deepEqual(await watched.violations(), []);
    } finally {
      await watched.context.close();
    }
  });

  it('the verify step’s strings, lost after a reason was typed: retried, the comment is kept and submitted, the flow reaches done', async () => {
    const file = chunk(/^messages\/zh-CN\/verify-[^/]+\.js$/);
    let network;
    const watched = await openWatched(browser, new URL('/strict.html', server.url).href, {
      setup: async (page) => (network = await loseFile(page, file)),
    });
    const { page, widget, errors, requests } = watched;
    const comment = '公司统一配发了电脑，这台用不上了';
    try {
      await waitForStep(page, 'prepare');
      await tickPrepare(widget);
      await button(widget, '继续').click();
      await waitForStep(page, 'reason');
      await widget.getByLabel('费用过高').check();
      await widget.locator('#cpu-comment').fill(comment);
      await button(widget, '继续').click();
      await assertLostPartNotice(page, widget, 'zh-CN');
      assert.equal(await widget.getAttribute('step'), 'verify');
      const said = await watched.consoleMessage(/could not load the "verify" step/);
      assert.match(said, new RegExp(`could not load ${escapeRegExp(new URL(`/dist/${file}`, server.url).href)}`));

      network.back = true;
      await button(widget, WORDS['zh-CN'].retry).click();
      await waitForStep(page, 'verify');
      assertRetriedUnderFreshUrls(network, file);
      await button(widget, '返回上一步').click();
      await waitForStep(page, 'reason');
      assert.equal(await widget.getByLabel('费用过高').isChecked(), true, 'the reason is kept');
      assert.equal(await widget.locator('#cpu-comment').inputValue(), comment, 'the comment is kept');
      await button(widget, '继续').click();
      await waitForStep(page, 'verify');
      await verifyBySms(page, widget);
      await chooseImmediately(widget);
      await button(widget, '确认退订').click();
      await waitForStep(page, 'status');
      await waitForStep(page, 'done', 20000);
      const submits = requests.filter((request) => request.method() === 'POST' && new URL(request.url()).pathname === '/api/requests');
      assert.equal(submits.length, 1);
      assert.equal(submits[0].postDataJSON().comment, comment, 'the comment typed before the loss is the one submitted');
      assert.equal((await serverRequests(page)).length, 1);
      assert.deepEqual(otherErrors(errors, 'could not load the "verify" step'), []);
      assert.deepEqual(await watched.violations(), []);
    } finally {
      await watched.context.close();
    }
  });

  it('the first step’s code, lost at load: the notice on the first step, then prepare after the retry', async () => {
    const file = chunk(/^prepare-[^/]+\.js$/);
    let network;
    const watched = await openWatched(browser, new URL('/strict.html', server.url).href, {
      setup: async (page) => (network = await loseFile(page, file)),
    });
    const { page, widget, errors } = watched;
    try {
      await assertLostPartNotice(page, widget, 'zh-CN');
      assert.equal(await widget.getAttribute('step'), 'prepare');
      const said = await watched.consoleMessage(/could not load the "prepare" step/);
      assert.match(said, new RegExp(`could not load ${escapeRegExp(new URL(`/dist/${file}`, server.url).href)}`));

      network.back = true;
      await button(widget, WORDS['zh-CN'].retry).click();
      await waitForStep(page, 'prepare');
      assertRetriedUnderFreshUrls(network, file);
      await tickPrepare(widget);
      await button(widget, '继续').click();
      await waitForStep(page, 'reason');
      assert.deepEqual(otherErrors(errors, 'could not load the "prepare" step'), []);
      assert.deepEqual(await watched.violations(), []);
    } finally {
      await watched.context.close();
    }
  });

  it('the shell’s strings, lost at load (in English): the built-in notice and Try again, then the first step', async () => {
    const file = chunk(/^messages\/en\/core-[^/]+\.js$/);
    const site = await startSite(server.url, { pages: { '/strict.html': await strictPageFor(server.url, { locale: 'en' }) } });
    let network;
    const watched = await openWatched(browser, `${site.origin}/strict.html`, {
      locale: 'en',
      setup: async (page) => (network = await loseFile(page, file)),
    });
    const { page, widget, errors } = watched;
    try {
      await assertLostPartNotice(page, widget, 'en');
      const said = await watched.consoleMessage(/could not load the en texts/);
      assert.match(said, new RegExp(`could not load ${escapeRegExp(`${site.origin}/dist/${file}`)}`));

      network.back = true;
      await button(widget, WORDS.en.retry).click();
      await waitForStep(page, 'prepare');
      assertRetriedUnderFreshUrls(network, file);
      assert.match(await widgetText(page), /Step 1 of/);
      assert.deepEqual(otherErrors(errors, 'could not load the en texts'), []);
      assert.deepEqual(await watched.violations(), []);
    } finally {
      await watched.context.close();
      await site.close();
    }
  });
});
