import { expect, waitUntil } from '@open-wc/testing';
import { generate, correction } from 'lean-qr';
import { createMockAdapter, type MockAdapter, type MockAdapterOptions } from '../../src/adapters/mock/index.js';
import type { UnsubscribeAdapter } from '../../src/contract/adapter.js';
import type { Challenge, VerificationMethod, VerifyInput } from '../../src/contract/types.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import { translator, type Locale, type Translate } from '../../src/i18n/index.js';
import { createFormatters } from '../../src/i18n/format.js';
import { qrPath } from '../../src/steps/verify-qr.js';
import {
  field,
  findButton,
  focused,
  mount,
  pretendVisibility,
  root,
  shiftClockTo,
  shownText,
  type,
  waitForStep,
} from '../element/drive.js';

// ---- fixtures

const zh = translator('zh-CN');
const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** A resume snapshot that lands on `verify`: these tests do not depend on how the earlier steps look. */
function seedSnapshot(method: VerificationMethod | null): void {
  const snapshot = {
    version: 1,
    mode: 'guided',
    step: 'verify',
    subscriptionId: null,
    answers: {
      backupAcknowledged: true,
      termsAcknowledged: true,
      reasonIds: ['too-expensive'],
      comment: '',
      effective: 'immediately',
      method,
    },
    offersSeen: [],
    idempotencyKey: null,
    receipt: null,
    requestId: null,
  };
  sessionStorage.setItem('cloudpc-unsubscribe:default', JSON.stringify(snapshot));
}

/** The words of a lock-out before its end time, to recognise the message whatever the time. */
function lockedWords(t: Translate = zh): string {
  return t('field.verificationLocked', { time: '\u0000' }).split('\u0000')[0] as string;
}

/** A field error or the error summary is on screen. */
function showsAnError(el: CloudpcUnsubscribe): boolean {
  return root(el).querySelector('[part="error-summary"], .field-error') !== null;
}

