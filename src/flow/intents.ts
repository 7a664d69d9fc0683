/**
 * Turns what the subscriber did into the machine's event: the events that need a time get the
 * controller's clock, and a submit gets a key for a new attempt (the machine keeps the attempt's
 * first key for every retry and double click, and drops it when an answer or the quote changes,
 * so one attempt is one request whatever happens on the wire).
 */
import type { FlowEvent, FlowIntent } from './types.js';

export function toEvent(intent: FlowIntent, at: string, newKey: () => string): FlowEvent {
  switch (intent.type) {
    case 'REQUEST_CHALLENGE':
    case 'CHECK':
    case 'RETRY':
      return { ...intent, at };
    case 'SUBMIT':
      return { type: 'SUBMIT', idempotencyKey: newKey(), at };
    default:
      return intent;
  }
}
