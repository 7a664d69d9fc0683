import { expect } from '@open-wc/testing';
import { defaultFlowConfig } from '../../src/flow/defaults.js';
import { canGoBack, canLeave, initialState, stepsOf, transition } from '../../src/flow/machine.js';
import { requestFor, requestsFor } from '../../src/flow/requests.js';
import type { FlowState } from '../../src/flow/types.js';
import {
  PROOF,
  SUBSCRIPTION_ID,
  validContext,
  validQuestionsChallenge,
  validQuote,
  validReceipt,
  validSmsChallenge,
  validStatus,
} from '../contract/fixtures.js';
import { AT, failPending, later, resolve, send, started } from './helpers.js';

/** A guided run brought to the verify step with sms as the only method. */
function atVerify(): FlowState {
  const state = started({ context: validContext({ verificationMethods: ['sms'] }) });
  return send(
    state,
    { type: 'SET_ACK', which: 'backup', value: true },
    { type: 'SET_ACK', which: 'terms', value: true },
    { type: 'CONTINUE' },
    { type: 'SET_REASON', reasonId: 'price', selected: true },
    { type: 'CONTINUE' },
  );
}

function withSmsChallenge(state: FlowState, at = AT): FlowState {
  return resolve(send(state, { type: 'REQUEST_CHALLENGE', at }), { operation: 'startVerification', value: validSmsChallenge() }, at);
}

function atConfirm(): FlowState {
  const verified = resolve(send(withSmsChallenge(atVerify()), { type: 'SET_CODE', code: '123456' }, { type: 'CHECK', at: AT }), {
    operation: 'verify',
    value: { ok: true, proof: PROOF },
  });
  return resolve(verified, { operation: 'quoteRefund', value: validQuote() });
}

