/**
 * The adapter contract as zod schemas (README, "The adapter contract").
 *
 * zod/mini rather than classic zod: about a third of the size in the standalone bundle, and it
 * never probes `new Function`, so it runs under a strict Content-Security-Policy without
 * `'unsafe-eval'` (measured in shared/TOOLCHAIN.md).
 *
 * Every value an adapter resolves is parsed with one of these before the widget uses it
 * (see `validated-adapter.ts`). The TypeScript types of the contract are inferred from here,
 * so the schema and the type can never disagree.
 */
import * as z from 'zod/mini';

/** A non-empty string: ids, names and labels that the widget shows or sends back. */
const text = z.string().check(z.minLength(1));

/** An ISO 4217 currency code such as `CNY`. */
export const currencySchema = z.string().check(z.regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code'));

/**
 * Money in integer minor units (fen for CNY). A float such as `12.5` is rejected: money is never
 * a binary fraction anywhere in the widget.
 */
export const moneySchema = z.object({
  amount: z.int().check(z.minimum(0)),
  currency: currencySchema,
});

/** An instant: ISO 8601 date-time with an explicit offset (`Z` or `+08:00`). */
export const dateTimeSchema = z.iso.datetime({ offset: true });

/** A calendar date `YYYY-MM-DD`, meant in Asia/Shanghai. */
export const calendarDateSchema = z.iso.date();

export const effectiveSchema = z.enum(['immediately', 'end-of-term']);
export const verificationMethodSchema = z.enum(['sms', 'face', 'security-questions']);
/**
 * Where a request stands. `withdrawn`: the subscriber took the request back before it took effect
 * (`withdraw`, an optional method); only a back end that offers withdrawal ever answers it.
 */
export const requestStatusSchema = z.enum(['received', 'processing', 'completed', 'rejected', 'withdrawn']);
export const refundStatusSchema = z.enum(['pending', 'issued', 'arrived', 'none']);
export const subscriptionStatusSchema = z.enum(['active', 'suspended', 'pending-cancellation', 'cancelled', 'expired']);
export const billingCycleSchema = z.enum(['month', 'quarter', 'half-year', 'year']);

export const accountSchema = z.object({
  id: text,
  displayName: text,
  maskedPhone: z.optional(text),
  /** The subscriber's e-mail address, masked (`z***@example.com`): a receipt may be sent there (`sendReceipt`). */
  maskedEmail: z.optional(text),
});

const periodSchema = z
  .object({ start: dateTimeSchema, end: dateTimeSchema })
  .check(z.refine((p) => Date.parse(p.end) > Date.parse(p.start), { message: 'the period ends before it starts', path: ['end'] }));

const subscriptionShape = {
  id: text,
  /** The name the subscriber knows this cloud PC by (its computer name), when it has one. */
  name: z.optional(text),
  productName: text,
  planName: text,
  status: subscriptionStatusSchema,
  billingCycle: billingCycleSchema,
  currentPeriod: periodSchema,
  price: moneySchema,
};

export const subscriptionSchema = z.object(subscriptionShape);

/**
 * One of the account's cloud PCs in `context.subscriptions`, as the first screen offers it for the
 * subscriber to pick: the subscription, and how many days its data is kept after it ends (what
 * happens to its data; said only when given).
 */
export const subscriptionChoiceSchema = z.object({
  ...subscriptionShape,
  dataRetentionDays: z.optional(z.int().check(z.minimum(0))),
});

export const termsSchema = z.object({
  title: text,
  url: text,
  version: text,
  highlights: z.array(text),
  penalty: z.optional(moneySchema),
  refundMethod: text,
  effectiveOptions: z.array(effectiveSchema).check(z.minLength(1)),
  dataRetentionDays: z.optional(z.int().check(z.minimum(0))),
});

export const reasonSchema = z.object({
  id: text,
  label: text,
  requiresComment: z.optional(z.boolean()),
});

export const supportSchema = z.object({
  hotline: z.optional(text),
  email: z.optional(text),
  chatUrl: z.optional(text),
  hours: z.optional(text),
});

/**
 * A retention offer with figures from the back end (besides the operator's discount offers in
 * `options.offers`, which carry none). Shown at most once per run, on the reason step, for the
 * reasons it names (`reasonIds`; every reason when left out). The back end that sends offers
 * implements `acceptOffer`.
 * - `pause`: keep the cloud PC and its data, stop billing for a number of months the subscriber
 *   picks among `choices`, each with the date billing resumes; `storageFeePerMonth` is what the
 *   kept data costs meanwhile, if anything.
 * - `downgrade`: move to a cheaper plan: its name, price and cycle, when it starts, and what is
 *   lost (`losses`, sentences in the subscriber's language).
 */
export const pauseChoiceSchema = z.object({
  months: z.int().check(z.minimum(1), z.maximum(24)),
  resumesOn: calendarDateSchema,
});

export const pauseOfferSchema = z.object({
  offerId: text,
  kind: z.literal('pause'),
  choices: z.array(pauseChoiceSchema).check(z.minLength(1), z.maxLength(24)),
  storageFeePerMonth: z.optional(moneySchema),
  reasonIds: z.optional(z.array(text)),
});

/** The cheaper plan of a downgrade, as offered and as agreed. */
const downgradePlan = {
  planName: text,
  price: moneySchema,
  billingCycle: billingCycleSchema,
  startsAt: dateTimeSchema,
};

export const downgradeOfferSchema = z.object({
  offerId: text,
  kind: z.literal('downgrade'),
  ...downgradePlan,
  losses: z.array(text).check(z.maxLength(20)),
  reasonIds: z.optional(z.array(text)),
});

export const retentionOfferSchema = z.discriminatedUnion('kind', [pauseOfferSchema, downgradeOfferSchema]);

/** What `acceptOffer` returns: what was agreed, in the back end's figures. */
export const agreementSchema = z.discriminatedUnion('kind', [
  z.object({
    offerId: text,
    kind: z.literal('pause'),
    months: z.int().check(z.minimum(1), z.maximum(24)),
    resumesOn: calendarDateSchema,
    storageFeePerMonth: z.optional(moneySchema),
    agreedAt: dateTimeSchema,
  }),
  z.object({
    offerId: text,
    kind: z.literal('downgrade'),
    ...downgradePlan,
    agreedAt: dateTimeSchema,
  }),
]);

/**
 * What the widget needs to start, for one subscription (`subscription`). `subscriptions`: every
 * cloud PC on the account when there are several, this one among them; the subscriber then picks
 * the one to unsubscribe on the first screen, and the widget asks for its context
 * (`loadContext({ subscriptionId })`).
 */
export const contextSchema = z
  .object({
    account: accountSchema,
    subscription: subscriptionSchema,
    subscriptions: z.optional(z.array(subscriptionChoiceSchema)),
    terms: termsSchema,
    reasons: z.optional(z.array(reasonSchema)),
    verificationMethods: z.array(verificationMethodSchema),
    support: supportSchema,
    pendingRequest: z.optional(z.object({ requestId: text })),
    offers: z.optional(z.array(retentionOfferSchema)),
  })
  .check(
    z.refine((c) => c.subscriptions === undefined || c.subscriptions.some((choice) => choice.id === c.subscription.id), {
      message: 'the list of subscriptions leaves out the subscription this context is for',
      path: ['subscriptions'],
    }),
    z.refine((c) => c.subscriptions === undefined || new Set(c.subscriptions.map((choice) => choice.id)).size === c.subscriptions.length, {
      message: 'the list of subscriptions names one id twice',
      path: ['subscriptions'],
    }),
  );

export const smsChallengeSchema = z.object({
  challengeId: text,
  method: z.literal('sms'),
  maskedPhone: text,
  codeLength: z.int().check(z.minimum(4), z.maximum(8)),
  resendAfterSeconds: z.int().check(z.minimum(0)),
  expiresInSeconds: z.int().check(z.minimum(1)),
});

export const faceChallengeSchema = z.object({
  challengeId: text,
  method: z.literal('face'),
  handoffUrl: text,
  pollAfterSeconds: z.int().check(z.minimum(1)),
});

export const securityQuestionsChallengeSchema = z.object({
  challengeId: text,
  method: z.literal('security-questions'),
  questions: z.array(z.object({ id: text, prompt: text })).check(z.minLength(1)),
});

export const challengeSchema = z.discriminatedUnion('method', [smsChallengeSchema, faceChallengeSchema, securityQuestionsChallengeSchema]);

export const verifyFailureReasonSchema = z.enum(['wrong', 'expired', 'pending', 'locked']);

export const verifyResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), proof: text }),
  z.object({
    ok: z.literal(false),
    reason: verifyFailureReasonSchema,
    attemptsLeft: z.optional(z.int().check(z.minimum(0))),
    retryAfterSeconds: z.optional(z.int().check(z.minimum(0))),
  }),
]);

