import { expect } from '@open-wc/testing';
import { createMockAdapter } from '../../../src/adapters/mock/index.js';
import { challengeSchema, verifyResultSchema, type VerifyInput, type VerifyResult } from '../../../src/contract/index.js';
import { expectUnsubscribeError, expectValid, fakeClock } from './mock-fixtures.js';

async function checked(adapter: ReturnType<typeof createMockAdapter>, input: VerifyInput) {
  const result = await adapter.verify(input);
  expectValid(verifyResultSchema, result);
  return result;
}

describe('mock adapter: SMS verification', () => {
  it('sends the configured code to the fake phone and accepts it', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now, smsCode: '2468' });
    expect(adapter.lastSmsCode()).to.equal(undefined);

    const challenge = await adapter.startVerification({ method: 'sms' });
    expectValid(challengeSchema, challenge);
    expect(challenge).to.deep.equal({
      challengeId: 'CH-1',
      method: 'sms',
      maskedPhone: '138****8000',
      codeLength: 4,
      resendAfterSeconds: 60,
      expiresInSeconds: 300,
    });
    expect(adapter.lastSmsCode()).to.equal('2468');

    const result = await checked(adapter, { challengeId: 'CH-1', method: 'sms', code: ' 2468 ' });
    expect(result.ok).to.equal(true);
  });

  it('counts wrong codes down, locks after maxAttempts, and unlocks after lockoutSeconds', async () => {
    const clock = fakeClock();
    const adapter = createMockAdapter({ now: clock.now, maxAttempts: 3, lockoutSeconds: 600 });
    const { challengeId } = await adapter.startVerification({ method: 'sms' });

    expect(await checked(adapter, { challengeId, method: 'sms', code: '000000' })).to.deep.equal({
      ok: false,
      reason: 'wrong',
      attemptsLeft: 2,
    });
    expect(await checked(adapter, { challengeId, method: 'sms', code: '000000' })).to.deep.equal({
      ok: false,
      reason: 'wrong',
      attemptsLeft: 1,
    });
    expect(await checked(adapter, { challengeId, method: 'sms', code: '000000' })).to.deep.equal({
      ok: false,
      reason: 'locked',
      retryAfterSeconds: 600,
    });

    clock.advanceSeconds(100);
    // Even the right code does not get through while locked, and the remaining time is reported.
    expect(await checked(adapter, { challengeId, method: 'sms', code: '123456' })).to.deep.equal({
      ok: false,
      reason: 'locked',
      retryAfterSeconds: 500,
    });
    const error = await expectUnsubscribeError(adapter.startVerification({ method: 'security-questions' }), 'rate-limited');
    expect(error.retryAfterSeconds).to.equal(500);
    expect(error.retryable).to.equal(true);

    clock.advanceSeconds(500);
    // The locked challenge is spent; a new one starts with fresh attempts.
    expect(await checked(adapter, { challengeId, method: 'sms', code: '123456' })).to.deep.equal({ ok: false, reason: 'expired' });
    const fresh = await adapter.startVerification({ method: 'sms' });
    expect(await checked(adapter, { challengeId: fresh.challengeId, method: 'sms', code: '000000' })).to.include({ attemptsLeft: 2 });
    // A new SMS carries a new code.
    expect(adapter.lastSmsCode()).to.equal('234567');
    expect(await checked(adapter, { challengeId: fresh.challengeId, method: 'sms', code: '123456' })).to.include({ attemptsLeft: 1 });
    expect(await checked(adapter, { challengeId: fresh.challengeId, method: 'sms', code: '234567' })).to.include({ ok: true });
  });

  it('uses five attempts and a fifteen-minute lock-out by default', async () => {
    const clock = fakeClock();
    const adapter = createMockAdapter({ now: clock.now });
    const { challengeId } = await adapter.startVerification({ method: 'sms' });
    const results = [];
    for (let i = 0; i < 5; i += 1) results.push(await checked(adapter, { challengeId, method: 'sms', code: '999999' }));
    expect(results.map((r) => (r.ok ? 'ok' : (r.attemptsLeft ?? r.reason)))).to.deep.equal([4, 3, 2, 1, 'locked']);
    expect(results[4]).to.include({ retryAfterSeconds: 900 });
    clock.advanceSeconds(899);
    await expectUnsubscribeError(adapter.startVerification({ method: 'sms' }), 'rate-limited');
    clock.advanceSeconds(1);
    expectValid(challengeSchema, await adapter.startVerification({ method: 'sms' }));
  });

  it('refuses a new SMS before resendAfterSeconds, then sends one that replaces the old code', async () => {
    const clock = fakeClock();
    const adapter = createMockAdapter({ now: clock.now, resendAfterSeconds: 60 });
    const first = await adapter.startVerification({ method: 'sms' });

    clock.advanceSeconds(20.5);
    const error = await expectUnsubscribeError(adapter.startVerification({ method: 'sms' }), 'rate-limited');
    expect(error.retryAfterSeconds).to.equal(40);

    clock.advanceSeconds(39.5);
    const second = await adapter.startVerification({ method: 'sms' });
    expect(second.challengeId).to.not.equal(first.challengeId);
    expect(await checked(adapter, { challengeId: first.challengeId, method: 'sms', code: '123456' })).to.deep.equal({
      ok: false,
      reason: 'expired',
    });
    expect(await checked(adapter, { challengeId: second.challengeId, method: 'sms', code: '123456' })).to.include({ reason: 'wrong' });
    expect(await checked(adapter, { challengeId: second.challengeId, method: 'sms', code: '234567' })).to.include({ ok: true });
  });

  it('sends a new code with every SMS, each digit one more than the last', async () => {
    const clock = fakeClock();
    const adapter = createMockAdapter({ now: clock.now, resendAfterSeconds: 0, smsCode: '190283' });
    const codes = [];
    for (let i = 0; i < 3; i += 1) {
      await adapter.startVerification({ method: 'sms' });
      codes.push(adapter.lastSmsCode());
    }
    expect(codes).to.deep.equal(['190283', '201394', '312405']);
  });

  it('counts wrong answers per account across challenges and methods: a new challenge gives no attempts back', async () => {
    const clock = fakeClock();
    const adapter = createMockAdapter({ now: clock.now, resendAfterSeconds: 0 });
    const left = [];
    for (let round = 0; round < 5; round += 1) {
      const method = round % 2 === 0 ? ('security-questions' as const) : ('sms' as const);
      const challenge = await adapter.startVerification({ method });
      const input: VerifyInput =
        method === 'sms'
          ? { challengeId: challenge.challengeId, method, code: '000000' }
          : { challengeId: challenge.challengeId, method, answers: [{ questionId: 'q-first-city', answer: '北京' }] };
      const result = await checked(adapter, input);
      left.push(result.ok ? 'ok' : (result.attemptsLeft ?? result.reason));
    }
    expect(left).to.deep.equal([4, 3, 2, 1, 'locked']);
    await expectUnsubscribeError(adapter.startVerification({ method: 'security-questions' }), 'rate-limited');
  });

  it('caps wrong answers at maxWrongPerDay, locking until the oldest of them is a day old', async () => {
    const clock = fakeClock();
    const adapter = createMockAdapter({ now: clock.now, maxAttempts: 3, lockoutSeconds: 60, maxWrongPerDay: 6, maxChallengesPerHour: 100 });
    const answer = async (): Promise<VerifyResult> => {
      const { challengeId } = await adapter.startVerification({ method: 'security-questions' });
      return checked(adapter, { challengeId, method: 'security-questions', answers: [{ questionId: 'q-pet-name', answer: 'x' }] });
    };
    for (let i = 0; i < 2; i += 1) await answer();
    expect(await answer()).to.deep.include({ reason: 'locked', retryAfterSeconds: 60 });
    clock.advanceSeconds(60);
    // The lock-out started the count again, but the day still remembers three.
    expect(await answer()).to.include({ attemptsLeft: 2 });
    expect(await answer()).to.include({ attemptsLeft: 1 });
    const capped = await answer();
    expect(capped).to.include({ reason: 'locked' });
    // Locked until the first of the six wrong answers is 24 hours old (it was given 60 s ago).
    expect(capped.ok ? 0 : capped.retryAfterSeconds).to.equal(24 * 3600 - 60);
  });

  it('limits SMS to maxSmsPerDay and security-question challenges to maxChallengesPerHour', async () => {
    const clock = fakeClock();
    const adapter = createMockAdapter({ now: clock.now, resendAfterSeconds: 0, maxSmsPerDay: 2, maxChallengesPerHour: 2 });
    await adapter.startVerification({ method: 'sms' });
    await adapter.startVerification({ method: 'sms' });
    const sms = await expectUnsubscribeError(adapter.startVerification({ method: 'sms' }), 'rate-limited');
    expect(sms.retryAfterSeconds).to.equal(24 * 3600);
    await adapter.startVerification({ method: 'security-questions' });
    clock.advanceSeconds(600);
    await adapter.startVerification({ method: 'security-questions' });
    const questions = await expectUnsubscribeError(adapter.startVerification({ method: 'security-questions' }), 'rate-limited');
    expect(questions.retryAfterSeconds).to.equal(3000);
  });

  it('lets a code expire after codeExpiresInSeconds, without counting it as a wrong attempt', async () => {
    const clock = fakeClock();
    const adapter = createMockAdapter({ now: clock.now, codeExpiresInSeconds: 120 });
    const early = await adapter.startVerification({ method: 'sms' });
    clock.advanceSeconds(119);
    expect(await checked(adapter, { challengeId: early.challengeId, method: 'sms', code: '000000' })).to.include({ attemptsLeft: 4 });
    clock.advanceSeconds(1);
    expect(await checked(adapter, { challengeId: early.challengeId, method: 'sms', code: '123456' })).to.deep.equal({
      ok: false,
      reason: 'expired',
    });
    expect(await checked(adapter, { challengeId: early.challengeId, method: 'sms', code: '000000' })).to.deep.equal({
      ok: false,
      reason: 'expired',
    });
  });

  it('answers a retried verify of a passed challenge with the same proof', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now });
    const { challengeId } = await adapter.startVerification({ method: 'sms' });
    const first = await checked(adapter, { challengeId, method: 'sms', code: '123456' });
    const again = await checked(adapter, { challengeId, method: 'sms', code: '123456' });
    expect(again).to.deep.equal(first);
  });

  it('rejects an unknown challenge as not-found, a mismatched method, a missing code and a method not offered as invalid-input', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now, verificationMethods: ['sms', 'security-questions'] });
    await expectUnsubscribeError(adapter.verify({ challengeId: 'CH-404', method: 'sms', code: '123456' }), 'not-found');
    const { challengeId } = await adapter.startVerification({ method: 'sms' });
    await expectUnsubscribeError(adapter.verify({ challengeId, method: 'face' }), 'invalid-input');
    await expectUnsubscribeError(adapter.verify({ challengeId, method: 'sms' }), 'invalid-input');
    await expectUnsubscribeError(adapter.startVerification({ method: 'face' }), 'invalid-input');
  });
});

