/** The mock's "send it to me": the receipt goes to the masked phone or address, once per press, and the mock keeps what it sent. */
import { expect } from '@open-wc/testing';
import { createMockAdapter } from '../../../src/adapters/mock/index.js';
import { receiptDeliverySchema } from '../../../src/contract/index.js';
import { expectUnsubscribeError, expectValid, fakeClock } from './mock-fixtures.js';

const SUBSCRIPTION_ID = 'CPC-SW-8800012345';

async function submitted(account?: { maskedEmail?: string }) {
  const clock = fakeClock();
  const adapter = createMockAdapter({
    now: clock.now,
    verificationMethods: [],
    ...(account ? { context: { account } } : {}),
  });
  const quote = await adapter.quoteRefund({ subscriptionId: SUBSCRIPTION_ID, effective: 'immediately' });
  const { requestId } = await adapter.submit({
    subscriptionId: SUBSCRIPTION_ID,
    reasonIds: [],
    effective: 'immediately',
    quoteId: quote.quoteId,
    idempotencyKey: 'k',
  });
  return { adapter, clock, requestId };
}

describe('mock adapter: sendReceipt', () => {
  it('sends the receipt by SMS to the masked phone and records it', async () => {
    const { adapter, requestId } = await submitted();
    const delivery = await adapter.sendReceipt({ requestId, channel: 'sms', idempotencyKey: 's1' });
    expectValid(receiptDeliverySchema, delivery);
    expect(delivery).to.include({ requestId, channel: 'sms', sentTo: '138****8000' });
    expect(adapter.receiptDeliveries()).to.deep.equal([delivery]);
  });

  it('sends one message per press: a retry with the same key answers the first delivery and sends nothing more', async () => {
    const { adapter, clock, requestId } = await submitted();
    const first = await adapter.sendReceipt({ requestId, channel: 'sms', idempotencyKey: 's1' });
    clock.advanceMs(1000);
    expect(await adapter.sendReceipt({ requestId, channel: 'sms', idempotencyKey: 's1' })).to.deep.equal(first);
    expect(adapter.receiptDeliveries()).to.have.length(1);
    await adapter.sendReceipt({ requestId, channel: 'sms', idempotencyKey: 's2' });
    expect(adapter.receiptDeliveries()).to.have.length(2);
  });

  it('sends by e-mail only when the account has an address', async () => {
    const without = await submitted();
    await expectUnsubscribeError(
      without.adapter.sendReceipt({ requestId: without.requestId, channel: 'email', idempotencyKey: 'e1' }),
      'invalid-input',
    );
    expect(without.adapter.receiptDeliveries()).to.deep.equal([]);
    const withEmail = await submitted({ maskedEmail: 'w***@139.com' });
    const delivery = await withEmail.adapter.sendReceipt({ requestId: withEmail.requestId, channel: 'email', idempotencyKey: 'e1' });
    expect(delivery).to.include({ channel: 'email', sentTo: 'w***@139.com' });
  });

  it('refuses a request it does not know (not-found)', async () => {
    const { adapter } = await submitted();
    await expectUnsubscribeError(adapter.sendReceipt({ requestId: 'TD-NOPE', channel: 'sms', idempotencyKey: 's1' }), 'not-found');
  });
});
