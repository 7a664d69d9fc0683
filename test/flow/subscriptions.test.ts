/** Several cloud PCs on one account: the subscriber picks the one to unsubscribe before anything is sent for it. */
import { expect } from '@open-wc/testing';
import { contextSchema } from '../../src/contract/schemas.js';
import type { SubscriptionChoice, UnsubscribeContext } from '../../src/contract/types.js';
import { requestFor } from '../../src/flow/requests.js';
import { mayPickAnother, needsPick } from '../../src/flow/subscriptions.js';
import { parseSnapshot, toSnapshot } from '../../src/flow/snapshot.js';
import type { FlowState } from '../../src/flow/types.js';
import { REQUEST_ID, SUBSCRIPTION_ID, validContext } from '../contract/fixtures.js';
import { AT, failPending, resolve, send, started } from './helpers.js';
import { initialState } from '../../src/flow/machine.js';
import { defaultFlowConfig } from '../../src/flow/defaults.js';

const OTHER_ID = 'CPC-SUB-2026060100042';
const ENDED_ID = 'CPC-SUB-2025010100007';

/** The account's three cloud PCs: the context's own, another active one, and one already cancelled. */
function choices(): SubscriptionChoice[] {
  const own = validContext().subscription;
  return [
    { ...own, name: '设计部-01', dataRetentionDays: 7 },
    {
      ...own,
      id: OTHER_ID,
      name: '家里的电脑',
      planName: '尊享型 8核16G · 包月',
      billingCycle: 'month',
      price: { amount: 9900, currency: 'CNY' },
    },
    { ...own, id: ENDED_ID, name: '旧电脑', status: 'cancelled' },
  ];
}

/** The context of `id` (one of `choices()`), listing all three. */
function contextFor(id = SUBSCRIPTION_ID, overrides: Partial<UnsubscribeContext> = {}): UnsubscribeContext {
  const list = choices();
  const { dataRetentionDays: _days, ...subscription } = list.find((choice) => choice.id === id) ?? (list[0] as SubscriptionChoice);
  return validContext({ subscription, subscriptions: list, ...overrides });
}

const several = (options: Parameters<typeof started>[0] = {}): FlowState => started({ context: contextFor(), effective: null, ...options });

const pick = (state: FlowState, subscriptionId: string): FlowState => send(state, { type: 'PICK_SUBSCRIPTION', subscriptionId });

describe('one cloud PC on the account', () => {
  it('behaves as before: nothing to pick, prepare asks for the acknowledgements only', () => {
    const state = started({ effective: null });
    expect(needsPick(state)).to.equal(false);
    expect(send(state, { type: 'CONTINUE' }).fieldErrors.map((e) => e.key)).to.deep.equal(['backupRequired', 'termsRequired']);
  });

  it('a list of one is the same as none', () => {
    const own = validContext().subscription;
    expect(needsPick(started({ context: validContext({ subscriptions: [own] }) }))).to.equal(false);
  });
});

