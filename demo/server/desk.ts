/**
 * The reference back end's business: the contract's operations for one account, with the state in
 * the database (`store/`) and the rules from the package's mock engine (`src/adapters/mock/`), so
 * the demo in the browser and this server decide alike. What differs is what must differ on a real
 * server: codes, ids, proofs and hand-off secrets are random; the SMS code is stored as a digest;
 * and every write to an account runs in a transaction that holds the account's lock, so several
 * instances on one database still create one request per idempotency key.
 */
import {
  UnsubscribeError,
  type AcceptOfferInput,
  type Agreement,
  type Challenge,
  type FeedbackInput,
  type LoadContextInput,
  type QuoteInput,
  type Receipt,
  type ReceiptDelivery,
  type RefundQuote,
  type RequestStatus,
  type SendReceiptInput,
  type StartVerificationInput,
  type SubscriptionStatus,
  type SubmitInput,
  type UnsubscribeContext,
  type VerifyInput,
  type VerifyResult,
  type WithdrawInput,
  type WithdrawResult,
} from '../../src/contract/index.js';
import { buildSubscriptionContexts, contextAt, withListStatuses } from '../../src/adapters/mock/mock-context.js';
import type { ResolvedMockOptions } from '../../src/adapters/mock/mock-options.js';
import { createQuoteBook } from '../../src/adapters/mock/mock-quotes.js';
import { acceptFingerprint, createOfferDesk } from '../../src/adapters/mock/mock-offers.js';
import {
  keyReusedError,
  liveStateOf,
  receiptOf,
  refuseNewRequest,
  refuseWithdraw,
  withdrawResultOf,
  requestNumber,
  standingRequest,
  statusOf,
  submitFingerprint,
  type StandingFacts,
} from '../../src/adapters/mock/mock-requests.js';
import { shanghaiCompactDate, toShanghaiIso } from '../../src/adapters/mock/mock-time.js';
import { ENGLISH } from '../../src/adapters/mock/mock-english.js';
import { translated } from '../../src/adapters/mock/mock-locale.js';
import { answerBeforeChecking, DAY_MS, judgeWrong, refuseStart, sameAnswer } from '../../src/adapters/mock/verification-rules.js';
import { digest, randomCode, randomId, randomSecret, sameDigest } from './secrets.js';
import type { AccountRow, AccountStore, RequestRow } from './store/account-store.js';
import type { SqlExecutor } from './store/database.js';
import { withdrawalStore } from './store/withdrawal-store.js';
import { receiptDeliveryStore, type ReceiptDeliveryRow } from './store/receipt-delivery-store.js';
import { receiptMessage, type MessageLocale } from './receipt-message.js';

/** Feedback one account may send in 24 hours. */
export const FEEDBACK_PER_DAY = 10;
const SMS_CODE_DIGITS = 6;
/** Receipts one request may have sent (by SMS and e-mail together) in an hour. */
export const RECEIPTS_PER_HOUR = 3;
const HOUR_MS = 60 * 60 * 1000;

/** The fake phone and mailbox: a verification code, or a receipt sent by `sendReceipt`. */
export type InboxMessage =
  | { kind: 'code'; to: string; code: string; sentAt: string }
  | { kind: 'receipt'; channel: 'sms' | 'email'; to: string; requestId: string; subject?: string; text: string; sentAt: string };

export interface DeskSettings {
  store: AccountStore;
  /** The mock engine's options with their defaults: the rules, the content, the status timeline. */
  config: ResolvedMockOptions;
  /** `--broken requests`: ignore the Idempotency-Key, for the conformance check's negative test. */
  ignoreIdempotencyKey?: boolean;
}

const factsOf = (request: RequestRow, withdrawn?: ReadonlyMap<string, number>): StandingFacts => ({
  requestId: request.id,
  submittedAt: request.submittedAt,
  quote: request.quote,
  withdrawnAt: withdrawn?.get(request.id),
});

