import { expect } from '@open-wc/testing';
import { createMockAdapter } from '../../../src/adapters/mock/index.js';
import { quoteSchema, receiptSchema, type SubmitInput } from '../../../src/contract/index.js';
import { expectUnsubscribeError, expectValid, fakeClock, smsProof } from './mock-fixtures.js';

const SUBSCRIPTION_ID = 'CPC-SW-8800012345';

describe('mock adapter: refund quotes', () => {
  it('quotes an immediate unsubscription pro rata from now, less the penalty', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now });
    const quote = await adapter.quoteRefund({ subscriptionId: SUBSCRIPTION_ID, effective: 'immediately' });

    expectValid(quoteSchema, quote);
    // 116 of 365 days used (2026-08-01 to 2026-11-24 inclusive): 58800 × 116 / 365 = 18687.1 → 18687 fen.
    expect(quote).to.deep.equal({
      quoteId: 'Q-1',
      effective: 'immediately',
      effectiveAt: '2026-11-24T10:00:00+08:00',
      paid: { amount: 58800, currency: 'CNY' },
      used: { amount: 18687, currency: 'CNY' },
      penalty: { amount: 5000, currency: 'CNY' },
      refund: { amount: 35113, currency: 'CNY' },
      method: '原路退回',
      arrivalWorkingDays: { min: 7, max: 15 },
    });
  });

  it('quotes an end-of-term unsubscription at the period end, all used, no penalty, no refund', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now, arrivalWorkingDays: { min: 3, max: 5 } });
    const quote = await adapter.quoteRefund({ subscriptionId: SUBSCRIPTION_ID, effective: 'end-of-term' });

    expectValid(quoteSchema, quote);
    expect(quote).to.deep.include({
      effective: 'end-of-term',
      effectiveAt: '2027-08-01T00:00:00+08:00',
      used: { amount: 58800, currency: 'CNY' },
      penalty: { amount: 0, currency: 'CNY' },
      refund: { amount: 0, currency: 'CNY' },
      arrivalWorkingDays: { min: 3, max: 5 },
    });
  });

  it('numbers quotes Q-1, Q-2, … and refuses an option the terms do not offer or another subscription', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now, context: { terms: { effectiveOptions: ['immediately'] } } });
    expect((await adapter.quoteRefund({ subscriptionId: SUBSCRIPTION_ID, effective: 'immediately' })).quoteId).to.equal('Q-1');
    expect((await adapter.quoteRefund({ subscriptionId: SUBSCRIPTION_ID, effective: 'immediately' })).quoteId).to.equal('Q-2');
    await expectUnsubscribeError(adapter.quoteRefund({ subscriptionId: SUBSCRIPTION_ID, effective: 'end-of-term' }), 'invalid-input');
    await expectUnsubscribeError(adapter.quoteRefund({ subscriptionId: 'someone-else', effective: 'immediately' }), 'not-found');
  });
});