describe('several cloud PCs', () => {
  it('nothing is picked for the subscriber, and Continue asks which one first', () => {
    const state = several();
    expect(state.step).to.equal('prepare');
    expect(state.answers.pickedSubscriptionId).to.equal(null);
    expect(needsPick(state)).to.equal(true);
    const pressed = send(state, { type: 'CONTINUE' });
    expect(pressed.step).to.equal('prepare');
    expect(pressed.fieldErrors).to.deep.equal([{ field: 'subscription', key: 'subscriptionRequired' }]);
  });

  it("picking the context's own cloud PC settles it at once, with no call", () => {
    const state = pick(several(), SUBSCRIPTION_ID);
    expect(state.pending).to.equal(null);
    expect(needsPick(state)).to.equal(false);
    expect(send(state, { type: 'CONTINUE' }).fieldErrors.map((e) => e.key)).to.deep.equal(['backupRequired', 'termsRequired']);
  });

  it('picking another asks for its context, and forgets what was acknowledged about the first', () => {
    const acknowledged = send(pick(several(), SUBSCRIPTION_ID), { type: 'SET_ACK', which: 'backup', value: true });
    const state = pick(acknowledged, OTHER_ID);
    expect(requestFor(state)).to.deep.include({ operation: 'loadContext', input: { subscriptionId: OTHER_ID } });
    expect(state.answers.backupAcknowledged).to.equal(false);
    expect(needsPick(state), 'not settled before its context is here').to.equal(true);
    const loaded = resolve(state, { operation: 'loadContext', value: contextFor(OTHER_ID) });
    expect(loaded.context?.subscription.id).to.equal(OTHER_ID);
    expect(needsPick(loaded)).to.equal(false);
    expect(loaded.step).to.equal('prepare');
  });

  it('a cancelled cloud PC, or one not on the list, cannot be picked', () => {
    expect(pick(several(), ENDED_ID).answers.pickedSubscriptionId).to.equal(null);
    expect(pick(several(), 'CPC-SOMEONE-ELSES').answers.pickedSubscriptionId).to.equal(null);
  });

  it('a back end that answers for another cloud PC than the one picked is caught, and nothing goes on', () => {
    const asked = pick(several(), OTHER_ID);
    const state = resolve(asked, { operation: 'loadContext', value: contextFor(SUBSCRIPTION_ID) });
    expect(state.answers.pickedSubscriptionId).to.equal(null);
    expect(state.fieldErrors).to.deep.equal([{ field: 'subscription', key: 'subscriptionMismatch' }]);
    expect(send(state, { type: 'CONTINUE' }).step).to.equal('prepare');
  });

  it('a failed load of the picked one keeps the screen, with the error and a retry that asks again', () => {
    const failed = failPending(pick(several(), OTHER_ID), 'timeout', true);
    expect(failed.phase).to.equal('active');
    expect(failed.serviceError?.operation).to.equal('loadContext');
    const retried = send(failed, { type: 'RETRY', at: AT });
    expect(requestFor(retried)).to.deep.include({ operation: 'loadContext', input: { subscriptionId: OTHER_ID } });
  });

  it('never sends a quote or a submit for a cloud PC that was not picked', () => {
    const state = send(several(), { type: 'SET_EFFECTIVE', effective: 'immediately' });
    expect(state.quotePending).to.equal(null);
    for (const step of ['reason', 'verify', 'confirm'] as const) expect(send(state, { type: 'GO_TO', step }).step).to.equal('prepare');
  });

  it('a request already under way for one of them opens its status only once it is picked', () => {
    const state = several({ context: contextFor(SUBSCRIPTION_ID, { pendingRequest: { requestId: REQUEST_ID } }) });
    expect(state.step).to.equal('prepare');
    const picked = pick(state, SUBSCRIPTION_ID);
    expect(picked.step).to.equal('status');
    expect(picked.requestId).to.equal(REQUEST_ID);
  });
});

describe('after one request, another cloud PC', () => {
  const submitted = (): FlowState => {
    const state = send(several(), { type: 'PICK_SUBSCRIPTION', subscriptionId: SUBSCRIPTION_ID });
    return { ...state, requestId: REQUEST_ID, step: 'status' };
  };

  it('is offered on status, and starts over on the account’s list with nothing picked', () => {
    const state = submitted();
    expect(mayPickAnother(state)).to.equal(true);
    const again = send(state, { type: 'PICK_ANOTHER' });
    expect(again.phase).to.equal('loading');
    expect(again.requestId).to.equal(null);
    expect(requestFor(again)).to.deep.include({ operation: 'loadContext', input: {} });
    const listed = resolve(again, { operation: 'loadContext', value: contextFor() });
    expect(listed.step).to.equal('prepare');
    expect(listed.answers.pickedSubscriptionId).to.equal(null);
  });

  it('is not offered before a request, nor with one cloud PC, nor when the others have ended', () => {
    expect(mayPickAnother(several())).to.equal(false);
    expect(mayPickAnother({ ...started(), requestId: REQUEST_ID, step: 'status' })).to.equal(false);
    const onlyEnded = contextFor(SUBSCRIPTION_ID, { subscriptions: choices().filter((c) => c.id !== OTHER_ID) });
    const state = send(several({ context: onlyEnded }), { type: 'PICK_SUBSCRIPTION', subscriptionId: SUBSCRIPTION_ID });
    expect(mayPickAnother({ ...state, requestId: REQUEST_ID, step: 'status' })).to.equal(false);
    expect(send({ ...state, requestId: REQUEST_ID, step: 'status' }, { type: 'PICK_ANOTHER' }).requestId).to.equal(REQUEST_ID);
  });
});

