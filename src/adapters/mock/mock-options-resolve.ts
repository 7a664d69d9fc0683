/**
 * The mock adapter's defaults, filled in by the engine (`mock-adapter.ts`) when it loads. They
 * live in the engine chunk with the default content they name (`mock-data.ts`), so a page that
 * never creates a mock adapter never downloads them.
 */
import { CN_CALENDAR } from '../../refund/index.js';
import { DEFAULT_REJECTION_REASON, DEFAULT_SECURITY_QUESTIONS } from './mock-data.js';
import type { CheckedMockOptions } from './mock-options-check.js';
import type { ResolvedMockOptions } from './mock-options.js';

/**
 * Every knob, its default filled in where the caller gave none (`undefined` or `null`).
 * `options` have passed `checkMockOptions`, which already filled in the clock and the status timing.
 */
export function resolveMockOptions(options: CheckedMockOptions): ResolvedMockOptions {
  const timeline = options.statusTimeline;
  return {
    now: options.now,
    latencyMs: options.latencyMs ?? 0,
    context: options.context ?? {},
    verificationMethods: options.verificationMethods ?? ['sms', 'face', 'security-questions'],
    smsCode: options.smsCode ?? '123456',
    resendAfterSeconds: options.resendAfterSeconds ?? 60,
    codeExpiresInSeconds: options.codeExpiresInSeconds ?? 300,
    securityQuestions: options.securityQuestions ?? DEFAULT_SECURITY_QUESTIONS.map((q) => ({ ...q })),
    maxAttempts: options.maxAttempts ?? 5,
    attemptWindowSeconds: options.attemptWindowSeconds ?? 3600,
    lockoutSeconds: options.lockoutSeconds ?? 900,
    maxWrongPerDay: options.maxWrongPerDay ?? 20,
    maxSmsPerDay: options.maxSmsPerDay ?? 10,
    maxChallengesPerHour: options.maxChallengesPerHour ?? 10,
    faceHandoffBaseUrl: options.faceHandoffBaseUrl ?? 'https://example.com/face/',
    facePollAfterSeconds: options.facePollAfterSeconds ?? 2,
    faceApproveAfterChecks: options.faceApproveAfterChecks ?? 2,
    failures: options.failures ?? {},
    pendingRequestId: options.pendingRequestId ?? options.context?.pendingRequest?.requestId,
    statusTimeline: {
      processingAfterMs: timeline.processingAfterMs,
      doneAfterMs: timeline.doneAfterMs,
      outcome: timeline.outcome ?? 'completed',
      rejectionReason: timeline.rejectionReason ?? DEFAULT_REJECTION_REASON,
    },
    calendar: options.calendar ?? CN_CALENDAR,
    arrivalWorkingDays: options.arrivalWorkingDays ?? { min: 7, max: 15 },
    offers: options.offers ?? [],
    otherSubscriptions: options.otherSubscriptions ?? [],
  };
}
