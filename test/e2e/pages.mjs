// Pages watched the way these tests need: every request, console message, uncaught error, CSP
// violation and `cloudpc-step-change` recorded from the first script on; and the reference back
// end's strict page as an operator would write it for the widget's files at another URL.
import { STANDALONE } from './sites.mjs';

/**
 * A fresh visitor (its own context and cookie) on `url`. `setup(page, context)` runs before the
 * page loads: routes, network conditions.
 */
export async function openWatched(browser, url, { locale = 'zh-CN', setup } = {}) {
  const context = await browser.newContext({ locale: locale === 'en' ? 'en-GB' : 'zh-CN' });
  const page = await context.newPage();
  const requests = [];
  const consoleMessages = [];
  const errors = [];
  const awaited = [];
  page.on('request', (request) => requests.push(request));
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    consoleMessages.push({ type: message.type(), text: message.text() });
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    for (const waiter of awaited.filter((w) => w.pattern.test(message.text()))) waiter.resolve(message.text());
  });
  /** The text of the first console message (past or coming) that matches `pattern`. */
  const consoleMessage = (pattern, timeout = 15000) => {
    const past = consoleMessages.find((m) => pattern.test(m.text));
    if (past) return Promise.resolve(past.text);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no console message matched ${pattern} in ${timeout} ms`)), timeout);
      awaited.push({ pattern, resolve: (text) => (clearTimeout(timer), resolve(text)) });
    });
  };
  await page.addInitScript(() => {
    window.__cspViolations = [];
    window.__stepChanges = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(
        `${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      );
    });
    document.addEventListener('cloudpc-step-change', (event) => window.__stepChanges.push(event.detail.step));
  });
  await setup?.(page, context);
  const response = await page.goto(url);
  return {
    context,
    page,
    widget: page.locator('cloudpc-unsubscribe'),
    response,
    requests,
    consoleMessages,
    consoleMessage,
    errors,
    violations: () => page.evaluate(() => window.__cspViolations),
    stepChanges: () => page.evaluate(() => window.__stepChanges),
  };
}

function replaceOnce(text, from, to, what) {
  if (text.split(from).length !== 2) throw new Error(`${what}: expected exactly one "${from}"`);
  return text.replace(from, to);
}

/**
 * The reference back end's strict page (`/strict.html`, with its CSP header and Trusted Types), as
 * an operator would write it for the standalone entry at `entry`: `scriptOrigin` is added to
 * `script-src` (a CDN), `locale` replaces the widget's language. Fetched from the running back end,
 * so the policy is the one the other strict tests use.
 */
export async function strictPageFor(serverUrl, { entry, scriptOrigin, locale } = {}) {
  const response = await fetch(new URL('/strict.html', serverUrl));
  let body = await response.text();
  let csp = response.headers.get('content-security-policy') ?? '';
  if (entry !== undefined) body = replaceOnce(body, `src="/dist/${STANDALONE}"`, `src="${entry}"`, 'strict.html');
  if (locale !== undefined) body = replaceOnce(body, 'locale="zh-CN"', `locale="${locale}"`, 'strict.html');
  if (scriptOrigin !== undefined) csp = replaceOnce(csp, "script-src 'self'", `script-src 'self' ${scriptOrigin}`, 'its CSP');
  return { body, csp };
}

/** How many times each key occurs, only those above once. */
export function repeats(keys) {
  const counts = new Map();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return Object.fromEntries([...counts].filter(([, n]) => n > 1));
}

/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
