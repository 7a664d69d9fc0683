/**
 * The adapter object is read defensively: an operator's adapter may have getters that throw, be a
 * Proxy (even a revoked one), gain a method after the page set it, or answer in ways a Promise
 * does not. None of it escapes the element, and none of it leaves the subscriber without a way on.
 * Also: a back end that sends 10,000 reasons cannot freeze the page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createMockAdapter, type MockAdapter } from '../../src/adapters/mock/index.js';
import type { UnsubscribeAdapter } from '../../src/contract/adapter.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import { capturingWarnings, choice, click, field, keepPageVisible, root, setChecked, settled, shownText, type } from './drive.js';
import { walkTo } from './walk.js';

/** Collects uncaught errors and rejections while `body` runs. */
async function uncaughtDuring(body: () => Promise<void>): Promise<unknown[]> {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await body();
    // Anything left to escape does so within a task or two.
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

let mounted: CloudpcUnsubscribe[] = [];
afterEach(() => {
  for (const el of mounted) el.remove();
  mounted = [];
});

/** Set as a page's script would set it (a template binding would itself read a Proxy's traps). */
async function mountOn(adapter: unknown): Promise<CloudpcUnsubscribe> {
  const el = document.createElement('cloudpc-unsubscribe');
  el.persist = 'none';
  el.adapter = adapter as UnsubscribeAdapter;
  document.body.append(el);
  mounted.push(el);
  await settled(el);
  return el;
}

function smsMock(): MockAdapter {
  return createMockAdapter({ verificationMethods: ['sms'], statusTimeline: { processingAfterMs: 0, doneAfterMs: 0 } });
}

/** The mock's methods on a plain object, with `name` replaced by a getter. */
function withGetter(mock: MockAdapter, name: keyof UnsubscribeAdapter, get: () => unknown): UnsubscribeAdapter {
  const adapter: Record<string, unknown> = { ...mock };
  // Replaced by a getter: defineProperty turns the copied value into an accessor.
  Object.defineProperty(adapter, name, { get, enumerable: true, configurable: true });
  return adapter as unknown as UnsubscribeAdapter;
}

async function toFeedback(el: CloudpcUnsubscribe): Promise<void> {
  await walkTo(el, 'confirm');
  await waitUntil(() => root(el).querySelector('table'), 'the quote did not show');
  await click(el, '确认退订');
  await waitUntil(() => root(el).querySelector('#cpu-feedback-comment'), `done not reached: ${shownText(el)}`, { timeout: 4000 });
  await setChecked(el, choice(el, '4 分：满意'));
  await type(el, field<HTMLTextAreaElement>(el, 'feedback-comment'), '挺好');
  await click(el, '提交评价');
}

const UNREACHABLE = '暂时无法连接退订服务';

describe('an adapter read defensively', () => {
  keepPageVisible();

  it('a sendFeedback getter that throws: the flow runs, and the feedback says it did not go, with a retry', async () => {
    const mock = smsMock();
    const errors = await uncaughtDuring(async () => {
      const el = await mountOn(
        withGetter(mock, 'sendFeedback', () => {
          throw new Error('getter blew up');
        }),
      );
      expect(el.step).to.equal('prepare');
      await toFeedback(el);
      await waitUntil(() => shownText(el).includes('评价没有提交成功'), `no failure shown: ${shownText(el)}`);
      expect(shownText(el)).to.contain('重新提交评价');
      expect(field<HTMLTextAreaElement>(el, 'feedback-comment').value).to.equal('挺好');
    });
    expect(errors).to.deep.equal([]);
    expect(mock.requests()).to.have.length(1);
  });

  it('a loadContext getter that throws once: the service cannot be reached, and the retry reads it again', async () => {
    const mock = smsMock();
    let reads = 0;
    const errors = await uncaughtDuring(async () => {
      const el = await mountOn(
        withGetter(mock, 'loadContext', () => {
          reads += 1;
          if (reads === 1) throw new Error('not yet');
          return mock.loadContext;
        }),
      );
      expect(shownText(el)).to.contain(UNREACHABLE);
      await click(el, '重试');
      await waitUntil(() => el.step === 'prepare', 'the retry did not load');
    });
    expect(errors).to.deep.equal([]);
  });

  it('a Proxy whose every trap throws, and a revoked Proxy: blocked with a retry, nothing thrown out', async () => {
    const trap = () => {
      throw new Error('trap');
    };
    const hostile = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap });
    const revocable = Proxy.revocable({ ...smsMock() }, {});
    revocable.revoke();
    for (const adapter of [hostile, revocable.proxy]) {
      const errors = await uncaughtDuring(async () => {
        const el = await mountOn(adapter);
        expect(shownText(el)).to.contain(UNREACHABLE);
        expect(root(el).querySelector('button')?.textContent?.trim()).to.equal('重试');
      });
      expect(errors).to.deep.equal([]);
    }
  });

  it('a Proxy in front of a working adapter works like the adapter', async () => {
    const mock = smsMock();
    const seen: PropertyKey[] = [];
    const proxy = new Proxy(mock, { get: (target, key) => (seen.push(key), Reflect.get(target, key)) });
    const el = await mountOn(proxy);
    expect(el.step).to.equal('prepare');
    expect(seen).to.include('loadContext');
  });

  it('a sendFeedback added after the adapter was given is used', async () => {
    const mock = smsMock();
    const adapter: Record<string, unknown> = { ...mock };
    delete adapter['sendFeedback'];
    const el = await mountOn(adapter);
    adapter['sendFeedback'] = mock.sendFeedback;
    await toFeedback(el);
    await waitUntil(() => mock.feedback().length === 1, 'the late method was not used');
    expect(mock.feedback()[0]?.comment).to.equal('挺好');
  });

  it('a method that is not a function, one that throws at once, and one whose answer has a throwing then: blocked, nothing thrown out', async () => {
    const mock = smsMock();
    const thenable = {
      get then(): unknown {
        throw new Error('then getter');
      },
    };
    const broken: Array<UnsubscribeAdapter['loadContext'] | string> = [
      'loadContext',
      () => {
        throw new TypeError('sync');
      },
      () => thenable as never,
    ];
    for (const loadContext of broken) {
      const errors = await uncaughtDuring(async () => {
        const el = await mountOn({ ...mock, loadContext });
        expect(shownText(el)).to.contain(UNREACHABLE);
      });
      expect(errors).to.deep.equal([]);
    }
  });
});

describe('a back end that sends 10,000 reasons', () => {
  keepPageVisible();

  it('shows the first 50 within a second of Continue, and warns in the console', async () => {
    const reasons = Array.from({ length: 10_000 }, (_, i) => ({ id: `r${i}`, label: `原因 ${i}` }));
    const mock = createMockAdapter({ verificationMethods: ['sms'], context: { reasons } });
    let el: CloudpcUnsubscribe | undefined;
    let took = Infinity;
    const warnings = await capturingWarnings(async () => {
      el = await mountOn(mock);
      await setChecked(el, field(el, 'backup'));
      await setChecked(el, field(el, 'terms'));
      const started = performance.now();
      await click(el, '继续');
      await waitUntil(() => el?.step === 'reason' && root(el).querySelector('#cpu-reasons'), 'the reason step did not show');
      await el.updateComplete;
      took = performance.now() - started;
    });
    expect(took, 'ms from Continue to the reasons on screen').to.be.below(1000);
    expect(root(el!).querySelectorAll('input[name="cpu-reasons"]')).to.have.length(50);
    expect(warnings.some((w) => w.includes('10000 items in reasons') && w.includes('first 50'))).to.equal(true);
  });
});
