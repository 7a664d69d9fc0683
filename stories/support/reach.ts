/**
 * Brings a mounted widget to the state a story shows, through its real UI: the same clicks and
 * typing a subscriber makes, in whichever locale the widget speaks. Each target names the one
 * before it and what to do from there, so a story says where to go, not how.
 */
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import { fieldId, errorId } from '../../src/ui/field-ids.js';
import type { StepId } from '../../src/flow/types.js';
import { ALL_MESSAGES } from '../../src/i18n/all-messages.js';
import { isLocale, type MessageKey } from '../../src/i18n/index.js';

export type Target =
  | 'loading'
  | 'loaded'
  | 'pick-required'
  | 'picked'
  | 'kept'
  | 'reason'
  | 'offer'
  | 'offer-accepted'
  | 'paused'
  | 'downgraded'
  | 'verify'
  | 'verify-error'
  | 'sms-sent'
  | 'wrong-code'
  | 'face-pending'
  | 'questions'
  | 'confirm'
  | 'submit-error'
  | 'status'
  | 'done'
  | 'done-live'
  | 'one-click-verified'
  | 'withdraw-offer'
  | 'withdraw-confirm'
  | 'withdrawn'
  | 'receipt-sms-status'
  | 'receipt-sms-done';

/** The code the story mocks send (the mock's default). */
const SMS_CODE = '123456';
const TIMEOUT_MS = 5000;
/** Long enough for a live status refresh (every 2 s at the shortest) to find a change. */
const LIVE_TIMEOUT_MS = 12_000;

interface Leg {
  after: Target | null;
  go(el: CloudpcUnsubscribe): Promise<void>;
}

