/**
 * An adapter wrapper that spoils exactly one call of one method, then behaves (the fault is
 * one-shot, so a retry is what makes the flow go on). Errors are built the way the HTTP adapter
 * builds them from a status (DESIGN section 4), so a cell says what a real back end's answer does.
 */
import { createHttpAdapter } from '../../src/adapters/http/index.js';
import type { AdapterMethod, CallOptions, UnsubscribeAdapter } from '../../src/contract/adapter.js';
import { UnsubscribeError } from '../../src/contract/errors.js';

export const FAULTS = [
  'abort',
  'hang',
  'deadline',
  '401',
  '404',
  '409',
  '422',
  '429',
  '500',
  '503',
  'redirect',
  'oversized',
  'malformed',
  'inconsistent',
] as const;
export type Fault = (typeof FAULTS)[number];

/** Put in every developer message, so a test can tell it never reached the screen. */
export const FAULT_MARKER = 'FAULT-INJECTED';

/** Seconds a 429 asks to wait: short, so a cell stays fast. */
export const RETRY_AFTER_SECONDS = 1;

const BY_STATUS = {
  '401': { code: 'unauthenticated' },
  '404': { code: 'not-found' },
  '409': { code: 'conflict' },
  '422': { code: 'invalid-input' },
  '429': { code: 'rate-limited', retryAfterSeconds: RETRY_AFTER_SECONDS },
  '500': { code: 'server' },
  '503': { code: 'server' },
} as const;

type Json = Record<string, unknown>;

/** The answer of the wire behind the HTTP-level faults: a redirect elsewhere, or 12 MB of body. */
function wireAnswer(fault: 'redirect' | 'oversized'): Response {
  if (fault === 'redirect') return new Response(null, { status: 307, headers: { Location: 'https://elsewhere.example/api/context' } });
  const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
  let sent = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent >= 12 * 1024 * 1024) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
}

/**
 * What the HTTP adapter makes of a redirect or an oversized answer to this call: the error it
 * rejects with (marked, so a test can tell it never reached the screen), or null when it takes the
 * answer (a 2xx of sendFeedback, whose body it never reads).
 */
async function httpFault(fault: 'redirect' | 'oversized', method: AdapterMethod, input: unknown): Promise<UnsubscribeError | null> {
  const http = createHttpAdapter({ baseUrl: 'https://cloudpc.example.cn/api', fetch: async () => wireAnswer(fault), retries: 0 });
  try {
    await (http[method] as (input: unknown) => Promise<unknown>)(input);
    return null;
  } catch (thrown) {
    const error = thrown as UnsubscribeError;
    return new UnsubscribeError(error.code, `${FAULT_MARKER}: ${error.message}`, { retryable: error.retryable });
  }
}

/**
 * Schema-valid-looking answers that contradict themselves or the question. Some of these the
 * contract's schemas catch (a period that ends before it starts, refund > paid), some only a
 * cross-check could (a status for another request): the table shows which.
 */
const INCONSISTENT: Record<AdapterMethod, (real: Json) => unknown> = {
  loadContext: (ctx) => {
    const sub = ctx['subscription'] as Json & { currentPeriod: { start: string; end: string } };
    return { ...ctx, subscription: { ...sub, currentPeriod: { start: sub.currentPeriod.end, end: sub.currentPeriod.start } } };
  },
  // The code expires long before it may be sent again.
  startVerification: (challenge) => ({ ...challenge, expiresInSeconds: 1, resendAfterSeconds: 600 }),
  // "Still pending" is a face-approval answer; this challenge was an SMS code.
  verify: () => ({ ok: false, reason: 'pending' }),
  quoteRefund: (quote) => {
    const paid = quote['paid'] as { amount: number; currency: string };
    return { ...quote, refund: { ...paid, amount: paid.amount + 10_000 } };
  },
  submit: (receipt) => ({ ...receipt, expectedDoneBy: '2000-01-01T00:00:00+08:00' }),
  getStatus: (status) => ({ ...status, requestId: 'REQ-SOMEONE-ELSE' }),
  sendFeedback: () => ({ accepted: false }),
  // A pause that resumes before it was agreed to.
  acceptOffer: (agreement) => ({ ...agreement, resumesOn: '2000-01-01' }),
  withdraw: (result) => ({ ...result, requestId: 'REQ-SOMEONE-ELSE' }),
  // Sent to a phone the subscriber never gave.
  sendReceipt: (delivery) => ({ ...delivery, requestId: 'REQ-SOMEONE-ELSE' }),
};

export interface FaultAdapter {
  adapter: UnsubscribeAdapter;
  /** How many calls of the faulty method were made, the spoiled one included. */
  calls(): number;
  /** Whether the widget aborted the spoiled call's signal (a hang the widget gave up on). */
  abortedByWidget(): boolean;
}

/** Wraps `real` so that the first call of `method` fails with `fault`. */
export function withFault(real: UnsubscribeAdapter, method: AdapterMethod, fault: Fault): FaultAdapter {
  let count = 0;
  let aborted = false;
  const spoil = async (args: unknown[], call: () => Promise<unknown>): Promise<unknown> => {
    const options = args[1] as CallOptions | undefined;
    if (fault === 'abort') throw new DOMException(`${FAULT_MARKER}: aborted by the network stack`, 'AbortError');
    if (fault === 'hang' || fault === 'deadline') {
      // A custom adapter that ignores its signal: the promise never settles.
      options?.signal?.addEventListener('abort', () => (aborted = true), { once: true });
      return new Promise(() => undefined);
    }
    if (fault === 'malformed') return `<html>${FAULT_MARKER}: 502 Bad Gateway</html>`;
    if (fault === 'redirect' || fault === 'oversized') {
      const error = await httpFault(fault, method, args[0]);
      if (error === null) return call();
      throw error;
    }
    if (fault === 'inconsistent') return INCONSISTENT[method]((await call()) as Json);
    const { code, ...init } = BY_STATUS[fault];
    throw new UnsubscribeError(code, `${method}: HTTP ${fault} ${FAULT_MARKER}`, {
      ...init,
      retryable: code === 'rate-limited' || code === 'server',
    });
  };
  const adapter: Record<string, unknown> = {};
  for (const name of Object.keys(INCONSISTENT) as AdapterMethod[]) {
    const original = real[name] as ((...args: unknown[]) => Promise<unknown>) | undefined;
    if (!original) continue;
    adapter[name] = (...args: unknown[]) => {
      const call = () => original.apply(real, args);
      if (name !== method) return call();
      count += 1;
      return count === 1 ? spoil(args, call) : call();
    };
  }
  return { adapter: adapter as unknown as UnsubscribeAdapter, calls: () => count, abortedByWidget: () => aborted };
}
