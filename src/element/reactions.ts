/**
 * What the element does when the flow changes: it tells the page (the public events, a step change
 * only once the step is drawn), says it through the live region, and moves focus after the render.
 * The flow decides all of it (flow/events.ts, flow/screen-changes.ts); this carries it out.
 */
import type { ReactiveControllerHost } from 'lit';
import { publicEvents, type PublicEvent, type StepChangeDetail } from '../flow/events.js';
import { screenChanges, type Announcement, type FocusTarget } from '../flow/screen-changes.js';
import type { ErrorInfo, FlowState, StepId } from '../flow/types.js';

/** Where each of the flow's focus targets is on screen. */
const FOCUS_SELECTORS: Readonly<Record<FocusTarget, string>> = {
  heading: '[part~="heading"]',
  summary: '#cpu-error-summary',
  offer: '#cpu-offer-title',
};

type Host = ReactiveControllerHost & EventTarget;

export class Reactions {
  /** The live region's words. */
  announcement = '';

  private readonly host: Host;
  /** The words for announcements, or null while the strings they need have not arrived. */
  private readonly words: (announcements: readonly Announcement[]) => string | null;
  /** Announcements made before their words arrived: said once they have, never as raw keys. */
  private unsaid: Announcement[] = [];
  /** Where focus goes after the next render: a place the flow names, or an element by id. */
  private focus: FocusTarget | { id: string } | null = null;
  /** A step change told to the page once the step is drawn (a step replaced before that was never seen). */
  private pendingStepChange: StepChangeDetail | null = null;

  constructor(host: Host, words: (announcements: readonly Announcement[]) => string | null) {
    this.host = host;
    this.words = words;
  }

  /** After every change of state. */
  transition(previous: FlowState, next: FlowState): void {
    for (const event of publicEvents(previous, next)) {
      if (event.name !== 'cloudpc-step-change') this.dispatch(event);
      else
        this.pendingStepChange = {
          step: event.detail.step,
          previousStep: this.pendingStepChange?.previousStep ?? event.detail.previousStep,
        };
    }
    if (next.phase !== 'active') this.pendingStepChange = null;
    const changes = screenChanges(previous, next);
    this.announce(changes.announcements);
    if (changes.focus !== null) this.focus = changes.focus;
  }

  /** An adapter call failed (the flow's or one beside it). */
  failed(error: ErrorInfo, state: FlowState): void {
    const step = state.phase === 'active' ? state.step : null;
    this.dispatch({ name: 'cloudpc-error', detail: { code: error.code, step, retryable: error.retryable } });
    // A lost sign-in mid-flow (not at load, which blocks and says so itself) keeps what was entered.
    if (error.code === 'unauthenticated' && state.phase === 'active') this.dispatch({ name: 'cloudpc-login-required', detail: {} });
  }

  dispatch({ name, detail }: PublicEvent): void {
    this.host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  announce(announcements: readonly Announcement[]): void {
    // Only the latest change waits for its words: by the time they arrive, it says where things stand.
    const said = announcements.length > 0 ? announcements : this.unsaid;
    if (said.length === 0) return;
    const words = this.words(said);
    if (words === null) {
      this.unsaid = [...said];
      return;
    }
    this.unsaid = [];
    // Re-setting the same words would not be announced again; a trailing space makes them new.
    this.announcement = this.announcement === words ? `${words} ` : words;
    this.host.requestUpdate();
  }

  focusAfterRender(id: string): void {
    this.focus = { id };
  }

  /** After each render: focus where it was asked, the page hears of the step once `drawn` is it, and what waited for its words is said. */
  afterRender(root: ParentNode, drawn: StepId | null): void {
    if (this.unsaid.length > 0) this.announce([]);
    const target = this.focus;
    this.focus = null;
    const selector = target === null ? null : typeof target === 'object' ? `#${target.id}` : FOCUS_SELECTORS[target];
    if (selector !== null) root.querySelector<HTMLElement>(selector)?.focus();
    if (drawn !== null && this.pendingStepChange?.step === drawn) {
      this.dispatch({ name: 'cloudpc-step-change', detail: this.pendingStepChange });
      this.pendingStepChange = null;
    }
  }
}
