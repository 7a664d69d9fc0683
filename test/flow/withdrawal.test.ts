/** Changing one's mind (撤销退订): when the flow offers it, what it sends, and what follows. */
import { expect } from '@open-wc/testing';
import { publicEvents } from '../../src/flow/events.js';
import { requestFor } from '../../src/flow/requests.js';
import { screenChanges } from '../../src/flow/screen-changes.js';
import { mayWithdraw, withdrawableUntil } from '../../src/flow/withdrawal.js';
import type { FlowState } from '../../src/flow/types.js';
import { REQUEST_ID, validContext, validStatus, validWithdrawResult } from '../contract/fixtures.js';
import { AT, failPending, later, resolve, send, started } from './helpers.js';

const UNTIL = later(3600);

/** The widget opened on a pending request, and its status has arrived. */
function onStatus({ canWithdraw = true, until = UNTIL as string | null, status = 'received' as const } = {}): FlowState {
  const opened = started({ context: validContext({ pendingRequest: { requestId: REQUEST_ID } }), config: { canWithdraw } });
  const withdrawable = until === null ? {} : { withdrawableUntil: until };
  return send(opened, { type: 'STATUS_UPDATED', status: validStatus({ status, refund: undefined, ...withdrawable }) });
}

const asked = (state = onStatus()): FlowState => send(state, { type: 'ASK_WITHDRAW', at: AT });
const confirmed = (state = asked(), key = 'key-1'): FlowState => send(state, { type: 'WITHDRAW', idempotencyKey: key, at: AT });

describe('when a withdrawal is offered', () => {
  it('on a request the back end says may still be withdrawn, until the time it gives', () => {
    const state = onStatus();
    expect(state.step).to.equal('status');
    expect(withdrawableUntil(state, Date.parse(AT))).to.equal(UNTIL);
  });

  it('never when the adapter has no withdraw, whatever the status says', () => {
    expect(mayWithdraw(onStatus({ canWithdraw: false }), Date.parse(AT))).to.equal(false);
    expect(asked(onStatus({ canWithdraw: false })).withdrawal.confirming).to.equal(false);
  });

  it('never when the status says nothing of it, or once its time has passed', () => {
    expect(mayWithdraw(onStatus({ until: null }), Date.parse(AT))).to.equal(false);
    expect(mayWithdraw(onStatus(), Date.parse(UNTIL))).to.equal(false);
    expect(send(onStatus(), { type: 'ASK_WITHDRAW', at: UNTIL }).withdrawal.confirming).to.equal(false);
  });

  it('on done while an end-of-term request has not taken effect, but not on a rejected one', () => {
    const completed = onStatus({ status: 'completed' } as never);
    expect(completed.step).to.equal('done');
    expect(mayWithdraw(completed, Date.parse(AT))).to.equal(true);
    const rejected = onStatus({ status: 'rejected' } as never);
    expect(mayWithdraw(rejected, Date.parse(AT))).to.equal(false);
  });
});

describe('withdrawing', () => {
  it('asks first: the confirmation, and nothing sent yet', () => {
    const state = asked();
    expect(state.withdrawal.confirming).to.equal(true);
    expect(state.pending).to.equal(null);
  });

  it('cancelling the confirmation sends nothing and leaves the request as it was', () => {
    const state = send(asked(), { type: 'CANCEL_WITHDRAW' });
    expect(state.withdrawal.confirming).to.equal(false);
    expect(state.pending).to.equal(null);
    expect(state.step).to.equal('status');
  });

  it('confirming sends withdraw with the request and one key, kept for a retry and a double press', () => {
    const sent = confirmed();
    expect(requestFor(sent)).to.deep.include({ operation: 'withdraw', input: { requestId: REQUEST_ID, idempotencyKey: 'key-1' } });
    expect(confirmed(sent, 'key-2')).to.equal(sent, 'a second press while it is on its way does nothing');
    const failed = failPending(sent, 'network', true);
    expect(failed.serviceError?.operation).to.equal('withdraw');
    const retried = send(failed, { type: 'RETRY', at: AT });
    expect(requestFor(retried)).to.deep.include({ input: { requestId: REQUEST_ID, idempotencyKey: 'key-1' } });
  });

  it('withdrawn: the outcome on done, with the status the back end gave, and the page hears of it once', () => {
    const before = confirmed();
    const after = resolve(before, { operation: 'withdraw', value: validWithdrawResult({ withdrawnAt: later(5) }) });
    expect(after.step).to.equal('done');
    expect(after.status).to.deep.equal({ requestId: REQUEST_ID, status: 'withdrawn', updatedAt: later(5) });
    expect(after.withdrawal).to.deep.equal({ confirming: false, idempotencyKey: null });
    const events = publicEvents(before, after).map((e) => e.name);
    expect(events).to.deep.equal(['cloudpc-status-change', 'cloudpc-withdraw', 'cloudpc-step-change']);
    expect(mayWithdraw(after, Date.parse(AT))).to.equal(false);
  });

  it('a request withdrawn elsewhere (another tab) ends on done too, with the same event', () => {
    const before = onStatus();
    const after = send(before, { type: 'STATUS_UPDATED', status: validStatus({ status: 'withdrawn', refund: undefined }) });
    expect(after.step).to.equal('done');
    expect(publicEvents(before, after).some((e) => e.name === 'cloudpc-withdraw')).to.equal(true);
  });

  it('focus goes to the confirmation when it opens, and back to the action when it is cancelled', () => {
    const open = asked();
    expect(screenChanges(onStatus(), open).focus).to.equal('withdraw-confirm');
    expect(screenChanges(open, send(open, { type: 'CANCEL_WITHDRAW' })).focus).to.equal('withdraw-start');
  });

  it('is not an edit of the answers: before submitting, nothing about it does anything', () => {
    const fresh = started({ config: { canWithdraw: true } });
    expect(send(fresh, { type: 'ASK_WITHDRAW', at: AT })).to.equal(fresh);
    expect(send(fresh, { type: 'WITHDRAW', idempotencyKey: 'k', at: AT })).to.equal(fresh);
  });
});