/** Lets `ms` pass, to show that something did not happen in that time. */
function quietFor(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

interface Fixture {
  el: CloudpcUnsubscribe;
  mock: MockAdapter;
}

interface OpenOptions {
  locale?: Locale;
  method?: VerificationMethod | null;
  mock?: MockAdapterOptions;
  /** Wraps the mock, to watch or change what it answers. */
  wrap?: (mock: MockAdapter) => UnsubscribeAdapter;
}

async function openVerify(o: OpenOptions = {}): Promise<Fixture> {
  seedSnapshot(o.method ?? null);
  const mock = createMockAdapter({ latencyMs: 0, ...o.mock });
  const el = await mount({ adapter: o.wrap ? o.wrap(mock) : mock, locale: o.locale ?? 'zh-CN', persist: 'session' });
  await waitForStep(el, 'verify');
  await el.updateComplete;
  return { el, mock };
}

/** findButton matches substrings (验证 is inside 发送验证码); this matches the whole text. */
function exactly(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

function button(el: CloudpcUnsubscribe, label: string): HTMLButtonElement {
  return findButton(el, exactly(label));
}

function hasButton(el: CloudpcUnsubscribe, label: string): boolean {
  return [...root(el).querySelectorAll('button')].some((b) => exactly(label).test((b.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

async function press(el: CloudpcUnsubscribe, label: string): Promise<void> {
  button(el, label).click();
  await el.updateComplete;
}

function calls(mock: MockAdapter, method: string): unknown[] {
  return mock.calls.filter((c) => c.method === method).map((c) => c.input);
}

function methodRadios(el: CloudpcUnsubscribe): HTMLInputElement[] {
  return [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"][name="cpu-method"]')];
}

async function chooseMethod(el: CloudpcUnsubscribe, method: VerificationMethod): Promise<void> {
  const radio = methodRadios(el).find((r) => r.value === method);
  if (!radio) throw new Error(`no radio for ${method}`);
  radio.click();
  await el.updateComplete;
}

/** Sends the SMS and waits for the code field. */
async function sendSms(el: CloudpcUnsubscribe, t = zh): Promise<HTMLInputElement> {
  await press(el, t('verify.sms.send'));
  await waitUntil(() => root(el).querySelector('#cpu-code.input'), 'the code field did not appear');
  await el.updateComplete;
  return field<HTMLInputElement>(el, 'code');
}

function liveRegion(el: CloudpcUnsubscribe): string {
  return root(el).querySelector('[role="status"][aria-live="polite"]')?.textContent ?? '';
}

function qrImage(el: CloudpcUnsubscribe): SVGSVGElement | null {
  return root(el).querySelector<SVGSVGElement>('svg[role="img"]');
}

async function startFace(el: CloudpcUnsubscribe, t = zh): Promise<void> {
  await press(el, t('verify.face.start'));
  await waitUntil(() => qrImage(el), 'the QR code did not appear');
  await el.updateComplete;
}

/** Lets the microtasks queued by the last render (announcements, zero-latency answers) run. */
async function flush(el: CloudpcUnsubscribe): Promise<void> {
  await Promise.resolve();
  await el.updateComplete;
  await Promise.resolve();
  await el.updateComplete;
}

describe('verify step', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  describe('choosing a method', () => {
    it('offers the allowed methods as radios, with nothing started until one is picked', async () => {
      const { el, mock } = await openVerify();
      expect(methodRadios(el).map((r) => r.value)).to.deep.equal(['sms', 'face', 'security-questions']);
      expect(methodRadios(el).some((r) => r.checked)).to.equal(false);
      expect(root(el).querySelector('legend')?.textContent).to.contain(zh('verify.method.legend'));
      expect(shownText(el)).to.contain(zh('method.face'));
      expect(hasButton(el, zh('verify.sms.send'))).to.equal(false);

      await chooseMethod(el, 'sms');
      expect(methodRadios(el).find((r) => r.value === 'sms')?.checked).to.equal(true);
      expect(hasButton(el, zh('verify.sms.send'))).to.equal(true);
      expect(calls(mock, 'startVerification')).to.have.length(0);
    });

    it('shows no choice when only one method is allowed', async () => {
      const { el } = await openVerify({ mock: { verificationMethods: ['sms'] } });
      expect(methodRadios(el)).to.have.length(0);
      expect(shownText(el)).to.contain(zh('verify.sms.intro', { phone: '138****8000' }));
      expect(hasButton(el, zh('verify.sms.send'))).to.equal(true);
    });

    it('abandons the challenge under way when the method changes', async () => {
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let answered: Promise<Challenge> | null = null;
      const { el, mock } = await openVerify({
        method: 'sms',
        wrap: (m) => ({
          ...m,
          // The late answer arrives even though the widget gave up on it (no signal passed on).
          startVerification: (input) => (answered = gate.then(() => m.startVerification(input))),
        }),
      });
      button(el, zh('verify.sms.send')).click();
      await el.updateComplete;
      expect(button(el, zh('verify.sms.sending')).disabled).to.equal(true);

      await chooseMethod(el, 'security-questions');
      release();
      await answered;
      await flush(el);
      expect(root(el).querySelector('#cpu-code.input'), 'the late SMS challenge is ignored').to.equal(null);
      expect(hasButton(el, zh('verify.questions.start'))).to.equal(true);
      expect(mock.lastSmsCode()).to.equal('123456');

      // Back on SMS, a new code has to be asked for.
      await chooseMethod(el, 'sms');
      expect(hasButton(el, zh('verify.sms.send'))).to.equal(true);
    });
  });

  describe('SMS code', () => {
    it('sends the code, then says which number it went to', async () => {
      const { el, mock } = await openVerify({
        method: 'sms',
        // The back end may name the number differently once the message has gone.
        wrap: (m) => ({
          ...m,
          startVerification: async (input, options) =>
            ({ ...(await m.startVerification(input, options)), maskedPhone: '139****0001' }) as Challenge,
        }),
      });
      expect(shownText(el)).to.contain('138****8000');
      const code = await sendSms(el);
      expect(calls(mock, 'startVerification')).to.deep.equal([{ method: 'sms' }]);
      expect(shownText(el)).to.contain(zh('verify.sms.sentValidMinutes', { phone: '139****0001', minutes: 5 }));
      expect(code.getAttribute('autocomplete')).to.equal('one-time-code');
      expect(code.getAttribute('inputmode')).to.equal('numeric');
      expect(code.getAttribute('size')).to.equal('8');
      expect(code.getAttribute('spellcheck')).to.equal('false');
      expect(root(el).querySelector(`label[for="cpu-code"]`)?.textContent).to.contain(zh('verify.sms.codeLabel'));
      await flush(el);
      expect(liveRegion(el)).to.contain(zh('verify.sms.sent', { phone: '139****0001' }));
    });

    for (const raw of ['１２３４５６', '123 456', '123-456']) {
      it(`sends "${raw}" to the back end as 123456, and shows it as typed`, async () => {
        const { el, mock } = await openVerify({ method: 'sms' });
        const code = await sendSms(el);
        await type(el, code, raw);
        expect(field(el, 'code').value).to.equal(raw);
        await press(el, zh('verify.sms.check'));
        await waitForStep(el, 'confirm');
        const checks = calls(mock, 'verify') as VerifyInput[];
        expect(checks).to.have.length(1);
        expect(checks[0]?.code).to.equal('123456');
      });
    }

    it('accepts a pasted code, and Enter in the field checks it', async () => {
      const { el, mock } = await openVerify({ method: 'sms' });
      const code = await sendSms(el);
      code.value = '123 456';
      code.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
      await el.updateComplete;
      expect(calls(mock, 'verify')).to.have.length(0);
      code.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      await waitForStep(el, 'confirm');
      expect((calls(mock, 'verify') as VerifyInput[])[0]?.code).to.equal('123456');
    });

    it('does not check the code by itself when the last digit is typed', async () => {
      const { el, mock } = await openVerify({ method: 'sms' });
      const code = await sendSms(el);
      await type(el, code, '123456');
      await flush(el);
      expect(calls(mock, 'verify')).to.have.length(0);
      expect(el.step).to.equal('verify');
      expect(field(el, 'code').value).to.equal('123456');
    });

    it('keeps resend disabled until the countdown has run out, counting down each second', async () => {
      const { el, mock } = await openVerify({ method: 'sms', mock: { resendAfterSeconds: 2 } });
      await sendSms(el);
      const resend = (): HTMLButtonElement => button(el, zh('verify.sms.resend'));
      expect(shownText(el)).to.contain(zh('verify.sms.notReceived'));
      expect(resend().disabled).to.equal(true);
      expect(shownText(el)).to.contain(zh('verify.sms.resendIn', { seconds: 2 }));
      expect(resend().getAttribute('aria-describedby')).to.equal('cpu-code-resend-wait');

      await waitUntil(() => shownText(el).includes(zh('verify.sms.resendInOne')), 'the countdown did not tick', { timeout: 2500 });
      expect(resend().disabled).to.equal(true);
      await waitUntil(() => !resend().disabled, 'resend was not enabled', { timeout: 2500 });
      expect(shownText(el)).not.to.contain(zh('verify.sms.resendInOne'));

      resend().click();
      await waitUntil(
        // The new code's countdown is on screen.
        () => calls(mock, 'startVerification').length === 2 && root(el).querySelector('#cpu-code-resend-wait') !== null,
        'no second code was asked for',
      );
      await el.updateComplete;
      expect(calls(mock, 'startVerification')).to.have.length(2);
      expect(resend().disabled, 'a new countdown').to.equal(true);
    });

    it('keeps the typed code and says how many tries are left after a wrong code', async () => {
      const { el } = await openVerify({ method: 'sms' });
      const code = await sendSms(el);
      await type(el, code, '000000');
      await press(el, zh('verify.sms.check'));
      await waitUntil(() => shownText(el).includes(zh('field.codeWrong', { attempts: 4 })), 'no attempts left shown');
      await el.updateComplete;
      expect(field(el, 'code').value).to.equal('000000');
      expect(field(el, 'code').getAttribute('aria-invalid')).to.equal('true');
      expect(field(el, 'code').getAttribute('aria-describedby')).to.contain('cpu-code-error');
      expect(root(el).querySelector('#cpu-code-error')?.textContent).to.contain(zh('field.codeWrong', { attempts: 4 }));
      expect(root(el).querySelector('[part="error-summary"] a')?.getAttribute('href')).to.equal('#cpu-code');
    });

    it('shows when a lock-out ends, and while locked offers no code box and promises nothing about the code', async () => {
      const { el } = await openVerify({ method: 'sms', mock: { maxAttempts: 1, lockoutSeconds: 900, resendAfterSeconds: 0 } });
      const code = await sendSms(el);
      await type(el, code, '000000');
      await press(el, zh('verify.sms.check'));
      const asked = Date.now();
      await waitUntil(() => shownText(el).includes(lockedWords()), 'not locked');
      await el.updateComplete;
      // The lock-out ends 900 s after the answer: shown to the minute, in Beijing time.
      const times = [asked, Date.now()].map((ms) => createFormatters('zh-CN').dateTime(new Date(ms + 900_000).toISOString()));
      expect(
        times.some((time) => shownText(el).includes(zh('field.verificationLocked', { time, zone: zh('timezone.beijing') }))),
        `one of ${times.join(', ')}`,
      ).to.equal(true);
      expect(root(el).querySelector('input#cpu-code'), 'no code box while locked').to.equal(null);
      expect(hasButton(el, zh('verify.sms.check'))).to.equal(false);
      expect(shownText(el)).to.not.contain('分钟内有效');
      expect(button(el, zh('verify.sms.resend')).disabled).to.equal(true);
    });

    it('enables sending again when the lock-out is over', async () => {
      const { el } = await openVerify({ method: 'sms', mock: { maxAttempts: 1, lockoutSeconds: 1, resendAfterSeconds: 0 } });
      const code = await sendSms(el);
      await type(el, code, '000000');
      await press(el, zh('verify.sms.check'));
      await waitUntil(() => shownText(el).includes(lockedWords()), 'not locked');
      await el.updateComplete;
      expect(button(el, zh('verify.sms.resend')).disabled).to.equal(true);
      await waitUntil(() => !button(el, zh('verify.sms.resend')).disabled, 'still locked', { timeout: 2500 });
    });

    it('offers a new code at once when the back end says the code has expired', async () => {
      let clock = Date.now();
      const { el, mock } = await openVerify({ method: 'sms', mock: { now: () => new Date(clock), resendAfterSeconds: 0 } });
      const code = await sendSms(el);
      await type(el, code, '123456');
      clock += 301_000;
      await press(el, zh('verify.sms.check'));
      await waitUntil(() => shownText(el).includes(zh('field.codeExpired')), 'not expired');
      await el.updateComplete;
      expect(shownText(el)).to.contain(zh('field.codeExpired'));
      expect(hasButton(el, zh('verify.sms.check')), 'no checking an expired code').to.equal(false);
      const resend = button(el, zh('verify.sms.resend'));
      expect(resend.disabled).to.equal(false);
      expect(resend.getAttribute('part')).to.equal('primary-action');

      resend.click();
      await waitUntil(() => hasButton(el, zh('verify.sms.check')), 'no new code');
      await el.updateComplete;
      expect(calls(mock, 'startVerification')).to.have.length(2);
      expect(field(el, 'code').value).to.equal('');
    });

    it('notices by itself when the code runs out', async () => {
      const { el } = await openVerify({ method: 'sms', mock: { codeExpiresInSeconds: 1, resendAfterSeconds: 0 } });
      await sendSms(el);
      expect(shownText(el)).to.contain(zh('verify.sms.sentValidSeconds', { phone: '138****8000', seconds: 1 }));
      await waitUntil(() => shownText(el).includes(zh('verify.sms.expired')), 'expiry not shown', { timeout: 2500 });
      expect(button(el, zh('verify.sms.resend')).disabled).to.equal(false);
    });

    it('shows the buttons busy and sends once while a request is on its way', async () => {
      const { el, mock } = await openVerify({ method: 'sms', mock: { latencyMs: 150 } });
      const send = button(el, zh('verify.sms.send'));
      send.click();
      send.click();
      await el.updateComplete;
      const busy = button(el, zh('verify.sms.sending'));
      expect(busy.getAttribute('aria-busy')).to.equal('true');
      expect(busy.disabled).to.equal(true);
      busy.click();
      const code = await (async () => {
        await waitUntil(() => root(el).querySelector('#cpu-code.input'), 'no code field');
        return field<HTMLInputElement>(el, 'code');
      })();
      expect(calls(mock, 'startVerification')).to.have.length(1);

      await type(el, code, '123456');
      const check = button(el, zh('verify.sms.check'));
      check.click();
      await el.updateComplete;
      const checking = button(el, zh('verify.sms.checking'));
      expect(checking.getAttribute('aria-busy')).to.equal('true');
      expect(checking.disabled).to.equal(true);
      checking.click();
      await waitForStep(el, 'confirm');
      expect(calls(mock, 'verify')).to.have.length(1);
    });

    it('says "identity verified" when the subscriber comes back to the step', async () => {
      const { el } = await openVerify({ method: 'sms' });
      const code = await sendSms(el);
      await type(el, code, '123456');
      await press(el, zh('verify.sms.check'));
      await waitForStep(el, 'confirm');
      await press(el, zh('action.back'));
      await waitForStep(el, 'verify');
      expect(shownText(el)).to.contain(zh('verify.verified.title'));
      expect(shownText(el)).to.contain(zh('verify.verified.method', { method: zh('method.sms') }));
      expect(methodRadios(el)).to.have.length(0);
      expect(hasButton(el, zh('action.continue'))).to.equal(true);
    });
  });

  describe('face recognition', () => {
    let restoreVisibility: () => void = () => undefined;
    beforeEach(() => (restoreVisibility = pretendVisibility('visible')));
    afterEach(() => restoreVisibility());

    it('shows the hand-off link and a QR code of it with an accessible name', async () => {
      const { el } = await openVerify({ method: 'face', mock: { facePollAfterSeconds: 60 } });
      expect(shownText(el)).to.contain(zh('verify.face.intro'));
      await startFace(el);
      const url = 'https://example.com/face/CH-1';
      // On a larger screen (this one has a mouse): the QR code, and the link in a field of its own to copy.
      const shown = (selector: string) => root(el).querySelector<HTMLElement>(selector)?.checkVisibility() ?? false;
      expect(shown('.verify-handoff__elsewhere')).to.equal(true);
      expect(shown('.verify-handoff__here')).to.equal(false);
      expect(root(el).querySelector<HTMLInputElement>('.verify-link__url')?.value).to.equal(url);
      expect(root(el).querySelector('.verify-link label')?.textContent).to.equal(zh('verify.face.linkLabel'));
      // On a phone, the same link as a button that opens it on this phone.
      const here = root(el).querySelector<HTMLAnchorElement>('.verify-handoff__open');
      expect(here?.getAttribute('href')).to.equal(url);
      expect(here?.textContent).to.contain(zh('verify.face.continueHere'));
      const image = qrImage(el) as SVGSVGElement;
      expect(image.getAttribute('aria-label')).to.equal(zh('verify.face.qrLabel'));
      const expected = generate(url, { minCorrectionLevel: correction.M });
      expect(image.querySelector('path')?.getAttribute('d')).to.equal(qrPath(expected));
      expect(image.getAttribute('viewBox')).to.equal(`-4 -4 ${expected.size + 8} ${expected.size + 8}`);
      expect(root(el).querySelectorAll('[style]'), 'no style attributes (strict CSP)').to.have.length(0);
      expect(shownText(el)).to.contain(zh('verify.face.waiting'));
      await flush(el);
      expect(liveRegion(el)).to.contain(zh('verify.face.announceWaiting'));
    });

    it('polls until the face is recognised, then moves on to confirm', async () => {
      const { el, mock } = await openVerify({ method: 'face', mock: { facePollAfterSeconds: 1, faceApproveAfterChecks: 1 } });
      await startFace(el);
      expect(calls(mock, 'verify'), 'the first check waits pollAfterSeconds').to.have.length(0);
      await waitForStep(el, 'confirm', 5000);
      expect(calls(mock, 'verify')).to.have.length(2);
      expect(shownText(el)).to.contain(zh('step.confirm'));
    });

    it('keeps polling until the phone approves', async () => {
      const { el, mock } = await openVerify({
        method: 'face',
        mock: { facePollAfterSeconds: 1, faceApproveAfterChecks: Infinity },
      });
      await startFace(el);
      await waitUntil(() => calls(mock, 'verify').length >= 2, 'the checks did not go on', { timeout: 3500 });
      await el.updateComplete;
      expect(el.step).to.equal('verify');
      mock.approveFace('CH-1');
      await waitForStep(el, 'confirm', 2500);
      const checks = calls(mock, 'verify').length;
      await quietFor(1500);
      expect(calls(mock, 'verify'), 'no polling after the proof').to.have.length(checks);
    });

    it('checks at once when the tab becomes visible again', async () => {
      const { el, mock } = await openVerify({ method: 'face', mock: { facePollAfterSeconds: 60, faceApproveAfterChecks: 0 } });
      await startFace(el);
      expect(calls(mock, 'verify')).to.have.length(0);
      document.dispatchEvent(new Event('visibilitychange'));
      expect(calls(mock, 'verify')).to.have.length(1);
      await waitForStep(el, 'confirm');
    });

    it('does not poll while the tab is hidden, and checks as soon as it is shown', async () => {
      const { el, mock } = await openVerify({ method: 'face', mock: { facePollAfterSeconds: 1, faceApproveAfterChecks: 0 } });
      await startFace(el);
      restoreVisibility = pretendVisibility('hidden');
      await quietFor(1500);
      expect(calls(mock, 'verify'), 'no check while hidden, though one came due').to.have.length(0);
      restoreVisibility();
      restoreVisibility = pretendVisibility('visible');
      document.dispatchEvent(new Event('visibilitychange'));
      expect(calls(mock, 'verify')).to.have.length(1);
      await waitForStep(el, 'confirm');
    });

    it('stops polling when another method is chosen, and offers one', async () => {
      const { el, mock } = await openVerify({
        method: 'face',
        mock: { verificationMethods: ['face', 'sms'], facePollAfterSeconds: 1, faceApproveAfterChecks: Infinity },
      });
      await startFace(el);
      await press(el, zh('verify.face.useMethod', { method: zh('method.sms') }));
      expect(hasButton(el, zh('verify.sms.send')), 'SMS chosen').to.equal(true);
      expect(qrImage(el)).to.equal(null);
      await quietFor(1500);
      expect(calls(mock, 'verify'), 'no face check after the switch').to.have.length(0);
    });

    it('takes the subscriber to the method choice when several other methods exist', async () => {
      const { el } = await openVerify({ method: 'face', mock: { facePollAfterSeconds: 60 } });
      await press(el, zh('verify.face.useAnother'));
      expect(root(el).activeElement?.id).to.equal('cpu-method');
    });

    it('stops waiting for the face result when the element is removed', async () => {
      const { el, mock } = await openVerify({ method: 'face', mock: { facePollAfterSeconds: 1 } });
      await startFace(el);
      el.remove();
      document.dispatchEvent(new Event('visibilitychange'));
      await quietFor(1500);
      expect(calls(mock, 'verify'), 'no check after removal').to.have.length(0);
    });
  });

  describe('security questions', () => {
    async function openQuestions(locale: Locale = 'zh-CN'): Promise<Fixture> {
      const t = translator(locale);
      const fixture = await openVerify({ method: 'security-questions', locale });
      await press(fixture.el, t('verify.questions.start'));
      await waitUntil(() => root(fixture.el).querySelector('#cpu-answer-q-first-city'), 'the questions did not appear');
      await fixture.el.updateComplete;
      return fixture;
    }

    it('asks each question in its own labelled field', async () => {
      const { el } = await openQuestions();
      expect(root(el).querySelector('label[for="cpu-answer-q-first-city"]')?.textContent).to.contain('您开通移动云电脑时所在的城市是？');
      expect(root(el).querySelector('label[for="cpu-answer-q-pet-name"]')?.textContent).to.contain('您第一只宠物的名字是？');
    });

    it('lists unanswered questions as errors', async () => {
      const { el, mock } = await openQuestions();
      await press(el, zh('verify.questions.check'));
      expect(calls(mock, 'verify')).to.have.length(0);
      const links = [...root(el).querySelectorAll('[part="error-summary"] a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['#cpu-answer-q-first-city', '#cpu-answer-q-pet-name']);
    });

    it('keeps wrong answers and says how many tries are left', async () => {
      const { el } = await openQuestions();
      await type(el, field(el, 'answer:q-first-city'), '北京');
      await type(el, field(el, 'answer:q-pet-name'), 'Doudou');
      await press(el, zh('verify.questions.check'));
      await waitUntil(() => shownText(el).includes(zh('field.answerWrong', { attempts: 4 })), 'no error shown');
      await el.updateComplete;
      expect(field(el, 'answer:q-first-city').value).to.equal('北京');
      expect(root(el).querySelector('[part="error-summary"] a')?.getAttribute('href')).to.equal('#cpu-answers');
      expect(root(el).querySelector('#cpu-answers')).to.not.equal(null);
    });

    it('offers the questions again once a lock-out has spent them', async () => {
      const { el, mock } = await openVerify({ method: 'security-questions', mock: { maxAttempts: 1, lockoutSeconds: 1 } });
      await press(el, zh('verify.questions.start'));
      await waitUntil(() => root(el).querySelector('#cpu-answer-q-first-city'), 'the questions did not appear');
      await type(el, field(el, 'answer:q-first-city'), '北京');
      await type(el, field(el, 'answer:q-pet-name'), 'x');
      await press(el, zh('verify.questions.check'));
      await waitUntil(() => shownText(el).includes(lockedWords()), 'not locked');
      await el.updateComplete;
      expect(hasButton(el, zh('verify.questions.check')), 'no answering while locked').to.equal(false);
      expect(button(el, zh('verify.questions.start')).disabled).to.equal(true);
      await waitUntil(() => hasButton(el, zh('verify.questions.check')), 'still locked', { timeout: 2500 });
      await el.updateComplete;
      expect(field(el, 'answer:q-first-city').value, 'answers kept through the lock-out').to.equal('北京');
      await press(el, zh('verify.questions.check'));
      await waitUntil(() => hasButton(el, zh('verify.questions.restart')), 'no way to start again');
      await el.updateComplete;
      expect(shownText(el)).to.contain(zh('verify.questions.expired'));
      expect(root(el).querySelector('[part="error-summary"] a')?.getAttribute('href')).to.equal('#cpu-answers');
      expect(root(el).querySelector('#cpu-answers')).to.not.equal(null);
      await press(el, zh('verify.questions.restart'));
      await waitUntil(() => root(el).querySelector('#cpu-answer-q-first-city'), 'the questions did not come back');
      expect(field(el, 'answer:q-first-city').value, 'answers kept').to.equal('北京');
      expect(calls(mock, 'startVerification')).to.have.length(2);
    });

    it('moves on with the right answers', async () => {
      const { el, mock } = await openQuestions();
      await type(el, field(el, 'answer:q-first-city'), ' 杭州 ');
      await type(el, field(el, 'answer:q-pet-name'), 'doudou');
      await press(el, zh('verify.questions.check'));
      await waitForStep(el, 'confirm');
      expect((calls(mock, 'verify') as VerifyInput[])[0]?.answers).to.deep.equal([
        { questionId: 'q-first-city', answer: '杭州' },
        { questionId: 'q-pet-name', answer: 'doudou' },
      ]);
    });
  });

  for (const locale of LOCALES) {
    describe(`accessible in ${locale}`, () => {
      const t = translator(locale);

      it('when choosing a method, and before and after sending a code', async () => {
        const { el } = await openVerify({ locale });
        await expect(el).to.be.accessible();
        await chooseMethod(el, 'sms');
        await expect(el).to.be.accessible();
        const code = await sendSms(el, t);
        await expect(el).to.be.accessible();
        await type(el, code, '000000');
        await press(el, t('verify.sms.check'));
        await waitUntil(() => showsAnError(el), 'no error');
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });

      it('when locked out and when a code has expired', async () => {
        const locked = await openVerify({ locale, method: 'sms', mock: { maxAttempts: 1, resendAfterSeconds: 0 } });
        await type(locked.el, await sendSms(locked.el, t), '000000');
        await press(locked.el, t('verify.sms.check'));
        await waitUntil(() => shownText(locked.el).includes(lockedWords(t)), 'not locked');
        await locked.el.updateComplete;
        await expect(locked.el).to.be.accessible();

        let clock = Date.now();
        const expired = await openVerify({ locale, method: 'sms', mock: { now: () => new Date(clock), resendAfterSeconds: 0 } });
        await type(expired.el, await sendSms(expired.el, t), '123456');
        clock += 301_000;
        await press(expired.el, t('verify.sms.check'));
        await waitUntil(() => shownText(expired.el).includes(t('field.codeExpired')), 'not expired');
        await expired.el.updateComplete;
        await expect(expired.el).to.be.accessible();
      });

      it('while waiting for face recognition', async () => {
        const { el } = await openVerify({ locale, method: 'face', mock: { facePollAfterSeconds: 60 } });
        await expect(el).to.be.accessible();
        await startFace(el, t);
        await expect(el).to.be.accessible();
      });

      it('with security questions, answered wrongly', async () => {
        const { el } = await openVerify({ locale, method: 'security-questions' });
        await expect(el).to.be.accessible();
        await press(el, t('verify.questions.start'));
        await waitUntil(() => root(el).querySelector('#cpu-answer-q-first-city'), 'no questions');
        await el.updateComplete;
        await expect(el).to.be.accessible();
        await type(el, field(el, 'answer:q-first-city'), 'x');
        await type(el, field(el, 'answer:q-pet-name'), 'y');
        await press(el, t('verify.questions.check'));
        await waitUntil(() => showsAnError(el), 'no error');
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });

      it('once verified', async () => {
        const { el } = await openVerify({ locale, method: 'sms' });
        await type(el, await sendSms(el, t), '123456');
        await press(el, t('verify.sms.check'));
        await waitForStep(el, 'confirm');
        await press(el, t('action.back'));
        await waitForStep(el, 'verify');
        expect(shownText(el)).to.contain(t('verify.verified.title'));
        await expect(el).to.be.accessible();
      });
    });
  }
});

describe('verify step: lock-out with a way forward', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  /** Locks SMS out with one wrong code (the mock locks the account for `lockoutSeconds`). */
  async function lockedOut(locale: Locale, methods: VerificationMethod[]): Promise<Fixture> {
    const t = translator(locale);
    const fixture = await openVerify({
      locale,
      method: 'sms',
      mock: { maxAttempts: 1, lockoutSeconds: 900, resendAfterSeconds: 0, verificationMethods: methods },
    });
    await type(fixture.el, await sendSms(fixture.el, t), '000000');
    await press(fixture.el, t('verify.sms.check'));
    await waitUntil(() => root(fixture.el).querySelector('.verify-locked'), 'not locked');
    await fixture.el.updateComplete;
    return fixture;
  }

  const lockText = (el: CloudpcUnsubscribe): string => (root(el).querySelector('.verify-locked')?.textContent ?? '').replace(/\s+/g, ' ');

  for (const locale of LOCALES) {
    it(`says for how long in words that count down, names the hotline, and says why sending is disabled (${locale})`, async () => {
      const t = translator(locale);
      const fmt = createFormatters(locale);
      const { el } = await lockedOut(locale, ['sms']);
      const in15 = fmt.relative(15, 'minute');
      expect(lockText(el)).to.contain(t('verify.locked.all', { when: in15 }));
      expect(lockText(el)).to.contain(t('verify.locked.hotline', { hotline: '10086' }));
      expect(root(el).querySelector('input#cpu-code'), 'no code box while locked').to.equal(null);
      const resend = button(el, t('verify.sms.resend'));
      expect(resend.disabled).to.equal(true);
      const why = root(el).querySelector(`#${resend.getAttribute('aria-describedby') ?? 'none'}`);
      expect(why?.textContent?.trim()).to.equal(t('verify.hold.locked', { when: in15 }));
      await expect(el).to.be.accessible();

      // Five minutes later the words have moved on.
      const restore = shiftClockTo(new Date(Date.now() + 5 * 60_000).toISOString());
      try {
        el.requestUpdate();
        await el.updateComplete;
        expect(lockText(el)).to.contain(t('verify.locked.all', { when: fmt.relative(10, 'minute') }));
      } finally {
        restore();
      }
    });

    it(`offers the method still open after a lock on one, and says so for the account when that is refused too (${locale})`, async () => {
      const t = translator(locale);
      const { el, mock } = await lockedOut(locale, ['sms', 'security-questions']);
      const in15 = createFormatters(locale).relative(15, 'minute');
      expect(lockText(el)).to.contain(t('verify.locked.method', { method: t('method.sms'), when: in15 }));
      await press(el, t('verify.locked.useMethod', { method: t('method.security-questions') }));
      const start = button(el, t('verify.questions.start'));
      expect(start.disabled, 'another method may be tried').to.equal(false);
      await press(el, t('verify.questions.start'));
      await waitUntil(
        () => calls(mock, 'startVerification').length === 2 && lockText(el).includes(t('verify.locked.all', { when: in15 })),
        'not locked for the account',
      );
      await el.updateComplete;
      expect(shownText(el), 'not a fault of the service').to.not.contain(t('serviceError.title'));
      expect(lockText(el)).to.contain(t('verify.locked.hotline', { hotline: '10086' }));
      expect(button(el, t('verify.questions.start')).disabled).to.equal(true);
      expect(focused(el)?.getAttribute('part')).to.equal('error-summary');
      await expect(el).to.be.accessible();
    });
  }

  it('shows a refused new code as a wait on the button, not as a fault (the same phone, another tab or a lost snapshot)', async () => {
    const { el, mock } = await openVerify({ method: 'sms', mock: { resendAfterSeconds: 60 } });
    await sendSms(el);
    el.remove();
    // Nothing kept of the first page: the back end still waits a minute before another SMS.
    const { el: again } = await openVerify({ method: 'sms', wrap: () => mock });
    await press(again, zh('verify.sms.send'));
    await waitUntil(() => again.shadowRoot?.querySelector('[part="error-summary"]'), 'no answer shown');
    await again.updateComplete;
    expect(shownText(again)).to.not.contain(zh('serviceError.title'));
    const send = button(again, zh('verify.sms.send'));
    expect(send.disabled).to.equal(true);
    const why =
      root(again)
        .querySelector(`#${send.getAttribute('aria-describedby') ?? 'none'}`)
        ?.textContent?.trim() ?? '';
    const fmt = createFormatters('zh-CN');
    const words = [60, 59, 58].map((s) => zh('verify.hold.wait', { when: fmt.relative(s, 'second') }));
    expect(words, why).to.include(why);
  });
});
