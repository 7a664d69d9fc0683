import { expect } from '@open-wc/testing';
import { requestFor } from '../../src/flow/requests.js';
import { toEvent } from '../../src/flow/intents.js';
import { publicEvents } from '../../src/flow/events.js';
import type { FlowState } from '../../src/flow/types.js';
import type { UnsubscribeContext } from '../../src/contract/types.js';
import { SUBSCRIPTION_ID, validAgreement, validContext, validDowngradeOffer, validPauseOffer, validQuote } from '../contract/fixtures.js';
import { AT, failPending, resolve, send, started } from './helpers.js';

/** A guided run on the reason step, with no verification, whose context carries `offers`. */
function atReason(context: Partial<UnsubscribeContext> = {}, config = {}): FlowState {
  return send(
    started({ context: validContext({ verificationMethods: [], ...context }), config }),
    { type: 'SET_ACK', which: 'backup', value: true },
    { type: 'SET_ACK', which: 'terms', value: true },
    { type: 'CONTINUE' },
  );
}

function offered(context: Partial<UnsubscribeContext> = { offers: [validPauseOffer()] }, reasonId = 'price'): FlowState {
  return send(atReason(context), { type: 'SET_REASON', reasonId, selected: true }, { type: 'CONTINUE' });
}

describe('retention offers from the back end (pause, downgrade)', () => {
  it('a pause offer is put up on leaving the reason step, with no months chosen for the subscriber', () => {
    const state = offered();
    expect(state.step).to.equal('reason');
    expect(state.offer).to.deep.equal({ offerId: 'OF-PAUSE-3', reasonId: 'price', months: null, idempotencyKey: null });
  });

  it('never with an adapter that cannot take it (no acceptOffer): the subscriber goes straight on', () => {
    const state = send(
      atReason({ offers: [validPauseOffer()] }, { canAcceptOffers: false }),
      { type: 'SET_REASON', reasonId: 'price', selected: true },
      { type: 'CONTINUE' },
    );
    expect(state.offer).to.equal(null);
    expect(state.step).to.equal('confirm');
  });

  it('an offer that names its reasons is shown only for them', () => {
    const context = { offers: [validDowngradeOffer({ reasonIds: ['price'] })] };
    expect(offered(context, 'rarely-used').offer).to.equal(null);
    expect(offered(context, 'rarely-used').step).to.equal('confirm');
    expect(offered(context, 'price').offer?.offerId).to.equal('OF-LITE');
  });

  it('accepting a pause without months says to choose, and sends nothing', () => {
    const state = send(offered(), { type: 'ACCEPT_OFFER', idempotencyKey: 'K-1' });
    expect(state.fieldErrors).to.deep.equal([{ field: 'offerMonths', key: 'offerMonthsRequired' }]);
    expect(state.pending).to.equal(null);
  });

  it('months that the back end did not offer are not taken', () => {
    expect(send(offered(), { type: 'SET_OFFER_MONTHS', months: 2 }).offer?.months).to.equal(null);
  });

  it('accepting asks acceptOffer with the offer, the months, the reasons and one key for every retry', () => {
    const asked = send(offered(), { type: 'SET_OFFER_MONTHS', months: 3 }, { type: 'ACCEPT_OFFER', idempotencyKey: 'K-1' });
    expect(requestFor(asked)).to.deep.equal({
      operation: 'acceptOffer',
      seq: asked.seq,
      input: { offerId: 'OF-PAUSE-3', subscriptionId: SUBSCRIPTION_ID, months: 3, reasonIds: ['price'], idempotencyKey: 'K-1' },
    });
    const failed = failPending(asked, 'network', true);
    expect(failed.serviceError?.operation).to.equal('acceptOffer');
    expect(failed.offer?.offerId).to.equal('OF-PAUSE-3');
    const again = send(failed, { type: 'ACCEPT_OFFER', idempotencyKey: 'K-2' });
    expect(requestFor(again)?.input).to.include({ idempotencyKey: 'K-1' });
  });

  it('another number of months is another request, with a new key', () => {
    const asked = send(offered(), { type: 'SET_OFFER_MONTHS', months: 3 }, { type: 'ACCEPT_OFFER', idempotencyKey: 'K-1' });
    const changed = send(
      failPending(asked, 'network', true),
      { type: 'SET_OFFER_MONTHS', months: 1 },
      { type: 'ACCEPT_OFFER', idempotencyKey: 'K-2' },
    );
    expect(requestFor(changed)?.input).to.include({ months: 1, idempotencyKey: 'K-2' });
  });

  it('what the back end agreed to ends the run with the subscription kept, and the event carries it', () => {
    const asked = send(offered(), { type: 'SET_OFFER_MONTHS', months: 3 }, { type: 'ACCEPT_OFFER', idempotencyKey: 'K-1' });
    const agreed = resolve(asked, { operation: 'acceptOffer', value: validAgreement() });
    expect(agreed.phase).to.equal('offer-accepted');
    expect(agreed.agreement).to.deep.equal(validAgreement());
    const events = publicEvents(asked, agreed);
    expect(events).to.deep.include({
      name: 'cloudpc-offer-accepted',
      detail: { offerId: 'OF-PAUSE-3', reasonIds: ['price'], agreement: validAgreement() },
    });
  });

  it('a downgrade needs no choice: accepting asks acceptOffer at once, without months', () => {
    const asked = send(offered({ offers: [validDowngradeOffer()] }), { type: 'ACCEPT_OFFER', idempotencyKey: 'K-1' });
    expect(requestFor(asked)?.input).to.deep.equal({
      offerId: 'OF-LITE',
      subscriptionId: SUBSCRIPTION_ID,
      reasonIds: ['price'],
      idempotencyKey: 'K-1',
    });
  });

  it('declining is one press, goes on, and is refused while an acceptance is on its way', () => {
    const declined = send(offered(), { type: 'DECLINE_OFFER' });
    expect(declined.offer).to.equal(null);
    expect(declined.step).to.equal('confirm');
    const accepting = send(offered(), { type: 'SET_OFFER_MONTHS', months: 1 }, { type: 'ACCEPT_OFFER', idempotencyKey: 'K-1' });
    expect(send(accepting, { type: 'DECLINE_OFFER' })).to.equal(accepting);
  });

  it('at most one offer per run: after declining one, another reason with another offer shows none', () => {
    const context = { offers: [validPauseOffer({ reasonIds: ['price'] }), validDowngradeOffer({ reasonIds: ['rarely-used'] })] };
    const declined = send(offered(context, 'price'), { type: 'DECLINE_OFFER' }, { type: 'BACK' });
    const again = send(
      declined,
      { type: 'SET_REASON', reasonId: 'price', selected: false },
      { type: 'SET_REASON', reasonId: 'rarely-used', selected: true },
      { type: 'CONTINUE' },
    );
    expect(again.offer).to.equal(null);
    expect(again.step).to.equal('confirm');
  });

  it("the operator's own offer and the back end's never both show: the operator's comes first", () => {
    const state = send(
      atReason({ offers: [validPauseOffer()] }, { offersByReason: { price: 'half-price' } }),
      { type: 'SET_REASON', reasonId: 'price', selected: true },
      { type: 'CONTINUE' },
    );
    expect(state.offer?.offerId).to.equal('half-price');
    expect(send(state, { type: 'DECLINE_OFFER' }, { type: 'BACK' }, { type: 'CONTINUE' }).offer).to.equal(null);
  });

  it('once on confirm, going back to change the reason puts no offer between the subscriber and 确认退订', () => {
    const context = { offers: [validPauseOffer({ reasonIds: ['price'] })] };
    const onConfirm = send(atReason(context), { type: 'SET_REASON', reasonId: 'rarely-used', selected: true }, { type: 'CONTINUE' });
    expect(onConfirm.step).to.equal('confirm');
    const quoted = resolve(onConfirm, { operation: 'quoteRefund', value: validQuote() });
    const back = send(
      quoted,
      { type: 'GO_TO', step: 'reason' },
      { type: 'SET_REASON', reasonId: 'price', selected: true },
      { type: 'CONTINUE' },
    );
    expect(back.offer).to.equal(null);
    expect(back.step).to.equal('confirm');
  });

  it('a context without offers behaves as before: no offer, straight on', () => {
    const state = offered({});
    expect(state.offer).to.equal(null);
    expect(state.step).to.equal('confirm');
  });

  it('the screen adds a fresh key to an acceptance; the machine keeps the first', () => {
    expect(toEvent({ type: 'ACCEPT_OFFER' }, AT, () => 'K-NEW')).to.deep.equal({ type: 'ACCEPT_OFFER', idempotencyKey: 'K-NEW' });
  });
});
