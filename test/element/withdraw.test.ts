/**
 * Changing one's mind (撤销退订) in the element: the widget opens on a pending end-of-term request,
 * offers to withdraw it, asks for confirmation saying what it means, and ends on `done`. An adapter
 * without `withdraw` sees none of it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createMockAdapter, type MockAdapter } from '../../src/adapters/mock/index.js';
import type { Locale } from '../../src/i18n/index.js';
import { click, focused, keepPageVisible, mount, recordEvents, root, shownText, waitForStep, requiredMethodsOf } from './drive.js';

const PENDING = 'TD202611240007';

function pendingEndOfTerm(): MockAdapter {
  return createMockAdapter({
    pendingRequestId: PENDING,
    context: { terms: { effectiveOptions: ['end-of-term'] } },
    statusTimeline: { processingAfterMs: 60_000, doneAfterMs: 10 * 60_000 },
  });
}

const WORDS = {
  'zh-CN': {
    start: '撤销退订',
    yes: '确认撤销',
    no: '不撤销，继续退订',
    title: '确定撤销退订申请吗？',
    free: '不收取任何费用',
    done: '已撤销退订',
  },
  en: {
    start: 'Withdraw my request',
    yes: 'Yes, withdraw it',
    no: 'No, go on with unsubscribing',
    title: 'Withdraw your request to unsubscribe?',
    free: 'Withdrawing costs nothing',
    done: 'Unsubscribe request withdrawn',
  },
} as const;

const shown = (el: HTMLElement, selector: string) => (el.shadowRoot?.querySelector(selector) ?? null) !== null;

describe('<cloudpc-unsubscribe> withdrawing a pending request', () => {
  keepPageVisible();

  for (const locale of ['zh-CN', 'en'] as const satisfies readonly Locale[]) {
    const words = WORDS[locale];

    it(`${locale}: offers it on status with the time it ends, confirms what it means, and ends on done`, async function () {
      // Three axe runs and a whole withdrawal: more than the default 10 s on a busy machine.
      this.timeout(30_000);
      const mock = pendingEndOfTerm();
      const log = recordEvents(document.body);
      const el = await mount({ adapter: mock, locale });
      await waitForStep(el, 'status');
      await waitUntil(() => shown(el, '#cpu-withdraw-start'), 'no withdraw action');
      await expect(el).to.be.accessible();
      expect(shownText(el)).to.contain(locale === 'en' ? 'You can withdraw your request until' : '前，您可以撤销这次退订申请');

      await click(el, words.start);
      expect(focused(el)?.id).to.equal('cpu-withdraw-confirm-title');
      expect(shownText(el)).to.contain(words.title);
      expect(shownText(el)).to.contain(words.free);
      expect(mock.calls.some((c) => c.method === 'withdraw')).to.equal(false, 'nothing is sent before confirming');
      await expect(el).to.be.accessible();

      await click(el, words.yes);
      await waitForStep(el, 'done');
      expect(root(el).querySelector('[part~="heading"]')?.textContent).to.contain(words.done);
      const withdrawals = log.filter((e) => e.type === 'cloudpc-withdraw');
      expect(withdrawals).to.have.length(1);
      expect((withdrawals[0]?.detail as { requestId: string }).requestId).to.equal(PENDING);
      const calls = mock.calls.filter((c) => c.method === 'withdraw');
      expect(calls).to.have.length(1);
      expect((calls[0]?.input as { requestId: string }).requestId).to.equal(PENDING);
      expect((await mock.getStatus({ requestId: PENDING })).status).to.equal('withdrawn');
      expect(shown(el, '#cpu-withdraw-start')).to.equal(false);
      await expect(el).to.be.accessible();
      el.remove();
    });
  }

  it('cancelling sends nothing and gives focus back to the action', async () => {
    const mock = pendingEndOfTerm();
    const el = await mount({ adapter: mock });
    await waitForStep(el, 'status');
    await waitUntil(() => shown(el, '#cpu-withdraw-start'), 'no withdraw action');
    await click(el, WORDS['zh-CN'].start);
    await click(el, WORDS['zh-CN'].no);
    expect(focused(el)?.id).to.equal('cpu-withdraw-start');
    expect(mock.calls.some((c) => c.method === 'withdraw')).to.equal(false);
    expect(el.step).to.equal('status');
  });

  it('an adapter without withdraw shows no withdraw control, even where the status would allow it', async () => {
    const mock = pendingEndOfTerm();
    const el = await mount({ adapter: requiredMethodsOf(mock) });
    await waitForStep(el, 'status');
    await waitUntil(() => mock.calls.some((c) => c.method === 'getStatus'), 'the status was not asked for');
    await el.updateComplete;
    expect((await mock.getStatus({ requestId: PENDING })).withdrawableUntil).to.be.a('string');
    expect(shown(el, '#cpu-withdraw-start')).to.equal(false);
    expect(shownText(el)).not.to.contain(WORDS['zh-CN'].start);
  });
});
