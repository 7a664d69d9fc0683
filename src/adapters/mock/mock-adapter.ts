/**
 * `createMockAdapter`: the in-memory back end of the README's "The adapter contract", deterministic given its clock.
 * Each call is logged, delayed (abortably), possibly failed on purpose, checked against the
 * contract's input schema, and then answered by one of the small desks it is built from.
 */
import type * as z from 'zod/mini';
import {
  UnsubscribeError,
  acceptOfferInputSchema,
  feedbackInputSchema,
  formatIssuePath,
  loadContextInputSchema,
  quoteInputSchema,
  startVerificationInputSchema,
  statusInputSchema,
  submitInputSchema,
  verifyInputSchema,
  sendReceiptInputSchema,
  withdrawInputSchema,
  type AdapterMethod,
  type CallOptions,
  type FeedbackInput,
  type UnsubscribeContext,
} from '../../contract/index.js';
import { cloneData } from '../../platform/clone.js';
import { buildSubscriptionContexts, contextAt, withListStatuses } from './mock-context.js';
import { createFailureInjector } from './mock-failures.js';
import { simulateLatency } from './mock-latency.js';
import { inLocale } from './mock-locale.js';
import type { CheckedMockOptions } from './mock-options-check.js';
import { resolveMockOptions } from './mock-options-resolve.js';
import type { MockAdapter, MockCall } from './mock-options.js';
import { createQuoteBook, type QuoteBook } from './mock-quotes.js';
import { createRequestBook, type RequestBook } from './mock-requests.js';
import { createVerificationDesk } from './mock-verification.js';
import { createOfferDesk } from './mock-offers.js';
import { createReceiptPostRoom } from './mock-receipt-mail.js';

/** One cloud PC's context as configured, its quotes and its requests. */
interface SubscriptionBook {
  context: UnsubscribeContext;
  quotes: QuoteBook;
  requests: RequestBook;
}

function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown, method: AdapterMethod): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new UnsubscribeError(
    'invalid-input',
    `mock ${method}: bad input at ${formatIssuePath(issue?.path ?? [])}: ${issue?.message ?? 'invalid'}`,
    {
      cause: result.error,
    },
  );
}

/**
 * The in-memory back end behind `createMockAdapter` (see `index.ts`), built from options that
 * the facade has already checked; their defaults are filled in here, in the engine's chunk.
 * `calls` is the log the caller keeps: the facade records each call the moment it is made.
 */
