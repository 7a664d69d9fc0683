/**
 * The large appearance (appearance="large", for older subscribers): the sizes, contrast and targets
 * the README states are measured here on every step of a run, with axe; plain wording in both
 * languages; one step per screen even in one-click; a way to reach a person on every screen. And a
 * page that sets nothing sees the usual widget.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createMockAdapter, type MockAdapterOptions } from '../../src/adapters/mock/index.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import type { Locale } from '../../src/i18n/index.js';
import {
  chooseEffective,
  choice,
  click,
  field,
  keepPageVisible,
  root,
  setChecked,
  settled,
  shownText,
  type,
  waitForStep,
} from './drive.js';

let container: HTMLElement | undefined;
/** Moves the mock's clock (the status timeline runs on it). */
let advance: (ms: number) => void = () => undefined;
afterEach(() => {
  container?.remove();
  container = undefined;
  document.documentElement.style.removeProperty('font-size');
});

async function start(
  o: { locale?: Locale; mode?: 'guided' | 'one-click'; large?: boolean; mock?: MockAdapterOptions } = {},
): Promise<CloudpcUnsubscribe> {
  let t = Date.parse('2026-11-24T10:00:00+08:00');
  const mock = createMockAdapter({
    now: () => new Date(t),
    verificationMethods: ['sms'],
    statusTimeline: { processingAfterMs: 0, doneAfterMs: 60_000 },
    ...o.mock,
  });
  container = document.createElement('div');
  document.body.append(container);
  const el = document.createElement('cloudpc-unsubscribe');
  el.adapter = mock;
  el.locale = o.locale ?? 'zh-CN';
  el.mode = o.mode ?? 'guided';
  el.persist = 'none';
  el.history = 'none';
  if (o.large !== false) el.setAttribute('appearance', 'large');
  container.append(el);
  advance = (ms) => (t += ms);
  await settled(el);
  return el;
}

function px(value: string): number {
  return Number.parseFloat(value);
}

/** The computed font size of every piece of text a subscriber can see. */
function shownTextSizes(el: CloudpcUnsubscribe): Array<{ text: string; size: number }> {
  const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
  const out: Array<{ text: string; size: number }> = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = (node.textContent ?? '').trim();
    const parent = node.parentElement;
    if (text === '' || parent === null || parent.closest('.visually-hidden') || !parent.checkVisibility()) continue;
    out.push({ text, size: px(getComputedStyle(parent).fontSize) });
  }
  return out;
}

