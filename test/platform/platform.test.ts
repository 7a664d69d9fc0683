import { expect } from '@open-wc/testing';
import { abortReason, anySignal, throwIfAborted, timeoutSignal } from '../../src/platform/abort.js';
import { cloneData } from '../../src/platform/clone.js';
import { randomUuid } from '../../src/platform/ids.js';
import { once, onceEach } from '../../src/platform/once.js';

describe('platform fallbacks for the browser floor', () => {
  describe('anySignal', () => {
    it('aborts when any source aborts, with that source’s reason', () => {
      const a = new AbortController();
      const b = new AbortController();
      const linked = anySignal([a.signal, undefined, b.signal]);
      expect(linked.signal.aborted).to.equal(false);
      const reason = new Error('left the page');
      b.abort(reason);
      expect(linked.signal.aborted).to.equal(true);
      expect(abortReason(linked.signal)).to.equal(reason);
    });

    it('is aborted at once when a source already is', () => {
      const a = new AbortController();
      a.abort();
      const linked = anySignal([a.signal]);
      expect(linked.signal.aborted).to.equal(true);
      expect((abortReason(linked.signal) as Error).name).to.equal('AbortError');
    });

    it('stops listening to its sources once disposed', () => {
      const a = new AbortController();
      const linked = anySignal([a.signal]);
      linked.dispose();
      a.abort();
      expect(linked.signal.aborted).to.equal(false);
    });
  });

  describe('timeoutSignal', () => {
    it('aborts with a TimeoutError after the time given', async () => {
      const timeout = timeoutSignal(5);
      await new Promise((resolve) => timeout.signal.addEventListener('abort', resolve));
      expect((abortReason(timeout.signal) as Error).name).to.equal('TimeoutError');
    });

    it('never fires once disposed', async () => {
      const timeout = timeoutSignal(5);
      timeout.dispose();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(timeout.signal.aborted).to.equal(false);
    });
  });

  it('throwIfAborted throws the reason of an aborted signal and nothing otherwise', () => {
    const controller = new AbortController();
    expect(() => throwIfAborted(controller.signal)).not.to.throw();
    expect(() => throwIfAborted(undefined)).not.to.throw();
    controller.abort();
    expect(() => throwIfAborted(controller.signal))
      .to.throw()
      .with.property('name', 'AbortError');
  });

  it('randomUuid makes distinct version-4 UUIDs', () => {
    const ids = new Set(Array.from({ length: 200 }, () => randomUuid()));
    expect(ids.size).to.equal(200);
    for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('cloneData copies plain data deeply', () => {
    const original = { amount: { amount: 4900, currency: 'CNY' }, list: [1, 'two', null, { deep: true }] };
    const copy = cloneData(original);
    expect(copy).to.deep.equal(original);
    copy.list.push(5);
    copy.amount.amount = 1;
    expect(original.list).to.have.length(4);
    expect(original.amount.amount).to.equal(4900);
  });
});

describe('once', () => {
  it('runs the load once and shares it while it runs, then keeps the value', async () => {
    let runs = 0;
    const load = once(async () => ++runs);
    const [a, b] = await Promise.all([load(), load()]);
    expect([a, b, await load(), load.value, runs]).to.deep.equal([1, 1, 1, 1, 1]);
  });

  it('forgets a failure, so the next call tries again', async () => {
    let runs = 0;
    const load = once(async () => {
      runs += 1;
      if (runs === 1) throw new Error('lost on the network');
      return 'here';
    });
    let failed = false;
    await load().catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(load.value).to.equal(undefined);
    expect(await load()).to.equal('here');
    expect(runs).to.equal(2);
  });

  it('onceEach keeps one load per key', async () => {
    const asked: string[] = [];
    const load = onceEach(async (key: string) => {
      asked.push(key);
      return key.toUpperCase();
    });
    expect(await Promise.all([load('a'), load('b'), load('a')])).to.deep.equal(['A', 'B', 'A']);
    expect(load.valueOf('a')).to.equal('A');
    expect(load.valueOf('c')).to.equal(undefined);
    expect(asked).to.deep.equal(['a', 'b']);
  });
});
