import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMockAdapter, type MockAdapter } from '../../src/adapters/mock/index.js';
import type { UnsubscribeAdapter } from '../../src/contract/adapter.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import type { StepId } from '../../src/flow/types.js';
import type { VerifyInput } from '../../src/contract/types.js';
import { translator, type Locale } from '../../src/i18n/index.js';
import {
  choice,
  click,
  field,
  findButton,
  keepPageVisible,
  mount,
  root,
  setChecked,
  settled,
  shiftClockTo,
  shownText,
  type,
  waitForStep,
} from './drive.js';
import { COMMENT, walkTo } from './walk.js';

const SECURITY_ANSWER = '西湖区文三路小学';

/** The mock, with the proofs it hands out recorded, so the test can look for them in storage. */
function recordingAdapter(): { adapter: UnsubscribeAdapter; mock: MockAdapter; proofs: string[] } {
  const mock = createMockAdapter({
    verificationMethods: ['sms', 'security-questions'],
    statusTimeline: { processingAfterMs: 0, doneAfterMs: 600_000 },
  });
  const proofs: string[] = [];
  const adapter: UnsubscribeAdapter = {
    ...mock,
    verify: async (input, options) => {
      const result = await mock.verify(input, options);
      if (result.ok) proofs.push(result.proof);
      return result;
    },
  };
  return { adapter, mock, proofs };
}

async function mountPersisted(adapter: UnsubscribeAdapter): Promise<CloudpcUnsubscribe> {
  const el = await fixture<CloudpcUnsubscribe>(html`<cloudpc-unsubscribe persist="session" .adapter=${adapter}></cloudpc-unsubscribe>`);
  await settled(el);
  return el;
}