export function buildMockAdapter(options: CheckedMockOptions, createdAt: Date, calls: MockCall[]): MockAdapter {
  const config = resolveMockOptions(options);
  const now = (): number => config.now().getTime();
  const contexts = buildSubscriptionContexts(config, createdAt);
  const base = contexts[0] as UnsubscribeContext;
  const desk = createVerificationDesk(config, () => base.account.maskedPhone ?? '');
  let requestNumbers = 0;
  // One book of quotes and requests per cloud PC; the verification and the request numbers are the account's.
  const books = new Map(
    contexts.map((context, index) => {
      const quotes = createQuoteBook(config, context, index === 0 ? 'Q' : `Q${index + 1}`);
      const requests = createRequestBook({
        // A request already under way (`pendingRequestId`) is the configured cloud PC's.
        options: index === 0 ? config : { ...config, pendingRequestId: undefined },
        subscriptionId: context.subscription.id,
        seedEffective: context.terms.effectiveOptions[0] ?? 'immediately',
        quotes,
        isValidProof: desk.isValidProof,
        createdAt: createdAt.getTime(),
        nextNumber: () => ++requestNumbers,
      });
      return [context.subscription.id, { context, quotes, requests }] as const;
    }),
  );
  const mainBook = books.get(base.subscription.id) as SubscriptionBook;
  const failures = createFailureInjector(config.failures);
  const feedback: FeedbackInput[] = [];
  const offers = createOfferDesk(() => base.offers ?? []);
  const postRoom = createReceiptPostRoom(
    () => base.account,
    (requestId) => bookWith(requestId).requests.has(requestId),
  );

  function bookOf(subscriptionId: string | undefined, method: AdapterMethod): SubscriptionBook {
    const book = subscriptionId === undefined ? mainBook : books.get(subscriptionId);
    if (book === undefined) throw new UnsubscribeError('not-found', `mock ${method}: no subscription ${subscriptionId}`);
    return book;
  }

  /** The book that holds a request, or the configured cloud PC's (whose answer is then not-found). */
  function bookWith(requestId: string): SubscriptionBook {
    for (const book of books.values()) if (book.requests.has(requestId)) return book;
    return mainBook;
  }

  function contextOf(book: SubscriptionBook, at: number): UnsubscribeContext {
    const context = contextAt(book.context, book.requests.live(at));
    return withListStatuses(context, (id) => books.get(id)?.requests.live(at).subscriptionStatus);
  }

  async function handle<S extends z.ZodMiniType, T>(
    method: AdapterMethod,
    schema: S,
    input: unknown,
    callOptions: CallOptions | undefined,
    answer: (input: z.output<S>, now: number) => T,
  ): Promise<T> {
    await simulateLatency(config.latencyMs, callOptions?.signal);
    failures.check(method);
    return inLocale(answer(parseInput(schema, input, method), now()), callOptions?.locale);
  }

  return {
    loadContext: (input, callOptions) =>
      handle('loadContext', loadContextInputSchema, input, callOptions, ({ subscriptionId }, at) =>
        contextOf(bookOf(subscriptionId, 'loadContext'), at),
      ),

    startVerification: (input, callOptions) =>
      handle('startVerification', startVerificationInputSchema, input, callOptions, ({ method }, at) => desk.start(method, at)),

    verify: (input, callOptions) => handle('verify', verifyInputSchema, input, callOptions, (parsed, at) => desk.verify(parsed, at)),

    quoteRefund: (input, callOptions) =>
      handle('quoteRefund', quoteInputSchema, input, callOptions, (parsed, at) =>
        bookOf(parsed.subscriptionId, 'quoteRefund').quotes.issue(parsed, at),
      ),

    submit: (input, callOptions) =>
      handle('submit', submitInputSchema, input, callOptions, (parsed, at) =>
        bookOf(parsed.subscriptionId, 'submit').requests.submit(parsed, at),
      ),

    getStatus: (input, callOptions) =>
      handle('getStatus', statusInputSchema, input, callOptions, ({ requestId }, at) => bookWith(requestId).requests.status(requestId, at)),

    sendFeedback: (input, callOptions) =>
      handle('sendFeedback', feedbackInputSchema, input, callOptions, (parsed) => {
        if (parsed.requestId !== undefined && !bookWith(parsed.requestId).requests.has(parsed.requestId)) {
          throw new UnsubscribeError('not-found', `mock sendFeedback: no request ${parsed.requestId}`);
        }
        feedback.push(cloneData(parsed));
      }),

    acceptOffer: (input, callOptions) =>
      handle('acceptOffer', acceptOfferInputSchema, input, callOptions, (parsed, at) => {
        const book = bookOf(parsed.subscriptionId, 'acceptOffer');
        if (book.requests.live(at).pendingRequestId !== undefined) {
          throw new UnsubscribeError('conflict', 'mock acceptOffer: a request to unsubscribe is already under way');
        }
        return offers.accept(parsed, at, book.context.subscription.id);
      }),
    withdraw: (input, callOptions) =>
      handle('withdraw', withdrawInputSchema, input, callOptions, (parsed, at) => bookWith(parsed.requestId).requests.withdraw(parsed, at)),
    sendReceipt: (input, callOptions) =>
      handle('sendReceipt', sendReceiptInputSchema, input, callOptions, (parsed, at) => postRoom.send(parsed, at)),

    get calls() {
      return calls.slice();
    },
    requests: () => [...books.values()].flatMap((book) => book.requests.receipts()),
    feedback: () => feedback.map((entry) => cloneData(entry)),
    approveFace: (challengeId) => desk.approveFace(challengeId),
    lastSmsCode: () => desk.lastSmsCode(),
    agreements: () => offers.agreements(),
    receiptDeliveries: () => postRoom.sent(),
  };
}
