/**
 * The browser's Back and Forward buttons, as flow decisions. Each step before submitting is an
 * entry in the page's history, marked with the flow it belongs to, the step and how many of the
 * flow's entries lie behind it. Pure: the element (element/browser-history.ts) reads and writes
 * `history` and asks here what to do.
 *
 * - Moving on a step pushes an entry; the first step marks the entry the widget found (keeping the
 *   page's own state). Back in the widget rewrites the current entry: going back in the history
 *   from script is asynchronous, and a subscriber who taps on before it lands would be sent back.
 * - The browser's Back to one of the flow's entries is the flow's own BACK (or GO_TO for a jump
 *   from the history menu), so the machine decides; Forward is CONTINUE, with its guards. A Back
 *   that lands on an entry of the step already shown (left by the widget's own Back) goes back a
 *   step too, so no press is wasted.
 * - After submitting (or keeping the subscription) the entries of the steps before are dead: the
 *   current one is replaced by the step shown, and a Back that lands on a dead one goes on past
 *   the flow's first entry, so one press leaves the unsubscribe page as it would without the widget.
 * - An entry that is not the flow's (the host page's router, another widget) is never handled.
 */
import { stepsOf } from './machine.js';
import { isPreSubmit } from './steps.js';
import type { FlowIntent, FlowState, StepId } from './types.js';

/** The key of the flow's marker in `history.state`, beside whatever the host page keeps there. */
export const HISTORY_KEY = 'cloudpc-unsubscribe';

export interface HistoryMarker {
  /** Which flow the entry belongs to: the subscription and the mode. */
  readonly flow: string;
  readonly step: StepId;
  /** How many of the flow's entries lie behind this one (0 for the entry the widget started on). */
  readonly depth: number;
}

/** What the element does to the history after a change of state. */
export type HistoryMove = { readonly kind: 'push' | 'replace'; readonly marker: HistoryMarker };

/** What the element does when the browser lands on one of the flow's entries. */
export type HistoryLanding = { readonly kind: 'intent'; readonly intent: FlowIntent } | { readonly kind: 'go'; readonly delta: number };

export function flowKey(subscriptionId: string | null, mode: string): string {
  return `${subscriptionId ?? 'default'}:${mode}`;
}

/** The flow's marker in a history entry's state, or null when the entry is not this flow's. */
export function markerIn(state: unknown, flow: string): HistoryMarker | null {
  if (state === null || typeof state !== 'object') return null;
  const value = (state as Record<string, unknown>)[HISTORY_KEY];
  if (value === null || typeof value !== 'object') return null;
  const { flow: owner, step, depth } = value as Record<string, unknown>;
  if (owner !== flow || typeof step !== 'string' || typeof depth !== 'number' || !Number.isInteger(depth) || depth < 0) return null;
  return { flow, step: step as StepId, depth };
}

function shownStep(state: FlowState): StepId | null {
  return state.phase === 'active' ? state.step : null;
}

/**
 * After a change of state, given the marker of the current entry (null when the entry is not the
 * flow's): push, replace or go back, or null to leave the history alone.
 */
export function historyMove(previous: FlowState, next: FlowState, current: HistoryMarker | null, flow: string): HistoryMove | null {
  const step = shownStep(next);
  if (step === null) return null;
  const before = shownStep(previous);
  // The flow's first screen (or a resumed one): mark the entry the widget found.
  if (before === null) {
    if (current !== null && current.step === step) return null;
    return { kind: 'replace', marker: { flow, step, depth: current?.depth ?? 0 } };
  }
  if (step === before) return null;
  // Only an entry of the flow is the flow's to move from; the page may have pushed its own since.
  if (current === null || current.step !== before) return { kind: 'push', marker: { flow, step, depth: (current?.depth ?? -1) + 1 } };
  if (!isPreSubmit(step)) return { kind: 'replace', marker: { ...current, step } };
  const steps = stepsOf(next);
  const forward = steps.indexOf(step) > steps.indexOf(before);
  return forward ? { kind: 'push', marker: { flow, step, depth: current.depth + 1 } } : { kind: 'replace', marker: { ...current, step } };
}

/**
 * The browser landed on an entry of the flow (Back, Forward, or a jump from the history menu).
 * `fromDepth`: the depth of the entry it left, when the widget knows it.
 */
export function historyLanding(state: FlowState, marker: HistoryMarker, fromDepth: number | null = null): HistoryLanding | null {
  const shown = shownStep(state);
  const open = shown !== null && isPreSubmit(shown);
  if (!open) {
    // Submitted or ended: the steps before are gone. Past the flow's first entry, as one press.
    if (state.phase === 'loading' || state.phase === 'blocked' || !isPreSubmit(marker.step)) return null;
    return { kind: 'go', delta: -(marker.depth + 1) };
  }
  const steps = stepsOf(state);
  const from = steps.indexOf(shown);
  const to = steps.indexOf(marker.step);
  if (to < 0) return null;
  if (to === from) {
    // An entry of the step shown: Back (or Forward) past the entry the widget's own Back rewrote.
    if (fromDepth === null || fromDepth === marker.depth) return null;
    return { kind: 'intent', intent: { type: fromDepth > marker.depth ? 'BACK' : 'CONTINUE' } };
  }
  if (to === from - 1) return { kind: 'intent', intent: { type: 'BACK' } };
  if (to < from) return { kind: 'intent', intent: { type: 'GO_TO', step: marker.step } };
  return to === from + 1 ? { kind: 'intent', intent: { type: 'CONTINUE' } } : null;
}
