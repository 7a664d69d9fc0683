/** The flow's decisions that the element only carries out: the frame's buttons, retries, events, announcements, focus, stamps. */
import { expect } from '@open-wc/testing';
import { defaultFlowConfig } from '../../src/flow/defaults.js';
import { publicEvents } from '../../src/flow/events.js';
import { initialState } from '../../src/flow/machine.js';
import { toEvent } from '../../src/flow/intents.js';
import { screenChanges } from '../../src/flow/screen-changes.js';
import { blockedMayRetry, blockedScreen, mayRetry, stepActions } from '../../src/flow/shell.js';
import { countdown, mayResendAt } from '../../src/flow/verification-clock.js';
import type { FlowState } from '../../src/flow/types.js';
import { PROOF, validReceipt, validSmsChallenge, validStatus, validVerifyOk } from '../contract/fixtures.js';
import { AT, failPending, later, resolve, send, started } from './helpers.js';

const onPrepare = (): FlowState => started();
const acknowledged = (): FlowState =>
  send(onPrepare(), { type: 'SET_ACK', which: 'backup', value: true }, { type: 'SET_ACK', which: 'terms', value: true });
const onReason = (): FlowState => send(acknowledged(), { type: 'CONTINUE' });

describe('what the frame offers around a step', () => {
  it('Continue, keep but no Back on the first step', () => {
    expect(stepActions(onPrepare())).to.deep.equal({ continue: true, back: false, keep: true, busy: false });
  });

  it('Back on a later step; no Continue while an offer is up', () => {
    expect(stepActions(onReason())).to.include({ continue: true, back: true });
    const offered = { ...onReason(), offer: { offerId: 'O-1', reasonId: 'too-expensive' } };
    expect(stepActions(offered)?.continue).to.equal(false);
  });

  it('no Continue on confirm, whose way on is submitting, and nothing after submitting', () => {
    expect(stepActions({ ...onPrepare(), step: 'confirm' })?.continue).to.equal(false);
    expect(stepActions({ ...onPrepare(), step: 'status' })).to.equal(null);
  });

  it('Back and keep wait while the request is on its way', () => {
    const submitting: FlowState = { ...onPrepare(), step: 'confirm', pending: { operation: 'submit', seq: 9 } };
    expect(stepActions(submitting)).to.include({ busy: true, back: false });
  });

  it('offers a retry when a repeat may work, for a malformed answer, and always for the quote', () => {
    expect(mayRetry('submit', { code: 'network', retryable: true })).to.equal(true);
    expect(mayRetry('verify', { code: 'invalid-response', retryable: false })).to.equal(true);
    expect(mayRetry('quoteRefund', { code: 'conflict', retryable: false })).to.equal(true);
    expect(mayRetry('submit', { code: 'conflict', retryable: false })).to.equal(false);
  });

  it('names a page without an adapter, and retries only what may change', () => {
    const blocked = failPending(initialState({ config: defaultFlowConfig() }), 'not-found');
    expect(blockedScreen(blocked, false)).to.equal('no-adapter');
    expect(blockedScreen(blocked, true)).to.equal('nothing-to-unsubscribe');
    expect(blockedMayRetry('unreachable')).to.equal(true);
    expect(blockedMayRetry('login-required')).to.equal(true);
    expect(blockedMayRetry('nothing-to-unsubscribe')).to.equal(false);
    expect(blockedMayRetry('no-adapter')).to.equal(false);
  });
});

describe('the public events of a change of state', () => {
  it('a step change from the step before', () => {
    expect(publicEvents(acknowledged(), onReason())).to.deep.equal([
      { name: 'cloudpc-step-change', detail: { step: 'reason', previousStep: 'prepare' } },
    ]);
  });

  it('verified before the step it opens, never with the proof', () => {
    const onVerify: FlowState = { ...onReason(), step: 'verify', answers: { ...onReason().answers, method: 'sms' } };
    const verified: FlowState = { ...onVerify, step: 'confirm', secrets: { ...onVerify.secrets, proof: PROOF } };
    const events = publicEvents(onVerify, verified);
    expect(events.map((e) => e.name)).to.deep.equal(['cloudpc-verified', 'cloudpc-step-change']);
    expect(JSON.stringify(events)).to.not.contain(PROOF);
  });

  it('submitted, then a status and its end', () => {
    const receipt = validReceipt();
    const before: FlowState = { ...onPrepare(), step: 'confirm' };
    const after: FlowState = { ...before, step: 'status', receipt, requestId: receipt.requestId };
    expect(publicEvents(before, after).map((e) => e.name)).to.deep.equal(['cloudpc-submitted', 'cloudpc-step-change']);
    const completed: FlowState = { ...after, step: 'done', status: validStatus({ requestId: receipt.requestId, status: 'completed' }) };
    expect(publicEvents(after, completed).map((e) => e.name)).to.deep.equal([
      'cloudpc-status-change',
      'cloudpc-complete',
      'cloudpc-step-change',
    ]);
  });

  it('keep from the step the subscriber was on', () => {
    expect(publicEvents(onReason(), send(onReason(), { type: 'KEEP' }))).to.deep.equal([
      { name: 'cloudpc-keep', detail: { step: 'reason' } },
    ]);
  });
});

