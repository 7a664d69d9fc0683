/**
 * AbortSignal helpers for the browser floor (Chromium 87, Safari 14, Firefox 78: package.json
 * "browserslist"). `AbortSignal.any` (Chrome 116), `AbortSignal.timeout` (103),
 * `signal.throwIfAborted()` (100) and `signal.reason` (98) are newer than that, so the widget
 * uses these instead, on every browser: one code path, the one the tests run.
 */

/** A signal that aborts when any of `signals` does, and a `dispose` that stops listening to them. */
export interface LinkedSignal {
  readonly signal: AbortSignal;
  /** Removes the listeners from the source signals (call when the work the signal guards is over). */
  dispose(): void;
}

/** Why `signal` aborted: its `reason` where the browser has one, else the `AbortError` older browsers imply. */
export function abortReason(signal: AbortSignal): unknown {
  const reason: unknown = (signal as { reason?: unknown }).reason;
  return reason === undefined ? abortError() : reason;
}

/** Throws the signal's reason if it has aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortReason(signal);
}

/** An `AbortError` as `fetch` rejects with (a `DOMException` where the platform has one). */
export function abortError(message = 'The operation was aborted.'): Error {
  return domException(message, 'AbortError');
}

/** A `TimeoutError`, as `AbortSignal.timeout` aborts with. */
export function timeoutError(message = 'The operation timed out.'): Error {
  return domException(message, 'TimeoutError');
}

function domException(message: string, name: string): Error {
  if (typeof DOMException === 'function') return new DOMException(message, name) as unknown as Error;
  const error = new Error(message);
  error.name = name;
  return error;
}

/** Aborts `controller` with `reason`; browsers before Chrome 98 ignore the argument, and then `abortReason` falls back. */
export function abortWith(controller: AbortController, reason: unknown): void {
  (controller.abort as (reason?: unknown) => void)(reason);
}

/**
 * A signal that aborts as soon as any of `signals` aborts, with that signal's reason (what
 * `AbortSignal.any` does). Undefined entries are ignored.
 */
export function anySignal(signals: ReadonlyArray<AbortSignal | undefined>): LinkedSignal {
  const controller = new AbortController();
  const sources = signals.filter((s): s is AbortSignal => s !== undefined);
  const listeners: Array<[AbortSignal, () => void]> = [];
  const dispose = (): void => {
    for (const [source, listener] of listeners) source.removeEventListener('abort', listener);
    listeners.length = 0;
  };
  for (const source of sources) {
    if (source.aborted) {
      dispose();
      abortWith(controller, abortReason(source));
      break;
    }
    const listener = (): void => {
      dispose();
      abortWith(controller, abortReason(source));
    };
    source.addEventListener('abort', listener, { once: true });
    listeners.push([source, listener]);
  }
  return { signal: controller.signal, dispose };
}

/**
 * A signal that aborts with a `TimeoutError` after `ms` (what `AbortSignal.timeout` does), and a
 * `dispose` that clears the timer once the work is over.
 */
export function timeoutSignal(ms: number): LinkedSignal {
  const controller = new AbortController();
  const timer = setTimeout(() => abortWith(controller, timeoutError(`No answer within ${ms} ms.`)), ms);
  return { signal: controller.signal, dispose: () => clearTimeout(timer) };
}
