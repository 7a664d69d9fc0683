/**
 * Identity verification as the mock back end runs it: challenges, the fake phone, attempts and
 * lock-out.
 *
 * Rules (a careful real back end's, so the widget meets every case; the counting itself is in
 * `verification-rules.ts`, shared with the reference back end):
 * - wrong codes or answers are counted per account, across challenges and methods; the
 *   `maxAttempts`-th within the window (or the `maxWrongPerDay`-th in a day) locks all
 *   verification and spends every open challenge, so after the lock-out the subscriber starts a
 *   new one;
 * - every SMS carries a new code (`mockSmsCode`), and supersedes the previous one, whose code then
 *   answers `expired`; sends and new challenges are rate-limited;
 * - a challenge that already succeeded answers with the same proof again, so a retried `verify`
 *   whose answer was lost on the wire still gets through.
 */
import { UnsubscribeError, type Challenge, type VerificationMethod, type VerifyInput, type VerifyResult } from '../../contract/index.js';
import type { ResolvedMockOptions } from './mock-options.js';
import { secondsUntil } from './mock-time.js';
import {
  answerBeforeChecking,
  isLocked,
  judgeWrong,
  recentEvents,
  refuseStart,
  sameAnswer,
  type AccountGuard,
  type VerificationEvent,
} from './verification-rules.js';

interface ChallengeRecord {
  readonly id: string;
  readonly method: VerificationMethod;
  /** SMS only: the code this challenge's message carried, and when it stops working. */
  readonly code: string | undefined;
  readonly expiresAt: number | undefined;
  faceChecks: number;
  faceApproved: boolean;
  /** Superseded by a newer SMS, or burnt by a lock-out. */
  spent: boolean;
  proof: string | undefined;
}

export interface VerificationDesk {
  start(method: VerificationMethod, now: number): Challenge;
  verify(input: VerifyInput, now: number): VerifyResult;
  approveFace(challengeId: string): void;
  lastSmsCode(): string | undefined;
  /** Whether `proof` came from a successful verification. */
  isValidProof(proof: string): boolean;
}

/**
 * The code of the `send`-th SMS (1 for the first): `first` itself, then every digit one more
 * (mod 10) at each send, so each code differs from the one before and a test can still know it.
 */
export function mockSmsCode(first: string, send: number): string {
  return first.replace(/\d/g, (digit) => String((Number(digit) + send - 1) % 10));
}

export function createVerificationDesk(options: ResolvedMockOptions, maskedPhone: () => string): VerificationDesk {
  let counter = 0;
  let smsSent = 0;
  const challenges = new Map<string, ChallengeRecord>();
  const proofs = new Set<string>();
  let lockedUntil = 0;
  let events: VerificationEvent[] = [];
  let lastSmsCode: string | undefined;

  const guard = (): AccountGuard => ({ lockedUntil, events });
  const record = (kind: VerificationEvent['kind'], at: number): void => {
    events = [...recentEvents(events, at), { kind, at }];
  };

  function open(method: VerificationMethod, code?: string, expiresAt?: number): ChallengeRecord {
    const created: ChallengeRecord = {
      id: `CH-${++counter}`,
      method,
      code,
      expiresAt,
      faceChecks: 0,
      faceApproved: false,
      spent: false,
      proof: undefined,
    };
    challenges.set(created.id, created);
    return created;
  }

  function succeed(challenge: ChallengeRecord): VerifyResult {
    challenge.proof ??= `PF-${challenge.id}`;
    proofs.add(challenge.proof);
    return { ok: true, proof: challenge.proof };
  }

  function wrong(now: number): VerifyResult {
    const judged = judgeWrong(guard(), now, options);
    record('wrong', now);
    if (judged.lockedUntil !== undefined) {
      lockedUntil = judged.lockedUntil;
      for (const other of challenges.values()) if (other.proof === undefined) other.spent = true;
    }
    return judged.result;
  }

  function checkSms(challenge: ChallengeRecord, input: VerifyInput, now: number): VerifyResult {
    const proven = challenge.proof !== undefined;
    if (!proven && challenge.expiresAt !== undefined && now >= challenge.expiresAt) return { ok: false, reason: 'expired' };
    return input.code?.trim() === challenge.code ? succeed(challenge) : wrong(now);
  }

  function checkFace(challenge: ChallengeRecord): VerifyResult {
    if (challenge.faceApproved || challenge.faceChecks >= options.faceApproveAfterChecks) return succeed(challenge);
    challenge.faceChecks += 1;
    return { ok: false, reason: 'pending' };
  }

  function checkAnswers(challenge: ChallengeRecord, input: VerifyInput, now: number): VerifyResult {
    const given = new Map((input.answers ?? []).map((a) => [a.questionId, a.answer]));
    const allRight = options.securityQuestions.every((q) => sameAnswer(given.get(q.id) ?? '', q.answer));
    return allRight ? succeed(challenge) : wrong(now);
  }

  return {
    start(method, now) {
      if (isLocked(guard(), now)) {
        const retryAfterSeconds = secondsUntil(lockedUntil, now);
        throw new UnsubscribeError('rate-limited', `mock startVerification: locked for ${retryAfterSeconds} s`, { retryAfterSeconds });
      }
      if (!options.verificationMethods.includes(method)) {
        throw new UnsubscribeError('invalid-input', `mock startVerification: method ${method} is not offered`);
      }
      const refused = refuseStart(guard(), method, now, options);
      if (refused) throw refused;
      record(method, now);
      switch (method) {
        case 'sms': {
          for (const other of challenges.values()) if (other.method === 'sms') other.spent = true;
          lastSmsCode = mockSmsCode(options.smsCode, ++smsSent);
          const challenge = open('sms', lastSmsCode, now + options.codeExpiresInSeconds * 1000);
          return {
            challengeId: challenge.id,
            method: 'sms',
            maskedPhone: maskedPhone(),
            codeLength: options.smsCode.length,
            resendAfterSeconds: options.resendAfterSeconds,
            expiresInSeconds: options.codeExpiresInSeconds,
          };
        }
        case 'face': {
          const challenge = open('face');
          return {
            challengeId: challenge.id,
            method: 'face',
            handoffUrl: options.faceHandoffBaseUrl + challenge.id,
            pollAfterSeconds: options.facePollAfterSeconds,
          };
        }
        case 'security-questions': {
          const challenge = open('security-questions');
          return {
            challengeId: challenge.id,
            method: 'security-questions',
            questions: options.securityQuestions.map(({ id, prompt }) => ({ id, prompt })),
          };
        }
      }
    },

    verify(input, now) {
      const challenge = challenges.get(input.challengeId);
      const early = answerBeforeChecking(challenge && { ...challenge }, input, guard(), now);
      if (early !== undefined || challenge === undefined) return early as VerifyResult;
      switch (challenge.method) {
        case 'sms':
          return checkSms(challenge, input, now);
        case 'face':
          return checkFace(challenge);
        case 'security-questions':
          return checkAnswers(challenge, input, now);
      }
    },

    approveFace(challengeId) {
      const challenge = challenges.get(challengeId);
      if (challenge?.method !== 'face') throw new Error(`mock approveFace: ${challengeId} is not a face challenge`);
      challenge.faceApproved = true;
    },

    lastSmsCode: () => lastSmsCode,

    isValidProof: (proof) => proofs.has(proof),
  };
}