export const quoteSchema = z
  .object({
    quoteId: text,
    effective: effectiveSchema,
    effectiveAt: dateTimeSchema,
    paid: moneySchema,
    used: moneySchema,
    penalty: moneySchema,
    refund: moneySchema,
    method: text,
    arrivalWorkingDays: z
      .object({ min: z.int().check(z.minimum(0)), max: z.int().check(z.minimum(0)) })
      .check(z.refine((w) => w.min <= w.max, { message: 'min is above max', path: ['max'] })),
  })
  .check(
    z.refine((q) => new Set([q.paid.currency, q.used.currency, q.penalty.currency, q.refund.currency]).size === 1, {
      message: 'the quote mixes currencies',
      path: ['refund', 'currency'],
    }),
    z.refine((q) => q.refund.amount === Math.max(0, q.paid.amount - q.used.amount - q.penalty.amount), {
      message: 'refund is not paid - used - penalty (floored at zero)',
      path: ['refund', 'amount'],
    }),
  );

export const receiptSchema = z.object({
  requestId: text,
  status: requestStatusSchema,
  submittedAt: dateTimeSchema,
  expectedDoneBy: dateTimeSchema,
});

export const refundTrackingSchema = z.object({
  status: refundStatusSchema,
  amount: moneySchema,
  expectedBy: z.optional(
    z
      .object({ earliest: calendarDateSchema, latest: calendarDateSchema })
      .check(z.refine((r) => r.earliest <= r.latest, { message: 'earliest is after latest', path: ['latest'] })),
  ),
});

