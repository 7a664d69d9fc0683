/**
 * The flow's decisions for a failing network and a change of language (issue 13, issue 12 item
 * 10): a wait the back end asked for, a call given up and made again, and the context's texts
 * fetched again in a new language without touching an answer.
 */
import { expect } from '@open-wc/testing';
import { defaultFlowConfig } from '../../src/flow/defaults.js';
import { withFreshTexts } from '../../src/flow/fresh-texts.js';
import { initialState, mayRestart, transition } from '../../src/flow/machine.js';
import { requestsFor } from '../../src/flow/requests.js';
import { nextWaitChange, secondsUntil, waitInWords, withRetryAt } from '../../src/flow/retry-wait.js';
import { slowAfterMs, slowWait } from '../../src/flow/shell.js';
import { toSnapshot } from '../../src/flow/snapshot.js';
import type { ErrorInfo, FlowState } from '../../src/flow/types.js';
import type { UnsubscribeContext } from '../../src/contract/types.js';
import { PROOF, validContext, validQuote, validSmsChallenge } from '../contract/fixtures.js';
import { AT, later, resolve, send, started } from './helpers.js';

function atConfirm(): FlowState {
  const atVerify = send(
    started({ context: validContext({ verificationMethods: ['sms'] }) }),
    { type: 'SET_ACK', which: 'backup', value: true },
    { type: 'SET_ACK', which: 'terms', value: true },
    { type: 'CONTINUE' },
    { type: 'SET_REASON', reasonId: 'other', selected: true },
    { type: 'SET_COMMENT', comment: '换了公司电脑' },
    { type: 'CONTINUE' },
  );
  const challenged = resolve(send(atVerify, { type: 'REQUEST_CHALLENGE', at: AT }), {
    operation: 'startVerification',
    value: validSmsChallenge(),
  });
  const verified = resolve(send(challenged, { type: 'SET_CODE', code: '123456' }, { type: 'CHECK', at: AT }), {
    operation: 'verify',
    value: { ok: true, proof: PROOF },
  });
  return resolve(verified, { operation: 'quoteRefund', value: validQuote() });
}

function fail(state: FlowState, error: ErrorInfo, at = AT): FlowState {
  const slot = state.pending ?? state.quotePending;
  if (slot === null) throw new Error('nothing is pending');
  return transition(state, { type: 'FAILED', seq: slot.seq, operation: slot.operation, error, at });
}

const RATE_LIMITED: ErrorInfo = { code: 'rate-limited', retryable: true, retryAfterSeconds: 30 };

/** The context in English, as a back end answers `Accept-Language: en`. */
function englishContext(overrides: Partial<UnsubscribeContext> = {}): UnsubscribeContext {
  const zh = validContext();
  return validContext({
    account: { ...zh.account, displayName: 'Wang Xiaoming' },
    subscription: { ...zh.subscription, productName: 'Cloud PC', planName: 'Personal, 4 cores 8 GB, monthly' },
    terms: {
      ...zh.terms,
      title: 'Cloud PC cancellation terms',
      url: 'https://cloudpc.10086.cn/en/agreement/unsubscribe',
      highlights: ['The cloud PC stops when you unsubscribe', 'Unused days are refunded', 'Your data is kept for 7 days'],
      refundMethod: 'Back to the original payment method',
    },
    reasons: [
      { id: 'price', label: 'Too expensive' },
      { id: 'rarely-used', label: 'Rarely used' },
      { id: 'performance', label: 'Laggy picture or network' },
      { id: 'switching', label: 'Switching to another product' },
      { id: 'other', label: 'Something else', requiresComment: true },
    ],
    support: { ...zh.support, hours: 'Around the clock' },
    ...overrides,
  });
}