describe('what a change of state says and where focus goes', () => {
  it('a new step is announced and its heading takes focus, except the first', () => {
    expect(screenChanges(acknowledged(), onReason())).to.deep.equal({
      announcements: [{ kind: 'step', step: 'reason', current: 2, total: 6 }],
      focus: 'heading',
    });
    const loading = { ...onPrepare(), phase: 'loading' as const };
    expect(screenChanges(loading, onPrepare()).focus).to.equal(null);
  });

  it('Continue with problems moves focus to the error summary', () => {
    expect(screenChanges(onPrepare(), send(onPrepare(), { type: 'CONTINUE' })).focus).to.equal('summary');
  });

  it('a code sent says where it went', () => {
    const chosen = send({ ...onReason(), step: 'verify' }, { type: 'CHOOSE_METHOD', method: 'sms' }, { type: 'REQUEST_CHALLENGE', at: AT });
    const sent = resolve(chosen, { operation: 'startVerification', value: validSmsChallenge() });
    expect(screenChanges(chosen, sent).announcements).to.deep.equal([{ kind: 'code-sent', maskedPhone: validSmsChallenge().maskedPhone }]);
  });

  it('an offer takes focus and is announced', () => {
    const offered: FlowState = { ...onReason(), offer: { offerId: 'O-1', reasonId: 'too-expensive' } };
    expect(screenChanges(onReason(), offered)).to.deep.equal({ announcements: [{ kind: 'offer', offerId: 'O-1' }], focus: 'offer' });
  });

  it('a stage the request moves to while watched, not the one it had on arrival', () => {
    const receipt = validReceipt();
    const watching: FlowState = { ...onPrepare(), step: 'status', receipt, requestId: receipt.requestId };
    const first = { ...watching, status: validStatus({ requestId: receipt.requestId, status: 'received' }) };
    expect(screenChanges(watching, first).announcements).to.deep.equal([]);
    const moved = { ...first, status: validStatus({ requestId: receipt.requestId, status: 'processing' }) };
    expect(screenChanges(first, moved).announcements).to.deep.equal([{ kind: 'status-stage', stage: 'processing' }]);
  });

  it('verified on the one-click screen, where no step change follows', () => {
    const oneClick: FlowState = { ...onPrepare(), step: 'one-click', answers: { ...onPrepare().answers, method: 'sms' } };
    const verified = { ...oneClick, secrets: { ...oneClick.secrets, proof: validVerifyOk().proof } };
    expect(screenChanges(oneClick, verified).announcements).to.deep.equal([{ kind: 'verified' }]);
  });
});

describe('what the subscriber did, as the machine hears it', () => {
  it('stamps the time on checks and code requests, and a new key on a submit', () => {
    expect(toEvent({ type: 'CHECK' }, AT, () => 'k')).to.deep.equal({ type: 'CHECK', at: AT });
    expect(toEvent({ type: 'REQUEST_CHALLENGE' }, AT, () => 'k')).to.deep.equal({ type: 'REQUEST_CHALLENGE', at: AT });
    expect(toEvent({ type: 'SUBMIT' }, AT, () => 'key-1')).to.deep.equal({ type: 'SUBMIT', idempotencyKey: 'key-1', at: AT });
    let made = 0;
    expect(toEvent({ type: 'CONTINUE' }, AT, () => String(++made))).to.deep.equal({ type: 'CONTINUE' });
    expect(made, 'a key only for a submit').to.equal(0);
  });
});

describe('the verification clock', () => {
  it('lets a new code be asked for once the resend wait is over, or at once for an expired one', () => {
    const chosen = send({ ...onReason(), step: 'verify' }, { type: 'CHOOSE_METHOD', method: 'sms' }, { type: 'REQUEST_CHALLENGE', at: AT });
    const sent = resolve(chosen, { operation: 'startVerification', value: validSmsChallenge({ resendAfterSeconds: 60 }) });
    expect(mayResendAt(sent, Date.parse(later(59)))).to.equal(false);
    expect(mayResendAt(sent, Date.parse(later(60)))).to.equal(true);
    const expired = { ...sent, verification: { ...sent.verification, lastFailure: 'expired' as const } };
    expect(mayResendAt(expired, Date.parse(later(1)))).to.equal(true);
  });
});

describe('a wait said in words that count down', () => {
  const T = Date.parse(AT);

  it('is said in minutes, rounded up, and changes when the minute is up', () => {
    expect(countdown(T + 15 * 60_000, T)).to.deep.equal({ value: 15, unit: 'minute', changesAt: T + 60_000 });
    expect(countdown(T + 14 * 60_000 + 1, T)).to.deep.include({ value: 15, unit: 'minute' });
  });

  it('is said in seconds in the last minute, and in hours beyond one', () => {
    expect(countdown(T + 54_000, T)).to.deep.equal({ value: 54, unit: 'second', changesAt: T + 1000 });
    expect(countdown(T + 90 * 60_000, T)).to.deep.include({ value: 2, unit: 'hour' });
    expect(countdown(T, T)).to.deep.include({ value: 1, unit: 'second' });
  });
});