describe('mock adapter: submit', () => {
  async function prepared(options: Parameters<typeof createMockAdapter>[0] = {}) {
    const clock = fakeClock();
    const adapter = createMockAdapter({ now: clock.now, ...options });
    const proof = await smsProof(adapter);
    const quote = await adapter.quoteRefund({ subscriptionId: SUBSCRIPTION_ID, effective: 'immediately' });
    const input: SubmitInput = {
      subscriptionId: SUBSCRIPTION_ID,
      reasonIds: ['too-expensive'],
      comment: '价格偏高',
      effective: 'immediately',
      quoteId: quote.quoteId,
      proof,
      idempotencyKey: 'key-1',
    };
    return { adapter, clock, input };
  }

  it('creates a request with a TD number, +08:00 submit time and completion expected within 24 hours', async () => {
    const { adapter, input } = await prepared();
    const receipt = await adapter.submit(input);

    expectValid(receiptSchema, receipt);
    expect(receipt).to.deep.equal({
      requestId: 'TD202611240001',
      status: 'received',
      submittedAt: '2026-11-24T10:00:00+08:00',
      expectedDoneBy: '2026-11-25T10:00:00+08:00',
    });
    expect(adapter.requests()).to.deep.equal([receipt]);
  });

  it('dates the request number in Shanghai, not in the browser’s zone', async () => {
    // 01:30 on the 25th in Shanghai is the 24th in Los Angeles and in UTC.
    const adapter = createMockAdapter({ now: fakeClock('2026-11-25T01:30:00+08:00').now, verificationMethods: [] });
    const quote = await adapter.quoteRefund({ subscriptionId: SUBSCRIPTION_ID, effective: 'immediately' });
    const receipt = await adapter.submit({
      subscriptionId: SUBSCRIPTION_ID,
      reasonIds: [],
      effective: 'immediately',
      quoteId: quote.quoteId,
      idempotencyKey: 'k',
    });
    expect(receipt.requestId).to.equal('TD202611250001');
    expect(receipt.submittedAt).to.equal('2026-11-25T01:30:00+08:00');
  });

  it('returns the identical receipt for the same key and body, and creates one request', async () => {
    const { adapter, clock, input } = await prepared();
    const first = await adapter.submit(input);
    clock.advanceSeconds(30);
    const retry = await adapter.submit({ ...input });
    expect(retry).to.deep.equal(first);
    expect(adapter.requests()).to.have.length(1);
  });

  it('rejects the same key with a different body as invalid-input', async () => {
    const { adapter, input } = await prepared();
    await adapter.submit(input);
    await expectUnsubscribeError(adapter.submit({ ...input, comment: '换了一个说法' }), 'invalid-input');
    await expectUnsubscribeError(adapter.submit({ ...input, reasonIds: ['rarely-used'] }), 'invalid-input');
    expect(adapter.requests()).to.have.length(1);
  });

  it('creates one request from a double click sent in parallel', async () => {
    const { adapter, input } = await prepared({ latencyMs: 5 });
    const [a, b] = await Promise.all([adapter.submit(input), adapter.submit(input)]);
    expect(a).to.deep.equal(b);
    expect(adapter.requests()).to.have.length(1);
  });

  it('answers conflict to a second attempt under a new key while a request stands', async () => {
    const { adapter, input } = await prepared();
    await adapter.submit(input);
    await expectUnsubscribeError(adapter.submit({ ...input, idempotencyKey: 'key-2' }), 'conflict');
    expect(adapter.requests()).to.have.length(1);
  });

  it('answers conflict when a request was already pending before', async () => {
    const { adapter, input } = await prepared({ pendingRequestId: 'TD202611230042' });
    await expectUnsubscribeError(adapter.submit(input), 'conflict');
  });

  it('accepts a new attempt after the earlier request was rejected', async () => {
    const { adapter, clock, input } = await prepared({ statusTimeline: { outcome: 'rejected' } });
    await adapter.submit(input);
    clock.advanceSeconds(10);
    const quote = await adapter.quoteRefund({ subscriptionId: SUBSCRIPTION_ID, effective: 'immediately' });
    const second = await adapter.submit({ ...input, quoteId: quote.quoteId, idempotencyKey: 'key-2' });
    expect(second.requestId).to.equal('TD202611240002');
  });

  it('never reuses the number of a pre-existing request', async () => {
    const { adapter, clock, input } = await prepared({ pendingRequestId: 'TD202611240001', statusTimeline: { outcome: 'rejected' } });
    clock.advanceSeconds(10);
    const quote = await adapter.quoteRefund({ subscriptionId: SUBSCRIPTION_ID, effective: 'immediately' });
    expect((await adapter.submit({ ...input, quoteId: quote.quoteId })).requestId).to.equal('TD202611240002');
  });

  it('requires a proof from a successful verification', async () => {
    const { adapter, input } = await prepared();
    await expectUnsubscribeError(adapter.submit({ ...input, proof: undefined }), 'invalid-input');
    await expectUnsubscribeError(adapter.submit({ ...input, proof: 'PF-forged', idempotencyKey: 'key-2' }), 'invalid-input');
    expect(adapter.requests()).to.deep.equal([]);
  });

  it('needs no proof when the operator offers no verification method', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now, verificationMethods: [] });
    const quote = await adapter.quoteRefund({ subscriptionId: SUBSCRIPTION_ID, effective: 'end-of-term' });
    const receipt = await adapter.submit({
      subscriptionId: SUBSCRIPTION_ID,
      reasonIds: [],
      effective: 'end-of-term',
      quoteId: quote.quoteId,
      idempotencyKey: 'k',
    });
    expectValid(receiptSchema, receipt);
  });

  it('rejects an unknown quote or one for another effective option as invalid-input, and another subscription as not-found', async () => {
    const { adapter, input } = await prepared();
    await expectUnsubscribeError(adapter.submit({ ...input, quoteId: 'Q-999' }), 'invalid-input');
    await expectUnsubscribeError(adapter.submit({ ...input, effective: 'end-of-term', idempotencyKey: 'key-2' }), 'invalid-input');
    await expectUnsubscribeError(adapter.submit({ ...input, subscriptionId: 'someone-else', idempotencyKey: 'key-3' }), 'not-found');
    expect(adapter.requests()).to.deep.equal([]);
  });

  it('rejects a body that breaks the input schema as invalid-input', async () => {
    const { adapter, input } = await prepared();
    await expectUnsubscribeError(adapter.submit({ ...input, idempotencyKey: '' }), 'invalid-input');
    await expectUnsubscribeError(adapter.submit({ ...input, effective: 'tomorrow' } as unknown as SubmitInput), 'invalid-input');
  });
});
