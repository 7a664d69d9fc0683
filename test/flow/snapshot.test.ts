import { expect } from '@open-wc/testing';
import {
  PERSISTED_ANSWER_FIELDS,
  PERSISTED_FIELDS,
  PERSISTED_VERIFICATION_FIELDS,
  parseSnapshot,
  toSnapshot,
} from '../../src/flow/snapshot.js';
import { requestFor } from '../../src/flow/requests.js';
import type { FlowState } from '../../src/flow/types.js';
import {
  PROOF,
  validContext,
  validFaceChallenge,
  validQuestionsChallenge,
  validQuote,
  validReceipt,
  validSmsChallenge,
} from '../contract/fixtures.js';
import { AT, later, resolve, send, started } from './helpers.js';

const SECRET_CODE = '918273';
const SECRET_ANSWER = '我的秘密答案';

/** A run at confirm with a proof, an SMS code and security answers typed: every kind of secret. */
function atConfirmWithSecrets(): FlowState {
  let state = send(
    started({ context: validContext({ verificationMethods: ['sms', 'security-questions'] }) }),
    { type: 'SET_ACK', which: 'backup', value: true },
    { type: 'SET_ACK', which: 'terms', value: true },
    { type: 'CONTINUE' },
    { type: 'SET_REASON', reasonId: 'other', selected: true },
    { type: 'SET_COMMENT', comment: '出差结束，不再需要' },
    { type: 'CONTINUE' },
    { type: 'CHOOSE_METHOD', method: 'security-questions' },
    { type: 'REQUEST_CHALLENGE', at: AT },
  );
  state = resolve(state, { operation: 'startVerification', value: validQuestionsChallenge() });
  state = send(state, { type: 'SET_ANSWER', questionId: 'q-birth-city', answer: SECRET_ANSWER }, { type: 'SET_CODE', code: SECRET_CODE });
  state = send(state, { type: 'SET_ANSWER', questionId: 'q-first-school', answer: SECRET_ANSWER }, { type: 'CHECK', at: AT });
  state = resolve(state, { operation: 'verify', value: { ok: true, proof: PROOF } });
  return resolve(state, { operation: 'quoteRefund', value: validQuote() });
}

function reload(state: FlowState): FlowState {
  const stored = JSON.stringify(toSnapshot(state));
  return started({ snapshot: parseSnapshot(stored), context: state.context ?? validContext(), config: state.config });
}

