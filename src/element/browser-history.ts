/**
 * The browser's Back and Forward buttons for the flow (`history="steps"`, the default): carries out
 * what flow/history.ts decides. It writes only entries of its own, each keeping the page's own
 * state beside the flow's marker (so a router on the page sees its route on every entry, and the
 * URL never changes), and it handles only `popstate` events that land on the flow's entries.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HISTORY_KEY, historyLanding, historyMove, markerIn, type HistoryMarker } from '../flow/history.js';
import type { FlowIntent, FlowState } from '../flow/types.js';

export interface BrowserHistoryOptions {
  /** `history="steps"`: false turns it all off (nothing written, no event handled). */
  enabled(): boolean;
  /** Which flow the entries belong to (flow/history.ts, `flowKey`). */
  flow(): string;
  state(): FlowState;
  intent(intent: FlowIntent): void;
}

export class BrowserHistory implements ReactiveController {
  private readonly options: BrowserHistoryOptions;
  /** While a landing is turned into the flow's intent, the history is already where the flow goes. */
  private landing = false;
  /** The depth of the flow's entry the page is on, as last written or landed on (null: not one of the flow's). */
  private depth: number | null = null;

  constructor(host: ReactiveControllerHost, options: BrowserHistoryOptions) {
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** After every change of state. */
  transition(previous: FlowState, next: FlowState): void {
    if (this.landing || !this.options.enabled() || !mayWrite()) return;
    const flow = this.options.flow();
    const current = markerIn(history.state, flow);
    this.depth = current?.depth ?? null;
    const move = historyMove(previous, next, current, flow);
    if (move === null) return;
    if (move.kind === 'push') history.pushState(withMarker(history.state, move.marker), '');
    else history.replaceState(withMarker(history.state, move.marker), '');
    this.depth = move.marker.depth;
  }

  private readonly onPopState = (event: PopStateEvent): void => {
    if (!this.options.enabled()) return;
    const flow = this.options.flow();
    const marker = markerIn(event.state, flow);
    const from = this.depth;
    this.depth = marker?.depth ?? null;
    if (marker === null) return;
    const landing = historyLanding(this.options.state(), marker, from);
    if (landing === null) return;
    if (landing.kind === 'go') {
      history.go(landing.delta);
      return;
    }
    this.landing = true;
    try {
      this.options.intent(landing.intent);
    } finally {
      this.landing = false;
    }
    // The machine said no (a guard, a request on its way): the entry says what is shown.
    const state = this.options.state();
    if (state.phase === 'active' && state.step !== marker.step)
      history.replaceState(withMarker(history.state, { ...marker, step: state.step }), '');
  };
}

/** The page's own state of an entry may be replaced only when it is an object (or nothing) the marker can sit beside. */
function mayWrite(): boolean {
  const state: unknown = history.state;
  return state === null || state === undefined || (typeof state === 'object' && !Array.isArray(state));
}

/** The entry's state with the flow's marker beside the page's own keys. */
function withMarker(state: unknown, marker: HistoryMarker): Record<string, unknown> {
  const own = state !== null && typeof state === 'object' ? (state as Record<string, unknown>) : {};
  return { ...own, [HISTORY_KEY]: { ...marker } };
}