const PLAN: Record<Target, Leg> = {
  loading: { after: null, go: (el) => waitFor(el, () => query(el, '[part~="step"] .loading'), 'the loading line') },
  loaded: { after: null, go: settled },
  // Several cloud PCs: Continue before picking one.
  'pick-required': {
    after: 'loaded',
    go: async (el) => {
      await press(el, 'action.continue');
      await waitFor(el, () => query(el, `#${errorId('subscription')}`), 'the pick-one message');
    },
  },
  // Several cloud PCs: the second one picked, and its context loaded (its backup checklist shows).
  picked: {
    after: 'loaded',
    go: async (el) => {
      shadow(el)
        .querySelector<HTMLInputElement>(`input[name="${fieldId('subscription')}"]:not(:checked):not(:disabled)`)
        ?.click();
      await waitFor(el, () => query(el, `#${fieldId('backup')}`), 'the picked cloud PC’s prepare step');
    },
  },
  kept: {
    after: 'loaded',
    go: async (el) => {
      await press(el, 'action.keep');
      await waitFor(el, () => heading(el) === text(el, 'ended.kept.title'), 'the kept state');
    },
  },
  reason: {
    after: 'loaded',
    go: async (el) => {
      await tick(el, 'backup');
      await tick(el, 'terms');
      await press(el, 'action.continue');
      await waitForStep(el, 'reason');
    },
  },
  // The first reason: a story that wants an offer attaches one to it through `options`.
  offer: {
    after: 'reason',
    go: async (el) => {
      await tick(el, 'reasons');
      await press(el, 'action.continue');
      await waitFor(el, () => query(el, '[part~="offer"]'), 'the offer');
    },
  },
  'offer-accepted': {
    after: 'offer',
    go: async (el) => {
      await press(el, 'reason.offer.accept');
      await waitFor(el, () => heading(el) === text(el, 'ended.offer.title'), 'the offer-accepted state');
    },
  },
  // A pause from the back end (`offers: ['pause']`): the shortest pause, agreed.
  paused: {
    after: 'offer',
    go: async (el) => {
      await tick(el, 'offerMonths');
      await press(el, 'reason.offer.pause.accept');
      await waitFor(el, () => heading(el) === text(el, 'ended.pause.title'), 'the paused state');
    },
  },
  // A downgrade from the back end (`offers: ['downgrade']`), agreed.
  downgraded: {
    after: 'offer',
    go: async (el) => {
      await press(el, 'reason.offer.downgrade.accept');
      await waitFor(el, () => heading(el) === text(el, 'ended.downgrade.title'), 'the downgraded state');
    },
  },
  verify: {
    after: 'reason',
    go: async (el) => {
      await tick(el, 'reasons');
      await press(el, 'action.continue');
      await waitForStep(el, 'verify');
    },
  },
  'verify-error': {
    after: 'verify',
    go: async (el) => {
      await chooseMethod(el, 'sms');
      await press(el, 'verify.sms.send');
      await waitFor(el, () => query(el, '[role="alert"]'), 'the service problem');
    },
  },
  'sms-sent': {
    after: 'verify',
    go: async (el) => {
      await chooseMethod(el, 'sms');
      await press(el, 'verify.sms.send');
      // The input itself: before a code is sent, the panel carries the field's id (for the error summary's link).
      await waitFor(el, () => query(el, `input#${fieldId('code')}`), 'the code field');
    },
  },
  // With `maxAttempts: 1` the same wrong code locks verification instead.
  'wrong-code': {
    after: 'sms-sent',
    go: async (el) => {
      await typeInto(el, 'code', '000000');
      await press(el, 'verify.sms.check');
      await waitFor(el, () => query(el, `#${errorId('code')}`), 'the wrong-code message');
    },
  },
  'face-pending': {
    after: 'verify',
    go: async (el) => {
      await chooseMethod(el, 'face');
      await press(el, 'verify.face.start');
      await waitFor(el, () => query(el, '.verify-waiting') && query(el, 'svg[role="img"]'), 'the face QR code');
    },
  },
  questions: {
    after: 'verify',
    go: async (el) => {
      await chooseMethod(el, 'security-questions');
      await press(el, 'verify.questions.start');
      await waitFor(el, () => query(el, '.verify-questions input'), 'the security questions');
    },
  },
  // Also the place a failing quote shows its problem: the story's mock decides which.
  confirm: {
    after: 'sms-sent',
    go: async (el) => {
      await typeInto(el, 'code', SMS_CODE);
      await press(el, 'verify.sms.check');
      await waitForStep(el, 'confirm');
      // Nothing is chosen for the subscriber: with a choice, the story picks "immediately" (the one with a penalty to show).
      const immediately = shadow(el).querySelector<HTMLInputElement>(`input[name="${fieldId('effective')}"][value="immediately"]`);
      if (immediately && !immediately.checked) immediately.click();
      await waitFor(el, () => query(el, 'table') || query(el, '[role="alert"]'), 'the quote');
    },
  },
  'submit-error': {
    after: 'confirm',
    go: async (el) => {
      await press(el, 'confirm.submit');
      await waitFor(el, () => query(el, '[role="alert"]'), 'the submit problem');
    },
  },
  status: {
    after: 'confirm',
    go: async (el) => {
      await press(el, 'confirm.submit');
      // A timeline that is already over goes straight on to done.
      await waitFor(el, () => el.step === 'status' || el.step === 'done', 'the status step');
      await settled(el);
    },
  },
  done: {
    after: 'status',
    go: async (el) => {
      if (el.step !== 'done') await press(el, 'status.refresh');
      await waitForStep(el, 'done');
    },
  },
  // Nobody presses anything: the live status refresh finds the request completed. The story's
  // mock finishes it a moment after submitting, on a clock that runs.
  'done-live': {
    after: 'status',
    go: (el) => waitForStep(el, 'done', LIVE_TIMEOUT_MS),
  },
  // The one-click screen verified by SMS, ready to submit.
  // A back end that reports a pending request opens on status; the action arrives with its status.
  'withdraw-offer': { after: 'loaded', go: (el) => waitFor(el, () => query(el, '#cpu-withdraw-start'), 'the withdraw action') },
  'withdraw-confirm': {
    after: 'withdraw-offer',
    go: async (el) => {
      await press(el, 'withdraw.action');
      await waitFor(el, () => query(el, '#cpu-withdraw-confirm-title'), 'the withdrawal confirmation');
    },
  },
  withdrawn: {
    after: 'withdraw-confirm',
    go: async (el) => {
      await press(el, 'withdraw.confirm.yes');
      await waitForStep(el, 'done');
    },
  },
  // "Send it to me" by SMS: pressed, and the line under the button says how it went.
  'receipt-sms-status': { after: 'status', go: sendReceiptBySms },
  'receipt-sms-done': { after: 'done', go: sendReceiptBySms },
  'one-click-verified': {
    after: 'loaded',
    go: async (el) => {
      await chooseMethod(el, 'sms');
      await press(el, 'verify.sms.send');
      // The input itself: before a code is sent, the panel carries the field's id (for the error summary's link).
      await waitFor(el, () => query(el, `input#${fieldId('code')}`), 'the code field');
      // One-click checks the code with 确认退订 in the same press: the story stops with it typed.
      await typeInto(el, 'code', SMS_CODE);
    },
  },
};

