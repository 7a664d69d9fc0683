/**
 * Identity verification as the mock back end runs it: challenges, the fake phone, attempts and
 * lock-out.
 *
 * Rules (a careful real back end's, so the widget meets every case):
 * - wrong codes or answers are counted per challenge; the `maxAttempts`-th wrong one locks all
 *   verification for `lockoutSeconds` and spends every open challenge, so after the lock-out the
 *   subscriber starts a new one with fresh attempts (a lock per challenge could be escaped by
 *   asking for a new challenge);
 * - a new SMS supersedes the previous one, whose code then answers `expired`;
 * - a challenge that already succeeded answers with the same proof again, so a retried `verify`
 *   whose answer was lost on the wire still gets through.
 */
import { UnsubscribeError, type Challenge, type VerificationMethod, type VerifyInput, type VerifyResult } from '../../contract/index.js';
import type { ResolvedMockOptions } from './mock-options.js';
import { secondsUntil } from './mock-time.js';

interface ChallengeRecord {
  readonly id: string;
  readonly method: VerificationMethod;
  /** SMS only: when the code stops working. */
  readonly expiresAt: number | undefined;
  wrongAttempts: number;
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

const normalizeAnswer = (answer: string): string => answer.trim().toLowerCase();

export function createVerificationDesk(options: ResolvedMockOptions, maskedPhone: () => string): VerificationDesk {
  let counter = 0;
  const challenges = new Map<string, ChallengeRecord>();
  const proofs = new Set<string>();
  let lockedUntil = 0;
  let lastSmsSentAt: number | undefined;
  let lastSmsCode: string | undefined;

  const isLocked = (now: number): boolean => now < lockedUntil;

  function open(method: VerificationMethod, expiresAt?: number): ChallengeRecord {
    const record: ChallengeRecord = {
      id: `CH-${++counter}`,
      method,
      expiresAt,
      wrongAttempts: 0,
      faceChecks: 0,
      faceApproved: false,
      spent: false,
      proof: undefined,
    };
    challenges.set(record.id, record);
    return record;
  }

  function succeed(record: ChallengeRecord): VerifyResult {
    record.proof = `PF-${record.id}`;
    proofs.add(record.proof);
    return { ok: true, proof: record.proof };
  }

  function wrong(record: ChallengeRecord, now: number): VerifyResult {
    record.wrongAttempts += 1;
    const attemptsLeft = options.maxAttempts - record.wrongAttempts;
    if (attemptsLeft > 0) return { ok: false, reason: 'wrong', attemptsLeft };
    lockedUntil = now + options.lockoutSeconds * 1000;
    for (const other of challenges.values()) if (other.proof === undefined) other.spent = true;
    return { ok: false, reason: 'locked', retryAfterSeconds: options.lockoutSeconds };
  }

  function checkSms(record: ChallengeRecord, input: VerifyInput, now: number): VerifyResult {
    if (record.expiresAt !== undefined && now >= record.expiresAt) return { ok: false, reason: 'expired' };
    return input.code?.trim() === options.smsCode ? succeed(record) : wrong(record, now);
  }

  function checkFace(record: ChallengeRecord): VerifyResult {
    if (record.faceApproved || record.faceChecks >= options.faceApproveAfterChecks) return succeed(record);
    record.faceChecks += 1;
    return { ok: false, reason: 'pending' };
  }

  function checkAnswers(record: ChallengeRecord, input: VerifyInput, now: number): VerifyResult {
    const given = new Map((input.answers ?? []).map((a) => [a.questionId, normalizeAnswer(a.answer)]));
    const allRight = options.securityQuestions.every((q) => given.get(q.id) === normalizeAnswer(q.answer));
    return allRight ? succeed(record) : wrong(record, now);
  }

  return {
    start(method, now) {
      if (isLocked(now)) {
        const retryAfterSeconds = secondsUntil(lockedUntil, now);
        throw new UnsubscribeError('rate-limited', `mock startVerification: locked for ${retryAfterSeconds} s`, { retryAfterSeconds });
      }
      if (!options.verificationMethods.includes(method)) {
        throw new UnsubscribeError('invalid-input', `mock startVerification: method ${method} is not offered`);
      }
      switch (method) {
        case 'sms': {
          if (lastSmsSentAt !== undefined) {
            const retryAfterSeconds = secondsUntil(lastSmsSentAt + options.resendAfterSeconds * 1000, now);
            if (retryAfterSeconds > 0) {
              throw new UnsubscribeError('rate-limited', `mock startVerification: next SMS in ${retryAfterSeconds} s`, {
                retryAfterSeconds,
              });
            }
          }
          for (const other of challenges.values()) if (other.method === 'sms') other.spent = true;
          const record = open('sms', now + options.codeExpiresInSeconds * 1000);
          lastSmsSentAt = now;
          lastSmsCode = options.smsCode;
          return {
            challengeId: record.id,
            method: 'sms',
            maskedPhone: maskedPhone(),
            codeLength: options.smsCode.length,
            resendAfterSeconds: options.resendAfterSeconds,
            expiresInSeconds: options.codeExpiresInSeconds,
          };
        }
        case 'face': {
          const record = open('face');
          return {
            challengeId: record.id,
            method: 'face',
            handoffUrl: options.faceHandoffBaseUrl + record.id,
            pollAfterSeconds: options.facePollAfterSeconds,
          };
        }
        case 'security-questions': {
          const record = open('security-questions');
          return {
            challengeId: record.id,
            method: 'security-questions',
            questions: options.securityQuestions.map(({ id, prompt }) => ({ id, prompt })),
          };
        }
      }
    },

    verify(input, now) {
      const record = challenges.get(input.challengeId);
      if (!record) throw new UnsubscribeError('not-found', `mock verify: no challenge ${input.challengeId}`);
      if (record.method !== input.method) {
        throw new UnsubscribeError('invalid-input', `mock verify: challenge ${record.id} is ${record.method}, not ${input.method}`);
      }
      if (record.method === 'sms' && input.code === undefined)
        throw new UnsubscribeError('invalid-input', 'mock verify: an SMS check needs a code');
      if (record.method === 'security-questions' && input.answers === undefined) {
        throw new UnsubscribeError('invalid-input', 'mock verify: a security-questions check needs answers');
      }
      if (record.proof !== undefined) return { ok: true, proof: record.proof };
      if (isLocked(now)) return { ok: false, reason: 'locked', retryAfterSeconds: secondsUntil(lockedUntil, now) };
      if (record.spent) return { ok: false, reason: 'expired' };
      switch (record.method) {
        case 'sms':
          return checkSms(record, input, now);
        case 'face':
          return checkFace(record);
        case 'security-questions':
          return checkAnswers(record, input, now);
      }
    },

    approveFace(challengeId) {
      const record = challenges.get(challengeId);
      if (record?.method !== 'face') throw new Error(`mock approveFace: ${challengeId} is not a face challenge`);
      record.faceApproved = true;
    },

    lastSmsCode: () => lastSmsCode,

    isValidProof: (proof) => proofs.has(proof),
  };
}
