/**
 * What the widget's frame offers around a step, decided from the state: the buttons under the
 * step, whether a failed call may be tried again, why the flow is blocked. The element only draws
 * what these return.
 */
import type { BlockedReason, FlowState, Operation } from './types.js';
import type { ErrorInfo } from './types.js';
import { canGoBack, canLeave, mayRestart } from './machine.js';
import { isPreSubmit } from './steps.js';

/** The buttons under a step before the request is submitted. */
export interface StepActions {
  /** 继续: the steps whose way on is a plain Continue (never confirm or one-click, whose way on is submitting). */
  readonly continue: boolean;
  /** 返回上一步. */
  readonly back: boolean;
  /** 不退订了，保留业务: always there before submitting. */
  readonly keep: boolean;
  /** The request is on its way: Back and keep wait for it. */
  readonly busy: boolean;
}

/** The buttons under the current step, or null where there are none (after submitting, or off a step). */
export function stepActions(state: FlowState): StepActions | null {
  if (state.phase !== 'active' || !isPreSubmit(state.step)) return null;
  const continues = state.step === 'prepare' || state.step === 'reason' || (state.step === 'verify' && state.secrets.proof !== null);
  return {
    // While an offer is up, its own two buttons are the way on.
    continue: continues && state.offer === null,
    back: canGoBack(state),
    keep: canLeave(state),
    busy: state.pending?.operation === 'submit',
  };
}

/**
 * Whether a failed call is offered again with a retry button: when the error says a repeat may
 * work, when the answer was malformed (a fleeting fault of the back end), and always for the
 * quote, which only reads. Others (a wrong request, a conflict) need the subscriber to change
 * something first.
 */
export function mayRetry(operation: Operation, error: ErrorInfo): boolean {
  return error.retryable || error.code === 'invalid-response' || operation === 'quoteRefund';
}

/** Why the flow is blocked, as the subscriber is told: `no-adapter` when the page gave the widget no back end at all. */
export type BlockedScreen = BlockedReason | 'no-adapter';

export function blockedScreen(state: FlowState, hasAdapter: boolean): BlockedScreen {
  if (!hasAdapter) return 'no-adapter';
  return state.blocked?.reason ?? 'unreachable';
}

/** A blocked screen with a retry: the back end may answer next time, or the subscriber signed in elsewhere meanwhile. */
export function blockedMayRetry(screen: BlockedScreen): boolean {
  return screen === 'unreachable' || screen === 'rate-limited' || screen === 'invalid-data' || screen === 'login-required';
}

/**
 * How long the subscriber waits, with nothing else to do, before the widget says the wait is
 * long and offers to try again: 8 s, under the 10 s after which people stop waiting for a
 * screen; sooner (at 40 %) when the deadline (`options.callTimeoutSeconds`, 20 s by default) is
 * short, so the offer always comes well before the deadline's own retry.
 */
export function slowAfterMs(deadlineMs: number): number {
  return Math.min(8000, Math.round(deadlineMs * 0.4));
}

/**
 * The waits that block the screen and have no other way on: loading the context, and the submit
 * (after 确认退订, Back and "keep" wait for the answer, since the request may already exist).
 * Past `slowAfterMs` the widget says it is taking long and offers "try again" (`RESTART`),
 * which is safe for both: the context only reads, the submit is sent with the same idempotency
 * key. It never offers "keep" on the submit: it could not promise that. Null when nothing is
 * slow.
 */
export function slowWait(state: FlowState, waitedMs: number | null, deadlineMs: number): 'loading' | 'submit' | null {
  if (waitedMs === null || waitedMs < slowAfterMs(deadlineMs) || !mayRestart(state)) return null;
  return state.phase === 'loading' ? 'loading' : 'submit';
}
