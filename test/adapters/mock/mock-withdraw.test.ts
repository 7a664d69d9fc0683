/** The mock's withdrawal (撤销退订): before the request takes effect, once, and the subscription goes on. */
import { expect } from '@open-wc/testing';
import { createMockAdapter } from '../../../src/adapters/mock/index.js';
import { statusSchema, withdrawResultSchema, type Effective } from '../../../src/contract/index.js';
import { expectUnsubscribeError, expectValid, fakeClock } from './mock-fixtures.js';

const SUBSCRIPTION_ID = 'CPC-SW-8800012345';

async function submitted(effective: Effective) {
  const clock = fakeClock();
  const adapter = createMockAdapter({ now: clock.now, verificationMethods: [] });
  const quote = await adapter.quoteRefund({ subscriptionId: SUBSCRIPTION_ID, effective });
  const { requestId } = await adapter.submit({
    subscriptionId: SUBSCRIPTION_ID,
    reasonIds: [],
    effective,
    quoteId: quote.quoteId,
    idempotencyKey: 'k',
  });
  return { adapter, clock, requestId, quote };
}

describe('mock adapter: withdraw', () => {
  it('withdraws a received request once: a retry answers the same, the status reads withdrawn, the subscription is active', async () => {
    const { adapter, clock, requestId } = await submitted('immediately');
    const first = await adapter.withdraw({ requestId, idempotencyKey: 'w1' });
    expectValid(withdrawResultSchema, first);
    clock.advanceMs(1000);
    expect(await adapter.withdraw({ requestId, idempotencyKey: 'w1' })).to.deep.equal(first);
    const status = await adapter.getStatus({ requestId });
    expectValid(statusSchema, status);
    expect(status).to.include({ status: 'withdrawn', updatedAt: first.withdrawnAt });
    expect(status.withdrawableUntil).to.equal(undefined);
    const context = await adapter.loadContext({});
    expect(context.pendingRequest).to.equal(undefined);
    expect(context.subscription.status).to.equal('active');
  });

  it('refuses an immediate request once it is processed (409 conflict)', async () => {
    const { adapter, clock, requestId } = await submitted('immediately');
    clock.advanceMs(3000);
    expect((await adapter.getStatus({ requestId })).withdrawableUntil).to.equal(undefined);
    await expectUnsubscribeError(adapter.withdraw({ requestId, idempotencyKey: 'w' }), 'conflict');
  });

  it('allows an end-of-term request until the term ends, even once completed', async () => {
    const { adapter, clock, requestId, quote } = await submitted('end-of-term');
    clock.advanceMs(10_000);
    const status = await adapter.getStatus({ requestId });
    expect(status.status).to.equal('completed');
    expect(Date.parse(status.withdrawableUntil ?? '')).to.equal(Date.parse(quote.effectiveAt));
    expect((await adapter.withdraw({ requestId, idempotencyKey: 'w' })).status).to.equal('withdrawn');
  });

  it('an unknown request is not-found', async () => {
    const { adapter } = await submitted('immediately');
    await expectUnsubscribeError(adapter.withdraw({ requestId: 'TD000', idempotencyKey: 'w' }), 'not-found');
  });
});
