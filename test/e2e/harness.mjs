// End-to-end harness: the reference back end in this process, Debian's Chromium driven by
// playwright-core (never a downloaded browser), and helpers that act as a subscriber would.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs';

const serverBundle = fileURLToPath(new URL('../../.cache/demo-server.mjs', import.meta.url));
if (!existsSync(serverBundle)) throw new Error('run `node scripts/build-demo-server.mjs` first (npm run test:e2e does)');
const { createDemoServer, severalCloudPcs } = await import(serverBundle);

export { createDemoServer, severalCloudPcs };

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The axe violations inside the widget (its shadow root included). */
export async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await globalThis.axe.run('cloudpc-unsubscribe');
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** A 360 × 740 touch phone in `locale`, the demo portal set to speak it (guided, the default theme). */
export async function phoneContext(browser, locale) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: locale === 'en' ? 'en-GB' : 'zh-CN',
  });
  await context.addInitScript(
    (l) => localStorage.setItem('cpu-demo', JSON.stringify({ locale: l, mode: 'guided', theme: 'auto' })),
    locale,
  );
  return context;
}

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

/** A fresh browser context (its own cookies: its own visitor on the back end) on the portal. */
export async function openPortal(browser, url, { locale = 'zh-CN', mode = 'guided', path = '/', appearance = 'standard' } = {}) {
  const context = await browser.newContext({ locale: locale === 'en' ? 'en-GB' : 'zh-CN' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await context.addInitScript(
    ([l, m, a]) => localStorage.setItem('cpu-demo', JSON.stringify({ locale: l, mode: m, theme: 'auto', appearance: a })),
    [locale, mode, appearance],
  );
  await page.goto(new URL(path, url).href);
  const widget = page.locator('cloudpc-unsubscribe');
  return { context, page, widget, problems };
}

/** Waits until the widget shows `step` and has finished loading it. */
export async function waitForStep(page, step, timeout = 15000) {
  await page.waitForFunction(
    (s) => {
      const el = document.querySelector('cloudpc-unsubscribe');
      return el?.getAttribute('step') === s && el.shadowRoot?.querySelector('[part="container"][aria-busy="false"]');
    },
    step,
    { timeout },
  );
}

/** A button of the widget by its exact visible label. */
export function button(widget, label) {
  return widget.locator('button', { hasText: new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) });
}

/** The newest SMS code the fake phone received (the portal's inbox, read through the back end; receipts sent there have no code). */
export async function latestCode(page) {
  return page.evaluate(async () => {
    const response = await fetch('/demo/inbox');
    const { messages } = await response.json();
    return messages.find((message) => message.code !== undefined)?.code ?? null;
  });
}

/** The code of the SMS just sent, once the fake phone has it (null after 5 s without one). */
export async function smsCodeArriving(page) {
  for (let i = 0; i < 50; i += 1) {
    const code = await latestCode(page);
    if (code !== null) return code;
    await page.waitForTimeout(100);
  }
  return null;
}

export async function serverRequests(page) {
  return page.evaluate(async () => (await (await fetch('/demo/requests')).json()).requests ?? []);
}

/** prepare → reason: acknowledgements and a reason, as a subscriber ticks them. */
export async function throughPrepareAndReason(page, widget, { reason = '费用过高', comment = '公司统一配发了电脑' } = {}) {
  await waitForStep(page, 'prepare');
  await widget.locator('#cpu-backup').check();
  await widget.locator('#cpu-terms').check();
  await button(widget, '继续').click();
  await waitForStep(page, 'reason');
  await widget.getByLabel(reason).check();
  await widget.locator('#cpu-comment').fill(comment);
  await button(widget, '继续').click();
  await waitForStep(page, 'verify');
}

export async function sendSmsCode(page, widget) {
  await chooseSms(widget);
  await button(widget, '发送验证码').click();
  await widget.locator('input#cpu-code').waitFor();
  const code = await smsCodeArriving(page);
  if (code === null) throw new Error('no SMS reached the demo phone');
  return code;
}

/** The widget's visible text (its shadow root; `textContent` of the host gives only the slotted footer). */
export async function widgetText(page) {
  return page.evaluate(() => document.querySelector('cloudpc-unsubscribe')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');
}

/** Picks SMS when a choice of methods is offered. */
export async function chooseSms(widget) {
  const sms = widget.getByLabel('短信验证码', { exact: true });
  if (await sms.count()) await sms.check();
}

/** Another tab of the same visitor: a page in `context`, which shares its cookie. */
export async function openTab(context, url, path = '/') {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(new URL(path, url).href);
  return { page, widget: page.locator('cloudpc-unsubscribe'), problems };
}

/** Arms `POST /demo/faults` for this page's visitor: the next `times` calls of `method` answer `status`. */
export async function armFault(page, fault) {
  const armed = await page.evaluate(async (body) => {
    const response = await fetch('/demo/faults', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return response.ok;
  }, fault);
  if (!armed) throw new Error(`the fault ${JSON.stringify(fault)} was refused`);
}

/** From verify: sends an SMS code, types the one the fake phone received, and waits for the quote on confirm. */
export async function verifyBySms(page, widget) {
  const code = await sendSmsCode(page, widget);
  await widget.locator('input#cpu-code').fill(code);
  await button(widget, '验证').click();
  await waitForStep(page, 'confirm');
  await chooseImmediately(widget);
  await widget.locator('table').waitFor();
}

/**
 * On confirm or one-click: chooses 立即生效, as the subscriber must when the operator offers a choice
 * (nothing is pre-selected for them); nothing to do when there is none or it is already chosen.
 */
export async function chooseImmediately(widget) {
  const radio = widget.locator('input[type="radio"][value="immediately"]');
  if ((await radio.count()) > 0) await radio.check();
}

/**
 * The boxes of the widget's controls on screen smaller than `min` CSS px (44 by default) in either
 * direction. A checkbox or radio is tapped anywhere on its row, so its row is measured.
 */
export function smallControls(page, min = 44) {
  return page.evaluate((min) => {
    const root = document.querySelector('cloudpc-unsubscribe').shadowRoot;
    const small = [];
    for (const control of root.querySelectorAll('a[href], button, summary, select, input, textarea')) {
      if (control.closest('.visually-hidden')) continue;
      const target = control.matches('input[type="checkbox"], input[type="radio"]') ? control.closest('.choice') : control;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not shown on this screen
      if (box.width < min - 0.5 || box.height < min - 0.5) {
        const name = (control.textContent || control.getAttribute('aria-label') || control.id || control.value || '').trim().slice(0, 40);
        small.push(`${control.tagName.toLowerCase()} "${name}": ${Math.round(box.width)} × ${Math.round(box.height)}`);
      }
    }
    return small;
  }, min);
}

/** What a subscriber presses on the way to submitting, per language. */
const SUBMIT_WORDS = {
  'zh-CN': { continue: '继续', sms: '短信验证码', send: '发送验证码', check: '验证', submit: '确认退订' },
  en: { continue: 'Continue', sms: 'Text message code', send: 'Send code', check: 'Check code', submit: 'Confirm unsubscribe' },
};

/**
 * prepare → status in `locale`, as a subscriber goes: both acknowledgements, the first reason, an
 * SMS code read from the fake phone, 立即生效, 确认退订.
 */
export async function submitRequest(page, widget, locale = 'zh-CN') {
  const words = SUBMIT_WORDS[locale];
  await waitForStep(page, 'prepare');
  await widget.locator('#cpu-backup').check();
  await widget.locator('#cpu-terms').check();
  await button(widget, words.continue).click();
  await waitForStep(page, 'reason');
  await widget.locator('fieldset input').first().check();
  await button(widget, words.continue).click();
  await waitForStep(page, 'verify');
  const sms = widget.getByLabel(words.sms, { exact: true });
  if (await sms.count()) await sms.first().check();
  await button(widget, words.send).click();
  await widget.locator('input#cpu-code').waitFor();
  const code = await smsCodeArriving(page);
  await widget.locator('input#cpu-code').fill(code ?? '');
  await button(widget, words.check).click();
  await waitForStep(page, 'confirm');
  await chooseImmediately(widget);
  await widget.locator('table').waitFor();
  await button(widget, words.submit).click();
  await waitForStep(page, 'status');
}
