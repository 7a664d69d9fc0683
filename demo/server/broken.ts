/**
 * `--broken <endpoint>`: deliberately wrong answers, for the conformance check's negative test
 * (it must notice each one). Nothing here runs unless the flag names the endpoint, and the
 * endpoint's response check is skipped so the broken value really goes out. `requests` is a back
 * end that ignores the Idempotency-Key and never refuses a second request (`desk.ts`).
 * `subscriptions`: a back end that ignores `GET /context?subscriptionId=` and answers the first
 * cloud PC's context for any of them (with two cloud PCs on the account, else there is no list).
 */
import type { RefundQuote, RequestStatus, UnsubscribeContext } from '../../src/contract/index.js';
import { isProblemReply } from './problem.js';
import { textReply, type Reply } from './reply.js';

export const BROKEN_ENDPOINTS = ['context', 'subscriptions', 'refund-quote', 'requests', 'status', 'errors'] as const;
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
