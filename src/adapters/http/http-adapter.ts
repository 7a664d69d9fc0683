/**
 * The HTTP adapter's engine: each adapter method as a request of the REST contract (README, "The
 * HTTP adapter"). Part of the entry: the context request must not wait for it (see `index.ts`).
 *
 * Bodies are the method's whole input as JSON. For `verify`, `submit`, `acceptOffer`, `withdraw` and `sendReceipt` that repeats what the
 * URL or the `Idempotency-Key` header carries (the challenge, offer or request id, the key), always with the same
 * value: a back end can then parse every body with the contract's input schema as it is, and one
 * that reads the path and the header only can ignore the copies. The path and the header are
 * authoritative.
 */
import type { CallOptions } from '../../contract/index.js';
import { resolveHttpOptions } from './options-resolve.js';
import type { HttpAdapter, HttpAdapterOptions } from './options.js';
import { attempt, type HttpCall } from './request.js';
import { withRetries } from './retry.js';

/** The engine for options the facade has already checked; their defaults are filled in here, in the engine's chunk. */
export function buildHttpAdapter(checked: HttpAdapterOptions): HttpAdapter {
  const options = resolveHttpOptions(checked);
  function send<T>(call: HttpCall, callOptions: CallOptions | undefined): Promise<T> {
    const signal = callOptions?.signal;
    const locale = callOptions?.locale;
    // Serialized once, so every retry sends the very same bytes.
    const body = call.body === undefined ? undefined : JSON.stringify(call.body);
    // One deadline for the whole call: the subscriber hears within it, however many attempts it takes.
    const deadlineAt = Date.now() + options.deadlineMs;
    // GETs are safe to repeat; of the POSTs only submit, acceptOffer, withdraw and sendReceipt are, by their key.
    return withRetries(options, call.method === 'GET' || call.idempotent === true, signal, deadlineAt, (msLeft) =>
      attempt(options, call, body, signal, { locale, timeoutMs: Math.min(options.timeoutMs, msLeft) }),
    ) as Promise<T>;
  }
  const id = encodeURIComponent;
  /**
   * A POST that creates something once per key (a request, an agreement, a withdrawal, a delivery):
   * the key travels in `Idempotency-Key`, and the call is retried with it.
   */
  function sendKeyed<T>(
    operation: HttpCall['operation'],
    path: string,
    input: { idempotencyKey: string },
    callOptions: CallOptions | undefined,
  ): Promise<T> {
    const call: HttpCall = {
      operation,
      method: 'POST',
      path,
      body: input,
      headers: { 'Idempotency-Key': input.idempotencyKey },
      idempotent: true,
    };
    return send(call, callOptions);
  }

  return {
    loadContext: (input, o) =>
      send({ operation: 'loadContext', method: 'GET', path: '/context', query: { subscriptionId: input.subscriptionId } }, o),
    startVerification: (input, o) => send({ operation: 'startVerification', method: 'POST', path: '/verifications', body: input }, o),
    verify: (input, o) =>
      send({ operation: 'verify', method: 'POST', path: `/verifications/${id(input.challengeId)}/check`, body: input }, o),
    quoteRefund: (input, o) =>
      send(
        {
          operation: 'quoteRefund',
          method: 'GET',
          path: '/refund-quote',
          query: { subscriptionId: input.subscriptionId, effective: input.effective },
        },
        o,
      ),
    submit: (input, o) => sendKeyed('submit', '/requests', input, o),
    getStatus: (input, o) => send({ operation: 'getStatus', method: 'GET', path: `/requests/${id(input.requestId)}` }, o),
    sendFeedback: (input, o) => send({ operation: 'sendFeedback', method: 'POST', path: '/feedback', body: input, noContent: true }, o),
    acceptOffer: (input, o) => sendKeyed('acceptOffer', `/offers/${id(input.offerId)}/accept`, input, o),
    withdraw: (input, o) => sendKeyed('withdraw', `/requests/${id(input.requestId)}/withdrawal`, input, o),
    // Safe to retry: the key is made once per press, and the back end sends one message per key,
    // so an answer lost on the way never becomes a second SMS.
    sendReceipt: (input, o) => sendKeyed('sendReceipt', `/requests/${id(input.requestId)}/receipt-deliveries`, input, o),
  };
}