describe('a wait the back end asks for (Retry-After)', () => {
  it('is kept on the error as the instant a retry may be made', () => {
    expect(withRetryAt(RATE_LIMITED, AT).retryAt).to.equal(later(30));
    expect(withRetryAt({ code: 'server', retryable: true }, AT)).to.deep.equal({ code: 'server', retryable: true });
    expect(withRetryAt({ ...RATE_LIMITED, retryAfterSeconds: 0 }, AT).retryAt).to.equal(undefined);
  });

  it('counts down in whole seconds, rounded up, and is over at the instant', () => {
    const end = later(30);
    expect(secondsUntil(end, Date.parse(AT))).to.equal(30);
    expect(secondsUntil(end, Date.parse(AT) + 29_001)).to.equal(1);
    expect(secondsUntil(end, Date.parse(end))).to.equal(0);
    expect(secondsUntil(undefined, Date.parse(AT))).to.equal(0);
  });

  it('reads in seconds under a minute, minutes under two hours, then hours', () => {
    expect(waitInWords(59)).to.deep.equal({ unit: 'seconds', count: 59 });
    expect(waitInWords(60)).to.deep.equal({ unit: 'minutes', count: 1 });
    expect(waitInWords(3600)).to.deep.equal({ unit: 'minutes', count: 60 });
    expect(waitInWords(61 * 60 + 1)).to.deep.equal({ unit: 'minutes', count: 62 });
    expect(waitInWords(2 * 3600)).to.deep.equal({ unit: 'hours', count: 2 });
    expect(waitInWords(86_400)).to.deep.equal({ unit: 'hours', count: 24 });
  });

  it('is redrawn every second in its last minute, every minute before, and not at all once over', () => {
    const start = Date.parse(AT);
    expect(nextWaitChange(later(30), start + 200)).to.equal(start + 1000);
    expect(nextWaitChange(later(3600), start)).to.equal(start + 60_000);
    expect(nextWaitChange(later(90), start)).to.equal(start + 30_000);
    expect(nextWaitChange(later(30), start + 30_000)).to.equal(null);
    expect(nextWaitChange(undefined, start)).to.equal(null);
  });

  it('holds the retry of a blocked screen back until then, and the screen says the service is busy', () => {
    const blocked = fail(initialState({ config: defaultFlowConfig() }), RATE_LIMITED);
    expect(blocked.blocked).to.deep.equal({ reason: 'rate-limited', error: { ...RATE_LIMITED, retryAt: later(30) } });
    expect(send(blocked, { type: 'RETRY', at: later(29) })).to.equal(blocked);
    expect(send(blocked, { type: 'RETRY', at: later(30) }).pending?.operation).to.equal('loadContext');
  });

  it('holds the retry of a failed submit back until then, and then sends the same key', () => {
    const failed = fail(send(atConfirm(), { type: 'SUBMIT', idempotencyKey: 'key-1', at: AT }), RATE_LIMITED);
    expect(failed.serviceError?.error.retryAt).to.equal(later(30));
    expect(send(failed, { type: 'RETRY', at: later(10) })).to.equal(failed);
    const retried = send(failed, { type: 'RETRY', at: later(31) });
    expect(requestsFor(retried)[0]?.input).to.deep.include({ idempotencyKey: 'key-1' });
  });
});

describe('a wait with nothing else to do', () => {
  it('turns long at 8 s, or at 40 % of a short deadline', () => {
    expect(slowAfterMs(20_000)).to.equal(8000);
    expect(slowAfterMs(120_000)).to.equal(8000);
    expect(slowAfterMs(2000)).to.equal(800);
  });

  it('offers to try again while the context loads, and while the submit is on its way', () => {
    const loading = initialState({ config: defaultFlowConfig() });
    expect(slowWait(loading, 7999, 20_000)).to.equal(null);
    expect(slowWait(loading, 8000, 20_000)).to.equal('loading');
    const submitting = send(atConfirm(), { type: 'SUBMIT', idempotencyKey: 'key-1', at: AT });
    expect(slowWait(submitting, 9000, 20_000)).to.equal('submit');
    expect(slowWait(submitting, null, 20_000)).to.equal(null);
  });

  it('never offers it for a verification call, which may have sent an SMS or counted an attempt', () => {
    const sending = send(atConfirm(), { type: 'GO_TO', step: 'verify' });
    const checking = { ...sending, pending: { operation: 'verify' as const, seq: sending.seq + 1 } };
    expect(mayRestart(checking)).to.equal(false);
    expect(slowWait(checking, 15_000, 20_000)).to.equal(null);
    expect(send(checking, { type: 'RESTART' })).to.equal(checking);
  });

  it('starts the context again under a new number, so the first answer is ignored when it comes', () => {
    const loading = initialState({ config: defaultFlowConfig() });
    const again = send(loading, { type: 'RESTART' });
    expect(again.pending).to.deep.equal({ operation: 'loadContext', seq: loading.seq + 1 });
    const late = transition(again, {
      type: 'RESOLVED',
      seq: loading.pending!.seq,
      at: AT,
      operation: 'loadContext',
      value: validContext(),
    });
    expect(late).to.equal(again);
  });

  it('sends the submit again with the same idempotency key', () => {
    const submitting = send(atConfirm(), { type: 'SUBMIT', idempotencyKey: 'key-1', at: AT });
    const again = send(submitting, { type: 'RESTART' });
    expect(again.pending?.seq).to.be.greaterThan(submitting.pending!.seq);
    expect(requestsFor(again)[0]?.input).to.deep.include({ idempotencyKey: 'key-1' });
  });
});

