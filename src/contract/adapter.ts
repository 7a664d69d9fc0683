import type {
  AcceptOfferInput,
  Agreement,
  Challenge,
  FeedbackInput,
  LoadContextInput,
  QuoteInput,
  Receipt,
  ReceiptDelivery,
  RefundQuote,
  RequestStatus,
  SendReceiptInput,
  StartVerificationInput,
  StatusInput,
  SubmitInput,
  UnsubscribeContext,
  VerifyInput,
  VerifyResult,
  WithdrawInput,
  WithdrawResult,
} from './types.js';

/** The languages the widget speaks, as it tells an adapter (`CallOptions.locale`). */
export type CallLocale = 'zh-CN' | 'en';

/** The last argument of every adapter method. */
export interface CallOptions {
  /**
   * Aborted when the widget no longer needs the answer: the element was removed, a newer call
   * replaced this one, or the call's deadline (`options.callTimeoutSeconds`) passed. Stop the
   * work and reject when it aborts.
   */
  signal?: AbortSignal;
  /**
   * The language the subscriber reads: every text of the answer (terms, highlights, refund method,
   * support hours, reasons' labels, questions, a rejection reason) should be in it. The widget
   * always sets it; the HTTP adapter sends it as `Accept-Language`.
   */
  locale?: CallLocale;
}

/**
 * How the widget talks to an operator's back end (README, "The adapter contract"). The widget never calls
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
  /**
   * The subscriber took a pause or downgrade offer from the context (`offers`): returns what was
   * agreed. Idempotent on `idempotencyKey`, like `submit`. Needed only by a back end that sends offers.
   */
  acceptOffer?(input: AcceptOfferInput, options?: CallOptions): Promise<Agreement>;
  /**
   * Takes back a request that has not taken effect yet (撤销退订): the service goes on and nothing
   * is charged. Idempotent by `idempotencyKey`, like `submit`. Optional: without it the widget
   * never offers a withdrawal; with it, it offers one while the status has `withdrawableUntil`.
   */
  withdraw?(input: WithdrawInput, options?: CallOptions): Promise<WithdrawResult>;
  /**
   * Sends the receipt of a request to the subscriber: by SMS to `account.maskedPhone` or by e-mail
   * to `account.maskedEmail`, and answers where it went. Idempotent by `idempotencyKey` (one per
   * press), so a retry never sends twice. Optional: without it the widget offers print and save only.
   */
  sendReceipt?(input: SendReceiptInput, options?: CallOptions): Promise<ReceiptDelivery>;
}

export type AdapterMethod = keyof UnsubscribeAdapter;

/**
 * Every adapter method, in the order a run calls them: the one list that the validation, the
 * built-in adapters' facades and the flow's calls go through.
 */
export const ADAPTER_METHODS = [
  'loadContext',
  'startVerification',
  'verify',
  'quoteRefund',
  'submit',
  'getStatus',
  'sendFeedback',
  'acceptOffer',
  'withdraw',
  'sendReceipt',
] as const satisfies readonly AdapterMethod[];

/**
 * The methods an adapter may leave out: the widget then does without (feedback is only sent to
 * the page; a context without `offers` never asks for `acceptOffer`; no withdrawal is offered; a receipt is printed or saved but not sent).
 */
export const OPTIONAL_ADAPTER_METHODS: ReadonlySet<AdapterMethod> = new Set<AdapterMethod>([
  'sendFeedback',
  'acceptOffer',
  'withdraw',
  'sendReceipt',
]);

/**
 * Optional methods whose answer the flow needs: left out, a call rejects (`server`, not retryable)
 * instead of resolving nothing.
 */
export const ANSWERING_OPTIONAL_METHODS: ReadonlySet<AdapterMethod> = new Set<AdapterMethod>(['acceptOffer', 'sendReceipt']);

/** Whether an adapter has an optional method (read now: a Proxy or getter answers at this moment). */
export function hasAdapterMethod(adapter: UnsubscribeAdapter, method: AdapterMethod): boolean {
  try {
    return typeof Reflect.get(adapter, method) === 'function';
  } catch {
    return false;
  }
}

// Fails to compile when a method of UnsubscribeAdapter is missing from the list above.
type Listed<Missing extends never> = Missing;
export type _EveryMethodListed = Listed<Exclude<AdapterMethod, (typeof ADAPTER_METHODS)[number]>>;
