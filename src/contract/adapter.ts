import type {
  Challenge,
  FeedbackInput,
  LoadContextInput,
  QuoteInput,
  Receipt,
  RefundQuote,
  RequestStatus,
  StartVerificationInput,
  StatusInput,
  SubmitInput,
  UnsubscribeContext,
  VerifyInput,
  VerifyResult,
} from './types.js';

/** The last argument of every adapter method. */
export interface CallOptions {
  /** Aborted when the widget no longer needs the answer (the element was removed, or a newer call replaced this one). */
  signal?: AbortSignal;
}

/**
 * How the widget talks to an operator's back end (DESIGN section 4). The widget never calls
 * `fetch` itself. Every method resolves a value that the widget validates with the contract's
 * schemas, and rejects with an error carrying a `code` (see `UnsubscribeError`).
 */
export interface UnsubscribeAdapter {
  loadContext(input: LoadContextInput, options?: CallOptions): Promise<UnsubscribeContext>;
  startVerification(input: StartVerificationInput, options?: CallOptions): Promise<Challenge>;
  verify(input: VerifyInput, options?: CallOptions): Promise<VerifyResult>;
  quoteRefund(input: QuoteInput, options?: CallOptions): Promise<RefundQuote>;
  submit(input: SubmitInput, options?: CallOptions): Promise<Receipt>;
  getStatus(input: StatusInput, options?: CallOptions): Promise<RequestStatus>;
  sendFeedback?(input: FeedbackInput, options?: CallOptions): Promise<void>;
}

export type AdapterMethod = keyof UnsubscribeAdapter;
