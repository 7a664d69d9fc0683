/** The element's tag and its public events, typed for `querySelector` and `addEventListener`. */
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

declare global {
  interface HTMLElementTagNameMap {
    'cloudpc-unsubscribe': CloudpcUnsubscribe;
  }
  interface HTMLElementEventMap {
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
}
