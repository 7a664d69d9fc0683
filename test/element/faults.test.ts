import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMockAdapter, type MockAdapter } from '../../src/adapters/mock/index.js';
import type { AdapterMethod, UnsubscribeAdapter } from '../../src/contract/adapter.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import type { StepId } from '../../src/flow/types.js';
import { click, field, keepPageVisible, recordEvents, root, settled, shownText, type, waitForStep } from './drive.js';
import { COMMENT, walkTo } from './walk.js';

/** The service error as the subscriber reads it: its heading, then what to do. */
const SERVER_TITLE = '服务暂时出现问题';
const SERVER_ERROR = '请稍后重试。';

/** The text of the visible service-error panel (the live region may still hold the announcement). */
function problem(el: CloudpcUnsubscribe): string {
  return root(el).querySelector('.notice--danger')?.textContent ?? '';
}
const KEPT = '您填写的内容都已保留。';

/** Collects uncaught errors and rejections: a fault must never escape the element. */
function watchUncaught(): { errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

async function mountWith(adapter: UnsubscribeAdapter): Promise<CloudpcUnsubscribe> {
  const el = await fixture<CloudpcUnsubscribe>(html`<cloudpc-unsubscribe persist="none" .adapter=${adapter}></cloudpc-unsubscribe>`);
  await settled(el);
  return el;
}

function smsOnly(failures: MockAdapter extends never ? never : Parameters<typeof createMockAdapter>[0] = {}): MockAdapter {
  return createMockAdapter({ verificationMethods: ['sms'], statusTimeline: { processingAfterMs: 0, doneAfterMs: 600_000 }, ...failures });
}

describe('an adapter error at each step', () => {
  keepPageVisible();

  it('loading the context: says the service cannot be reached, and retry loads it', async () => {
    const el = await mountWith(smsOnly({ failures: { loadContext: { code: 'network', times: 1 } } }));
    expect(shownText(el)).to.contain('暂时无法连接退订服务');
    await expect(el).to.be.accessible();
    await click(el, '重试');
    await waitForStep(el, 'prepare');
  });

  const cases: Array<{ method: AdapterMethod; step: StepId; act(el: CloudpcUnsubscribe): Promise<void>; after: StepId | null }> = [
    { method: 'startVerification', step: 'verify', act: (el) => click(el, '发送验证码'), after: null },
    {
      method: 'verify',
      step: 'verify',
      act: async (el) => {
        await click(el, '发送验证码');
        await waitUntil(() => root(el).querySelector('input#cpu-code'));
        await type(el, field(el, 'code'), '123456');
        await click(el, '验证');
      },
      after: 'confirm',
    },
    { method: 'quoteRefund', step: 'verify', act: (el) => walkTo(el, 'confirm'), after: null },
    {
      method: 'submit',
      step: 'confirm',
      act: async (el) => {
        await waitUntil(() => root(el).querySelector('table'));
        await click(el, '确认退订');
      },
      after: 'status',
    },
  ];

  for (const { method, step, act, after } of cases) {
    it(`${method}: shows a localized message, keeps what was entered, fires cloudpc-error, and retry goes on`, async () => {
      const mock = smsOnly({ failures: { [method]: { code: 'server', times: 1 } } });
      const el = await mountWith(mock);
      const log = recordEvents(el);
      await walkTo(el, step);
      await act(el);
      await waitUntil(() => problem(el).includes(SERVER_ERROR), `no error shown for ${method}: ${shownText(el)}`);
      expect(problem(el)).to.contain(SERVER_TITLE);
      expect(problem(el)).to.contain(KEPT);
      expect(log.find((e) => e.type === 'cloudpc-error')?.detail).to.deep.include({ code: 'server', retryable: true });
      await expect(el).to.be.accessible();
      if (method === 'verify') expect(field(el, 'code').value).to.equal('123456');
      await click(el, '重试');
      if (after) await waitForStep(el, after);
      else await waitUntil(() => !problem(el).includes(SERVER_ERROR), `retry did not clear the error: ${shownText(el)}`);
      // The reason and comment typed earlier are still there to be submitted.
      if (method !== 'submit') await walkTo(el, 'status');
      const submitted = mock.calls.find((c) => c.method === 'submit')?.input as { comment?: string } | undefined;
      expect(submitted?.comment).to.equal(COMMENT);
      expect(mock.requests()).to.have.length(1);
    });
  }

  it('getStatus: keeps the receipt on screen and says quietly that it is reconnecting', async () => {
    const mock = smsOnly({ failures: { getStatus: { code: 'server', times: 1 } } });
    const el = await mountWith(mock);
    await walkTo(el, 'status');
    await waitUntil(() => shownText(el).includes('正在重新连接'), 'no reconnecting note');
    expect(shownText(el)).to.contain(mock.requests()[0]!.requestId);
    await click(el, '立即刷新');
    await waitUntil(() => !shownText(el).includes('正在重新连接'), 'the status did not recover');
  });
});

describe('an answer that fails its schema', () => {
  keepPageVisible();

  const methods: AdapterMethod[] = ['loadContext', 'startVerification', 'verify', 'quoteRefund', 'submit'];
  for (const broken of methods) {
    it(`from ${broken} never throws out of the element and can be retried`, async () => {
      const mock = smsOnly();
      let spoiled = false;
      const adapter: UnsubscribeAdapter = { ...mock };
      const real = mock[broken] as (...args: unknown[]) => Promise<unknown>;
      (adapter as unknown as Record<string, unknown>)[broken] = async (...args: unknown[]) => {
        if (!spoiled) {
          spoiled = true;
          return { amount: 12.5, html: '<img src=x onerror=alert(1)>' };
        }
        return real(...args);
      };
      const uncaught = watchUncaught();
      try {
        const el = await mountWith(adapter);
        if (broken === 'loadContext') {
          expect(shownText(el)).to.contain('退订服务返回的信息有误');
          await click(el, '重试');
          await waitForStep(el, 'prepare');
        } else {
          const target: Record<string, StepId> = {
            startVerification: 'confirm',
            verify: 'confirm',
            quoteRefund: 'status',
            submit: 'status',
          };
          // The walk stops where the broken answer leaves the subscriber.
          await walkTo(el, target[broken] as StepId).catch(() => undefined);
          await waitUntil(() => problem(el).includes('服务返回的信息有误'), `no message for ${broken}: ${shownText(el)}`);
          expect(el.shadowRoot?.querySelector('img')).to.equal(null);
          await click(el, '重试');
          await waitUntil(() => !problem(el) && !root(el).querySelector('button[aria-busy="true"]'), 'the retry did not finish');
          await settled(el);
          await walkTo(el, 'status');
        }
        expect(uncaught.errors).to.deep.equal([]);
      } finally {
        uncaught.stop();
      }
    });
  }
});
