/**
 * The REST contract of DESIGN section 4 under `/api`. Each endpoint runs the same steps: an injected
 * fault answers first if one is armed; the request is parsed with the contract's input schema (a bad
 * field is a 422 naming it); the visitor's mock adapter answers; and the answer is checked against the
 * contract's response schema before it is sent. An answer that fails its schema is a bug in this
 * server: it is logged and becomes a 500, never a malformed 200.
 */
import type * as z from 'zod/mini';
import {
  acceptOfferInputSchema,
  agreementSchema,
  challengeSchema,
  contextSchema,
  feedbackInputSchema,
  loadContextInputSchema,
  parseResponse,
  quoteInputSchema,
  quoteSchema,
  receiptDeliverySchema,
  receiptSchema,
  sendReceiptInputSchema,
  startVerificationInputSchema,
  statusInputSchema,
  statusSchema,
  submitInputSchema,
  verifyInputSchema,
  verifyResultSchema,
  withdrawInputSchema,
  withdrawResultSchema,
  type AdapterMethod,
  type Receipt,
} from '../../src/contract/index.js';
import { ENGLISH } from '../../src/adapters/mock/mock-english.js';
import { translated } from '../../src/adapters/mock/mock-locale.js';
import { breakContext, breakQuote, brokenStatusReply, type BrokenEndpoint } from './broken.js';
import type { Desk } from './desk.js';
import { HttpProblem } from './problem.js';
import { emptyReply, jsonReply, type Reply } from './reply.js';
import { asObject, parseInput, queryValue, readJsonBody } from './request-input.js';
import type { Handler, Route, RouteContext } from './router.js';
import type { VisitorCache } from './visitors.js';
import type { AccountRow } from './store/account-store.js';

export interface ApiSettings {
  desk: Desk;
  visitors: VisitorCache;
  broken: ReadonlySet<BrokenEndpoint>;
  /** Adapter calls one visitor may make before it must reset: a bound on what one browser can make this server do. */
  maxCallsPerVisitor: number;
  now(): number;
  log(line: string): void;
}

/** What an adapter call produced and how to send it. */
interface Outcome {
  value: unknown;
  /** The response schema `value` must pass; absent for an empty answer or a deliberately broken endpoint. */
  check?: z.ZodMiniType;
  reply(value: unknown): Reply;
}

interface Operation<S extends z.ZodMiniType> {
  method: AdapterMethod;
  schema: S;
  /** Whether the call may write: the visitor's account is stored before it runs. */
  writes: boolean;
  input(context: RouteContext): unknown;
  /** `locale`: the language the answer (and anything the call sends the subscriber) is in. */
  run(account: AccountRow, input: z.output<S>, now: number, locale: 'zh-CN' | 'en'): Promise<Outcome>;
}

const ok = (value: unknown): Reply => jsonReply(200, value);

async function bodyObject(context: RouteContext): Promise<Record<string, unknown>> {
  return asObject(await readJsonBody(context.req));
}

function idempotencyKey(context: RouteContext): string {
  const key = context.req.headers['idempotency-key'];
  if (typeof key !== 'string' || key.trim() === '') {
    throw new HttpProblem(
      422,
      'invalid-input',
      'Idempotency-Key: the header is required (one key per attempt at unsubscribing or withdrawing, or per press of a send button)',
    );
  }
  return key;
}

/**
 * The input of a keyed POST: the JSON body, the id the path names (`param`, when it names one) and
 * the `Idempotency-Key` header; the path and the header win over copies in the body.
 */
function keyedInput(param?: 'offerId' | 'requestId') {
  return async (context: RouteContext): Promise<Record<string, unknown>> => ({
    ...(await bodyObject(context)),
    ...(param === undefined ? {} : { [param]: context.params[param] }),
    idempotencyKey: idempotencyKey(context),
  });
}

/**
 * The language to answer in, from `Accept-Language` (the widget sends `zh-CN` or `en`): English
 * when the first language named is English, else Chinese, the service's own language.
 */
export function answerLocale(acceptLanguage: string | undefined): 'zh-CN' | 'en' {
  const first = (acceptLanguage ?? '').split(',')[0]?.split(';')[0]?.trim().toLowerCase() ?? '';
  return first === 'en' || first.startsWith('en-') ? 'en' : 'zh-CN';
}

/** The reply in the language asked for: the texts translated, and the headers that say so (and that the answer varies by it). */
function inLanguage(reply: Reply, locale: 'zh-CN' | 'en'): Reply {
  return { ...reply, headers: { ...reply.headers, 'Content-Language': locale, Vary: 'Accept-Language' } };
}