describe('flow machine', () => {
  describe('loading the context', () => {
    it('starts by asking for the context of the subscription the page named', () => {
      const state = initialState({ config: defaultFlowConfig(), subscriptionId: 'S-1' });
      expect(state.phase).to.equal('loading');
      expect(requestFor(state)).to.deep.equal({ operation: 'loadContext', seq: 1, input: { subscriptionId: 'S-1' } });
    });

    it('asks without a subscription id when the page named none', () => {
      expect(requestFor(initialState({ config: defaultFlowConfig() }))?.input).to.deep.equal({});
    });

    it('opens the guided flow on prepare, with no effective time chosen for the subscriber when there is a choice', () => {
      const state = started({ effective: null });
      expect(state.phase).to.equal('active');
      expect(state.step).to.equal('prepare');
      expect(state.answers.effective).to.equal(null);
      expect(stepsOf(state)).to.deep.equal(['prepare', 'reason', 'verify', 'confirm', 'status', 'done']);
    });

    it('takes the only effective time the operator offers, whichever it is', () => {
      for (const only of ['immediately', 'end-of-term'] as const) {
        const context = validContext();
        const state = started({ context: { ...context, terms: { ...context.terms, effectiveOptions: [only] } }, effective: null });
        expect(state.answers.effective, only).to.equal(only);
      }
    });

    it('chooses the verification method itself when only one is allowed', () => {
      expect(started({ context: validContext({ verificationMethods: ['security-questions'] }) }).answers.method).to.equal(
        'security-questions',
      );
      expect(started().answers.method).to.equal(null);
    });

    const blocking = [
      ['unauthenticated', 'login-required'],
      ['not-found', 'nothing-to-unsubscribe'],
      ['network', 'unreachable'],
      ['timeout', 'unreachable'],
      ['server', 'unreachable'],
      ['invalid-response', 'invalid-data'],
    ] as const;
    for (const [code, reason] of blocking) {
      it(`blocks with "${reason}" when loading the context fails with ${code}`, () => {
        const state = failPending(initialState({ config: defaultFlowConfig() }), code);
        expect(state.phase).to.equal('blocked');
        expect(state.blocked?.reason).to.equal(reason);
        expect(state.blocked?.error?.code).to.equal(code);
      });
    }

    it('loads the context again on retry after a failure', () => {
      const blocked = failPending(initialState({ config: defaultFlowConfig() }), 'network', true);
      const retried = send(blocked, { type: 'RETRY' });
      expect(retried.phase).to.equal('loading');
      expect(retried.pending?.operation).to.equal('loadContext');
      expect(resolve(retried, { operation: 'loadContext', value: validContext() }).step).to.equal('prepare');
    });

    it('reports face recognition as the only method as a configuration error that retrying cannot fix', () => {
      const state = started({ context: validContext({ verificationMethods: ['face'] }) });
      expect(state.phase).to.equal('blocked');
      expect(state.blocked?.reason).to.equal('configuration');
      expect(send(state, { type: 'RETRY' })).to.equal(state);
    });

    it('says there is nothing to unsubscribe when the subscription has already ended', () => {
      const context = validContext();
      context.subscription.status = 'cancelled';
      expect(started({ context }).blocked?.reason).to.equal('nothing-to-unsubscribe');
    });

    it('opens on status when the back end reports a pending request', () => {
      const state = started({ context: validContext({ pendingRequest: { requestId: 'TD-9' } }) });
      expect(state.step).to.equal('status');
      expect(state.requestId).to.equal('TD-9');
      expect(canLeave(state)).to.equal(false);
    });
  });

  describe('prepare', () => {
    it('needs both acknowledgements before Continue', () => {
      const state = send(started(), { type: 'CONTINUE' });
      expect(state.step).to.equal('prepare');
      expect(state.fieldErrors).to.deep.equal([
        { field: 'backup', key: 'backupRequired' },
        { field: 'terms', key: 'termsRequired' },
      ]);
      const half = send(state, { type: 'SET_ACK', which: 'backup', value: true }, { type: 'CONTINUE' });
      expect(half.fieldErrors).to.deep.equal([{ field: 'terms', key: 'termsRequired' }]);
    });

    it('goes on to reason when both are acknowledged', () => {
      const state = send(
        started(),
        { type: 'SET_ACK', which: 'backup', value: true },
        { type: 'SET_ACK', which: 'terms', value: true },
        { type: 'CONTINUE' },
      );
      expect(state.step).to.equal('reason');
      expect(state.fieldErrors).to.deep.equal([]);
    });
  });

  describe('reason', () => {
    function atReason(options: Parameters<typeof started>[0] = {}): FlowState {
      return send(
        started(options),
        { type: 'SET_ACK', which: 'backup', value: true },
        { type: 'SET_ACK', which: 'terms', value: true },
        { type: 'CONTINUE' },
      );
    }

    it('needs a reason', () => {
      expect(send(atReason(), { type: 'CONTINUE' }).fieldErrors).to.deep.equal([{ field: 'reasons', key: 'reasonRequired' }]);
    });

    it('needs a comment when the chosen reason requires one, and accepts it once written', () => {
      const state = send(atReason(), { type: 'SET_REASON', reasonId: 'other', selected: true }, { type: 'CONTINUE' });
      expect(state.fieldErrors).to.deep.equal([{ field: 'comment', key: 'commentRequired' }]);
      const blank = send(state, { type: 'SET_COMMENT', comment: '   ' }, { type: 'CONTINUE' });
      expect(blank.step).to.equal('reason');
      expect(send(state, { type: 'SET_COMMENT', comment: '换了工作' }, { type: 'CONTINUE' }).step).to.equal('verify');
    });

    it('refuses a comment longer than the limit, counting characters not UTF-16 units', () => {
      const state = atReason({ config: { commentMaxLength: 3 } });
      const emoji = send(
        state,
        { type: 'SET_REASON', reasonId: 'price', selected: true },
        { type: 'SET_COMMENT', comment: '😀😀😀' },
        { type: 'CONTINUE' },
      );
      expect(emoji.step).to.equal('verify');
      const long = send(
        state,
        { type: 'SET_REASON', reasonId: 'price', selected: true },
        { type: 'SET_COMMENT', comment: '四个字符' },
        { type: 'CONTINUE' },
      );
      expect(long.fieldErrors).to.deep.equal([{ field: 'comment', key: 'commentTooLong' }]);
    });

    it('uses the built-in reasons when the back end lists none', () => {
      const context = validContext();
      delete context.reasons;
      const state = send(atReason({ context }), { type: 'SET_REASON', reasonId: 'price', selected: true });
      expect(state.answers.reasonIds).to.deep.equal([]);
      const picked = send(state, { type: 'SET_REASON', reasonId: 'too-expensive', selected: true });
      expect(picked.answers.reasonIds).to.deep.equal(['too-expensive']);
    });

    it('lets several reasons be ticked and unticked', () => {
      const state = send(
        atReason(),
        { type: 'SET_REASON', reasonId: 'price', selected: true },
        { type: 'SET_REASON', reasonId: 'rarely-used', selected: true },
      );
      expect(state.answers.reasonIds).to.deep.equal(['price', 'rarely-used']);
      expect(send(state, { type: 'SET_REASON', reasonId: 'price', selected: false }).answers.reasonIds).to.deep.equal(['rarely-used']);
    });

    it('replaces the reason when only one may be chosen', () => {
      const state = send(
        atReason({ config: { maxReasons: 1 } }),
        { type: 'SET_REASON', reasonId: 'price', selected: true },
        { type: 'SET_REASON', reasonId: 'rarely-used', selected: true },
      );
      expect(state.answers.reasonIds).to.deep.equal(['rarely-used']);
    });

    describe('a retention offer', () => {
      const config = { offersByReason: { price: 'half-price-3-months' } };

      it('is shown once when a reason that carries it is chosen', () => {
        const state = send(atReason({ config }), { type: 'SET_REASON', reasonId: 'price', selected: true }, { type: 'CONTINUE' });
        expect(state.step).to.equal('reason');
        expect(state.offer).to.deep.equal({ offerId: 'half-price-3-months', reasonId: 'price', months: null, idempotencyKey: null });
      });

      it('"no thanks, continue" goes on and the offer is not shown again after Back', () => {
        const declined = send(
          atReason({ config }),
          { type: 'SET_REASON', reasonId: 'price', selected: true },
          { type: 'CONTINUE' },
          { type: 'DECLINE_OFFER' },
        );
        expect(declined.step).to.equal('verify');
        expect(declined.offersSeen).to.deep.equal(['half-price-3-months']);
        const again = send(declined, { type: 'BACK' }, { type: 'CONTINUE' });
        expect(again.offer).to.equal(null);
        expect(again.step).to.equal('verify');
      });

      it('accepting it ends the flow with the subscription kept', () => {
        const state = send(
          atReason({ config }),
          { type: 'SET_REASON', reasonId: 'price', selected: true },
          { type: 'CONTINUE' },
          { type: 'ACCEPT_OFFER', idempotencyKey: 'K-OFFER' },
        );
        expect(state.phase).to.equal('offer-accepted');
      });

      it('is not shown for a reason without one', () => {
        const state = send(atReason({ config }), { type: 'SET_REASON', reasonId: 'rarely-used', selected: true }, { type: 'CONTINUE' });
        expect(state.offer).to.equal(null);
        expect(state.step).to.equal('verify');
      });
    });
  });

  describe('verify', () => {
    it('is skipped when the operator allows no method', () => {
      const state = send(
        started({ context: validContext({ verificationMethods: [] }) }),
        { type: 'SET_ACK', which: 'backup', value: true },
        { type: 'SET_ACK', which: 'terms', value: true },
        { type: 'CONTINUE' },
        { type: 'SET_REASON', reasonId: 'price', selected: true },
        { type: 'CONTINUE' },
      );
      expect(stepsOf(state)).to.deep.equal(['prepare', 'reason', 'confirm', 'status', 'done']);
      expect(state.step).to.equal('confirm');
      expect(send(state, { type: 'BACK' }).step).to.equal('reason');
    });

    it('cannot be passed without a proof', () => {
      const state = send(atVerify(), { type: 'CONTINUE' });
      expect(state.step).to.equal('verify');
      expect(state.fieldErrors[0]?.key).to.equal('verificationRequired');
    });

    it('asks for a method first when several are allowed', () => {
      const state = send(started(), { type: 'REQUEST_CHALLENGE', at: AT });
      expect(state.pending).to.equal(null);
      expect(state.fieldErrors).to.deep.equal([{ field: 'method', key: 'methodRequired' }]);
    });

    it('sends the code and holds resending until the countdown has run out', () => {
      const state = withSmsChallenge(atVerify());
      expect(state.verification.challenge?.method).to.equal('sms');
      expect(send(state, { type: 'REQUEST_CHALLENGE', at: later(59) }).pending).to.equal(null);
      const resent = send(state, { type: 'REQUEST_CHALLENGE', at: later(60) });
      expect(requestFor(resent)?.operation).to.equal('startVerification');
      expect(requestFor(resent)?.input).to.deep.equal({ method: 'sms' });
    });

    it('refuses a code of the wrong length before calling the back end', () => {
      const state = send(withSmsChallenge(atVerify()), { type: 'SET_CODE', code: '12345' }, { type: 'CHECK', at: AT });
      expect(state.pending).to.equal(null);
      expect(state.fieldErrors).to.deep.equal([{ field: 'code', key: 'codeFormat' }]);
      expect(send(withSmsChallenge(atVerify()), { type: 'CHECK', at: AT }).fieldErrors[0]?.key).to.equal('codeRequired');
    });

    for (const typed of ['１２３４５６', '123 456', '123-456', ' 123456 ']) {
      it(`sends "${typed}" as 123456`, () => {
        const state = send(withSmsChallenge(atVerify()), { type: 'SET_CODE', code: typed }, { type: 'CHECK', at: AT });
        expect(requestFor(state)?.input).to.deep.equal({ challengeId: validSmsChallenge().challengeId, method: 'sms', code: '123456' });
      });
    }

    it('shows the attempts left after a wrong code and keeps what was typed', () => {
      const checking = send(withSmsChallenge(atVerify()), { type: 'SET_CODE', code: '111111' }, { type: 'CHECK', at: AT });
      const state = resolve(checking, { operation: 'verify', value: { ok: false, reason: 'wrong', attemptsLeft: 2 } });
      expect(state.verification.attemptsLeft).to.equal(2);
      expect(state.fieldErrors).to.deep.equal([{ field: 'code', key: 'codeWrong' }]);
      expect(state.secrets.code).to.equal('111111');
      expect(state.step).to.equal('verify');
    });

    it('locks out until the time the back end gave, and allows trying again afterwards', () => {
      const checking = send(withSmsChallenge(atVerify()), { type: 'SET_CODE', code: '111111' }, { type: 'CHECK', at: AT });
      const locked = resolve(checking, {
        operation: 'verify',
        value: { ok: false, reason: 'locked', retryAfterSeconds: 600, attemptsLeft: 0 },
      });
      expect(Date.parse(locked.verification.holds.sms?.until ?? '')).to.equal(Date.parse(AT) + 600_000);
      expect(locked.verification.holds.sms?.kind).to.equal('locked');
      const refused = send(locked, { type: 'CHECK', at: later(599) });
      expect(refused.pending).to.equal(null);
      expect(refused.fieldErrors).to.deep.equal([{ field: 'code', key: 'verificationLocked' }]);
      expect(send(locked, { type: 'REQUEST_CHALLENGE', at: later(300) }).pending).to.equal(null);
      expect(send(locked, { type: 'CHECK', at: later(601) }).pending?.operation).to.equal('verify');
    });

    it('locks only the method the back end said, and lets the subscriber try another', () => {
      const twoMethods = started({ context: validContext({ verificationMethods: ['sms', 'security-questions'] }) });
      const atStep = send(
        twoMethods,
        { type: 'SET_ACK', which: 'backup', value: true },
        { type: 'SET_ACK', which: 'terms', value: true },
        { type: 'CONTINUE' },
        { type: 'SET_REASON', reasonId: 'price', selected: true },
        { type: 'CONTINUE' },
        { type: 'CHOOSE_METHOD', method: 'sms' },
      );
      const checking = send(withSmsChallenge(atStep), { type: 'SET_CODE', code: '111111' }, { type: 'CHECK', at: AT });
      const locked = resolve(checking, { operation: 'verify', value: { ok: false, reason: 'locked', retryAfterSeconds: 900 } });
      const other = send(locked, { type: 'CHOOSE_METHOD', method: 'security-questions' }, { type: 'REQUEST_CHALLENGE', at: later(5) });
      expect(other.pending?.operation, 'the other method may be tried').to.equal('startVerification');

      // The back end refuses it too: its lock covers the account, and the widget now knows.
      const refused = transition(other, {
        type: 'FAILED',
        seq: other.pending?.seq ?? 0,
        operation: 'startVerification',
        error: { code: 'rate-limited', retryable: true, retryAfterSeconds: 895 },
        at: later(5),
      });
      expect(refused.serviceError, 'not a fault of the service').to.equal(null);
      expect(refused.verification.holds).to.deep.equal({
        sms: { until: later(900), kind: 'locked' },
        'security-questions': { until: later(900), kind: 'locked' },
      });
      expect(refused.fieldErrors).to.deep.equal([{ field: 'code', key: 'verificationLocked' }]);
      expect(send(refused, { type: 'REQUEST_CHALLENGE', at: later(600) }).pending).to.equal(null);
      expect(send(refused, { type: 'REQUEST_CHALLENGE', at: later(901) }).pending?.operation).to.equal('startVerification');
    });

    it('waits, without calling it a fault, when a new code is refused for now and nothing is locked', () => {
      const sending = send(atVerify(), { type: 'REQUEST_CHALLENGE', at: AT });
      const refused = transition(sending, {
        type: 'FAILED',
        seq: sending.pending?.seq ?? 0,
        operation: 'startVerification',
        error: { code: 'rate-limited', retryable: true, retryAfterSeconds: 54 },
        at: AT,
      });
      expect(refused.serviceError).to.equal(null);
      expect(refused.verification.holds.sms).to.deep.equal({ until: later(54), kind: 'wait' });
      expect(refused.fieldErrors).to.deep.equal([{ field: 'code', key: 'challengeRefused' }]);
      expect(send(refused, { type: 'REQUEST_CHALLENGE', at: later(30) }).pending).to.equal(null);
      expect(send(refused, { type: 'REQUEST_CHALLENGE', at: later(55) }).pending?.operation).to.equal('startVerification');
    });

    it('still shows a refusal without a time as a service problem', () => {
      const sending = send(atVerify(), { type: 'REQUEST_CHALLENGE', at: AT });
      const refused = failPending(sending, 'rate-limited', true);
      expect(refused.serviceError?.operation).to.equal('startVerification');
    });

    it('allows a new code at once when the last one has expired', () => {
      const checking = send(withSmsChallenge(atVerify()), { type: 'SET_CODE', code: '123456' }, { type: 'CHECK', at: AT });
      const expired = resolve(checking, { operation: 'verify', value: { ok: false, reason: 'expired' } });
      expect(send(expired, { type: 'REQUEST_CHALLENGE', at: later(5) }).pending?.operation).to.equal('startVerification');
    });

    it('tells an expired code apart from a wrong one', () => {
      const checking = send(withSmsChallenge(atVerify()), { type: 'SET_CODE', code: '123456' }, { type: 'CHECK', at: AT });
      expect(resolve(checking, { operation: 'verify', value: { ok: false, reason: 'expired' } }).fieldErrors[0]?.key).to.equal(
        'codeExpired',
      );
    });

    it('moves on to confirm and asks for the quote once verified', () => {
      const checking = send(withSmsChallenge(atVerify()), { type: 'SET_CODE', code: '123456' }, { type: 'CHECK', at: AT });
      const state = resolve(checking, { operation: 'verify', value: { ok: true, proof: PROOF } });
      expect(state.step).to.equal('confirm');
      expect(state.secrets.proof).to.equal(PROOF);
      expect(requestFor(state)).to.deep.include({
        operation: 'quoteRefund',
        input: { subscriptionId: SUBSCRIPTION_ID, effective: 'immediately' },
      });
    });

    it('sends one trimmed answer per security question and asks for every blank one', () => {
      const base = send(started(), { type: 'CHOOSE_METHOD', method: 'security-questions' }, { type: 'REQUEST_CHALLENGE', at: AT });
      const challenged = resolve(base, { operation: 'startVerification', value: validQuestionsChallenge() });
      const [first, second] = validQuestionsChallenge().questions;
      const blank = send(challenged, { type: 'SET_ANSWER', questionId: first!.id, answer: ' 北京 ' }, { type: 'CHECK', at: AT });
      expect(blank.fieldErrors).to.deep.equal([{ field: `answer:${second!.id}`, key: 'answerRequired' }]);
      const full = send(blank, { type: 'SET_ANSWER', questionId: second!.id, answer: '张老师' }, { type: 'CHECK', at: AT });
      expect(requestFor(full)?.input).to.deep.include({
        answers: [
          { questionId: first!.id, answer: '北京' },
          { questionId: second!.id, answer: '张老师' },
        ],
      });
    });

    it('keeps waiting without an error while face recognition is pending', () => {
      const base = send(started(), { type: 'CHOOSE_METHOD', method: 'face' }, { type: 'REQUEST_CHALLENGE', at: AT });
      const challenged = resolve(base, {
        operation: 'startVerification',
        value: { challengeId: 'F-1', method: 'face', handoffUrl: 'https://example.com/f', pollAfterSeconds: 2 },
      });
      const polled = resolve(send(challenged, { type: 'CHECK', at: AT }), { operation: 'verify', value: { ok: false, reason: 'pending' } });
      expect(polled.fieldErrors).to.deep.equal([]);
      expect(polled.verification.lastFailure).to.equal('pending');
      expect(requestFor(send(polled, { type: 'CHECK', at: AT }))?.input).to.deep.equal({ challengeId: 'F-1', method: 'face' });
    });

    it('abandons a challenge when the subscriber switches method', () => {
      const sending = send(started(), { type: 'CHOOSE_METHOD', method: 'sms' }, { type: 'REQUEST_CHALLENGE', at: AT });
      const switched = send(sending, { type: 'CHOOSE_METHOD', method: 'security-questions' });
      expect(switched.pending).to.equal(null);
      expect(switched.verification.challenge).to.equal(null);
      // The answer to the abandoned request arrives late and is ignored.
      const late = transition(switched, {
        type: 'RESOLVED',
        seq: sending.pending!.seq,
        at: AT,
        operation: 'startVerification',
        value: validSmsChallenge(),
      });
      expect(late).to.equal(switched);
    });
  });

  describe('confirm and submit', () => {
    it('asks for no quote until the subscriber chooses when it takes effect, and asks them to choose on submit', () => {
      const opened = started({ context: validContext({ verificationMethods: [] }), effective: null });
      const atCheck = send(
        opened,
        { type: 'SET_ACK', which: 'backup', value: true },
        { type: 'SET_ACK', which: 'terms', value: true },
        { type: 'CONTINUE' },
        { type: 'SET_REASON', reasonId: 'price', selected: true },
        { type: 'CONTINUE' },
      );
      expect(atCheck.step).to.equal('confirm');
      expect(atCheck.quotePending).to.equal(null);
      const pressed = send(atCheck, { type: 'SUBMIT', idempotencyKey: 'key-1', at: AT });
      expect(pressed.pending).to.equal(null);
      expect(pressed.fieldErrors).to.deep.equal([{ field: 'effective', key: 'effectiveRequired' }]);
      const chosen = send(pressed, { type: 'SET_EFFECTIVE', effective: 'end-of-term' });
      expect(requestFor(chosen)?.input).to.deep.equal({ subscriptionId: SUBSCRIPTION_ID, effective: 'end-of-term' });
    });

    it('asks for a new quote when the effective time changes, and ignores the old one arriving late', () => {
      const state = atConfirm();
      const changed = send(state, { type: 'SET_EFFECTIVE', effective: 'end-of-term' });
      expect(changed.quote).to.equal(null);
      expect(requestFor(changed)?.input).to.deep.equal({ subscriptionId: SUBSCRIPTION_ID, effective: 'end-of-term' });
      const stale = transition(changed, {
        type: 'RESOLVED',
        seq: changed.quotePending!.seq - 1,
        at: AT,
        operation: 'quoteRefund',
        value: validQuote(),
      });
      expect(stale).to.equal(changed);
    });

    it('submits every answer with the quote, the proof and one idempotency key', () => {
      const state = send(atConfirm(), { type: 'SUBMIT', idempotencyKey: 'key-1', at: AT });
      expect(requestFor(state)?.input).to.deep.equal({
        subscriptionId: SUBSCRIPTION_ID,
        reasonIds: ['price'],
        effective: 'immediately',
        quoteId: validQuote().quoteId,
        proof: PROOF,
        idempotencyKey: 'key-1',
      });
    });

    it('ignores a second click while the first submit is on its way', () => {
      const first = send(atConfirm(), { type: 'SUBMIT', idempotencyKey: 'key-1', at: AT });
      expect(send(first, { type: 'SUBMIT', idempotencyKey: 'key-2', at: AT })).to.equal(first);
    });

    it('retries a failed submit with the same key and keeps everything entered', () => {
      const failed = failPending(send(atConfirm(), { type: 'SUBMIT', idempotencyKey: 'key-1', at: AT }), 'network', true);
      expect(failed.serviceError).to.deep.equal({ operation: 'submit', error: { code: 'network', retryable: true } });
      expect(failed.answers.reasonIds).to.deep.equal(['price']);
      expect(requestFor(send(failed, { type: 'RETRY' }))?.input).to.deep.include({ idempotencyKey: 'key-1' });
      expect(requestFor(send(failed, { type: 'SUBMIT', idempotencyKey: 'key-2', at: AT }))?.input).to.deep.include({
        idempotencyKey: 'key-1',
      });
    });

    it('on a conflict at submit, loads the context again and opens the status of the request it names', () => {
      const conflicted = failPending(send(atConfirm(), { type: 'SUBMIT', idempotencyKey: 'key-1', at: AT }), 'conflict');
      expect(conflicted.pending?.operation).to.equal('loadContext');
      expect(conflicted.serviceError?.error.code).to.equal('conflict');
      const reloaded = resolve(conflicted, {
        operation: 'loadContext',
        value: validContext({ verificationMethods: ['sms'], pendingRequest: { requestId: 'TD-OTHER' } }),
      });
      expect(reloaded.step).to.equal('status');
      expect(reloaded.requestId).to.equal('TD-OTHER');
      expect(reloaded.serviceError).to.equal(null);
      expect(reloaded.secrets).to.deep.equal({ code: '', answers: {}, proof: null });
    });

    it('keeps the conflict on screen, and what was entered, when the fresh context names no request', () => {
      const conflicted = failPending(send(atConfirm(), { type: 'SUBMIT', idempotencyKey: 'key-1', at: AT }), 'conflict');
      const reloaded = resolve(conflicted, { operation: 'loadContext', value: validContext({ verificationMethods: ['sms'] }) });
      expect(reloaded.step).to.equal('confirm');
      expect(reloaded.serviceError?.error.code).to.equal('conflict');
      expect(reloaded.answers.reasonIds).to.deep.equal(['price']);
      expect(reloaded.secrets.proof).to.equal(PROOF);
    });

    it('shows the blocked state with a retry when the context cannot be loaded after a conflict', () => {
      const conflicted = failPending(send(atConfirm(), { type: 'SUBMIT', idempotencyKey: 'key-1', at: AT }), 'conflict');
      const failed = failPending(conflicted, 'network', true);
      expect(failed.phase).to.equal('blocked');
      expect(send(failed, { type: 'RETRY' }).pending?.operation).to.equal('loadContext');
    });

    it('makes a new key when what is submitted changes after a failure', () => {
      const failed = failPending(send(atConfirm(), { type: 'SUBMIT', idempotencyKey: 'key-1', at: AT }), 'server', true);
      const edited = send(failed, { type: 'GO_TO', step: 'reason' }, { type: 'SET_REASON', reasonId: 'rarely-used', selected: true });
      expect(edited.idempotencyKey).to.equal(null);
    });

    it('shows the receipt on status and forgets the secrets once submitted', () => {
      const submitted = resolve(send(atConfirm(), { type: 'SUBMIT', idempotencyKey: 'key-1', at: AT }), {
        operation: 'submit',
        value: validReceipt(),
      });
      expect(submitted.step).to.equal('status');
      expect(submitted.requestId).to.equal(validReceipt().requestId);
      expect(submitted.secrets).to.deep.equal({ code: '', answers: {}, proof: null });
      expect(canLeave(submitted)).to.equal(false);
      expect(send(submitted, { type: 'KEEP' }).phase).to.equal('active');
      expect(send(submitted, { type: 'BACK' }).step).to.equal('status');
    });

    it('only submits from confirm', () => {
      expect(send(atVerify(), { type: 'SUBMIT', idempotencyKey: 'k', at: AT }).pending).to.equal(null);
    });

    it('does not submit without a quote', () => {
      const noQuote = failPending(
        resolve(send(withSmsChallenge(atVerify()), { type: 'SET_CODE', code: '123456' }, { type: 'CHECK', at: AT }), {
          operation: 'verify',
          value: { ok: true, proof: PROOF },
        }),
        'server',
        true,
      );
      expect(noQuote.serviceError?.operation).to.equal('quoteRefund');
      const asked = send(noQuote, { type: 'SUBMIT', idempotencyKey: 'k', at: AT });
      expect(asked.quotePending?.operation).to.equal('quoteRefund');
      expect(asked.pending).to.equal(null);
    });
  });

  describe('status', () => {
    function submitted(): FlowState {
      return resolve(send(atConfirm(), { type: 'SUBMIT', idempotencyKey: 'key-1', at: AT }), {
        operation: 'submit',
        value: validReceipt(),
      });
    }

    it('stays on status while the request is processed and moves to done when it completes', () => {
      const requestId = validReceipt().requestId;
      const processing = send(submitted(), { type: 'STATUS_UPDATED', status: validStatus({ requestId, status: 'processing' }) });
      expect(processing.step).to.equal('status');
      expect(processing.status?.status).to.equal('processing');
      expect(send(processing, { type: 'STATUS_UPDATED', status: validStatus({ requestId, status: 'completed' }) }).step).to.equal('done');
      expect(send(processing, { type: 'STATUS_UPDATED', status: validStatus({ requestId, status: 'rejected' }) }).step).to.equal('done');
    });

    it('ignores the status of another request', () => {
      const state = submitted();
      expect(send(state, { type: 'STATUS_UPDATED', status: validStatus({ requestId: 'other', status: 'completed' }) })).to.equal(state);
    });
  });

  describe('Back, change links and keep', () => {
    it('goes back step by step and keeps everything entered', () => {
      const confirm = send(atConfirm(), { type: 'SET_EFFECTIVE', effective: 'end-of-term' });
      const verify = send(confirm, { type: 'BACK' });
      expect(verify.step).to.equal('verify');
      const reason = send(verify, { type: 'BACK' });
      expect(reason.step).to.equal('reason');
      const prepare = send(reason, { type: 'BACK' });
      expect(prepare.step).to.equal('prepare');
      expect(canGoBack(prepare)).to.equal(false);
      expect(send(prepare, { type: 'BACK' })).to.equal(prepare);
      expect(prepare.answers).to.deep.equal({
        pickedSubscriptionId: null,
        backupAcknowledged: true,
        termsAcknowledged: true,
        reasonIds: ['price'],
        comment: '',
        effective: 'end-of-term',
        method: 'sms',
      });
      expect(prepare.secrets.proof).to.equal(PROOF);
      // Walking forward again needs no second verification.
      const again = send(prepare, { type: 'CONTINUE' }, { type: 'CONTINUE' }, { type: 'CONTINUE' });
      expect(again.step).to.equal('confirm');
    });

    it('jumps back to an earlier step from a change link, never forward', () => {
      const state = atConfirm();
      expect(send(state, { type: 'GO_TO', step: 'reason' }).step).to.equal('reason');
      expect(send(atVerify(), { type: 'GO_TO', step: 'confirm' }).step).to.equal('verify');
      expect(send(state, { type: 'GO_TO', step: 'status' }).step).to.equal('confirm');
    });

    it('keeps the subscription from any step before submitting', () => {
      for (const state of [
        started(),
        atVerify(),
        atConfirm(),
        failPending(initialState({ config: defaultFlowConfig() }), 'network', true),
      ]) {
        expect(send(state, { type: 'KEEP' }).phase).to.equal('kept');
      }
    });

    it('refuses edits once the flow has ended', () => {
      const kept = send(atVerify(), { type: 'KEEP' });
      expect(send(kept, { type: 'SET_COMMENT', comment: 'x' })).to.equal(kept);
      expect(send(kept, { type: 'CONTINUE' })).to.equal(kept);
    });
  });

  describe('one-click mode', () => {
    function oneClick(methods: Array<'sms' | 'face' | 'security-questions'> = ['sms']): FlowState {
      return started({ context: validContext({ verificationMethods: methods }), config: { mode: 'one-click' } });
    }

    it('is one screen, then status and done, and asks for the quote at once', () => {
      const state = oneClick();
      expect(stepsOf(state)).to.deep.equal(['one-click', 'status', 'done']);
      expect(state.step).to.equal('one-click');
      expect(state.quotePending?.operation).to.equal('quoteRefund');
    });

    it('sends the SMS code while the quote is still loading, and keeps both answers', () => {
      const loading = oneClick();
      const sending = send(loading, { type: 'REQUEST_CHALLENGE', at: AT });
      expect(requestsFor(sending).map((c) => c.operation)).to.deep.equal(['startVerification', 'quoteRefund']);
      const challenged = resolve(sending, { operation: 'startVerification', value: validSmsChallenge() });
      const quoted = resolve(challenged, { operation: 'quoteRefund', value: validQuote() });
      expect(quoted.verification.challenge?.method).to.equal('sms');
      expect(quoted.quote?.quoteId).to.equal(validQuote().quoteId);
    });

    it('does not lose an SMS send when the effective time changes meanwhile', () => {
      const sending = send(resolve(oneClick(), { operation: 'quoteRefund', value: validQuote() }), { type: 'REQUEST_CHALLENGE', at: AT });
      const changed = send(sending, { type: 'SET_EFFECTIVE', effective: 'end-of-term' });
      expect(changed.pending).to.deep.equal(sending.pending);
      expect(resolve(changed, { operation: 'startVerification', value: validSmsChallenge() }).verification.challenge).to.not.equal(null);
    });

    it('submits with no reason once verified, and needs the verification first', () => {
      const quoted = resolve(oneClick(), { operation: 'quoteRefund', value: validQuote() });
      const unverified = send(quoted, { type: 'SUBMIT', idempotencyKey: 'k', at: AT });
      expect(unverified.pending).to.equal(null);
      expect(unverified.fieldErrors[0]?.key).to.equal('verificationRequired');
      const challenged = withSmsChallenge(quoted);
      const verified = resolve(send(challenged, { type: 'SET_CODE', code: '123456' }, { type: 'CHECK', at: AT }), {
        operation: 'verify',
        value: { ok: true, proof: PROOF },
      });
      expect(verified.step).to.equal('one-click');
      const submitting = send(verified, { type: 'SUBMIT', idempotencyKey: 'k', at: AT });
      expect(requestFor(submitting)?.input).to.deep.include({ reasonIds: [], proof: PROOF });
      expect(resolve(submitting, { operation: 'submit', value: validReceipt() }).step).to.equal('status');
    });

    describe('确认退订 with a code typed: one press checks, then submits', () => {
      function codeTyped(code = '123456'): FlowState {
        const quoted = resolve(oneClick(), { operation: 'quoteRefund', value: validQuote() });
        return send(withSmsChallenge(quoted), { type: 'SET_CODE', code: ` ${code} ` });
      }

      it('turns the press into a check of the code, carrying the press key for the submit', () => {
        const pressed = send(codeTyped(), { type: 'SUBMIT', idempotencyKey: 'press-1', at: AT });
        expect(requestFor(pressed)).to.deep.include({
          operation: 'verify',
          input: { challengeId: validSmsChallenge().challengeId, method: 'sms', code: '123456' },
        });
        expect(pressed.pending?.thenSubmit).to.equal('press-1');
        expect(pressed.fieldErrors).to.deep.equal([]);
      });

      it('submits on the proof with the same key, without another press', () => {
        const pressed = send(codeTyped(), { type: 'SUBMIT', idempotencyKey: 'press-1', at: AT });
        const verified = resolve(pressed, { operation: 'verify', value: { ok: true, proof: PROOF } });
        expect(requestFor(verified)?.operation).to.equal('submit');
        expect(requestFor(verified)?.input).to.deep.include({ idempotencyKey: 'press-1', proof: PROOF });
        expect(resolve(verified, { operation: 'submit', value: validReceipt() }).step).to.equal('status');
      });

      it('stops before submitting when the code is wrong, with the error on the code field', () => {
        const pressed = send(codeTyped('111111'), { type: 'SUBMIT', idempotencyKey: 'press-1', at: AT });
        const wrong = resolve(pressed, { operation: 'verify', value: { ok: false, reason: 'wrong', attemptsLeft: 3 } });
        expect(wrong.pending).to.equal(null);
        expect(wrong.fieldErrors).to.deep.equal([{ field: 'code', key: 'codeWrong' }]);
        expect(wrong.secrets.code).to.equal(' 111111 ');
      });

      it('asks for the code itself (not "verify first") when it is missing or incomplete', () => {
        expect(send(codeTyped(''), { type: 'SUBMIT', idempotencyKey: 'k', at: AT }).fieldErrors).to.deep.equal([
          { field: 'code', key: 'codeRequired' },
        ]);
        expect(send(codeTyped('123'), { type: 'SUBMIT', idempotencyKey: 'k', at: AT }).fieldErrors).to.deep.equal([
          { field: 'code', key: 'codeFormat' },
        ]);
      });

      it('ignores a second press while the code is being checked', () => {
        const pressed = send(codeTyped(), { type: 'SUBMIT', idempotencyKey: 'press-1', at: AT });
        expect(send(pressed, { type: 'SUBMIT', idempotencyKey: 'press-2', at: AT })).to.equal(pressed);
      });

      it('drops the submit when the subscriber switches method while the code is checked', () => {
        const quoted = resolve(oneClick(['sms', 'security-questions']), { operation: 'quoteRefund', value: validQuote() });
        const typed = send(withSmsChallenge(send(quoted, { type: 'CHOOSE_METHOD', method: 'sms' })), { type: 'SET_CODE', code: '123456' });
        const pressed = send(typed, { type: 'SUBMIT', idempotencyKey: 'press-1', at: AT });
        expect(send(pressed, { type: 'CHOOSE_METHOD', method: 'security-questions' }).pending).to.equal(null);
      });

      it('keeps the guided check page as it was: no proof, no submit', () => {
        const verify = withSmsChallenge(atVerify());
        expect(send(verify, { type: 'SET_CODE', code: '123456' }, { type: 'SUBMIT', idempotencyKey: 'k', at: AT }).pending).to.equal(null);
      });
    });

    it('still asks for a comment when the optional reason needs one', () => {
      const quoted = resolve(oneClick([]), { operation: 'quoteRefund', value: validQuote() });
      const state = send(
        quoted,
        { type: 'SET_REASON', reasonId: 'other', selected: true },
        { type: 'SUBMIT', idempotencyKey: 'k', at: AT },
      );
      expect(state.fieldErrors).to.deep.equal([{ field: 'comment', key: 'commentRequired' }]);
      const withComment = send(state, { type: 'SET_COMMENT', comment: '不需要了' }, { type: 'SUBMIT', idempotencyKey: 'k', at: AT });
      expect(requestFor(withComment)?.input).to.deep.include({ reasonIds: ['other'], comment: '不需要了' });
    });
  });
});
