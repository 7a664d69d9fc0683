/**
 * The REST contract of DESIGN section 4 under `/api`. Each endpoint runs the same steps: an injected
 * fault answers first if one is armed; the request is parsed with the contract's input schema (a bad
 * field is a 422 naming it); the visitor's mock adapter answers; and the answer is checked against the
 * contract's response schema before it is sent. An answer that fails its schema is a bug in this
 * server: it is logged and becomes a 500, never a malformed 200.
 */
import type * as z from 'zod/mini';
import {
  challengeSchema,
  contextSchema,
  feedbackInputSchema,
  loadContextInputSchema,
  parseResponse,
  quoteInputSchema,
  quoteSchema,
  receiptSchema,
  startVerificationInputSchema,
  statusInputSchema,
  statusSchema,
  submitInputSchema,
  verifyInputSchema,
  verifyResultSchema,
  type AdapterMethod,
  type Receipt,
  type SubmitInput,
} from '../../src/contract/index.js';
import { breakContext, breakQuote, brokenStatusReply, submitIgnoringKey, type BrokenEndpoint } from './broken.js';
import { HttpProblem } from './problem.js';
import { emptyReply, jsonReply, type Reply } from './reply.js';
import { asObject, parseInput, queryValue, readJsonBody } from './request-input.js';
import type { Handler, Route, RouteContext } from './router.js';
import type { VisitorState } from './visitors.js';

export interface ApiSettings {
  broken: ReadonlySet<BrokenEndpoint>;
  /** Adapter calls one visitor may make before it must reset: the mock keeps a log of every call, so this bounds its memory. */
  maxCallsPerVisitor: number;
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
  input(context: RouteContext): unknown;
  run(state: VisitorState, input: z.output<S>): Promise<Outcome>;
}

const ok = (value: unknown): Reply => jsonReply(200, value);

async function bodyObject(context: RouteContext): Promise<Record<string, unknown>> {
  return asObject(await readJsonBody(context.req));
}

function idempotencyKey(context: RouteContext): string {
  const key = context.req.headers['idempotency-key'];
  if (typeof key !== 'string' || key.trim() === '') {
    throw new HttpProblem(422, 'invalid-input', 'Idempotency-Key: the header is required (one key per attempt at unsubscribing)');
  }
  return key;
}

export function apiRoutes(settings: ApiSettings): Route[] {
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
      const state = context.visitor().state;
      const fault = state.faults.take(operation.method);
      if (fault) throw fault;
      const input = parseInput(operation.schema, await operation.input(context));
      state.calls += 1;
      if (state.calls > settings.maxCallsPerVisitor) {
        throw new HttpProblem(429, 'rate-limited', `more than ${settings.maxCallsPerVisitor} calls: POST /demo/reset to start again`, {
          retryAfterSeconds: 60,
        });
      }
      const outcome = await operation.run(state, input);
      return outcome.reply(checked(outcome, operation.method));
    };
  }

  async function submit(state: VisitorState, input: SubmitInput): Promise<Outcome> {
    const created = (receipt: Receipt): Reply =>
      jsonReply(201, receipt, { Location: `/api/requests/${encodeURIComponent(receipt.requestId)}` });
    if (isBroken('requests')) {
      return { value: await submitIgnoringKey(state, input), reply: (value) => created(value as Receipt) };
    }
    const before = new Set(state.adapter.requests().map((r) => r.requestId));
    const receipt = await state.adapter.submit(input);
    // 201 when this call created the request; a retry under the same key gets the same receipt with 200.
    const isNew = !before.has(receipt.requestId);
    return { value: receipt, check: receiptSchema, reply: (value) => (isNew ? created(value as Receipt) : ok(value)) };
  }

  return [
    {
      method: 'GET',
      path: '/api/context',
      handler: perform({
        method: 'loadContext',
        schema: loadContextInputSchema,
        input: ({ url }) => ({ subscriptionId: queryValue(url, 'subscriptionId') }),
        run: async (state, input) => {
          const context = await state.adapter.loadContext(input);
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
        input: bodyObject,
        run: async (state, input) => {
          const challenge = await state.adapter.startVerification(input);
          if (challenge.method === 'sms') {
            // The mock "sends" the code; the fake phone (GET /demo/inbox) is where the subscriber reads it.
            state.inbox.record({ to: challenge.maskedPhone, code: state.adapter.lastSmsCode() ?? '', sentAt: new Date().toISOString() });
          } else if (challenge.method === 'face') {
            state.faceChallenges.set(challenge.challengeId, { approved: false });
          }
          return { value: challenge, check: challengeSchema, reply: ok };
        },
      }),
    },
    {
      method: 'POST',
      path: '/api/verifications/:challengeId/check',
      handler: perform({
        method: 'verify',
        schema: verifyInputSchema,
        input: async (context) => ({ ...(await bodyObject(context)), challengeId: context.params.challengeId }),
        run: async (state, input) => ({ value: await state.adapter.verify(input), check: verifyResultSchema, reply: ok }),
      }),
    },
    {
      method: 'GET',
      path: '/api/refund-quote',
      handler: perform({
        method: 'quoteRefund',
        schema: quoteInputSchema,
        input: ({ url }) => ({ subscriptionId: queryValue(url, 'subscriptionId'), effective: queryValue(url, 'effective') }),
        run: async (state, input) => {
          const quote = await state.adapter.quoteRefund(input);
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
        input: async (context) => ({ ...(await bodyObject(context)), idempotencyKey: idempotencyKey(context) }),
        run: submit,
      }),
    },
    {
      method: 'GET',
      path: '/api/requests/:requestId',
      handler: perform({
        method: 'getStatus',
        schema: statusInputSchema,
        input: ({ params }) => ({ requestId: params.requestId }),
        run: async (state, input) => {
          const status = await state.adapter.getStatus(input);
          return isBroken('status')
            ? { value: status, reply: () => brokenStatusReply(status) }
            : { value: status, check: statusSchema, reply: ok };
        },
      }),
    },
    {
      method: 'POST',
      path: '/api/feedback',
      handler: perform({
        method: 'sendFeedback',
        schema: feedbackInputSchema,
        input: bodyObject,
        run: async (state, input) => {
          await state.adapter.sendFeedback(input);
          return { value: undefined, reply: () => emptyReply(204) };
        },
      }),
    },
  ];
}
