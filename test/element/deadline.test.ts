/**
 * Every adapter call has a deadline in the widget, whatever adapter the operator wrote
 * (`options.callTimeoutSeconds`), and every wait with nothing else to do offers a way on.
 * The adapters here never settle and ignore their signal: the worst an operator's adapter can do.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMockAdapter, type MockAdapter } from '../../src/adapters/mock/index.js';
import type { AdapterMethod, CallOptions, UnsubscribeAdapter } from '../../src/contract/adapter.js';
import type { SubmitInput } from '../../src/contract/types.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import type { Locale } from '../../src/i18n/index.js';
import type { UnsubscribeOptions } from '../../src/options/index.js';
import { choice, click, field, findButton, keepPageVisible, recordEvents, root, setChecked, settled, shownText, type } from './drive.js';
import { COMMENT, walkTo } from './walk.js';

interface Hanging {
  adapter: UnsubscribeAdapter;
  /** The signals the hanging calls were given, in order. */
  signals: AbortSignal[];
  /** What the hanging calls were asked (they never reach the mock, whose log has the rest). */
  inputs: unknown[];
}

/** `mock`, whose first `times` calls of `method` never settle and take no notice of their signal. */
function hangFirst(mock: MockAdapter, method: AdapterMethod, times = 1): Hanging {
  const signals: AbortSignal[] = [];
  const inputs: unknown[] = [];
  let calls = 0;
  const real = mock[method] as (input: unknown, options?: CallOptions) => Promise<unknown>;
  const adapter = {
    ...mock,
    [method]: (input: unknown, options?: CallOptions) => {
      calls += 1;
      if (calls > times) return real(input, options);
      if (options?.signal) signals.push(options.signal);
      inputs.push(input);
      return new Promise(() => undefined);
    },
  } as UnsubscribeAdapter;
  return { adapter, signals, inputs };
}

function smsMock(): MockAdapter {
  return createMockAdapter({ verificationMethods: ['sms'], statusTimeline: { processingAfterMs: 0, doneAfterMs: 600_000 } });
}

async function mountOn(adapter: UnsubscribeAdapter, options: UnsubscribeOptions, locale: Locale = 'zh-CN'): Promise<CloudpcUnsubscribe> {
  return fixture<CloudpcUnsubscribe>(
    html`<cloudpc-unsubscribe persist="none" locale=${locale} .adapter=${adapter} .options=${options}></cloudpc-unsubscribe>`,
  );
}

function problem(el: CloudpcUnsubscribe): string {
  return (root(el).querySelector('.notice--danger')?.textContent ?? '').replace(/\s+/g, ' ');
}

/** Every submit made: the one that hung, then those the mock answered. */
function submits(hanging: Hanging, mock: MockAdapter): SubmitInput[] {
  return [...hanging.inputs, ...mock.calls.filter((c) => c.method === 'submit').map((c) => c.input)] as SubmitInput[];
}

