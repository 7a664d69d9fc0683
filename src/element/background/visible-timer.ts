/**
 * The one timer that the work beside the flow uses: the status refresh, waiting for the face
 * result, the verification countdown. None of it matters while nobody sees the page: a timer that
 * comes due while the page is hidden does not run then, and whatever is scheduled runs at once
 * when the page is shown again (the subscriber coming back from their phone or another tab).
 */

/** setTimeout's longest delay is 2^31 - 1 ms; longer waits wake up early and are scheduled again by their owner. */
const MAX_DELAY_MS = 24 * 60 * 60 * 1000;

export class VisibleTimer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Came due while the page was hidden. */
  private due = false;
  private listening = false;
  private readonly run: () => void;

  constructor(run: () => void) {
    this.run = run;
  }

  /** Starts watching the page's visibility (when its owner's element is connected). */
  start(): void {
    if (this.listening) return;
    this.listening = true;
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  /** Stops watching and cancels what is scheduled (when its owner's element is removed). */
  stop(): void {
    this.listening = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.cancel();
  }

  /** Runs the work after `ms`, replacing what was scheduled. */
  schedule(ms: number): void {
    this.cancel();
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        if (document.visibilityState === 'hidden') this.due = true;
        else this.run();
      },
      Math.min(MAX_DELAY_MS, Math.max(0, ms)),
    );
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.due = false;
  }

  /** Something is scheduled, or came due while the page was hidden. */
  get pending(): boolean {
    return this.timer !== undefined || this.due;
  }

  private readonly onVisibility = (): void => {
    if (document.visibilityState !== 'visible' || !this.pending) return;
    this.cancel();
    this.run();
  };
}
