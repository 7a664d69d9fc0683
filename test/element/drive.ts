/**
 * Drives <cloudpc-unsubscribe> the way a subscriber would: by visible labels and field ids,
 * inside its shadow root. Shared by the element and step tests.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import type { UnsubscribeAdapter } from '../../src/contract/adapter.js';
import type { StepId } from '../../src/flow/types.js';
import type { Locale } from '../../src/i18n/index.js';
import type { UnsubscribeOptions } from '../../src/options/index.js';
import { fieldId } from '../../src/ui/field-ids.js';

export interface MountOptions {
  adapter?: UnsubscribeAdapter;
  locale?: Locale;
  mode?: 'guided' | 'one-click';
  options?: UnsubscribeOptions;
  persist?: 'session' | 'none';
}

/** Mounts the element and waits until it has loaded (a step, a blocked or an ended state). */
export async function mount(o: MountOptions = {}): Promise<CloudpcUnsubscribe> {
  const el = await fixture<CloudpcUnsubscribe>(
    html`<cloudpc-unsubscribe
      locale=${o.locale ?? 'zh-CN'}
      mode=${o.mode ?? 'guided'}
      persist=${o.persist ?? 'none'}
      .adapter=${o.adapter}
      .options=${o.options}
    ></cloudpc-unsubscribe>`,
  );
  await settled(el);
  return el;
}

export function root(el: CloudpcUnsubscribe): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

/** Waits for loading to end and the last render to land. */
export async function settled(el: CloudpcUnsubscribe): Promise<void> {
  await waitUntil(() => root(el).querySelector('[part="container"][aria-busy="false"]'), 'the widget did not finish loading', {
    timeout: 8000,
  });
  await el.updateComplete;
}

/** All visible text of the widget, whitespace collapsed. */
export function shownText(el: CloudpcUnsubscribe): string {
  return (root(el).textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function buttons(el: CloudpcUnsubscribe): HTMLButtonElement[] {
  return [...root(el).querySelectorAll('button')];
}

/** The button whose text contains `label` (or matches it). Throws, listing the buttons, when there is none. */
export function findButton(el: CloudpcUnsubscribe, label: string | RegExp): HTMLButtonElement {
  const text = (b: HTMLButtonElement) => (b.textContent ?? '').replace(/\s+/g, ' ').trim();
  const all = buttons(el);
  // An exact label wins over one that merely contains it ("验证" is inside "发送验证码").
  const found =
    typeof label === 'string'
      ? (all.find((b) => text(b) === label) ?? all.find((b) => text(b).includes(label)))
      : all.find((b) => label.test(text(b)));
  if (!found) throw new Error(`no button "${String(label)}"; buttons: ${all.map((b) => JSON.stringify(text(b))).join(', ')}`);
  return found;
}

export async function click(el: CloudpcUnsubscribe, label: string | RegExp): Promise<void> {
  findButton(el, label).click();
  await el.updateComplete;
}

/** The control of a field, by its field id (`backup`, `code`, `answer:q1`, ...). */
export function field<T extends HTMLElement = HTMLInputElement>(el: CloudpcUnsubscribe, id: string): T {
  const found = root(el).querySelector<T>(`#${fieldId(id)}`);
  if (!found) throw new Error(`no field "${id}" (#${fieldId(id)})`);
  return found;
}

/** Ticks or unticks a checkbox / picks a radio, as a click would. */
export async function setChecked(el: CloudpcUnsubscribe, control: HTMLInputElement, checked = true): Promise<void> {
  if (control.checked !== checked) control.click();
  await el.updateComplete;
}

/** The radio or checkbox whose label contains `label`. */
export function choice(el: CloudpcUnsubscribe, label: string): HTMLInputElement {
  const labelEl = [...root(el).querySelectorAll('label')].find((l) => (l.textContent ?? '').includes(label));
  const input = labelEl ? root(el).querySelector<HTMLInputElement>(`#${CSS.escape(labelEl.htmlFor)}`) : null;
  if (!input) throw new Error(`no choice labelled "${label}"`);
  return input;
}

/** Types into a text field or area, firing `input` as typing does. */
export async function type(el: CloudpcUnsubscribe, control: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  control.value = text;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
  await el.updateComplete;
}

export async function waitForStep(el: CloudpcUnsubscribe, step: StepId, timeout = 4000): Promise<void> {
  await waitUntil(() => el.step === step, `step ${step} was not reached (at ${String(el.step)})`, { timeout });
  await settled(el);
}

/** The element that has focus inside the widget's shadow root. */
export function focused(el: CloudpcUnsubscribe): Element | null {
  return root(el).activeElement;
}

/** Collects every cloudpc-* event fired, in order, with its detail. */
export function recordEvents(el: EventTarget): Array<{ type: string; detail: unknown }> {
  const names = [
    'cloudpc-step-change',
    'cloudpc-verified',
    'cloudpc-submitted',
    'cloudpc-status-change',
    'cloudpc-complete',
    'cloudpc-keep',
    'cloudpc-offer-accepted',
    'cloudpc-feedback',
    'cloudpc-error',
    'cloudpc-login-required',
    'cloudpc-withdraw',
  ];
  const log: Array<{ type: string; detail: unknown }> = [];
  for (const name of names) el.addEventListener(name, (e) => log.push({ type: name, detail: (e as CustomEvent).detail }));
  return log;
}

/**
 * The status poller skips hidden tabs, and the test runner may run a file in a background tab:
 * call inside a `describe` to report the page as visible for its tests.
 */
export function keepPageVisible(): void {
  let restore: (() => void) | undefined;
  before(() => {
    const own = Object.getOwnPropertyDescriptor(document, 'visibilityState');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    restore = () => {
      if (own) Object.defineProperty(document, 'visibilityState', own);
      else Reflect.deleteProperty(document, 'visibilityState');
    };
  });
  after(() => restore?.());
}

/** Every string in a value (an adapter answer), for telling adapter data apart from UI text. */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, out);
  return out;
}

