import { expect } from '@open-wc/testing';
import { createMockAdapter } from '../../../src/adapters/mock/index.js';
import {
  challengeSchema,
  contextSchema,
  quoteSchema,
  receiptSchema,
  statusSchema,
  verifyResultSchema,
  withValidation,
} from '../../../src/contract/index.js';
import { expectValid, fakeClock } from './mock-fixtures.js';

describe('mock adapter: every answer fits the contract', () => {
  it('passes the schemas through a whole unsubscription, with every method and phase', async () => {
    const clock = fakeClock();
    const mock = createMockAdapter({
      now: clock.now,
      faceApproveAfterChecks: 1,
      context: { reasons: [{ id: 'other', label: '其他', requiresComment: true }] },
    });
    // The widget's own wrapper turns any schema failure into an invalid-response rejection.
    const adapter = withValidation(mock);

    const context = await adapter.loadContext({});
    expectValid(contextSchema, context);

    const sms = await adapter.startVerification({ method: 'sms' });
    expectValid(challengeSchema, sms);
    expectValid(verifyResultSchema, await adapter.verify({ challengeId: sms.challengeId, method: 'sms', code: '000000' }));

    const face = await adapter.startVerification({ method: 'face' });
    expectValid(challengeSchema, face);
    expectValid(verifyResultSchema, await adapter.verify({ challengeId: face.challengeId, method: 'face' }));
    expectValid(verifyResultSchema, await adapter.verify({ challengeId: face.challengeId, method: 'face' }));

    const questions = await adapter.startVerification({ method: 'security-questions' });
    expectValid(challengeSchema, questions);
    const verified = await adapter.verify({
      challengeId: questions.challengeId,
      method: 'security-questions',
      answers: [
        { questionId: 'q-first-city', answer: '杭州' },
        { questionId: 'q-pet-name', answer: 'doudou' },
      ],
    });
    expectValid(verifyResultSchema, verified);
    if (!verified.ok) throw new Error('expected the answers to pass');

    expectValid(quoteSchema, await adapter.quoteRefund({ subscriptionId: context.subscription.id, effective: 'end-of-term' }));
    const quote = await adapter.quoteRefund({ subscriptionId: context.subscription.id, effective: 'immediately' });
    expectValid(quoteSchema, quote);

    const receipt = await adapter.submit({
      subscriptionId: context.subscription.id,
      reasonIds: ['other'],
      comment: '公司统一采购了其他产品',
      effective: 'immediately',
      quoteId: quote.quoteId,
      proof: verified.proof,
      idempotencyKey: 'walkthrough',
    });
    expectValid(receiptSchema, receipt);
    expectValid(contextSchema, await adapter.loadContext({}));

    const seen = [];
    for (const step of [0, 3000, 5000]) {
      clock.advanceMs(step);
      const status = await adapter.getStatus({ requestId: receipt.requestId });
      expectValid(statusSchema, status);
      seen.push(status.status);
    }
    expect(seen).to.deep.equal(['received', 'processing', 'completed']);
    expectValid(contextSchema, await adapter.loadContext({}));

    await adapter.sendFeedback?.({ requestId: receipt.requestId, rating: 4, comment: '还行' });
    expect(mock.feedback()).to.have.length(1);
  });

  it('keeps the quote arithmetic valid for every day of the period', async () => {
    const clock = fakeClock('2026-08-01T00:00:00+08:00');
    const adapter = createMockAdapter({
      now: clock.now,
      context: { subscription: { currentPeriod: { start: '2026-08-01T00:00:00+08:00', end: '2027-08-01T00:00:00+08:00' } } },
    });
    let previousRefund = Infinity;
    for (let day = 0; day < 366; day += 1) {
      const quote = await adapter.quoteRefund({ subscriptionId: 'CPC-SW-8800012345', effective: 'immediately' });
      expectValid(quoteSchema, quote);
      expect(quote.refund.amount).to.be.at.most(previousRefund);
      previousRefund = quote.refund.amount;
      clock.advanceMs(24 * 60 * 60 * 1000);
    }
    expect(previousRefund).to.equal(0);
  });
});