describe('a call past its deadline', () => {
  keepPageVisible();

  it('loading the context: aborts the call, says the service cannot be reached, and the retry loads it', async () => {
    const mock = smsMock();
    const { adapter, signals } = hangFirst(mock, 'loadContext');
    const started = performance.now();
    const el = await mountOn(adapter, { callTimeoutSeconds: 1 });
    const log = recordEvents(el);
    await waitUntil(() => shownText(el).includes('暂时无法连接退订服务'), 'no blocked screen after the deadline', { timeout: 3000 });
    expect(performance.now() - started).to.be.within(1000, 2500);
    expect(signals[0]?.aborted, 'the hanging call was aborted').to.equal(true);
    expect(log.find((e) => e.type === 'cloudpc-error')?.detail).to.deep.equal({ code: 'timeout', step: null, retryable: true });
    await click(el, '重试');
    await waitUntil(() => el.step === 'prepare', 'the retry did not load the context');
  });

  it('submitting: says the service took too long, keeps everything, and the retry sends the same key once more', async () => {
    const mock = smsMock();
    const hanging = hangFirst(mock, 'submit');
    const { adapter, signals } = hanging;
    const el = await mountOn(adapter, { callTimeoutSeconds: 1 });
    await settled(el);
    await walkTo(el, 'confirm');
    await waitUntil(() => root(el).querySelector('table'), 'the quote did not show');
    await click(el, '确认退订');
    await waitUntil(() => problem(el).includes('服务响应超时'), `no timeout shown: ${shownText(el)}`, { timeout: 3000 });
    expect(problem(el)).to.contain('您填写的内容都已保留');
    expect(signals[0]?.aborted).to.equal(true);
    await click(el, '重试');
    await waitUntil(() => el.step === 'status', `not submitted: ${shownText(el)}`);
    const [first, second] = submits(hanging, mock);
    expect(second?.idempotencyKey).to.equal(first?.idempotencyKey);
    expect(second?.comment).to.equal(COMMENT);
    expect(mock.requests()).to.have.length(1);
  });

  it('refreshing the status: keeps the receipt and says quietly that it is reconnecting', async () => {
    const mock = smsMock();
    const { adapter, signals } = hangFirst(mock, 'getStatus');
    const el = await mountOn(adapter, { callTimeoutSeconds: 1 });
    await settled(el);
    await walkTo(el, 'status');
    await waitUntil(() => shownText(el).includes('正在重新连接'), 'no reconnecting note', { timeout: 3000 });
    expect(signals[0]?.aborted).to.equal(true);
    expect(shownText(el)).to.contain(mock.requests()[0]!.requestId);
  });

  it('sending feedback: says it did not go, keeps the words, and sends them again', async () => {
    const mock = createMockAdapter({ verificationMethods: ['sms'], statusTimeline: { processingAfterMs: 0, doneAfterMs: 0 } });
    const { adapter, signals } = hangFirst(mock, 'sendFeedback');
    const el = await mountOn(adapter, { callTimeoutSeconds: 1 });
    await settled(el);
    await walkTo(el, 'confirm');
    await waitUntil(() => root(el).querySelector('table'), 'the quote did not show');
    await click(el, '确认退订');
    await waitUntil(() => root(el).querySelector('#cpu-feedback-comment'), 'done not reached', { timeout: 4000 });
    await setChecked(el, choice(el, '4 分：满意'));
    await type(el, field<HTMLTextAreaElement>(el, 'feedback-comment'), '很顺利');
    await click(el, '提交评价');
    await waitUntil(() => shownText(el).includes('服务响应超时'), 'no timeout shown', { timeout: 3000 });
    expect(signals[0]?.aborted).to.equal(true);
    expect(field<HTMLTextAreaElement>(el, 'feedback-comment').value).to.equal('很顺利');
    await click(el, '重新提交评价');
    await waitUntil(() => mock.feedback().length === 1, 'the feedback was not sent again');
    expect(mock.feedback()[0]?.comment).to.equal('很顺利');
  });
});

describe('a long wait with nothing else to do', () => {
  keepPageVisible();

  for (const [locale, slow, retry] of [
    ['zh-CN', '加载时间比平时长', '重试'],
    ['en', 'This is taking longer than usual', 'Try again'],
  ] as const) {
    it(`loading (${locale}): says it is taking long and offers to try again, which loads the context`, async () => {
      const mock = smsMock();
      const { adapter, signals } = hangFirst(mock, 'loadContext');
      // A 5 s deadline: the offer comes at 40 % of it, 2 s.
      const el = await mountOn(adapter, { callTimeoutSeconds: 5 }, locale);
      await waitUntil(() => shownText(el).includes(slow), 'no long-wait notice', { timeout: 3500 });
      expect(signals).to.have.length(1);
      await click(el, retry);
      expect(signals[0]?.aborted, 'the first call was given up').to.equal(true);
      await waitUntil(() => el.step === 'prepare', 'the context did not load');
      expect(shownText(el)).not.to.contain(slow);
    });
  }

  it('submitting: says it is taking long, offers to try again (never to keep), and the same request is created once', async () => {
    const mock = smsMock();
    const hanging = hangFirst(mock, 'submit');
    const el = await mountOn(hanging.adapter, { callTimeoutSeconds: 5 });
    await settled(el);
    await walkTo(el, 'confirm');
    await waitUntil(() => root(el).querySelector('table'), 'the quote did not show');
    await click(el, '确认退订');
    await waitUntil(() => shownText(el).includes('提交时间比平时长'), 'no long-wait notice', { timeout: 3500 });
    expect(shownText(el)).to.contain('重试不会重复提交申请');
    expect(findButton(el, '不退订了，保留业务').disabled, 'keep waits for the answer').to.equal(true);
    await click(el, '重试');
    await waitUntil(() => el.step === 'status', 'not submitted');
    const [first, second] = submits(hanging, mock);
    expect(second?.idempotencyKey).to.equal(first?.idempotencyKey);
    expect(mock.requests()).to.have.length(1);
  });
});