/**
 * Moves the page's clock (`new Date()`, `Date.now()`) to `iso`, still ticking, and returns the
 * undo. The widget counts dates from its own "now"; a mock back end gets the same instant through
 * its `now` option. Timers are untouched, so waitUntil and latency work as usual.
 */
export function shiftClockTo(iso: string): () => void {
  const RealDate = Date;
  const offset = RealDate.parse(iso) - RealDate.now();
  class ShiftedDate extends RealDate {
    constructor(...args: [] | [string | number | Date]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(args[0]);
    }
    static override now(): number {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
  return () => {
    globalThis.Date = RealDate;
  };
}

/** Runs `body` with console.warn captured, and returns what was warned. */
export async function capturingWarnings(body: () => Promise<void>): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** What the widget's polite live region says now. */
export function liveRegion(el: CloudpcUnsubscribe): string {
  return root(el).querySelector('[role="status"][aria-live="polite"]')?.textContent?.trim() ?? '';
}

/**
 * Answers prepare and reason and submits from confirm, as a subscriber would, in any language
 * (by field ids and the primary buttons), for a run without identity verification. For tests of
 * what comes after submitting: those screens before have tests of their own.
 */
export async function submitThroughScreens(el: CloudpcUnsubscribe, { reasonIds = ['too-expensive'], comment = '' } = {}): Promise<void> {
  const next = async (): Promise<void> => {
    root(el).querySelector<HTMLButtonElement>('[part="step"] .actions > [part~="primary-action"]')?.click();
    await el.updateComplete;
  };
  await waitForStep(el, 'prepare');
  await setChecked(el, field(el, 'backup'));
  await setChecked(el, field(el, 'terms'));
  await next();
  await waitForStep(el, 'reason');
  for (const id of reasonIds) {
    const box = root(el).querySelector<HTMLInputElement>(`input[name="${fieldId('reasons')}"][value="${id}"]`);
    if (!box) throw new Error(`no reason ${id}`);
    await setChecked(el, box);
  }
  if (comment !== '') await type(el, field<HTMLTextAreaElement>(el, 'comment'), comment);
  await next();
  await waitForStep(el, 'confirm');
  await chooseEffective(el);
  await waitUntil(() => root(el).querySelector('.quote-table'), 'no quote on confirm');
  root(el).querySelector<HTMLButtonElement>('#cpu-submit')?.click();
}

/**
 * Chooses when the unsubscription takes effect on `confirm` or `one-click`, as the subscriber must
 * when the operator offers a choice (nothing is chosen for them); nothing to do when there is none.
 */
export async function chooseEffective(el: CloudpcUnsubscribe, effective: 'immediately' | 'end-of-term' = 'immediately'): Promise<void> {
  const radio = root(el).querySelector<HTMLInputElement>(`input[name="${fieldId('effective')}"][value="${effective}"]`);
  if (radio) await setChecked(el, radio);
}

/** Makes the page report `state` as its visibility, until the returned function is called. */
export function pretendVisibility(state: DocumentVisibilityState): () => void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  return () => {
    delete (document as { visibilityState?: DocumentVisibilityState }).visibilityState;
  };
}

/**
 * The same back end through an adapter with the required methods only, as an operator's may be
 * (no `sendFeedback`, `acceptOffer`, `withdraw` or `sendReceipt`).
 */
export function requiredMethodsOf(mock: UnsubscribeAdapter): UnsubscribeAdapter {
  return {
    loadContext: (i, o) => mock.loadContext(i, o),
    startVerification: (i, o) => mock.startVerification(i, o),
    verify: (i, o) => mock.verify(i, o),
    quoteRefund: (i, o) => mock.quoteRefund(i, o),
    submit: (i, o) => mock.submit(i, o),
    getStatus: (i, o) => mock.getStatus(i, o),
  };
}