describe('resume snapshot', () => {
  it('holds exactly the listed fields', () => {
    const snapshot = toSnapshot(atConfirmWithSecrets());
    expect(Object.keys(snapshot).sort()).to.deep.equal([...PERSISTED_FIELDS].sort());
    expect(Object.keys(snapshot.answers).sort()).to.deep.equal([...PERSISTED_ANSWER_FIELDS].sort());
    expect(Object.keys(snapshot.verification).sort()).to.deep.equal([...PERSISTED_VERIFICATION_FIELDS].sort());
  });

  it('never holds the proof, the code or the answers', () => {
    const state = atConfirmWithSecrets();
    expect(state.secrets.proof).to.equal(PROOF);
    const stored = JSON.stringify(toSnapshot(state));
    for (const secret of [PROOF, SECRET_CODE, SECRET_ANSWER]) expect(stored).to.not.include(secret);
    expect(stored).to.not.include('secrets');
  });

  it('restores every answer after a reload', () => {
    const before = atConfirmWithSecrets();
    const after = reload(before);
    expect(after.answers).to.deep.equal(before.answers);
    expect(after.secrets).to.deep.equal({ code: '', answers: {}, proof: null });
  });

  it('sends a reload at confirm back to verify, because the proof was not kept', () => {
    expect(reload(atConfirmWithSecrets()).step).to.equal('verify');
  });

  it('resumes on the step where the subscriber was', () => {
    const atReason = send(
      started(),
      { type: 'SET_ACK', which: 'backup', value: true },
      { type: 'SET_ACK', which: 'terms', value: true },
      { type: 'CONTINUE' },
    );
    expect(reload(atReason).step).to.equal('reason');
    const atVerify = send(atReason, { type: 'SET_REASON', reasonId: 'price', selected: true }, { type: 'CONTINUE' });
    expect(reload(atVerify).step).to.equal('verify');
  });

  it('resumes at confirm, asking for a fresh quote, when no verification is needed', () => {
    const context = validContext({ verificationMethods: [] });
    const confirm = send(
      started({ context }),
      { type: 'SET_ACK', which: 'backup', value: true },
      { type: 'SET_ACK', which: 'terms', value: true },
      { type: 'CONTINUE' },
      { type: 'SET_REASON', reasonId: 'price', selected: true },
      { type: 'CONTINUE' },
    );
    const after = reload(confirm);
    expect(after.step).to.equal('confirm');
    expect(requestFor(after)?.operation).to.equal('quoteRefund');
  });

  it('opens on status after a reload once a receipt exists, with the same idempotency key kept', () => {
    const submitting = send(atConfirmWithSecrets(), { type: 'SUBMIT', idempotencyKey: 'key-1', at: AT });
    const submitted = resolve(submitting, { operation: 'submit', value: validReceipt() });
    const after = reload(submitted);
    expect(after.step).to.equal('status');
    expect(after.receipt).to.deep.equal(validReceipt());
    expect(after.idempotencyKey).to.equal('key-1');
  });

  it('keeps the idempotency key of a submit whose answer was lost, so a retry cannot create a second request', () => {
    const submitting = send(atConfirmWithSecrets(), { type: 'SUBMIT', idempotencyKey: 'key-1', at: AT });
    expect(toSnapshot(submitting).idempotencyKey).to.equal('key-1');
  });

  it('clamps a stored step that skips an unmet guard', () => {
    const state = started();
    const forged = { ...toSnapshot(state), step: 'confirm' as const };
    expect(started({ snapshot: forged }).step).to.equal('prepare');
  });

  it('ignores a snapshot of another subscription or another mode', () => {
    const snapshot = toSnapshot(atConfirmWithSecrets());
    const other = validContext();
    other.subscription.id = 'ANOTHER';
    expect(started({ snapshot, context: other }).step).to.equal('prepare');
    expect(started({ snapshot, config: { mode: 'one-click' } }).answers.reasonIds).to.deep.equal([]);
  });

  it('drops stored reasons the back end no longer offers', () => {
    const snapshot = { ...toSnapshot(started()), answers: { ...toSnapshot(started()).answers, reasonIds: ['price', 'gone'] } };
    expect(started({ snapshot }).answers.reasonIds).to.deep.equal(['price']);
  });

  for (const [name, raw] of [
    ['missing', null],
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ version: 3 })],
    ['a wrong shape', JSON.stringify({ version: 1, mode: 'guided', step: 'nowhere' })],
  ] as const) {
    it(`treats a stored value that is ${name} as no snapshot`, () => {
      expect(parseSnapshot(raw)).to.equal(null);
    });
  }

  it('survives a challenge of another method in the snapshot answers', () => {
    const state = resolve(send(started(), { type: 'CHOOSE_METHOD', method: 'sms' }, { type: 'REQUEST_CHALLENGE', at: AT }), {
      operation: 'startVerification',
      value: validSmsChallenge(),
    });
    const after = started({ snapshot: toSnapshot(state), context: validContext({ verificationMethods: ['security-questions'] }) });
    expect(after.answers.method).to.equal('security-questions');
  });
});