export function createDesk({ store, config, ignoreIdempotencyKey = false }: DeskSettings) {
  const { db } = store;
  const timeline = config.statusTimeline;

  /** The contexts of the account's cloud PCs as configured, the first one first: its own id, paid periods placed around when it was made. */
  function baseContexts(account: AccountRow): UnsubscribeContext[] {
    const overrides = { ...config.context, account: { ...config.context.account, id: account.id } };
    return buildSubscriptionContexts({ ...config, context: overrides }, new Date(account.createdAt));
  }

  /** The context of one of the account's cloud PCs (the first one when none is named). */
  function baseContext(account: AccountRow, subscriptionId?: string, operation = 'loadContext'): UnsubscribeContext {
    const contexts = baseContexts(account);
    const found = subscriptionId === undefined ? contexts[0] : contexts.find((c) => c.subscription.id === subscriptionId);
    if (found === undefined) throw new UnsubscribeError('not-found', `${operation}: no subscription ${subscriptionId}`);
    return found;
  }

  /** The standing facts of the account's requests for one cloud PC. */
  async function requestFacts(tx: SqlExecutor, account: AccountRow, subscriptionId: string): Promise<StandingFacts[]> {
    const withdrawn = await withdrawalStore.withdrawnAt(tx, account.id);
    const rows = await store.requests(tx, account.id);
    return rows.filter((r) => r.subscriptionId === subscriptionId).map((r) => factsOf(r, withdrawn));
  }

  /** A write to the account: in a transaction that holds the account's lock. */
  function locked<T>(account: AccountRow, work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return db.transaction(async (tx) => {
      await store.lockAccount(tx, account.id);
      return work(tx);
    });
  }

  /** The challenge's proof: made on its first success, the same one on a repeated right answer. */
  async function succeed(tx: SqlExecutor, challenge: { id: string; proof: string | null }): Promise<VerifyResult> {
    if (challenge.proof !== null) return { ok: true, proof: challenge.proof };
    const proof = randomId('PF');
    await store.setProof(tx, challenge.id, proof);
    return { ok: true, proof };
  }

  async function wrong(tx: SqlExecutor, account: AccountRow, guard: Awaited<ReturnType<AccountStore['readGuard']>>, now: number) {
    const judged = judgeWrong(guard, now, config);
    await store.addEvent(tx, account.id, 'wrong', now);
    if (judged.lockedUntil !== undefined) await store.lockUntil(tx, account.id, judged.lockedUntil);
    return judged.result;
  }

  return {
    async loadContext(account: AccountRow, input: LoadContextInput, now: number): Promise<UnsubscribeContext> {
      const base = baseContext(account, input.subscriptionId);
      const live = async (subscriptionId: string) =>
        liveStateOf(timeline, standingRequest(timeline, await requestFacts(db, account, subscriptionId), now), now);
      const context = contextAt(base, await live(base.subscription.id));
      // Each listed cloud PC with its status now (one being cancelled, one cancelled).
      const statuses = new Map<string, SubscriptionStatus | undefined>();
      for (const choice of context.subscriptions ?? []) statuses.set(choice.id, (await live(choice.id)).subscriptionStatus);
      return withListStatuses(context, (id) => statuses.get(id));
    },

    async startVerification(account: AccountRow, { method }: StartVerificationInput, now: number): Promise<Challenge> {
      if (!config.verificationMethods.includes(method)) {
        throw new UnsubscribeError('invalid-input', `startVerification: method ${method} is not offered`);
      }
      const maskedPhone = baseContext(account).account.maskedPhone ?? '';
      return locked(account, async (tx) => {
        const refused = refuseStart(await store.readGuard(tx, account.id, now), method, now, config);
        if (refused) throw refused;
        await store.addEvent(tx, account.id, method, now);
        const challengeId = randomId('CH');
        switch (method) {
          case 'sms': {
            const code = randomCode(SMS_CODE_DIGITS);
            const expiresAt = now + config.codeExpiresInSeconds * 1000;
            await store.insertChallenge(
              tx,
              { id: challengeId, accountId: account.id, method, codeHash: digest(challengeId, code), expiresAt },
              now,
            );
            await store.sendSms(tx, account.id, { to: maskedPhone, code, sentAt: now });
            return {
              challengeId,
              method,
              maskedPhone,
              codeLength: SMS_CODE_DIGITS,
              resendAfterSeconds: config.resendAfterSeconds,
              expiresInSeconds: config.codeExpiresInSeconds,
            };
          }
          case 'face': {
            // The link is the only secret the phone has: 256 random bits, stored as a digest.
            const secret = randomSecret();
            await store.insertChallenge(tx, { id: challengeId, accountId: account.id, method, handoffHash: digest(secret) }, now);
            // Relative: the widget accepts only https: and relative links, and makes it absolute for the QR code.
            return { challengeId, method, handoffUrl: `/demo/face/${secret}`, pollAfterSeconds: config.facePollAfterSeconds };
          }
          case 'security-questions': {
            await store.insertChallenge(tx, { id: challengeId, accountId: account.id, method }, now);
            return { challengeId, method, questions: config.securityQuestions.map(({ id, prompt }) => ({ id, prompt })) };
          }
        }
      });
    },

    verify(account: AccountRow, input: VerifyInput, now: number): Promise<VerifyResult> {
      return locked(account, async (tx) => {
        const challenge = await store.findChallenge(tx, account.id, input.challengeId);
        const guard = await store.readGuard(tx, account.id, now);
        const early = answerBeforeChecking(challenge, input, guard, now);
        if (early !== undefined || challenge === undefined) return early as VerifyResult;
        switch (challenge.method) {
          case 'sms': {
            if (challenge.proof === null && challenge.expiresAt !== null && now >= challenge.expiresAt)
              return { ok: false, reason: 'expired' };
            const given = digest(challenge.id, (input.code ?? '').trim());
            return challenge.codeHash !== null && sameDigest(given, challenge.codeHash)
              ? succeed(tx, challenge)
              : wrong(tx, account, guard, now);
          }
          case 'face':
            return challenge.faceApproved ? succeed(tx, challenge) : { ok: false, reason: 'pending' };
          case 'security-questions': {
            const given = new Map((input.answers ?? []).map((a) => [a.questionId, a.answer]));
            const allRight = config.securityQuestions.every((q) => sameAnswer(given.get(q.id) ?? '', q.answer));
            return allRight ? succeed(tx, challenge) : wrong(tx, account, guard, now);
          }
        }
      });
    },

    async quoteRefund(account: AccountRow, input: QuoteInput, now: number): Promise<RefundQuote> {
      const base = baseContext(account, input.subscriptionId, 'quoteRefund');
      const quote = { ...createQuoteBook(config, base).price(input, now), quoteId: randomId('Q') };
      await store.insertQuote(account.id, { ...quote, subscriptionId: base.subscription.id }, now);
      return quote;
    },

    /** The receipt, and whether this call created the request (201) or found it under the same key (200). */
    async submit(account: AccountRow, input: SubmitInput, now: number): Promise<{ receipt: Receipt; created: boolean }> {
      const subscriptionId = baseContext(account, input.subscriptionId, 'submit').subscription.id;
      const firstId = baseContext(account).subscription.id;
      return locked(account, async (tx) => {
        const key = ignoreIdempotencyKey ? `${input.idempotencyKey}#${randomId('K')}` : input.idempotencyKey;
        const earlier = await store.requestByKey(tx, account.id, key);
        if (earlier) {
          if (earlier.fingerprint !== submitFingerprint(input)) throw keyReusedError(input.idempotencyKey);
          return { receipt: receiptOf(earlier.id, earlier.submittedAt), created: false };
        }
        const requests = await requestFacts(tx, account, subscriptionId);
        const stored = await store.findQuote(tx, account.id, input.quoteId);
        // A quote is for one cloud PC: another one's quote is no quote for this one.
        const { subscriptionId: quotedFor = firstId, ...quoted } = stored ?? { subscriptionId: undefined };
        const quote = stored !== undefined && quotedFor === subscriptionId ? (quoted as RefundQuote) : undefined;
        const refused = refuseNewRequest(input, {
          standing: ignoreIdempotencyKey ? undefined : standingRequest(timeline, requests, now),
          quote,
          proofRequired: config.verificationMethods.length > 0,
          proofValid: input.proof !== undefined && (await store.hasProof(tx, account.id, input.proof)),
        });
        if (refused || quote === undefined) throw refused;
        const requestId = requestNumber(now, await store.nextRequestNumber(tx, shanghaiCompactDate(now)));
        await store.insertRequest(tx, {
          id: requestId,
          accountId: account.id,
          subscriptionId,
          idempotencyKey: key,
          fingerprint: submitFingerprint(input),
          quote,
          submittedAt: now,
        });
        return { receipt: receiptOf(requestId, now), created: true };
      });
    },

    /**
     * A pause or downgrade taken instead of unsubscribing: what was agreed, computed by the mock
     * engine's rules from this account's offers and stored under the key, so a retry gets the same
     * answer and a key reused for another acceptance is refused. Refused while a request to
     * unsubscribe stands.
     */
    async acceptOffer(account: AccountRow, input: AcceptOfferInput, now: number): Promise<Agreement> {
      const base = baseContext(account, input.subscriptionId, 'acceptOffer');
      return locked(account, async (tx) => {
        const earlier = await store.agreementByKey(tx, account.id, input.idempotencyKey);
        if (earlier) {
          if (earlier.fingerprint !== acceptFingerprint(input)) {
            throw new UnsubscribeError(
              'invalid-input',
              `acceptOffer: idempotency key ${input.idempotencyKey} was used for a different acceptance`,
            );
          }
          return earlier.agreement;
        }
        if (standingRequest(timeline, await requestFacts(tx, account, base.subscription.id), now) !== undefined) {
          throw new UnsubscribeError('conflict', 'acceptOffer: a request to unsubscribe is already under way');
        }
        const agreement = createOfferDesk(() => base.offers ?? []).accept(input, now, base.subscription.id);
        await store.insertAgreement(tx, account.id, input.idempotencyKey, { fingerprint: acceptFingerprint(input), agreement }, now);
        return agreement;
      });
    },

    async agreements(account: AccountRow): Promise<Agreement[]> {
      return store.agreements(db, account.id);
    },

    async getStatus(account: AccountRow, requestId: string, now: number): Promise<RequestStatus> {
      const request = await store.request(db, account.id, requestId);
      if (!request) throw new UnsubscribeError('not-found', `getStatus: no request ${requestId}`);
      return statusOf(config, factsOf(request, await withdrawalStore.withdrawnAt(db, account.id)), now);
    },

    /**
     * Takes the request back, once: the result, and whether this call withdrew it (201) or found it
     * withdrawn already (200: a retry, a double press, another tab).
     */
    withdraw(account: AccountRow, input: WithdrawInput, now: number): Promise<{ result: WithdrawResult; created: boolean }> {
      return locked(account, async (tx) => {
        const request = await store.request(tx, account.id, input.requestId);
        if (!request) throw new UnsubscribeError('not-found', `withdraw: no request ${input.requestId}`);
        const withdrawn = await withdrawalStore.withdrawnAt(tx, account.id);
        const earlier = withdrawn.get(request.id);
        if (earlier !== undefined) return { result: withdrawResultOf(request.id, earlier), created: false };
        const key = ignoreIdempotencyKey ? `${input.idempotencyKey}#${randomId('K')}` : input.idempotencyKey;
        const keyUsed = await withdrawalStore.byKey(tx, account.id, key);
        if (keyUsed)
          throw new UnsubscribeError(
            'invalid-input',
            `withdraw: idempotency key ${input.idempotencyKey} was used for request ${keyUsed.requestId}`,
          );
        const refused = refuseWithdraw(timeline, factsOf(request, withdrawn), now);
        if (refused) throw refused;
        await withdrawalStore.insert(tx, account.id, { requestId: request.id, idempotencyKey: key, withdrawnAt: now });
        return { result: withdrawResultOf(request.id, now), created: true };
      });
    },

    /**
     * Sends the request's receipt to the account's masked phone or address, in `locale`: one
     * message per key (a retry answers the first delivery, 200), at most RECEIPTS_PER_HOUR per
     * request in an hour (then rate-limited with the wait), only for the account's own requests.
     */
    sendReceipt(
      account: AccountRow,
      input: SendReceiptInput,
      now: number,
      locale: MessageLocale,
    ): Promise<{ delivery: ReceiptDelivery; created: boolean }> {
      const base = baseContext(account);
      const deliveryOf = (row: ReceiptDeliveryRow): ReceiptDelivery => ({
        requestId: row.requestId,
        channel: row.channel,
        sentTo: row.sentTo,
        sentAt: toShanghaiIso(row.sentAt),
      });
      return locked(account, async (tx) => {
        const earlier = await receiptDeliveryStore.byKey(tx, account.id, input.idempotencyKey);
        if (earlier) {
          if (earlier.requestId !== input.requestId || earlier.channel !== input.channel) {
            throw new UnsubscribeError(
              'invalid-input',
              `sendReceipt: idempotency key ${input.idempotencyKey} was used for another delivery`,
            );
          }
          return { delivery: deliveryOf(earlier), created: false };
        }
        const request = await store.request(tx, account.id, input.requestId);
        if (!request) throw new UnsubscribeError('not-found', `sendReceipt: no request ${input.requestId}`);
        const sentTo = input.channel === 'sms' ? base.account.maskedPhone : base.account.maskedEmail;
        if (!sentTo) {
          throw new UnsubscribeError(
            'invalid-input',
            `sendReceipt: the account has no ${input.channel === 'sms' ? 'phone' : 'e-mail address'}`,
          );
        }
        const recent = await receiptDeliveryStore.sentSince(tx, account.id, request.id, now - HOUR_MS + 1);
        if (recent.length >= RECEIPTS_PER_HOUR) {
          const oldest = recent[recent.length - RECEIPTS_PER_HOUR] ?? now;
          const retryAfterSeconds = Math.max(1, Math.ceil((oldest + HOUR_MS - now) / 1000));
          throw new UnsubscribeError('rate-limited', `sendReceipt: at most ${RECEIPTS_PER_HOUR} an hour for one request`, {
            retryAfterSeconds,
          });
        }
        const facts = factsOf(request, await withdrawalStore.withdrawnAt(tx, account.id));
        // The cloud PC the request is for (an account may have several).
        const subscription =
          baseContexts(account).find((c) => c.subscription.id === request.subscriptionId)?.subscription ?? base.subscription;
        const english = locale === 'en' ? ENGLISH : undefined;
        const message = receiptMessage(
          {
            requestId: request.id,
            productName: english ? translated(subscription.productName, english) : subscription.productName,
            submittedAt: request.submittedAt,
            effectiveAt: request.quote.effectiveAt,
            refund: request.quote.refund,
            refundMethod: english ? translated(request.quote.method, english) : request.quote.method,
            status: statusOf(config, facts, now),
            hotline: base.support?.hotline,
          },
          input.channel,
          locale,
        );
        const row: ReceiptDeliveryRow = {
          requestId: request.id,
          channel: input.channel,
          idempotencyKey: input.idempotencyKey,
          sentTo,
          ...message,
          sentAt: now,
        };
        await receiptDeliveryStore.insert(tx, account.id, row);
        return { delivery: deliveryOf(row), created: true };
      });
    },

    sendFeedback(account: AccountRow, input: FeedbackInput, now: number): Promise<void> {
      return locked(account, async (tx) => {
        if (input.requestId !== undefined && !(await store.request(tx, account.id, input.requestId))) {
          throw new UnsubscribeError('not-found', `sendFeedback: no request ${input.requestId}`);
        }
        const recent = await store.feedbackSince(tx, account.id, now - DAY_MS);
        if (recent.length >= FEEDBACK_PER_DAY) {
          const retryAfterSeconds = Math.max(1, Math.ceil(((recent[recent.length - FEEDBACK_PER_DAY] ?? now) + DAY_MS - now) / 1000));
          throw new UnsubscribeError('rate-limited', `sendFeedback: at most ${FEEDBACK_PER_DAY} a day`, { retryAfterSeconds });
        }
        await store.insertFeedback(tx, account.id, input, now);
      });
    },

    /** The account's requests as receipts, oldest first (the exactly-once tests count them). */
    async receipts(account: AccountRow): Promise<Receipt[]> {
      return (await store.requests(db, account.id)).map((r) => receiptOf(r.id, r.submittedAt));
    },

    /** The fake phone and mailbox: the account's codes and receipts, newest first. */
    async inbox(account: AccountRow): Promise<InboxMessage[]> {
      const codes = (await store.inbox(account.id)).map((m) => ({
        at: m.sentAt,
        message: { kind: 'code' as const, to: m.to, code: m.code },
      }));
      const receipts = (await receiptDeliveryStore.newest(db, account.id)).map((r) => ({
        at: r.sentAt,
        message: {
          kind: 'receipt' as const,
          channel: r.channel,
          to: r.sentTo,
          requestId: r.requestId,
          ...(r.subject === null ? {} : { subject: r.subject }),
          text: r.text,
        },
      }));
      return [...codes, ...receipts]
        .sort((a, b) => b.at - a.at)
        .map(({ at, message }): InboxMessage => ({ ...message, sentAt: toShanghaiIso(at) }));
    },

    /** The face challenge a hand-off secret names, if any. */
    async faceHandoff(secret: string): Promise<{ challengeId: string; approved: boolean } | undefined> {
      const challenge = await store.findByHandoff(digest(secret));
      return challenge && { challengeId: challenge.id, approved: challenge.faceApproved };
    },

    async approveFace(challengeId: string): Promise<void> {
      await store.approveFace(challengeId);
    },
  };
}

export type Desk = ReturnType<typeof createDesk>;
