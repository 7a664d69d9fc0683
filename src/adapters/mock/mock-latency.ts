/** The simulated network delay of one call, abortable like a real request. */

function abortError(): DOMException {
  return new DOMException('Aborted', 'AbortError');
}

/**
 * Resolves after `ms`, or rejects with an `AbortError` as soon as `signal` aborts (also when it
 * already has). The timer and the abort listener are removed either way, so an aborted call leaves
 * nothing scheduled behind it. With `ms` 0 no timer is used at all: the call answers on the next
 * microtask, which keeps tests on a fake clock free of real timers.
 */
export function simulateLatency(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortError());
  if (ms <= 0) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
