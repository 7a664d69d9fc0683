/**
 * Runs work when the page is idle: `requestIdleCallback` where the browser has it (not Safari),
 * else a short timer, so the work still happens soon after the first paint and never before it.
 * Returns a function that cancels it.
 */
export function whenIdle(work: () => void, { timeoutMs = 2000, fallbackDelayMs = 200 } = {}): () => void {
  const idle = globalThis as {
    requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
    cancelIdleCallback?: (handle: number) => void;
  };
  if (typeof idle.requestIdleCallback === 'function' && typeof idle.cancelIdleCallback === 'function') {
    const handle = idle.requestIdleCallback(work, { timeout: timeoutMs });
    return () => idle.cancelIdleCallback?.(handle);
  }
  const timer = setTimeout(work, fallbackDelayMs);
  return () => clearTimeout(timer);
}
