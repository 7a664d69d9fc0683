/** Failure injection: the first N calls of a method reject with a chosen error, then it behaves. */
import { UnsubscribeError, type AdapterMethod } from '../../contract/index.js';
import type { MockFailure } from './mock-options.js';

export interface FailureInjector {
  /** Throws the injected error if this call of `method` is one of the first N; counts the call. */
  check(method: AdapterMethod): void;
}

export function createFailureInjector(failures: Partial<Record<AdapterMethod, MockFailure>>): FailureInjector {
  const failed = new Map<AdapterMethod, number>();
  return {
    check(method) {
      const failure = failures[method];
      if (!failure) return;
      const count = failed.get(method) ?? 0;
      if (count >= (failure.times ?? 1)) return;
      failed.set(method, count + 1);
      const init = failure.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: failure.retryAfterSeconds };
      throw new UnsubscribeError(failure.code, `mock ${method}: injected failure ${count + 1} (${failure.code})`, init);
    },
  };
}