export function apiRoutes(settings: ApiSettings): Route[] {
  const { desk, visitors } = settings;
  const isBroken = (endpoint: BrokenEndpoint): boolean => settings.broken.has(endpoint);

  function checked(outcome: Outcome, method: AdapterMethod): unknown {
    if (!outcome.check) return outcome.value;
    try {
      return parseResponse(outcome.check, outcome.value, method);
    } catch (error) {
      settings.log(`cloudpc-unsubscribe demo: BUG: ${error instanceof Error ? error.message : String(error)}`);
      throw new HttpProblem(500, 'server', `the ${method} answer failed the contract's schema; see the server log`);
    }
  }

  function perform<S extends z.ZodMiniType>(operation: Operation<S>): Handler {
    return async (context) => {
      const visitor = await context.visitor();
      const fault = visitor.faults.take(operation.method);
      if (fault) throw fault;
      const input = parseInput(operation.schema, await operation.input(context));
      visitor.calls += 1;
      if (visitor.calls > settings.maxCallsPerVisitor) {
        throw new HttpProblem(429, 'rate-limited', `more than ${settings.maxCallsPerVisitor} calls: POST /demo/reset to start again`, {
          retryAfterSeconds: 60,
        });
      }
      if (operation.writes) await visitors.keep(visitor);
      const locale = answerLocale(context.req.headers['accept-language']);
      const outcome = await operation.run(visitor.account, input, settings.now(), locale);
      const value = locale === 'en' ? translated(outcome.value, ENGLISH) : outcome.value;
      return inLanguage(outcome.reply(checked({ ...outcome, value }, operation.method)), locale);
    };
  }

  const created = (receipt: Receipt): Reply =>
    jsonReply(201, receipt, { Location: `/api/requests/${encodeURIComponent(receipt.requestId)}` });

  return [
    {
      method: 'GET',
      path: '/api/context',
      handler: perform({
        method: 'loadContext',
        schema: loadContextInputSchema,
        writes: false,
        input: ({ url }) => ({ subscriptionId: queryValue(url, 'subscriptionId') }),
        run: async (account, input, now) => {
          const context = await desk.loadContext(account, isBroken('subscriptions') ? {} : input, now);
          return isBroken('context') ? { value: breakContext(context), reply: ok } : { value: context, check: contextSchema, reply: ok };
        },
      }),
    },
    {
      method: 'POST',
      path: '/api/verifications',
      handler: perform({
        method: 'startVerification',
        schema: startVerificationInputSchema,
        writes: true,
        input: bodyObject,
        run: async (account, input, now) => ({
          value: await desk.startVerification(account, input, now),
          check: challengeSchema,
          reply: ok,
        }),
      }),
    },
    {
      method: 'POST',
      path: '/api/verifications/:challengeId/check',
      handler: perform({
        method: 'verify',
        schema: verifyInputSchema,
        writes: true,
        input: async (context) => ({ ...(await bodyObject(context)), challengeId: context.params.challengeId }),
        run: async (account, input, now) => ({ value: await desk.verify(account, input, now), check: verifyResultSchema, reply: ok }),
      }),
    },
    {
      method: 'GET',
      path: '/api/refund-quote',
      handler: perform({
        method: 'quoteRefund',
        schema: quoteInputSchema,
        writes: true,
        input: ({ url }) => ({ subscriptionId: queryValue(url, 'subscriptionId'), effective: queryValue(url, 'effective') }),
        run: async (account, input, now) => {
          const quote = await desk.quoteRefund(account, input, now);
          return isBroken('refund-quote') ? { value: breakQuote(quote), reply: ok } : { value: quote, check: quoteSchema, reply: ok };
        },
      }),
    },
    {
      method: 'POST',
      path: '/api/requests',
      handler: perform({
        method: 'submit',
        schema: submitInputSchema,
        writes: true,
        input: keyedInput(),
        run: async (account, input, now) => {
          // 201 when this call created the request; a retry under the same key gets the same receipt with 200.
          const { receipt, created: isNew } = await desk.submit(account, input, now);
          return { value: receipt, check: receiptSchema, reply: (value) => (isNew ? created(value as Receipt) : ok(value)) };
        },
      }),
    },
    {
      method: 'GET',
      path: '/api/requests/:requestId',
      handler: perform({
        method: 'getStatus',
        schema: statusInputSchema,
        writes: false,
        input: ({ params }) => ({ requestId: params.requestId }),
        run: async (account, input, now) => {
          const status = await desk.getStatus(account, input.requestId, now);
          return isBroken('status')
            ? { value: status, reply: () => brokenStatusReply(status) }
            : { value: status, check: statusSchema, reply: ok };
        },
      }),
    },
    {
      method: 'POST',
      path: '/api/offers/:offerId/accept',
      handler: perform({
        method: 'acceptOffer',
        schema: acceptOfferInputSchema,
        writes: true,
        input: keyedInput('offerId'),
        run: async (account, input, now) => ({ value: await desk.acceptOffer(account, input, now), check: agreementSchema, reply: ok }),
      }),
    },
    {
      method: 'POST',
      path: '/api/requests/:requestId/withdrawal',
      handler: perform({
        method: 'withdraw',
        schema: withdrawInputSchema,
        writes: true,
        input: keyedInput('requestId'),
        run: async (account, input, now) => {
          // 201 when this call withdrew the request; a retry (or a second withdrawal) gets the same result with 200.
          const { result, created: isNew } = await desk.withdraw(account, input, now);
          return { value: result, check: withdrawResultSchema, reply: (value) => jsonReply(isNew ? 201 : 200, value) };
        },
      }),
    },
    {
      method: 'POST',
      path: '/api/requests/:requestId/receipt-deliveries',
      handler: perform({
        method: 'sendReceipt',
        schema: sendReceiptInputSchema,
        writes: true,
        input: keyedInput('requestId'),
        run: async (account, input, now, locale) => {
          // 201 when this call sent the receipt; a retry under the same key gets the same delivery with 200 and sends nothing.
          const { delivery, created: isNew } = await desk.sendReceipt(account, input, now, locale);
          return { value: delivery, check: receiptDeliverySchema, reply: (value) => jsonReply(isNew ? 201 : 200, value) };
        },
      }),
    },
    {
      method: 'POST',
      path: '/api/feedback',
      handler: perform({
        method: 'sendFeedback',
        schema: feedbackInputSchema,
        writes: true,
        input: bodyObject,
        run: async (account, input, now) => {
          await desk.sendFeedback(account, input, now);
          return { value: undefined, reply: () => emptyReply(204) };
        },
      }),
    },
  ];
}
