/**
 * The widget's deadline on an adapter call, whatever adapter the operator wrote: past
 * `deadlineMs` the call's signal aborts (with a `TimeoutError`) and the call fails with `timeout`
 * at once, without waiting for an adapter that ignores its signal. The flow controller and the
 * controllers beside the flow make every call through this.
 */
import { UnsubscribeError } from '../contract/errors.js';
import { abortReason, abortWith, anySignal, timeoutError } from '../platform/abort.js';

/**
 * Runs `work` with a signal that aborts when `abandon` does (the widget no longer needs the
 * answer) or when the deadline passes. Settles with what `work` settles with; rejects with a
 * `timeout` `UnsubscribeError` (retryable) at the deadline, and with `abandon`'s reason as soon as
 * it aborts. Either way nothing of it (timer, listener) outlives the call, even when the adapter
 * never settles.
 */
export function callWithin<T>(
  deadlineMs: number,
  abandon: AbortSignal,
  operation: string,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const deadline = new AbortController();
  const linked = anySignal([abandon, deadline.signal]);
  return new Promise<T>((resolve, reject) => {
    const settle = (): void => {
      clearTimeout(timer);
      linked.dispose();
      linked.signal.removeEventListener('abort', onAbandon);
    };
    const onAbandon = (): void => {
      if (!abandon.aborted) return;
      settle();
      reject(abortReason(abandon));
    };
    const timer = setTimeout(() => {
      abortWith(deadline, timeoutError(`${operation}: no answer within ${deadlineMs} ms`));
      settle();
      reject(new UnsubscribeError('timeout', `${operation}: no answer within ${deadlineMs / 1000} s (options.callTimeoutSeconds)`));
    }, deadlineMs);
    linked.signal.addEventListener('abort', onAbandon, { once: true });
    if (abandon.aborted) return onAbandon();
    let running: Promise<T>;
    try {
      running = Promise.resolve(work(linked.signal));
    } catch (thrown) {
      running = Promise.reject(thrown);
    }
    // Once the call has settled these do nothing; the handler is there all the same, so a late
    // rejection is never an unhandled one.
    running.then(
      (value) => {
        settle();
        resolve(value);
      },
      (thrown: unknown) => {
        settle();
        reject(thrown);
      },
    );
  });
}