describe('a change of language', () => {
  it('asks for the context again, beside anything else on its way, changing nothing else', () => {
    const submitting = send(atConfirm(), { type: 'SUBMIT', idempotencyKey: 'key-1', at: AT });
    const changed = send(submitting, { type: 'LOCALE_CHANGED' });
    expect(changed.textsPending?.operation).to.equal('loadContext');
    expect(changed.pending).to.equal(submitting.pending);
    expect(requestsFor(changed).map((c) => c.operation)).to.deep.equal(['submit', 'loadContext']);
    expect(toSnapshot(changed)).to.deep.equal(toSnapshot(submitting));
  });

  it('takes the texts of the new answer and keeps every answer, the step, the proof and the quote', () => {
    const state = atConfirm();
    const changed = send(state, { type: 'LOCALE_CHANGED' });
    const fresh = transition(changed, {
      type: 'RESOLVED',
      seq: changed.textsPending!.seq,
      at: AT,
      operation: 'loadContext',
      value: englishContext(),
    });
    expect(fresh.textsPending).to.equal(null);
    expect(fresh.step).to.equal('confirm');
    expect(fresh.answers).to.deep.equal(state.answers);
    expect(fresh.secrets).to.deep.equal(state.secrets);
    expect(fresh.context?.terms.highlights).to.deep.equal(englishContext().terms.highlights);
    expect(fresh.context?.subscription.productName).to.equal('Cloud PC');
    expect(fresh.context?.reasons?.find((r) => r.id === 'other')?.label).to.equal('Something else');
    expect(fresh.context?.support.hours).to.equal('Around the clock');
    expect(fresh.quote).to.deep.equal({ ...validQuote(), method: 'Back to the original payment method' });
    expect(toSnapshot(fresh)).to.deep.equal(toSnapshot(state));
  });

  it('keeps the terms that were acknowledged when the new answer carries another version', () => {
    const state = atConfirm();
    const fresh = withFreshTexts(state, englishContext({ terms: { ...englishContext().terms, version: '2027.01' } }));
    expect(fresh.context?.terms).to.deep.equal(state.context?.terms);
    expect(fresh.quote).to.equal(state.quote);
  });

  it('keeps the list of reasons, relabelled by id, whatever order or extra items the new answer has', () => {
    const state = atConfirm();
    const reasons = [{ id: 'new-one', label: 'A new reason' }, ...(englishContext().reasons ?? []).reverse()];
    const fresh = withFreshTexts(state, englishContext({ reasons }));
    expect(fresh.context?.reasons?.map((r) => r.id)).to.deep.equal(state.context?.reasons?.map((r) => r.id));
    expect(fresh.context?.reasons?.[0]?.label).to.equal('Too expensive');
  });

  it('ignores an answer about another subscription', () => {
    const state = atConfirm();
    const other = englishContext({ subscription: { ...englishContext().subscription, id: 'SOMEONE-ELSE' } });
    expect(withFreshTexts(state, other)).to.equal(state);
  });

  it('keeps the texts on screen, with no problem shown, when the new ones cannot be fetched', () => {
    const changed = send(atConfirm(), { type: 'LOCALE_CHANGED' });
    const failed = transition(changed, {
      type: 'FAILED',
      seq: changed.textsPending!.seq,
      operation: 'loadContext',
      error: { code: 'network', retryable: true },
      at: AT,
    });
    expect(failed.textsPending).to.equal(null);
    expect(failed.serviceError).to.equal(null);
    expect(failed.context).to.equal(changed.context);
  });

  it('asks again for a context still on its way, so it comes in the new language', () => {
    const loading = initialState({ config: defaultFlowConfig() });
    const changed = send(loading, { type: 'LOCALE_CHANGED' });
    expect(changed.pending).to.deep.equal({ operation: 'loadContext', seq: loading.seq + 1 });
  });

  it('does nothing on a blocked or ended screen', () => {
    const blocked = fail(initialState({ config: defaultFlowConfig() }), { code: 'server', retryable: true });
    expect(send(blocked, { type: 'LOCALE_CHANGED' })).to.equal(blocked);
    const kept = send(atConfirm(), { type: 'KEEP' });
    expect(send(kept, { type: 'LOCALE_CHANGED' })).to.equal(kept);
  });
});