export const statusSchema = z.object({
  requestId: text,
  status: requestStatusSchema,
  updatedAt: dateTimeSchema,
  rejectionReason: z.optional(text),
  refund: z.optional(refundTrackingSchema),
  /**
   * Until when the subscriber may still withdraw the request (撤销退订): before it takes effect.
   * Absent when it cannot be withdrawn (any more). Only read when the adapter has `withdraw`.
   */
  withdrawableUntil: z.optional(dateTimeSchema),
});

/** What `withdraw` resolves: the request taken back, and when. */
export const withdrawResultSchema = z.object({
  requestId: text,
  status: z.literal('withdrawn'),
  withdrawnAt: dateTimeSchema,
});

/** Where a receipt can be sent (`sendReceipt`): by SMS to `account.maskedPhone`, by e-mail to `account.maskedEmail`. */
export const receiptChannelSchema = z.enum(['sms', 'email']);

/** What `sendReceipt` resolves: the receipt is on its way, to the masked destination it names. */
export const receiptDeliverySchema = z.object({
  requestId: text,
  channel: receiptChannelSchema,
  /** The masked phone number or address it went to, as the subscriber is shown it (`138****8000`). */
  sentTo: text,
  sentAt: dateTimeSchema,
});

// ---- What the widget sends: the inputs of each adapter method. The reference back end and the
// ---- conformance check parse requests with these.
//
// Every field has a size limit, so a back end that parses with these never stores or compares an
// unbounded string. Lengths count UTF-16 code units (JavaScript's `length`), and each limit is
// generous: well above what the widget itself sends.