describe('resume snapshot: the challenge while a code is on its way', () => {
  const METHODS = ['sms', 'security-questions', 'face'] as const;

  function challenged(method: 'sms' | 'security-questions' | 'face'): FlowState {
    const value = method === 'sms' ? validSmsChallenge() : method === 'face' ? validFaceChallenge() : validQuestionsChallenge();
    const atVerify = send(
      started({ context: validContext({ verificationMethods: [...METHODS] }) }),
      { type: 'SET_ACK', which: 'backup', value: true },
      { type: 'SET_ACK', which: 'terms', value: true },
      { type: 'CONTINUE' },
      { type: 'SET_REASON', reasonId: 'price', selected: true },
      { type: 'CONTINUE' },
      { type: 'CHOOSE_METHOD', method },
      { type: 'REQUEST_CHALLENGE', at: AT },
    );
    return resolve(atVerify, { operation: 'startVerification', value }, AT);
  }

  it('keeps an SMS challenge with when it was issued, so the code box and its countdown come back', () => {
    const typed = send(challenged('sms'), { type: 'SET_CODE', code: SECRET_CODE });
    const after = reload(typed);
    expect(after.step).to.equal('verify');
    expect(after.verification.challenge).to.deep.equal(validSmsChallenge());
    expect(after.verification.issuedAt).to.equal(AT);
    expect(after.secrets.code).to.equal('');
    expect(JSON.stringify(toSnapshot(typed))).to.not.include(SECRET_CODE);
  });

  it('keeps the security questions (their prompts are shown to whoever starts a check) but never the answers', () => {
    const typed = send(challenged('security-questions'), { type: 'SET_ANSWER', questionId: 'q-birth-city', answer: SECRET_ANSWER });
    const stored = JSON.stringify(toSnapshot(typed));
    expect(stored).to.include('您的出生城市是？');
    expect(stored).to.not.include(SECRET_ANSWER);
    expect(reload(typed).verification.challenge).to.deep.equal(validQuestionsChallenge());
  });

  it('never keeps a face challenge: its hand-off link is a bearer link', () => {
    const stored = JSON.stringify(toSnapshot(challenged('face')));
    expect(stored).to.not.include(validFaceChallenge().handoffUrl);
    expect(stored).to.not.include(validFaceChallenge().challengeId);
  });

  it('drops the challenge once it is answered with a proof', () => {
    const checking = send(challenged('sms'), { type: 'SET_CODE', code: '123456' }, { type: 'CHECK', at: AT });
    const verified = resolve(checking, { operation: 'verify', value: { ok: true, proof: PROOF } });
    const stored = JSON.stringify(toSnapshot(verified));
    expect(stored).to.not.include(validSmsChallenge().challengeId);
    expect(stored).to.not.include(PROOF);
  });

  it('keeps nothing the back end added to a challenge beyond its public fields', () => {
    const extra = resolve(
      send(
        challenged('sms'),
        { type: 'CHOOSE_METHOD', method: 'security-questions' },
        { type: 'CHOOSE_METHOD', method: 'sms' },
        {
          type: 'REQUEST_CHALLENGE',
          at: later(61),
        },
      ),
      { operation: 'startVerification', value: { ...validSmsChallenge(), debugCode: SECRET_CODE } as never },
      later(61),
    );
    expect(JSON.stringify(toSnapshot(extra))).to.not.include(SECRET_CODE);
  });

  it('keeps a lock-out through a reload, for the methods the back end still allows', () => {
    const checking = send(challenged('sms'), { type: 'SET_CODE', code: '111111' }, { type: 'CHECK', at: AT });
    const locked = resolve(checking, { operation: 'verify', value: { ok: false, reason: 'locked', retryAfterSeconds: 900 } });
    const after = reload(locked);
    expect(after.verification.holds).to.deep.equal({ sms: { until: later(900), kind: 'locked' } });
    const elsewhere = started({
      snapshot: parseSnapshot(JSON.stringify(toSnapshot(locked))),
      context: validContext({ verificationMethods: ['security-questions'] }),
    });
    expect(elsewhere.verification.holds).to.deep.equal({});
  });

  it('reads a version 1 snapshot (a tab open across an upgrade) as one without a challenge', () => {
    const { verification: _dropped, ...v1 } = { ...toSnapshot(challenged('sms')), version: 1 };
    const parsed = parseSnapshot(JSON.stringify(v1));
    expect(parsed?.version).to.equal(2);
    expect(parsed?.verification).to.deep.equal({ challenge: null, issuedAt: null, attemptsLeft: null, holds: {} });
    expect(parsed?.answers.method).to.equal('sms');
  });

  it('refuses a stored challenge that does not have the shape of one', () => {
    const snapshot = toSnapshot(challenged('sms'));
    const forged = { ...snapshot, verification: { ...snapshot.verification, challenge: { method: 'sms', challengeId: 'x' } } };
    expect(parseSnapshot(JSON.stringify(forged))).to.equal(null);
  });
});
