/**
 * The element's tag and its public events, typed for `querySelector` and `addEventListener`: on
 * the element, and on every ancestor a listener may sit on (the events bubble and are composed),
 * so `document.addEventListener('cloudpc-keep', (e) => e.detail.step)` is typed as well.
 */
import type {
  CompleteDetail,
  ErrorDetail,
  FeedbackDetail,
  KeepDetail,
  LoginRequiredDetail,
  OfferAcceptedDetail,
  StatusChangeDetail,
  StepChangeDetail,
  SubmittedDetail,
  VerifiedDetail,
} from '../flow/events.js';
import type { CloudpcUnsubscribe } from './cloudpc-unsubscribe.js';

/** Every public event as a listener receives it. */
export interface CloudpcUnsubscribeEventMap {
  'cloudpc-step-change': CustomEvent<StepChangeDetail>;
  'cloudpc-verified': CustomEvent<VerifiedDetail>;
  'cloudpc-submitted': CustomEvent<SubmittedDetail>;
  'cloudpc-status-change': CustomEvent<StatusChangeDetail>;
  'cloudpc-complete': CustomEvent<CompleteDetail>;
  'cloudpc-keep': CustomEvent<KeepDetail>;
  'cloudpc-offer-accepted': CustomEvent<OfferAcceptedDetail>;
  'cloudpc-feedback': CustomEvent<FeedbackDetail>;
  'cloudpc-error': CustomEvent<ErrorDetail>;
  'cloudpc-login-required': CustomEvent<LoginRequiredDetail>;
}

export type CloudpcUnsubscribeEventName = keyof CloudpcUnsubscribeEventMap;

/** Each event's `detail` type, by event name. */
export type CloudpcUnsubscribeEventDetails = { [K in CloudpcUnsubscribeEventName]: CloudpcUnsubscribeEventMap[K]['detail'] };

/**
 * An event as a listener on the element itself receives it: a CustomEvent whose target is the
 * element (`CloudpcUnsubscribeEvent<'cloudpc-complete'>`). A listener higher up gets the same
 * event, its target retargeted to whatever host contains the element.
 */
export type CloudpcUnsubscribeEvent<K extends CloudpcUnsubscribeEventName = CloudpcUnsubscribeEventName> = CustomEvent<
  CloudpcUnsubscribeEventDetails[K]
> & {
  readonly target: CloudpcUnsubscribe;
};

declare global {
  interface HTMLElementTagNameMap {
    'cloudpc-unsubscribe': CloudpcUnsubscribe;
  }
  // Elements, the document and the window all read GlobalEventHandlersEventMap; HTMLElementEventMap
  // extends it, and is named too for code that reads it directly.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging the map into the DOM's own.
  interface GlobalEventHandlersEventMap extends CloudpcUnsubscribeEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- as above.
  interface HTMLElementEventMap extends CloudpcUnsubscribeEventMap {}
}
