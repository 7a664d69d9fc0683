/**
 * Redraws the verification when what it shows changes by itself: the SMS resend countdown's next
 * second, the code's expiry, the end of a lock-out (the flow's verification clock says when).
 * Nothing runs when nothing will change, and a hidden page is redrawn when it is shown again.
 */
import { nextChange } from '../../flow/verification-clock.js';
import { BesideFlow } from './beside-flow.js';

/** Wake a moment after the instant, so the render that follows is on the far side of it. */
const SLACK_MS = 15;

export class VerifyTicker extends BesideFlow {
  hostUpdated(): void {
    if (!this.connected) return;
    const now = this.host.now();
    const at = nextChange(this.host.flowState, now);
    if (at === null) this.timer.cancel();
    else this.timer.schedule(at - now + SLACK_MS);
  }

  protected due(): void {
    this.host.requestUpdate();
  }
}
