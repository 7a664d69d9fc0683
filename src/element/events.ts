/** The details of the public `cloudpc-*` events (DESIGN section 3). */
import type { RequestStatusValue, VerificationMethod } from '../contract/types.js';
import type { UnsubscribeErrorCode } from '../contract/errors.js';
import type { StepId } from '../flow/types.js';

export interface StepChangeDetail {
  step: StepId;
  previousStep: StepId | null;
}
export interface VerifiedDetail {
  method: VerificationMethod;
}
export interface SubmittedDetail {
  requestId: string;
}
export interface StatusChangeDetail {
  requestId: string;
  status: RequestStatusValue;
}
export interface CompleteDetail {
  requestId: string;
  status: RequestStatusValue;
}
export interface KeepDetail {
  step: StepId;
}
export interface OfferAcceptedDetail {
  offerId: string;
  reasonIds: string[];
}
export interface FeedbackDetail {
  rating: number;
  comment: string;
}
export interface ErrorDetail {
  code: UnsubscribeErrorCode;
  /** The step shown when the call failed, or null while loading. */
  step: StepId | null;
  retryable: boolean;
}
export type LoginRequiredDetail = Record<string, never>;