function exactly(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

function storedText(): string {
  return Object.keys(sessionStorage)
    .map((key) => `${key}=${sessionStorage.getItem(key) ?? ''}`)
    .join('\n');
}

/** Where each step comes back after a reload: confirm needs the proof, which is never stored. */
const RESUMES_AT: Record<string, StepId> = { prepare: 'prepare', reason: 'reason', verify: 'verify', confirm: 'verify', status: 'status' };

describe('resume after a reload', () => {
  keepPageVisible();
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  for (const step of ['prepare', 'reason', 'verify', 'confirm', 'status'] as const) {
    it(`comes back to ${RESUMES_AT[step]} after a reload at ${step}, with what was entered`, async () => {
      const { adapter } = recordingAdapter();
      const first = await mountPersisted(adapter);
      await walkTo(first, step);
      if (step === 'prepare') {
        field(first, 'backup').click();
        await first.updateComplete;
      }
      expect(first.step).to.equal(step);
      first.remove();

      const second = await mountPersisted(adapter);
      await waitUntil(() => second.step === RESUMES_AT[step], `resumed at ${String(second.step)}`);
      await settled(second);
      if (step === 'prepare') expect(field(second, 'backup').checked).to.equal(true);
      if (step === 'reason') expect(storedText()).to.contain('"termsAcknowledged":true');
      if (step === 'verify' || step === 'confirm') {
        // Back to the reason step: the answers made before the reload are all there.
        expect(storedText()).to.contain(COMMENT);
      }
      second.remove();
    });
  }

  it('keeps the reasons and the comment through a reload', async () => {
    const { adapter } = recordingAdapter();
    const first = await mountPersisted(adapter);
    await walkTo(first, 'verify');
    first.remove();
    const second = await mountPersisted(adapter);
    await waitUntil(() => second.step === 'verify');
    await settled(second);
    (second.shadowRoot?.querySelector('button[part~="secondary-action"]') as HTMLButtonElement).click();
    await waitUntil(() => second.step === 'reason');
    await settled(second);
    expect(choice(second, '费用过高').checked).to.equal(true);
    expect(field<HTMLTextAreaElement>(second, 'comment').value).to.equal(COMMENT);
  });

  it('never stores the SMS code, the security answers or the proof', async () => {
    const { adapter, proofs } = recordingAdapter();
    const el = await mountPersisted(adapter);
    await walkTo(el, 'verify');
    // Security answers typed, then the SMS path: every secret the widget ever holds.
    await setChecked(el, choice(el, '安全问题'));
    await click(el, '显示安全问题');
    await waitUntil(() => el.shadowRoot?.querySelector('input[id^="cpu-answer-"]'), 'no security question');
    const answer = el.shadowRoot?.querySelector<HTMLInputElement>('input[id^="cpu-answer-"]') as HTMLInputElement;
    answer.value = SECURITY_ANSWER;
    answer.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(storedText()).to.not.contain(SECURITY_ANSWER);
    await setChecked(el, choice(el, '短信验证码'));
    await walkTo(el, 'confirm', '123456');
    expect(proofs).to.have.length(1);
    const stored = storedText();
    expect(stored).to.not.equal('');
    for (const secret of [SECURITY_ANSWER, '123456', proofs[0] as string]) expect(stored).to.not.contain(secret);
    await walkTo(el, 'status');
    for (const secret of [SECURITY_ANSWER, '123456', proofs[0] as string]) expect(storedText()).to.not.contain(secret);
  });

  it('opens on status after a reload once submitted, and on done once finished', async () => {
    const { adapter, mock } = recordingAdapter();
    const first = await mountPersisted(adapter);
    await walkTo(first, 'status');
    first.remove();
    const second = await mountPersisted(adapter);
    await waitUntil(() => second.step === 'status');
    expect(mock.requests()).to.have.length(1);
    second.remove();
  });

  it('forgets the flow when the subscriber keeps the subscription', async () => {
    const { adapter } = recordingAdapter();
    const el = await mountPersisted(adapter);
    await walkTo(el, 'reason');
    expect(storedText()).to.not.equal('');
    findButton(el, '不退订了').click();
    await el.updateComplete;
    expect(storedText()).to.equal('');
  });
});

describe('a reload while a code is on its way to the phone', () => {
  keepPageVisible();
  let restoreClocks: Array<() => void> = [];
  /** Moves the page's clock (the widget's and the mock's) to `iso`. */
  const clockAt = (iso: string): void => void restoreClocks.push(shiftClockTo(iso));
  const T0 = '2026-11-24T10:00:00+08:00';
  const after = (seconds: number): string => new Date(Date.parse(T0) + seconds * 1000).toISOString();

  beforeEach(() => {
    sessionStorage.clear();
    clockAt(T0);
  });
  afterEach(() => {
    for (const restore of restoreClocks.reverse()) restore();
    restoreClocks = [];
    sessionStorage.clear();
  });

  /** On `verify` with SMS chosen (a snapshot from the steps before), the code sent to the phone. */
  async function codeSent(locale: Locale): Promise<{ mock: MockAdapter; el: CloudpcUnsubscribe }> {
    sessionStorage.setItem(
      'cloudpc-unsubscribe:default',
      JSON.stringify({
        version: 2,
        mode: 'guided',
        step: 'verify',
        subscriptionId: null,
        answers: {
          backupAcknowledged: true,
          termsAcknowledged: true,
          reasonIds: ['too-expensive'],
          comment: '',
          effective: 'immediately',
          method: 'sms',
        },
        offersSeen: [],
        idempotencyKey: null,
        receipt: null,
        requestId: null,
        verification: { challenge: null, issuedAt: null, attemptsLeft: null, holds: {} },
      }),
    );
    const mock = createMockAdapter({ latencyMs: 0, verificationMethods: ['sms', 'security-questions'] });
    const el = await mount({ adapter: mock, locale, persist: 'session' });
    await waitForStep(el, 'verify');
    await click(el, exactly(translator(locale)('verify.sms.send')));
    await waitUntil(() => root(el).querySelector('input#cpu-code'), 'the code field did not appear');
    return { mock, el };
  }

  /** When the stored challenge was issued. */
  function issuedAt(): string {
    const stored = JSON.parse(sessionStorage.getItem('cloudpc-unsubscribe:default') ?? '{}') as { verification?: { issuedAt?: string } };
    const at = stored.verification?.issuedAt;
    if (at === undefined) throw new Error('no challenge in storage');
    return at;
  }

  async function reload(mock: MockAdapter, locale: Locale): Promise<CloudpcUnsubscribe> {
    const el = await mount({ adapter: mock, locale, persist: 'session' });
    await waitForStep(el, 'verify');
    await el.updateComplete;
    return el;
  }

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`comes back to the code box with the resend countdown where it was, and the code on the phone verifies (${locale})`, async () => {
      const t = translator(locale);
      const { mock, el } = await codeSent(locale);
      await type(el, field(el, 'code'), '12');
      clockAt(new Date(Date.parse(issuedAt()) + 6_000).toISOString());
      el.remove();

      const again = await reload(mock, locale);
      expect(root(again).querySelector('input#cpu-code'), 'the code box is there').to.not.equal(null);
      expect(field(again, 'code').value, 'what was typed is not kept: it is a secret').to.equal('');
      expect(shownText(again)).to.contain(t('verify.sms.resendIn', { seconds: 54 }));
      const resend = findButton(again, exactly(t('verify.sms.resend')));
      expect(resend.disabled).to.equal(true);
      expect(resend.getAttribute('aria-describedby')).to.equal('cpu-code-resend-wait');

      await type(again, field(again, 'code'), mock.lastSmsCode() as string);
      await click(again, exactly(t('verify.sms.check')));
      await waitForStep(again, 'confirm');
      expect(
        mock.calls.filter((c) => c.method === 'startVerification'),
        'one SMS, no "too frequent"',
      ).to.have.length(1);
    });

    it(`offers a new code at once when the code expired while the page was away (${locale})`, async () => {
      const t = translator(locale);
      const { mock, el } = await codeSent(locale);
      clockAt(after(301));
      el.remove();

      const again = await reload(mock, locale);
      expect(shownText(again)).to.contain(t('verify.sms.expired'));
      const resend = findButton(again, exactly(t('verify.sms.resend')));
      expect(resend.disabled).to.equal(false);
      expect(resend.getAttribute('part')).to.equal('primary-action');
      resend.click();
      await waitUntil(() => mock.calls.filter((c) => c.method === 'startVerification').length === 2, 'no new code asked for');
      await waitUntil(() => !shownText(again).includes(t('verify.sms.expired')), 'still expired');
    });
  }

  it('keeps the challenge in storage, but never the code typed or the proof', async () => {
    const { mock, el } = await codeSent('zh-CN');
    const code = mock.lastSmsCode() as string;
    await type(el, field(el, 'code'), code);
    const whileOpen = storedText();
    await click(el, exactly('验证'));
    await waitForStep(el, 'confirm');
    const { challengeId } = mock.calls.find((c) => c.method === 'verify')?.input as VerifyInput;
    expect(whileOpen).to.contain(challengeId);
    expect(whileOpen).to.contain('138****8000');
    expect(whileOpen).to.not.contain(code);
    // Answered: the challenge leaves storage (some back ends answer its id with the proof again).
    expect(storedText()).to.not.contain(challengeId);
  });
});
