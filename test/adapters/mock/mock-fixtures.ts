/** Small helpers shared by the mock adapter's tests: a clock you advance, schema and rejection checks. */
import { expect } from '@open-wc/testing';
import type * as z from 'zod/mini';
import { UnsubscribeError, formatIssuePath } from '../../../src/contract/index.js';
import type { MockAdapter } from '../../../src/adapters/mock/index.js';

/** 2026-11-24 (a Tuesday) 10:00 in Shanghai: 2026-11-23 18:00 in the runner's Los Angeles. */
export const T0 = '2026-11-24T10:00:00+08:00';

export interface FakeClock {
  now: () => Date;
  advanceMs(ms: number): void;
  advanceSeconds(seconds: number): void;
}

export function fakeClock(start: string = T0): FakeClock {
  let current = Date.parse(start);
  return {
    now: () => new Date(current),
    advanceMs(ms) {
      current += ms;
    },
    advanceSeconds(seconds) {
      current += seconds * 1000;
    },
  };
}

/** Asserts that `value` passes `schema`, naming the first bad field when it does not. */
export function expectValid(schema: z.ZodMiniType, value: unknown): void {
  const result = schema.safeParse(value);
  const issue = result.success ? undefined : result.error.issues[0];
  expect(issue, issue && `${formatIssuePath(issue.path)}: ${issue.message} in ${JSON.stringify(value)}`).to.equal(undefined);
}

/** Awaits `promise` expecting it to reject, and returns what it rejected with. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (thrown) {
    return thrown;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

/** Awaits `promise` expecting an `UnsubscribeError` with `code`, and returns it. */
export async function expectUnsubscribeError(promise: Promise<unknown>, code: UnsubscribeError['code']): Promise<UnsubscribeError> {
  const thrown = await rejectionOf(promise);
  expect(thrown).to.be.instanceOf(UnsubscribeError);
  const error = thrown as UnsubscribeError;
  expect(error.code, error.message).to.equal(code);
  return error;
}

/** Verifies by SMS with the code the fake phone received, and returns the proof. */
export async function smsProof(adapter: MockAdapter): Promise<string> {
  const challenge = await adapter.startVerification({ method: 'sms' });
  const result = await adapter.verify({ challengeId: challenge.challengeId, method: 'sms', code: adapter.lastSmsCode() ?? '' });
  if (!result.ok) throw new Error(`expected the SMS verification to pass, got ${result.reason}`);
  return result.proof;
}
