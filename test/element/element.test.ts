import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import { CloudpcUnsubscribe as ElementClass } from '../../src/element/cloudpc-unsubscribe.js';
import { defineCloudpcUnsubscribe } from '../../src/element/define.js';
import type { UnsubscribeAdapter } from '../../src/contract/adapter.js';
import { createMockAdapter } from '../../src/adapters/mock/index.js';
import { validContext } from '../contract/fixtures.js';

function text(el: CloudpcUnsubscribe): string {
  return el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

async function loaded(el: CloudpcUnsubscribe): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('[part="container"][aria-busy="false"]'), 'the widget did not finish loading', {
    timeout: 5000,
  });
  await el.updateComplete;
}

/** An adapter whose loadContext answers with `context`, and records the signals it was given. */
function contextAdapter(load: (signal?: AbortSignal) => Promise<unknown>): UnsubscribeAdapter {
  const base = createMockAdapter();
  return { ...base, loadContext: (_input, options) => load(options?.signal) as ReturnType<UnsubscribeAdapter['loadContext']> };
}

describe('<cloudpc-unsubscribe>', () => {
  beforeEach(() => sessionStorage.clear());

  it('is defined by importing the package', () => {
    expect(customElements.get('cloudpc-unsubscribe')).to.equal(ElementClass);
  });

  it('can be defined a second time without throwing', () => {
    expect(() => defineCloudpcUnsubscribe()).to.not.throw();
    expect(customElements.get('cloudpc-unsubscribe')).to.equal(ElementClass);
  });

  it('shows the account and product from the demo adapter, accessibly', async () => {
    const el = await fixture<CloudpcUnsubscribe>(html`<cloudpc-unsubscribe demo></cloudpc-unsubscribe>`);
    await loaded(el);
    expect(el.step).to.equal('prepare');
    expect(el.getAttribute('step')).to.equal('prepare');
    expect(text(el)).to.contain('退订前准备');
    expect(text(el)).to.contain('第 1 步，共 6 步');
    await expect(el).to.be.accessible();
  });

  it('speaks English when locale="en" and marks its language', async () => {
    const el = await fixture<CloudpcUnsubscribe>(html`<cloudpc-unsubscribe demo locale="en"></cloudpc-unsubscribe>`);
    await loaded(el);
    expect(text(el)).to.contain('Before you unsubscribe');
    expect(el.shadowRoot?.querySelector('[part="container"]')?.getAttribute('lang')).to.equal('en');
  });

  it('announces the first step with cloudpc-step-change', async () => {
    const el = document.createElement('cloudpc-unsubscribe');
    el.adapter = createMockAdapter();
    const event = oneEvent(el, 'cloudpc-step-change');
    document.body.append(el);
    try {
      const { detail } = await event;
      expect(detail).to.deep.equal({ step: 'prepare', previousStep: null });
    } finally {
      el.remove();
    }
  });

  it('renders adapter strings as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const context = validContext();
    context.account.displayName = hostile;
    context.subscription.productName = hostile;
    const el = await fixture<CloudpcUnsubscribe>(
      html`<cloudpc-unsubscribe .adapter=${contextAdapter(async () => context)}></cloudpc-unsubscribe>`,
    );
    await loaded(el);
    expect(el.shadowRoot?.querySelector('img')).to.equal(null);
    expect(text(el)).to.contain(hostile);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows a sign-in message when the back end says the user is not signed in, and recovers on retry', async () => {
    let calls = 0;
    const adapter = contextAdapter(async () => {
      calls += 1;
      if (calls === 1) throw { code: 'unauthenticated' };
      return validContext();
    });
    const el = await fixture<CloudpcUnsubscribe>(html`<cloudpc-unsubscribe .adapter=${adapter}></cloudpc-unsubscribe>`);
    await loaded(el);
    expect(text(el)).to.contain('请先登录');
    await expect(el).to.be.accessible();
    el.shadowRoot?.querySelector<HTMLButtonElement>('button')?.click();
    await waitUntil(() => el.step === 'prepare');
  });

  it('turns an invalid answer from the back end into a message instead of an exception', async () => {
    const el = await fixture<CloudpcUnsubscribe>(
      html`<cloudpc-unsubscribe
        .adapter=${contextAdapter(async () => ({ ...validContext(), subscription: { price: { amount: 12.5 } } }))}
      ></cloudpc-unsubscribe>`,
    );
    await loaded(el);
    expect(text(el)).to.contain('服务返回的信息有误');
  });

  it('says it has no back end when given neither an adapter nor demo', async () => {
    const el = await fixture<CloudpcUnsubscribe>(html`<cloudpc-unsubscribe></cloudpc-unsubscribe>`);
    await loaded(el);
    expect(text(el)).to.contain('尚未连接服务');
  });

  it('aborts the request in flight when it is removed', async () => {
    let signal: AbortSignal | undefined;
    const adapter = contextAdapter((s) => {
      signal = s;
      return new Promise(() => undefined);
    });
    const el = await fixture<CloudpcUnsubscribe>(html`<cloudpc-unsubscribe .adapter=${adapter}></cloudpc-unsubscribe>`);
    await waitUntil(() => signal !== undefined);
    expect(signal?.aborted).to.equal(false);
    el.remove();
    expect(signal?.aborted).to.equal(true);
  });

  it('fires cloudpc-keep when the subscriber keeps the subscription', async () => {
    const el = await fixture<CloudpcUnsubscribe>(html`<cloudpc-unsubscribe .adapter=${createMockAdapter()}></cloudpc-unsubscribe>`);
    await loaded(el);
    const keep = oneEvent(el, 'cloudpc-keep');
    [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.includes('保留'))?.click();
    expect((await keep).detail).to.deep.equal({ step: 'prepare' });
  });

  it('warns and falls back to Chinese for an unknown locale', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const el = await fixture<CloudpcUnsubscribe>(html`<cloudpc-unsubscribe demo locale="fr"></cloudpc-unsubscribe>`);
      await loaded(el);
      expect(el.locale).to.equal('zh-CN');
      expect(String(warnings[0])).to.contain('unknown locale');
    } finally {
      console.warn = original;
    }
  });
});