describe('the host page names one (subscription-id)', () => {
  it('preselects it: the context is asked for it, and nothing is left to pick', () => {
    const state = several({ context: contextFor(OTHER_ID), subscriptionId: OTHER_ID });
    expect(state.answers.pickedSubscriptionId).to.equal(OTHER_ID);
    expect(needsPick(state)).to.equal(false);
  });

  it('one the back end does not know (404) is asked for again without it: with several, the subscriber picks', () => {
    const start = initialState({ config: defaultFlowConfig(), subscriptionId: 'CPC-NOT-MINE' });
    const refused = failPending(start, 'not-found');
    expect(refused.phase).to.equal('loading');
    expect(requestFor(refused)).to.deep.include({ operation: 'loadContext', input: {} });
    const state = resolve(refused, { operation: 'loadContext', value: contextFor() });
    expect(state.phase).to.equal('active');
    expect(state.fieldErrors).to.deep.equal([{ field: 'subscription', key: 'subscriptionNotOnAccount' }]);
  });

  it('one the back end does not know, on an account with one cloud PC, stops the run as before: that one is never taken instead', () => {
    const start = initialState({ config: defaultFlowConfig(), subscriptionId: 'CPC-NOT-MINE' });
    const state = resolve(failPending(start, 'not-found'), { operation: 'loadContext', value: validContext() });
    expect(state.phase).to.equal('blocked');
    expect(state.blocked?.reason).to.equal('nothing-to-unsubscribe');
  });

  it('one that is not on the account is said so, and the subscriber picks', () => {
    const state = several({ subscriptionId: 'CPC-NOT-MINE' });
    expect(state.answers.pickedSubscriptionId).to.equal(null);
    expect(state.fieldErrors).to.deep.equal([{ field: 'subscription', key: 'subscriptionNotOnAccount' }]);
  });
});

describe('a reload', () => {
  it('keeps the pick', () => {
    const loaded = resolve(pick(several(), OTHER_ID), { operation: 'loadContext', value: contextFor(OTHER_ID) });
    const snapshot = parseSnapshot(JSON.stringify(toSnapshot(loaded)));
    expect(snapshot?.answers.pickedSubscriptionId).to.equal(OTHER_ID);
    const reopened = started({ context: contextFor(OTHER_ID), snapshot, effective: null });
    expect(needsPick(reopened)).to.equal(false);
    expect(reopened.context?.subscription.id).to.equal(OTHER_ID);
  });

  it('of a snapshot written before several cloud PCs were known asks again', () => {
    const old = toSnapshot(several()) as unknown as { answers: Record<string, unknown> };
    delete old.answers['pickedSubscriptionId'];
    const snapshot = parseSnapshot(JSON.stringify(old));
    expect(snapshot?.answers.pickedSubscriptionId).to.equal(null);
  });
});

describe('the contract', () => {
  it('a list that leaves out the context’s own cloud PC, or names one twice, is refused', () => {
    const list = choices();
    expect(contextSchema.safeParse(contextFor()).success).to.equal(true);
    expect(contextSchema.safeParse({ ...contextFor(), subscriptions: list.slice(1) }).success).to.equal(false);
    expect(contextSchema.safeParse({ ...contextFor(), subscriptions: [...list, list[1]] }).success).to.equal(false);
  });
});
