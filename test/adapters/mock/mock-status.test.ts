import { expect } from '@open-wc/testing';
import { createMockAdapter, type MockAdapterOptions } from '../../../src/adapters/mock/index.js';
import { contextSchema, statusSchema, type Effective } from '../../../src/contract/index.js';
import type { WorkingDayCalendar } from '../../../src/refund/index.js';
import { expectUnsubscribeError, expectValid, fakeClock } from './mock-fixtures.js';

const SUBSCRIPTION_ID = 'CPC-SW-8800012345';

async function submitted(options: MockAdapterOptions = {}, effective: Effective = 'immediately') {
  const clock = fakeClock();
  const adapter = createMockAdapter({ now: clock.now, verificationMethods: [], ...options });
  const quote = await adapter.quoteRefund({ subscriptionId: SUBSCRIPTION_ID, effective });
  const { requestId } = await adapter.submit({
    subscriptionId: SUBSCRIPTION_ID,
    reasonIds: ['rarely-used'],
    effective,
    quoteId: quote.quoteId,
    idempotencyKey: 'k',
  });
  const status = async () => {
    const value = await adapter.getStatus({ requestId });
    expectValid(statusSchema, value);
    return value;
  };
  return { adapter, clock, requestId, status };
}

describe('mock adapter: request status', () => {
  it('moves from received to processing to completed over the clock', async () => {
    const { clock, requestId, status } = await submitted();

    expect(await status()).to.deep.equal({
      requestId,
      status: 'received',
      updatedAt: '2026-11-24T10:00:00+08:00',
      refund: {
        status: 'pending',
        amount: { amount: 35113, currency: 'CNY' },
        expectedBy: { earliest: '2026-12-03', latest: '2026-12-15' },
      },
      // An immediate request may be withdrawn while it is still received.
      withdrawableUntil: '2026-11-24T10:00:03+08:00',
    });
    clock.advanceMs(2999);
    expect((await status()).status).to.equal('received');
    clock.advanceMs(1);
    expect(await status()).to.include({ status: 'processing', updatedAt: '2026-11-24T10:00:03+08:00' });
    clock.advanceMs(4999);
    expect((await status()).status).to.equal('processing');
    clock.advanceMs(1);
    expect(await status()).to.deep.equal({
      requestId,
      status: 'completed',
      updatedAt: '2026-11-24T10:00:08+08:00',
      refund: {
        status: 'issued',
        amount: { amount: 35113, currency: 'CNY' },
        expectedBy: { earliest: '2026-12-03', latest: '2026-12-15' },
      },
    });
  });

  it('follows a custom timeline to a rejection with its reason and no refund', async () => {
    const { clock, status } = await submitted({
      statusTimeline: { processingAfterMs: 1000, doneAfterMs: 60_000, outcome: 'rejected', rejectionReason: '存在未结清账单' },
    });
    clock.advanceMs(1000);
    expect((await status()).status).to.equal('processing');
    clock.advanceMs(59_000);
    expect(await status()).to.deep.include({
      status: 'rejected',
      rejectionReason: '存在未结清账单',
      refund: { status: 'none', amount: { amount: 0, currency: 'CNY' } },
    });
  });

  it('gives a rejection a default reason', async () => {
    const { clock, status } = await submitted({ statusTimeline: { outcome: 'rejected' } });
    clock.advanceSeconds(8);
    expect((await status()).rejectionReason)
      .to.be.a('string')
      .and.not.equal('');
  });

  it('tracks no refund for an end-of-term unsubscription', async () => {
    const { clock, status } = await submitted({}, 'end-of-term');
    expect((await status()).refund).to.deep.equal({ status: 'none', amount: { amount: 0, currency: 'CNY' } });
    clock.advanceSeconds(8);
    expect((await status()).refund).to.deep.equal({ status: 'none', amount: { amount: 0, currency: 'CNY' } });
  });

  it('counts the arrival window on the operator’s calendar and working days', async () => {
    // 2026-11-25 to 2026-11-27 made holidays: three working days later than on a plain week.
    const calendar: WorkingDayCalendar = { offDays: ['2026-11-25', '2026-11-26', '2026-11-27'], makeUpWorkdays: [] };
    const { status } = await submitted({ calendar, arrivalWorkingDays: { min: 1, max: 2 } });
    expect((await status()).refund?.expectedBy).to.deep.equal({ earliest: '2026-11-30', latest: '2026-12-01' });
  });

  it('answers not-found for a request it does not know', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now });
    await expectUnsubscribeError(adapter.getStatus({ requestId: 'TD202611249999' }), 'not-found');
  });

  it('reports the submitted request in the context until it is done, then the subscription as cancelled', async () => {
    const { adapter, clock, requestId } = await submitted();
    const during = await adapter.loadContext({});
    expectValid(contextSchema, during);
    expect(during.pendingRequest).to.deep.equal({ requestId });
    expect(during.subscription.status).to.equal('pending-cancellation');

    clock.advanceSeconds(8);
    const after = await adapter.loadContext({});
    expectValid(contextSchema, after);
    expect(after).to.not.have.property('pendingRequest');
    expect(after.subscription.status).to.equal('cancelled');
  });

  it('keeps an end-of-term subscription pending cancellation until the term runs out', async () => {
    const { adapter, clock } = await submitted({}, 'end-of-term');
    clock.advanceSeconds(8);
    expect((await adapter.loadContext({})).subscription.status).to.equal('pending-cancellation');
    clock.advanceMs(Date.parse('2027-08-01T00:00:00+08:00') - clock.now().getTime());
    expect((await adapter.loadContext({})).subscription.status).to.equal('cancelled');
  });

  it('keeps the subscription active after a rejection', async () => {
    const { adapter, clock } = await submitted({ statusTimeline: { outcome: 'rejected' } });
    clock.advanceSeconds(8);
    const context = await adapter.loadContext({});
    expect(context.subscription.status).to.equal('active');
    expect(context).to.not.have.property('pendingRequest');
  });

  it('moves a pre-existing pending request on to completed like any other', async () => {
    const clock = fakeClock();
    const adapter = createMockAdapter({ now: clock.now, pendingRequestId: 'TD202611230042' });
    clock.advanceSeconds(5);
    const status = await adapter.getStatus({ requestId: 'TD202611230042' });
    expectValid(statusSchema, status);
    expect(status.status).to.equal('completed');
    expect(status.refund?.status).to.equal('issued');
  });
});
