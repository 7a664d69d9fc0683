/** The contract's TypeScript types, inferred from the schemas so they cannot drift apart. */
import type * as z from 'zod/mini';
import type * as s from './schemas.js';

export type Money = z.infer<typeof s.moneySchema>;
export type Effective = z.infer<typeof s.effectiveSchema>;
export type VerificationMethod = z.infer<typeof s.verificationMethodSchema>;
export type RequestStatusValue = z.infer<typeof s.requestStatusSchema>;
export type RefundStatusValue = z.infer<typeof s.refundStatusSchema>;
export type SubscriptionStatus = z.infer<typeof s.subscriptionStatusSchema>;
export type BillingCycle = z.infer<typeof s.billingCycleSchema>;

export type Account = z.infer<typeof s.accountSchema>;
export type Subscription = z.infer<typeof s.subscriptionSchema>;
export type SubscriptionChoice = z.infer<typeof s.subscriptionChoiceSchema>;
export type Terms = z.infer<typeof s.termsSchema>;
export type Reason = z.infer<typeof s.reasonSchema>;
export type Support = z.infer<typeof s.supportSchema>;
export type PauseChoice = z.infer<typeof s.pauseChoiceSchema>;
export type PauseOffer = z.infer<typeof s.pauseOfferSchema>;
export type DowngradeOffer = z.infer<typeof s.downgradeOfferSchema>;
export type RetentionOffer = z.infer<typeof s.retentionOfferSchema>;
export type Agreement = z.infer<typeof s.agreementSchema>;
export type AcceptOfferInput = z.infer<typeof s.acceptOfferInputSchema>;
export type UnsubscribeContext = z.infer<typeof s.contextSchema>;

export type SmsChallenge = z.infer<typeof s.smsChallengeSchema>;
export type FaceChallenge = z.infer<typeof s.faceChallengeSchema>;
export type SecurityQuestionsChallenge = z.infer<typeof s.securityQuestionsChallengeSchema>;
export type Challenge = z.infer<typeof s.challengeSchema>;
export type VerifyFailureReason = z.infer<typeof s.verifyFailureReasonSchema>;
export type VerifyResult = z.infer<typeof s.verifyResultSchema>;

export type RefundQuote = z.infer<typeof s.quoteSchema>;
export type Receipt = z.infer<typeof s.receiptSchema>;
export type RefundTracking = z.infer<typeof s.refundTrackingSchema>;
export type RequestStatus = z.infer<typeof s.statusSchema>;
export type WithdrawResult = z.infer<typeof s.withdrawResultSchema>;
export type ReceiptChannel = z.infer<typeof s.receiptChannelSchema>;
export type ReceiptDelivery = z.infer<typeof s.receiptDeliverySchema>;

export type LoadContextInput = z.infer<typeof s.loadContextInputSchema>;
export type StartVerificationInput = z.infer<typeof s.startVerificationInputSchema>;
export type SecurityAnswer = z.infer<typeof s.securityAnswerSchema>;
export type VerifyInput = z.infer<typeof s.verifyInputSchema>;
export type QuoteInput = z.infer<typeof s.quoteInputSchema>;
export type SubmitInput = z.infer<typeof s.submitInputSchema>;
export type StatusInput = z.infer<typeof s.statusInputSchema>;
export type FeedbackInput = z.infer<typeof s.feedbackInputSchema>;
export type WithdrawInput = z.infer<typeof s.withdrawInputSchema>;
export type SendReceiptInput = z.infer<typeof s.sendReceiptInputSchema>;
