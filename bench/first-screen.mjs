// What the first-paint bench and the one-wave e2e test share: the page a subscriber's phone opens,
// the emulated mobile latency, the record of every request, and when the first step was painted.
// Times are in the page's clock (milliseconds since navigation start, `performance.now()`), so a
// request's start and end compare directly with the paint.

/** The only thing that differs between the widget's page and the baseline's is the script and the tag. */
export function pageHtml({ script, body }) {
  // The empty icon keeps the browser's own /favicon.ico request out of the count.
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
    ${body}
  </body>
</html>
`;
}

/** The widget embedded as the README says: one module script and the tag. */
export const WIDGET_ENTRY = '/dist/cloudpc-unsubscribe.standalone.js';
export const widgetPageHtml = () =>
  pageHtml({ script: WIDGET_ENTRY, body: '<cloudpc-unsubscribe api-base="/api" locale="zh-CN"></cloudpc-unsubscribe>' });

/** A phone's screen (CSS pixels); the first step is laid out as a subscriber would see it. */
export const PHONE_VIEWPORT = { width: 390, height: 844 };

/**
 * Watches, from before the page's first script, for the first step on screen: the element's shadow
 * root holding the `prepare` step's two checkboxes, both visible. A requestAnimationFrame loop
 * checks once per frame, so both pages are checked by the same code at the same moments.
 *
 * `window.__firstPaint` is a promise of
 * - `shownAt`: `performance.now()` inside the first frame's callback that finds them. That frame
 *   paints them; a request started before this moment was started before the step was on screen.
 * - `paintedAt`: the timestamp of the following frame, by when the frame with the checkboxes has
 *   been painted. This is "first paint" in the bench's figures.
 */
export async function watchFirstPaint(context, hostSelector) {
  await context.addInitScript((selector) => {
    window.__firstPaint = new Promise((resolve) => {
      const shown = () => {
        const boxes = [...(document.querySelector(selector)?.shadowRoot?.querySelectorAll('input[type="checkbox"]') ?? [])];
        return (
          boxes.length >= 2 &&
          boxes.every((box) => box.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && box.getClientRects().length > 0)
        );
      };
      const check = () => {
        if (!shown()) {
          requestAnimationFrame(check);
          return;
        }
        const shownAt = performance.now();
        requestAnimationFrame((paintedAt) => resolve({ shownAt, paintedAt, timeOrigin: performance.timeOrigin }));
      };
      requestAnimationFrame(check);
    });
  }, hostSelector);
}

/** Waits for `watchFirstPaint`'s answer, or fails after `timeoutMs` saying what was awaited. */
export async function firstPaint(page, timeoutMs = 30_000) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the first step's two checkboxes were not on screen within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([page.evaluate(() => window.__firstPaint), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A CDP session on `page` that adds `latencyMs` to every request (Chrome DevTools' network
 * emulation: from the request being sent to its response headers; no bandwidth limit). Call it
 * before the navigation.
 */
export async function emulateLatency(context, page, latencyMs) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: latencyMs, downloadThroughput: -1, uploadThroughput: -1 });
  return cdp;
}

/** The script a request came from, when Chromium says (a module's import, a fetch in a chunk). */
function initiatorUrl(initiator) {
  if (!initiator) return null;
  return initiator.url ?? initiator.stack?.callFrames?.[0]?.url ?? null;
}

/**
 * Records every http(s) request the page makes on `cdp` (a session from `emulateLatency`):
 * `requests(timeOrigin)` lists them in the page's clock, `{ id, url, start, end, failed, initiator }`
 * (`end`: the response's last byte, null while in flight), in the order they started.
 */
export function recordRequests(cdp) {
  const all = [];
  const byId = new Map();
  const listeners = new Set();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  cdp.on('Network.requestWillBeSent', (event) => {
    if (!/^https?:/.test(event.request.url) || byId.has(event.requestId)) return;
    const request = {
      id: event.requestId,
      url: event.request.url,
      method: event.request.method,
      wallStart: event.wallTime * 1000,
      monotonicStart: event.timestamp,
      monotonicEnd: null,
      failed: null,
      initiator: initiatorUrl(event.initiator),
    };
    all.push(request);
    byId.set(event.requestId, request);
    changed();
  });
  cdp.on('Network.loadingFinished', (event) => {
    const request = byId.get(event.requestId);
    if (request) request.monotonicEnd = event.timestamp;
    changed();
  });
  cdp.on('Network.loadingFailed', (event) => {
    const request = byId.get(event.requestId);
    if (request) {
      request.monotonicEnd = event.timestamp;
      request.failed = event.errorText;
    }
    changed();
  });

  /** Resolves when `done()` holds, checked after every network event, or rejects after `timeoutMs`. */
  function until(done, timeoutMs, what) {
    return new Promise((resolve, reject) => {
      const stop = () => {
        listeners.delete(check);
        clearTimeout(timer);
      };
      const check = () => {
        if (!done()) return;
        stop();
        resolve();
      };
      const timer = setTimeout(() => {
        stop();
        const pending = all.filter((request) => request.monotonicEnd === null).map((request) => pathOf(request.url));
        reject(new Error(`${what}: still waiting after ${timeoutMs} ms (in flight: ${pending.join(', ') || 'none'})`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });
  }
  const allFinished = (ids) => all.every((request) => request.monotonicEnd !== null || (ids !== undefined && !ids.has(request.id)));

  return {
    /** Every request so far in the page's clock (CDP's wall time of the start, its monotonic clock for the duration). */
    requests(timeOrigin) {
      return all.map(({ id, url, method, wallStart, monotonicStart, monotonicEnd, failed, initiator }) => {
        const start = wallStart - timeOrigin;
        const end = monotonicEnd === null ? null : start + (monotonicEnd - monotonicStart) * 1000;
        return { id, url, method, start, end, failed, initiator };
      });
    },
    /** Resolves once every request named by id in `ids` has finished (or failed). */
    finished(ids, timeoutMs = 15_000) {
      const wanted = new Set(ids);
      return until(() => allFinished(wanted), timeoutMs, 'requests still in flight');
    },
    /** Resolves once nothing is in flight and nothing new has started for `quietMs`. */
    async settled(quietMs = 500, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await until(() => allFinished(), Math.max(1, deadline - Date.now()), "the page's network did not settle");
        const count = all.length;
        await new Promise((resolve) => setTimeout(resolve, quietMs));
        if (all.length === count && allFinished()) return;
        if (Date.now() > deadline) throw new Error(`the page's network did not settle within ${timeoutMs} ms`);
      }
    },
    /** The response body of a finished request, as bytes. */
    async body(id) {
      const { body, base64Encoded } = await cdp.send('Network.getResponseBody', { requestId: id });
      return Buffer.from(body, base64Encoded ? 'base64' : 'utf8');
    },
  };
}

/** `http://127.0.0.1:1234/dist/x.js?y` → `/dist/x.js?y`, for reports. */
export function pathOf(url) {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}