/** Presses the SMS button of "send it to me" and waits for the outcome's line (sent, or why not). */
async function sendReceiptBySms(el: CloudpcUnsubscribe): Promise<void> {
  const channel = '.receipt-send__channel[data-channel="sms"]';
  const button = shadow(el).querySelector<HTMLButtonElement>(`${channel} button`);
  if (!button) throw new Error('story: no button to send the receipt by SMS');
  button.click();
  await waitFor(
    el,
    () => query(el, `${channel} button:not([aria-busy="true"])`) && query(el, `${channel} .receipt-send__status`)?.textContent?.trim(),
    'the receipt’s delivery',
  );
}

/** Walks `el` from wherever it was mounted to `target`. One-click and blocked stories stop at `loaded`. */
export async function reach(el: CloudpcUnsubscribe, target: Target): Promise<void> {
  const legs: Leg[] = [];
  for (let at: Target | null = target; at !== null; at = PLAN[at].after) legs.unshift(PLAN[at]);
  for (const leg of legs) await leg.go(el);
}

/** The widget in a story's canvas. */
export function widgetIn(canvas: Element): CloudpcUnsubscribe {
  const el = canvas.querySelector('cloudpc-unsubscribe');
  if (!el) throw new Error('no <cloudpc-unsubscribe> in the story');
  return el;
}

/** Loading over, no call in flight, the last render landed. */
export async function settled(el: CloudpcUnsubscribe): Promise<void> {
  await waitFor(
    el,
    () => query(el, '[part="container"][aria-busy="false"]') && !query(el, 'button[aria-busy="true"]'),
    'the widget to settle',
  );
}

function shadow(el: CloudpcUnsubscribe): ShadowRoot {
  if (!el.shadowRoot) throw new Error('the widget has no shadow root yet');
  return el.shadowRoot;
}

function query(el: CloudpcUnsubscribe, selector: string): Element | null {
  return el.shadowRoot?.querySelector(selector) ?? null;
}

function text(el: CloudpcUnsubscribe, key: MessageKey): string {
  return ALL_MESSAGES[isLocale(el.locale) ? el.locale : 'zh-CN'][key];
}

function heading(el: CloudpcUnsubscribe): string | undefined {
  return query(el, '[part~="heading"]')?.textContent?.trim();
}

/** Polls every 16 ms (not once a frame: frames stop in a background tab) until `ready` holds, for a bounded time. */
async function waitFor(el: CloudpcUnsubscribe, ready: () => unknown, what: string, timeoutMs = TIMEOUT_MS): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!ready()) {
    if (performance.now() > deadline) throw new Error(`story: timed out waiting for ${what} (at step ${String(el.step)})`);
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
  await el.updateComplete;
}

async function waitForStep(el: CloudpcUnsubscribe, step: StepId, timeoutMs = TIMEOUT_MS): Promise<void> {
  await waitFor(el, () => el.step === step, `step ${step}`, timeoutMs);
  await settled(el);
}

/** Presses the button labelled with `key` in the widget's locale. */
async function press(el: CloudpcUnsubscribe, key: MessageKey): Promise<void> {
  const label = text(el, key);
  const found = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === label);
  if (!found) throw new Error(`story: no button "${label}"`);
  found.click();
  await el.updateComplete;
}

/** Ticks a checkbox, or picks the first radio, of a field. */
async function tick(el: CloudpcUnsubscribe, field: string): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>(`#${fieldId(field)}`);
  if (!input) throw new Error(`story: no field ${field}`);
  if (!input.checked) input.click();
  await el.updateComplete;
}

/** Picks a verification method when the widget offers a choice (one method needs none). */
async function chooseMethod(el: CloudpcUnsubscribe, method: string): Promise<void> {
  const radios = [...shadow(el).querySelectorAll<HTMLInputElement>(`input[name="${fieldId('method')}"]`)];
  const radio = radios.find((r) => r.value === method);
  if (radios.length > 0 && !radio) throw new Error(`story: method ${method} is not offered`);
  if (radio && !radio.checked) radio.click();
  await el.updateComplete;
}

async function typeInto(el: CloudpcUnsubscribe, field: string, value: string): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>(`input#${fieldId(field)}, textarea#${fieldId(field)}`);
  if (!input) throw new Error(`story: no field ${field}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: value }));
  await el.updateComplete;
}