/** Every control a subscriber presses: buttons, the help links, the FAQ's summary, form fields. */
function targets(el: CloudpcUnsubscribe): Element[] {
  return [...root(el).querySelectorAll('button, .reach-person__link, summary, input.input, textarea')].filter((e) => e.checkVisibility());
}

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? [])
    .slice(0, 3)
    .map((v) => Number(v) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** What the README promises of the large appearance, measured on the screen shown now. */
async function meetsLargeFigures(el: CloudpcUnsubscribe): Promise<void> {
  await el.updateComplete;
  const small = shownTextSizes(el).filter((t) => t.size < 18);
  expect(small, `text under 18 px: ${JSON.stringify(small.slice(0, 5))}`).to.deep.equal([]);
  for (const target of targets(el)) {
    const box = target.getBoundingClientRect();
    expect(box.height, `${target.outerHTML.slice(0, 80)} is ${box.height} px high`).to.be.at.least(60);
    if (target.matches('button, .reach-person__link'))
      expect(box.width, `${target.outerHTML.slice(0, 80)} is ${box.width} px wide`).to.be.at.least(60);
  }
  for (const box of root(el).querySelectorAll<HTMLInputElement>('.choice input')) {
    expect(box.getBoundingClientRect().height).to.be.at.least(32);
  }
  const surface = getComputedStyle(root(el).querySelector('[part="container"]')!).backgroundColor;
  for (const hint of root(el).querySelectorAll('.hint, [part="progress"], a')) {
    if (hint.closest('.reach-person') || !hint.checkVisibility()) continue;
    const ratio = contrast(getComputedStyle(hint).color, surface);
    expect(ratio, `${hint.outerHTML.slice(0, 60)} has ${ratio.toFixed(2)}:1`).to.be.at.least(7);
  }
  await expect(el).to.be.accessible();
}

function reachPerson(el: CloudpcUnsubscribe): HTMLElement | null {
  return root(el).querySelector('[part="reach-person"]');
}

describe('appearance="large"', () => {
  keepPageVisible();

  it('leaves the widget as it was for a page that does not ask for it', async () => {
    const el = await start({ large: false });
    expect(el.appearance).to.equal('standard');
    expect(px(getComputedStyle(root(el).querySelector('[part="container"]')!).fontSize)).to.equal(16);
    expect(reachPerson(el)).to.equal(null);
    expect(shownText(el)).to.contain('退出登录后用本人账号办理');
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`meets its figures and offers a person on every step of a run (${locale})`, async function () {
      this.timeout(30_000);
      const words =
        locale === 'zh-CN'
          ? { cont: '继续', reason: '费用过高', send: '发送验证码', check: '验证', submit: '确认退订', refresh: '立即刷新' }
          : {
              cont: 'Continue',
              reason: 'It costs too much',
              send: 'Send code',
              check: 'Check code',
              submit: 'Confirm unsubscribe',
              refresh: 'Refresh now',
            };
      const el = await start({ locale });
      expect(el.getAttribute('appearance')).to.equal('large');
      expect(px(getComputedStyle(root(el).querySelector('[part="container"]')!).fontSize)).to.equal(20);
      const seen: string[] = [];
      const check = async (): Promise<void> => {
        const help = reachPerson(el);
        expect(help, `no way to reach a person on ${String(el.step)}`).to.not.equal(null);
        expect(help!.querySelector('a[href="tel:10086"]')?.textContent).to.contain('10086');
        expect(help!.querySelector('a[href="https://example.com/cloudpc/chat"]')).to.not.equal(null);
        await meetsLargeFigures(el);
        seen.push(el.step ?? '');
      };
      await check();
      await setChecked(el, field(el, 'backup'));
      await setChecked(el, field(el, 'terms'));
      await click(el, words.cont);
      await waitForStep(el, 'reason');
      await check();
      await setChecked(el, choice(el, words.reason));
      await click(el, words.cont);
      await waitForStep(el, 'verify');
      await click(el, words.send);
      await waitUntil(() => root(el).querySelector('input#cpu-code'), 'the code field did not appear');
      await check();
      await type(el, field(el, 'code'), '123456');
      await click(el, words.check);
      await waitForStep(el, 'confirm');
      // Nothing is chosen for the subscriber: the quote comes once they pick when it takes effect.
      await chooseEffective(el);
      await waitUntil(() => root(el).querySelector('table'), 'the quote did not show');
      await check();
      await click(el, words.submit);
      await waitForStep(el, 'status');
      await check();
      advance(61_000);
      await click(el, words.refresh);
      await waitForStep(el, 'done');
      await check();
      expect(seen).to.deep.equal(['prepare', 'reason', 'verify', 'confirm', 'status', 'done']);
    });
  }

  it("speaks plainly in zh-CN and in en, and the operator's own words still win", async () => {
    const zh = await start({ locale: 'zh-CN' });
    expect(shownText(zh)).to.contain('这不是您的账号？请不要继续，可以打客服电话');
    expect(shownText(zh)).to.not.contain('退出登录后用本人账号办理');
    container?.remove();
    const en = await start({ locale: 'en' });
    expect(shownText(en)).to.contain('Not your account? Please stop here.');
    en.messages = { en: { 'prepare.notYou.hotline': 'Our own words.' } };
    await en.updateComplete;
    expect(shownText(en)).to.contain('Our own words.');
  });

  it('shows one step per screen even when one-click was asked for', async () => {
    const el = await start({ mode: 'one-click' });
    expect(el.step).to.equal('prepare');
    expect(shownText(el)).to.contain('第 1 步，共 6 步');
    el.appearance = 'standard';
    await waitForStep(el, 'one-click');
  });

  it("grows further with the page's root font size", async () => {
    document.documentElement.style.fontSize = '20px';
    const el = await start();
    expect(px(getComputedStyle(root(el).querySelector('[part="container"]')!).fontSize)).to.equal(25);
    const continueButton = root(el).querySelector('[part~="primary-action"]')!;
    expect(continueButton.getBoundingClientRect().height).to.be.at.least(75);
  });

  it('offers the hotline as text when it is not a number a phone can dial, and nothing when the context has no contact', async () => {
    const el = await start({ mock: { context: { support: { hotline: '请在工作时间联系营业厅', chatUrl: undefined } } } });
    const help = reachPerson(el);
    expect(help?.textContent).to.contain('请在工作时间联系营业厅');
    expect(help?.querySelector('a')).to.equal(null);
    container?.remove();
    const none = await start({ mock: { context: { support: { hotline: undefined, chatUrl: undefined, email: 'help@example.com' } } } });
    expect(reachPerson(none)).to.equal(null);
  });
});
