import { expect } from '@open-wc/testing';
import { createMockAdapter } from '../../../src/adapters/mock/index.js';
import { agreementSchema, contextSchema, type AcceptOfferInput } from '../../../src/contract/index.js';
import { expectUnsubscribeError, expectValid, fakeClock } from './mock-fixtures.js';

const SUBSCRIPTION_ID = 'CPC-SW-8800012345';

function pause(overrides: Partial<AcceptOfferInput> = {}): AcceptOfferInput {
  return { offerId: 'OF-PAUSE', subscriptionId: SUBSCRIPTION_ID, months: 3, reasonIds: ['price'], idempotencyKey: 'K-1', ...overrides };
}

describe('mock adapter: retention offers', () => {
  it('has no offers unless asked for, as before', async () => {
    const context = await createMockAdapter({ now: fakeClock().now }).loadContext({});
    expect(context.offers).to.equal(undefined);
  });

  it('offers a pause whose months resume on dates from its clock, and a cheaper plan', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now, offers: ['pause', 'downgrade'] });
    const context = await adapter.loadContext({});
    expectValid(contextSchema, context);
    const [pauseOffer, downgrade] = context.offers ?? [];
    expect(pauseOffer).to.deep.include({ offerId: 'OF-PAUSE', kind: 'pause', storageFeePerMonth: { amount: 500, currency: 'CNY' } });
    expect(pauseOffer?.kind === 'pause' && pauseOffer.choices).to.deep.equal([
      { months: 1, resumesOn: '2027-01-01' },
      { months: 3, resumesOn: '2027-03-01' },
      { months: 6, resumesOn: '2027-06-01' },
    ]);
    expect(downgrade).to.deep.include({
      kind: 'downgrade',
      price: { amount: 2900, currency: 'CNY' },
      startsAt: '2026-12-01T00:00:00+08:00',
    });
  });

  it('agrees to the months chosen, once per key, and keeps what it agreed', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now, offers: ['pause'] });
    const agreed = await adapter.acceptOffer!(pause());
    expectValid(agreementSchema, agreed);
    expect(agreed).to.deep.equal({
      offerId: 'OF-PAUSE',
      kind: 'pause',
      months: 3,
      resumesOn: '2027-03-01',
      storageFeePerMonth: { amount: 500, currency: 'CNY' },
      agreedAt: '2026-11-24T10:00:00+08:00',
    });
    expect(await adapter.acceptOffer!(pause())).to.deep.equal(agreed);
    expect(adapter.agreements()).to.deep.equal([agreed]);
    await expectUnsubscribeError(adapter.acceptOffer!(pause({ months: 1 })), 'invalid-input');
  });

  it('refuses months it did not offer and offers it does not have', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now, offers: ['pause'] });
    await expectUnsubscribeError(adapter.acceptOffer!(pause({ months: 2 })), 'invalid-input');
    await expectUnsubscribeError(adapter.acceptOffer!(pause({ offerId: 'OF-LITE', idempotencyKey: 'K-2' })), 'not-found');
  });

  it('answers a downgrade with the new plan, in English when asked', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now, offers: ['downgrade'] });
    const agreed = await adapter.acceptOffer!(pause({ offerId: 'OF-LITE', months: undefined }), { locale: 'en' });
    expect(agreed).to.deep.include({ kind: 'downgrade', planName: 'Light, 2 cores and 4 GB · 40 GB cloud disk · monthly' });
  });
});
