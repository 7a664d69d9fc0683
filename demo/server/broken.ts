/**
 * `--broken <endpoint>`: deliberately wrong answers, for the conformance check's negative test
 * (it must notice each one). Nothing here runs unless the flag names the endpoint, and the
 * endpoint's response check is skipped so the broken value really goes out.
 */
import type { RefundQuote, Receipt, RequestStatus, SubmitInput, UnsubscribeContext } from '../../src/contract/index.js';
import { isUnsubscribeError } from '../../src/contract/index.js';
import { isProblemReply } from './problem.js';
import { textReply, type Reply } from './reply.js';
import type { VisitorState } from './visitors.js';

export const BROKEN_ENDPOINTS = ['context', 'refund-quote', 'requests', 'status', 'errors'] as const;
export type BrokenEndpoint = (typeof BROKEN_ENDPOINTS)[number];

export function isBrokenEndpoint(value: string): value is BrokenEndpoint {
  return (BROKEN_ENDPOINTS as readonly string[]).includes(value);
}

/** `context`: the price in yuan as a float (587.99), the classic money bug. */
export function breakContext(context: UnsubscribeContext): unknown {
  const broken = structuredClone(context);
  broken.subscription.price.amount = broken.subscription.price.amount / 100 - 0.01;
  return broken;
}

/** `refund-quote`: a refund larger than what was paid. */
export function breakQuote(quote: RefundQuote): unknown {
  const broken = structuredClone(quote);
  broken.refund.amount = broken.paid.amount + 100;
  return broken;
}

/** `status`: a 200 whose body is a bare word in text/plain instead of the status object. */
export function brokenStatusReply(status: RequestStatus): Reply {
  return textReply(200, 'text/plain; charset=utf-8', status.status);
}

/** `errors`: a 404 problem becomes the 500 HTML page of a misconfigured proxy. */
export function breakNotFound(reply: Reply): Reply {
  if (reply.status !== 404 || !isProblemReply(reply)) return reply;
  return textReply(500, 'text/html; charset=utf-8', '<!doctype html><title>500</title><h1>Internal Server Error</h1>');
}

/**
 * `requests`: a back end that ignores `Idempotency-Key`. Every submit is sent to the mock under a
 * fresh key; once the mock refuses a second request for the subscription (conflict), the broken
 * back end "creates" one anyway, a copy of the first under a new number, and counts it among the
 * visitor's requests, so an exactly-once check sees two.
 */
export async function submitIgnoringKey(state: VisitorState, input: SubmitInput): Promise<Receipt> {
  state.submits += 1;
  try {
    return await state.adapter.submit({ ...input, idempotencyKey: `${input.idempotencyKey}#${state.submits}` });
  } catch (thrown) {
    const first = state.adapter.requests()[0];
    if (!isUnsubscribeError(thrown) || thrown.code !== 'conflict' || !first) throw thrown;
    const duplicate: Receipt = { ...first, requestId: `${first.requestId}-${state.submits}` };
    state.duplicateReceipts.push(duplicate);
    return { ...duplicate };
  }
}