describe('mock adapter: face verification', () => {
  it('gives a hand-off link and answers pending for the first checks, then approves by itself', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now });
    const challenge = await adapter.startVerification({ method: 'face' });
    expectValid(challengeSchema, challenge);
    expect(challenge).to.deep.equal({
      challengeId: 'CH-1',
      method: 'face',
      handoffUrl: 'https://example.com/face/CH-1',
      pollAfterSeconds: 2,
    });

    const input: VerifyInput = { challengeId: challenge.challengeId, method: 'face' };
    expect(await checked(adapter, input)).to.deep.equal({ ok: false, reason: 'pending' });
    expect(await checked(adapter, input)).to.deep.equal({ ok: false, reason: 'pending' });
    expect(await checked(adapter, input)).to.include({ ok: true });
  });

  it('with faceApproveAfterChecks Infinity waits for approveFace()', async () => {
    const adapter = createMockAdapter({
      now: fakeClock().now,
      faceApproveAfterChecks: Infinity,
      faceHandoffBaseUrl: 'https://portal.example.cn/face?c=',
      facePollAfterSeconds: 3,
    });
    const challenge = await adapter.startVerification({ method: 'face' });
    expect(challenge).to.include({ handoffUrl: 'https://portal.example.cn/face?c=CH-1', pollAfterSeconds: 3 });

    const input: VerifyInput = { challengeId: challenge.challengeId, method: 'face' };
    for (let i = 0; i < 10; i += 1) expect(await checked(adapter, input)).to.deep.equal({ ok: false, reason: 'pending' });
    adapter.approveFace(challenge.challengeId);
    expect(await checked(adapter, input)).to.include({ ok: true });
  });

  it('approves at the first check with faceApproveAfterChecks 0', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now, faceApproveAfterChecks: 0 });
    const { challengeId } = await adapter.startVerification({ method: 'face' });
    expect(await checked(adapter, { challengeId, method: 'face' })).to.include({ ok: true });
  });

  it('refuses approveFace for an id that is not a face challenge', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now });
    const { challengeId } = await adapter.startVerification({ method: 'sms' });
    expect(() => adapter.approveFace(challengeId)).to.throw(/not a face challenge/);
    expect(() => adapter.approveFace('CH-404')).to.throw(/not a face challenge/);
  });
});