/**
 * The size limits of the inputs, exported so a back end can state them and a test can reach them.
 * - `id`: subscription, challenge, quote, request, question and reason ids (the widget sends back
 *   ids the back end gave it).
 * - `proof`: room for a signed token (a JWT) rather than an opaque id.
 * - `idempotencyKey`: a UUID is 36.
 * - `code`: an SMS code is 4 to 8 digits; the widget sends digits only.
 * - `answer`: one security answer.
 * - `comment`: the widget allows at most 2,000 characters (`commentMaxLength`); 4,000 code units
 *   hold 2,000 characters of any script, emoji included.
 */
export const INPUT_LIMITS = {
  id: 256,
  proof: 4096,
  idempotencyKey: 128,
  code: 32,
  answer: 200,
  answers: 20,
  reasonIds: 50,
  comment: 4000,
} as const;

const idInput = z.string().check(z.minLength(1), z.maxLength(INPUT_LIMITS.id));
/** The key of one attempt (submit, acceptOffer, withdraw, sendReceipt), reused for its retries. */
const idempotencyKeyInput = z.string().check(z.minLength(1), z.maxLength(INPUT_LIMITS.idempotencyKey));

export const loadContextInputSchema = z.object({ subscriptionId: z.optional(idInput) });
export const startVerificationInputSchema = z.object({ method: verificationMethodSchema });
export const securityAnswerSchema = z.object({ questionId: idInput, answer: z.string().check(z.maxLength(INPUT_LIMITS.answer)) });
export const verifyInputSchema = z.object({
  challengeId: idInput,
  method: verificationMethodSchema,
  code: z.optional(z.string().check(z.maxLength(INPUT_LIMITS.code))),
  answers: z.optional(z.array(securityAnswerSchema).check(z.maxLength(INPUT_LIMITS.answers))),
});
export const quoteInputSchema = z.object({ subscriptionId: idInput, effective: effectiveSchema });
export const submitInputSchema = z.object({
  subscriptionId: idInput,
  reasonIds: z.array(idInput).check(z.maxLength(INPUT_LIMITS.reasonIds)),
  comment: z.optional(z.string().check(z.maxLength(INPUT_LIMITS.comment))),
  effective: effectiveSchema,
  quoteId: idInput,
  proof: z.optional(z.string().check(z.minLength(1), z.maxLength(INPUT_LIMITS.proof))),
  idempotencyKey: idempotencyKeyInput,
});
export const acceptOfferInputSchema = z.object({
  offerId: idInput,
  subscriptionId: idInput,
  months: z.optional(z.int().check(z.minimum(1), z.maximum(24))),
  reasonIds: z.array(idInput).check(z.maxLength(INPUT_LIMITS.reasonIds)),
  idempotencyKey: idempotencyKeyInput,
});
export const statusInputSchema = z.object({ requestId: idInput });
export const withdrawInputSchema = z.object({
  requestId: idInput,
  idempotencyKey: idempotencyKeyInput,
});
/**
 * One press of "send it to me": the idempotency key is made per press and reused for the press's
 * retries, so a retry after a lost answer never sends the message twice.
 */
export const sendReceiptInputSchema = z.object({
  requestId: idInput,
  channel: receiptChannelSchema,
  idempotencyKey: idempotencyKeyInput,
});
export const feedbackInputSchema = z.object({
  requestId: z.optional(idInput),
  rating: z.int().check(z.minimum(1), z.maximum(5)),
  comment: z.optional(z.string().check(z.maxLength(INPUT_LIMITS.comment))),
});
