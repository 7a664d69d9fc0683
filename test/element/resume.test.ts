import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMockAdapter, type MockAdapter } from '../../src/adapters/mock/index.js';
import type { UnsubscribeAdapter } from '../../src/contract/adapter.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import type { StepId } from '../../src/flow/types.js';
import { choice, click, field, findButton, keepPageVisible, setChecked, settled } from './drive.js';
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
