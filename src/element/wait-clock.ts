/**
 * Redraws the element while a wait the back end asked for (`Retry-After`) runs, so its words count
 * down and its retry enables itself when the time comes: every second in the last minute, every
 * minute before (flow/retry-wait.ts). When the wait on the flow's retry (the blocked screen, a
 * service problem on a step) ends, it says so through the live region, since a button that turns
 * usable is silent.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextWaitChange, secondsUntil } from '../flow/retry-wait.js';

export interface WaitClockParts {
  /** Now, in milliseconds. */
  now(): number;
  /** The end (ISO instant) of the wait on the flow's retry, if any. */
  flowWait(): string | undefined;
  /** The ends of the other waits on screen (the status refresh, the feedback form). */
  otherWaits(): ReadonlyArray<string | null | undefined>;
  /** The flow's retry is usable again. */
  ready(): void;
}

export class WaitClock implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly parts: WaitClockParts;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The flow's wait seen running at the last render: its end is announced once. */
  private running: string | undefined;

  constructor(host: ReactiveControllerHost, parts: WaitClockParts) {
    this.host = host;
    this.parts = parts;
    host.addController(this);
  }

  /** A wait is being counted down (what removing the element must clear). */
  get active(): boolean {
    return this.timer !== undefined;
  }

  hostUpdated(): void {
    const now = this.parts.now();
    const flowWait = this.parts.flowWait();
    this.running = secondsUntil(flowWait, now) > 0 ? flowWait : undefined;
    this.stop();
    const changes = [flowWait, ...this.parts.otherWaits()].map((end) => nextWaitChange(end, now)).filter((at): at is number => at !== null);
    if (changes.length === 0) return;
    this.timer = setTimeout(() => this.tick(), Math.min(...changes) - now);
  }

  hostDisconnected(): void {
    this.stop();
    this.running = undefined;
  }

  /** Redraws; and when the flow's wait has just ended (the same failure still on screen), says so. */
  private tick(): void {
    this.timer = undefined;
    const running = this.running;
    if (running !== undefined && running === this.parts.flowWait() && secondsUntil(running, this.parts.now()) === 0) {
      this.running = undefined;
      this.parts.ready();
    }
    this.host.requestUpdate();
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
