import { defaultFlowConfig } from '../../src/flow/defaults.js';
import { initialState, transition } from '../../src/flow/machine.js';
import type { FlowConfig, FlowEvent, FlowSnapshot, FlowState, Resolution } from '../../src/flow/types.js';
import type { Effective, UnsubscribeContext } from '../../src/contract/types.js';
import type { UnsubscribeErrorCode } from '../../src/contract/errors.js';
import { validContext } from '../contract/fixtures.js';

export const AT = '2026-03-12T10:00:00+08:00';

export function later(seconds: number, from = AT): string {
  return new Date(Date.parse(from) + seconds * 1000).toISOString();
}

export function send(state: FlowState, ...events: FlowEvent[]): FlowState {
  return events.reduce(transition, state);
}

/** Answers the request the state is waiting for with `value`, as the element would. */
export function resolve(state: FlowState, resolution: Resolution, at = AT): FlowState {
  const slot = resolution.operation === 'quoteRefund' ? state.quotePending : state.pending;
  if (slot === null) throw new Error(`no ${resolution.operation} is pending`);
  if (slot.operation !== resolution.operation) throw new Error(`pending is ${slot.operation}, not ${resolution.operation}`);
  return transition(state, { type: 'RESOLVED', seq: slot.seq, at, ...resolution } as FlowEvent);
}

/** Fails the subscriber's pending call, or the quote when only the quote is pending. */
export function failPending(state: FlowState, code: UnsubscribeErrorCode, retryable = false): FlowState {
  const slot = state.pending ?? state.quotePending;
  if (slot === null) throw new Error('nothing is pending');
  return transition(state, { type: 'FAILED', seq: slot.seq, operation: slot.operation, error: { code, retryable }, at: AT });
}

export interface StartOptions {
  context?: UnsubscribeContext;
  config?: Partial<FlowConfig>;
  snapshot?: FlowSnapshot | null;
  subscriptionId?: string;
  /**
   * When the unsubscription takes effect, answered as soon as the flow opens (the machine chooses
   * none itself while there is a choice). Default `immediately`, or none after a snapshot (which
   * brings its own); `null` leaves it unanswered.
   */
  effective?: Effective | null;
}

/** A flow whose context has loaded. */
export function started({
  context = validContext(),
  config = {},
  snapshot = null,
  subscriptionId,
  effective,
}: StartOptions = {}): FlowState {
  const state = initialState({ config: defaultFlowConfig(config), snapshot, subscriptionId: subscriptionId ?? null });
  const loaded = resolve(state, { operation: 'loadContext', value: context });
  const answer = effective === undefined ? (snapshot === null ? 'immediately' : null) : effective;
  return answer === null ? loaded : transition(loaded, { type: 'SET_EFFECTIVE', effective: answer });
}