describe('mock adapter: security questions', () => {
  it('asks the default questions in Chinese without revealing the answers', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now });
    const challenge = await adapter.startVerification({ method: 'security-questions' });
    expectValid(challengeSchema, challenge);
    if (challenge.method !== 'security-questions') throw new Error('expected security questions');
    expect(challenge.questions.map((q) => q.id)).to.deep.equal(['q-first-city', 'q-pet-name']);
    expect(challenge.questions[0]?.prompt).to.match(/城市/);
    expect(JSON.stringify(challenge)).to.not.match(/杭州|doudou/i);
  });

  it('accepts the right answers trimmed and in any case', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now });
    const { challengeId } = await adapter.startVerification({ method: 'security-questions' });
    const result = await checked(adapter, {
      challengeId,
      method: 'security-questions',
      answers: [
        { questionId: 'q-first-city', answer: ' 杭州 ' },
        { questionId: 'q-pet-name', answer: 'DOUDOU' },
      ],
    });
    expect(result.ok).to.equal(true);
  });

  it('counts a wrong or missing answer as a wrong attempt', async () => {
    const adapter = createMockAdapter({
      now: fakeClock().now,
      securityQuestions: [{ id: 'color', prompt: '您最喜欢的颜色？', answer: 'Blue' }],
      maxAttempts: 2,
    });
    const { challengeId } = await adapter.startVerification({ method: 'security-questions' });
    expect(
      await checked(adapter, { challengeId, method: 'security-questions', answers: [{ questionId: 'color', answer: 'red' }] }),
    ).to.deep.equal({
      ok: false,
      reason: 'wrong',
      attemptsLeft: 1,
    });
    expect(await checked(adapter, { challengeId, method: 'security-questions', answers: [] })).to.include({ reason: 'locked' });
    await expectUnsubscribeError(adapter.verify({ challengeId, method: 'security-questions' }), 'invalid-input');
  });
});
