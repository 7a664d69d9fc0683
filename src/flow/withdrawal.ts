/**
 * Changing one's mind (撤销退订): a submitted request that has not taken effect yet may be taken
 * back, from `status` or `done`, while the back end says it may (`withdrawableUntil` on the
 * status) and the adapter has `withdraw`. One press asks, a confirmation says what it means, and
 * the confirmed withdrawal is one request whatever happens on the wire (its idempotency key is
 * made once per attempt). Pure, like the machine that calls it.
 */
import type { WithdrawResult } from '../contract/types.js';
import type { FlowEvent, FlowState, WithdrawalState } from './types.js';

export const NO_WITHDRAWAL: WithdrawalState = { confirming: false, idempotencyKey: null };

/** Until when (ISO instant) the request may be withdrawn, or null when it may not (any more) at `now` (ms). */
export function withdrawableUntil(state: FlowState, now: number): string | null {
  const { status, requestId } = state;
  if (state.config.canWithdraw !== true || state.phase !== 'active') return null;
  if (state.step !== 'status' && state.step !== 'done') return null;
  if (requestId === null || status === null || status.requestId !== requestId) return null;
  if (status.status === 'rejected' || status.status === 'withdrawn') return null;
  const until = status.withdrawableUntil;
  return until !== undefined && Date.parse(until) > now ? until : null;
}

export function mayWithdraw(state: FlowState, now: number): boolean {
  return withdrawableUntil(state, now) !== null;
}

type WithdrawalEvent = Extract<FlowEvent, { type: 'ASK_WITHDRAW' | 'CANCEL_WITHDRAW' | 'WITHDRAW' }>;

/** The subscriber's part: ask, cancel, confirm. The call itself is asked for through `pending`. */
export function withdrawalStep(state: FlowState, event: WithdrawalEvent): FlowState {
  switch (event.type) {
    case 'ASK_WITHDRAW':
      if (state.withdrawal.confirming || !mayWithdraw(state, Date.parse(event.at))) return state;
      return { ...state, withdrawal: { ...state.withdrawal, confirming: true }, serviceError: null };
    case 'CANCEL_WITHDRAW':
      if (!state.withdrawal.confirming || state.pending?.operation === 'withdraw') return state;
      return { ...state, withdrawal: { ...state.withdrawal, confirming: false }, serviceError: null };
    case 'WITHDRAW': {
      if (!state.withdrawal.confirming || state.pending !== null || !mayWithdraw(state, Date.parse(event.at))) return state;
      const seq = state.seq + 1;
      const idempotencyKey = state.withdrawal.idempotencyKey ?? event.idempotencyKey;
      return {
        ...state,
        seq,
        pending: { operation: 'withdraw', seq },
        serviceError: null,
        withdrawal: { confirming: true, idempotencyKey },
      };
    }
  }
}

/** The back end took the request back: the outcome shows on `done`, and the subscription goes on. */
export function withdrawn(state: FlowState, result: WithdrawResult): FlowState {
  if (result.requestId !== state.requestId) return { ...state, pending: null };
  return {
    ...state,
    pending: null,
    serviceError: null,
    withdrawal: NO_WITHDRAWAL,
    status: { requestId: result.requestId, status: 'withdrawn', updatedAt: result.withdrawnAt },
    step: 'done',
  };
}
