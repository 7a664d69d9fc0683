/**
 * The operations of the REST contract (README, "The adapter contract"), one per adapter method; the
 * `operationId` is the method's name so a reader can go from the document to `UnsubscribeAdapter`.
 */
import { schemaRef } from './components.js';
import { errorRefs, type ErrorStatus } from './responses.js';

type JsonSchema = Record<string, unknown>;

/** Every call can meet an expired session, a rate limit and a failing server. */
const ALWAYS: readonly ErrorStatus[] = ['401', '429', '5XX'];

const json = (schema: object): object => ({ 'application/json': { schema } });

function responses(ok: object, errors: readonly ErrorStatus[]): object {
  return { ...ok, ...errorRefs([...new Set<ErrorStatus>([...errors, ...ALWAYS])].sort()) };
}

const okWith = (id: string, description: string): object => ({ '200': { description, content: json(schemaRef(id)) } });

const body = (id: string): object => ({ required: true, content: json(schemaRef(id)) });

/**
 * @param schemas the generated components, so the parameters' schemas come from the same zod
 *   schemas as the bodies instead of being written twice.
 */
/** Every operation is told the subscriber's language: the texts of the answer should be in it. */
const ACCEPT_LANGUAGE = {
  name: 'Accept-Language',
  in: 'header',
  required: false,
  description:
    'The language the subscriber reads, `zh-CN` or `en`: every text of the answer (terms, highlights, refund method, support ' +
    'hours, reasons’ labels, questions, a rejection reason) should be in it. Answer with `Content-Language` and `Vary: Accept-Language`.',
  schema: { type: 'string', enum: ['zh-CN', 'en'] },
};

/** Each operation with the parameters every one of them takes. */
interface OperationObject {
  parameters?: object[];
  [member: string]: unknown;
}

function withCommonParameters(paths: Record<string, Record<string, OperationObject>>): Record<string, object> {
  for (const operations of Object.values(paths)) {
    for (const operation of Object.values(operations)) operation.parameters = [...(operation.parameters ?? []), ACCEPT_LANGUAGE];
  }
  return paths;
}

export function buildPaths(schemas: Record<string, JsonSchema>): Record<string, object> {
  const property = (component: string, name: string): object => {
    const properties = schemas[component]?.['properties'] as Record<string, object> | undefined;
    const schema = properties?.[name];
    if (schema === undefined) throw new Error(`components.schemas.${component} has no property ${name}`);
    return schema;
  };

  return withCommonParameters({
    '/context': {
      get: {
        operationId: 'loadContext',
        summary: 'The subscriber, the subscription and its terms',
        parameters: [
          {
            name: 'subscriptionId',
            in: 'query',
            required: false,
            description: 'Which subscription, when the account has several; the default one otherwise.',
            schema: property('LoadContextInput', 'subscriptionId'),
          },
        ],
        responses: responses(okWith('Context', 'The context.'), ['404', '422']),
      },
    },
    '/verifications': {
      post: {
        operationId: 'startVerification',
        summary: 'Start an identity check (sends the SMS, opens the face hand-off, or picks security questions)',
        requestBody: body('StartVerificationInput'),
        responses: responses(okWith('Challenge', 'The challenge to answer.'), ['409', '422']),
      },
    },
    '/verifications/{challengeId}/check': {
      post: {
        operationId: 'verify',
        summary: 'Answer a challenge',
        parameters: [{ name: 'challengeId', in: 'path', required: true, schema: property('VerifyInput', 'challengeId') }],
        requestBody: body('VerifyBody'),
        responses: responses(okWith('VerifyResult', 'Whether the answer was right; a wrong answer is not an error.'), ['404', '422']),
      },
    },
    '/refund-quote': {
      get: {
        operationId: 'quoteRefund',
        summary: 'The refund if the subscription ends as chosen',
        parameters: [
          { name: 'subscriptionId', in: 'query', required: true, schema: property('QuoteInput', 'subscriptionId') },
          { name: 'effective', in: 'query', required: true, schema: property('QuoteInput', 'effective') },
        ],
        responses: responses(okWith('Quote', 'The quote; its `quoteId` is sent back with the request.'), ['404', '409', '422']),
      },
    },
    '/requests': {
      post: {
        operationId: 'submit',
        summary: 'Create the unsubscribe request, exactly once per Idempotency-Key',
        description:
          'The same key with the same body answers the same receipt again (a retry or a double click creates nothing new); ' +
          'the same key with a different body is 422 invalid-input; a new key while the subscription already has a request is 409 conflict.',
        parameters: [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: true,
            description: 'Made once per attempt at unsubscribing and reused for every retry of it.',
            schema: property('SubmitInput', 'idempotencyKey'),
          },
        ],
        requestBody: body('SubmitBody'),
        responses: responses(
          {
            '200': {
              description: 'A retry under the same key with the same body: the receipt of the request it created.',
              content: json(schemaRef('Receipt')),
            },
            '201': {
              description: 'The request was created by this call.',
              headers: { Location: { description: 'The request, as `GET /requests/{requestId}`.', schema: { type: 'string' } } },
              content: json(schemaRef('Receipt')),
            },
          },
          ['404', '409', '422'],
        ),
      },
    },
    '/requests/{requestId}': {
      get: {
        operationId: 'getStatus',
        summary: 'Where the request and its refund are',
        parameters: [{ name: 'requestId', in: 'path', required: true, schema: property('StatusInput', 'requestId') }],
        responses: responses(okWith('Status', 'The status.'), ['404']),
      },
    },
    '/feedback': {
      post: {
        operationId: 'sendFeedback',
        summary: 'A rating and an optional comment after the request (optional for a back end)',
        requestBody: body('FeedbackInput'),
        responses: responses({ '204': { description: 'Received. Any 2xx is accepted and its body ignored.' } }, ['404', '422']),
      },
    },
    '/offers/{offerId}/accept': {
      post: {
        operationId: 'acceptOffer',
        summary: 'Take a pause or downgrade offer from the context instead of unsubscribing (optional for a back end that sends no offers)',
        description:
          'Answers what was agreed. The same key with the same body answers the same agreement again; the same key with a different body ' +
          '(another number of months) is 422 invalid-input; months that the offer does not list are 422; a request to unsubscribe that ' +
          'already stands is 409 conflict.',
        parameters: [
          { name: 'offerId', in: 'path', required: true, schema: property('AcceptOfferInput', 'offerId') },
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: true,
            description: 'Made once per acceptance and reused for every retry of it.',
            schema: property('AcceptOfferInput', 'idempotencyKey'),
          },
        ],
        requestBody: body('AcceptOfferBody'),
        responses: responses(okWith('Agreement', 'What was agreed.'), ['404', '409', '422']),
      },
    },
    '/requests/{requestId}/withdrawal': {
      post: {
        operationId: 'withdraw',
        summary: 'Take the request back before it takes effect (撤销退订; optional for a back end)',
        description:
          'Allowed while the status carries `withdrawableUntil` and that time has not passed: the service goes on and nothing is charged. ' +
          'Exactly once per request: a retry under the same key, or any withdrawal of a request already withdrawn, answers the same result ' +
          'again; a request that has taken effect or was rejected is 409 conflict. A back end without it answers 404 or 501, and leaves ' +
          '`withdrawableUntil` out of the status, so the widget never offers it.',
        parameters: [
          { name: 'requestId', in: 'path', required: true, schema: property('WithdrawInput', 'requestId') },
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: true,
            description: 'Made once per attempt at withdrawing and reused for every retry of it.',
            schema: property('WithdrawInput', 'idempotencyKey'),
          },
        ],
        requestBody: body('WithdrawBody'),
        responses: responses(
          {
            '200': {
              description: 'Already withdrawn (a retry, or a second withdrawal): the same result.',
              content: json(schemaRef('WithdrawResult')),
            },
            '201': { description: 'Withdrawn by this call.', content: json(schemaRef('WithdrawResult')) },
          },
          ['404', '409', '422'],
        ),
      },
    },
    '/requests/{requestId}/receipt-deliveries': {
      post: {
        operationId: 'sendReceipt',
        summary: 'Send the receipt to the subscriber by SMS or e-mail (optional for a back end)',
        description:
          'Sends the request number, the refund and the dates to `account.maskedPhone` (`sms`) or `account.maskedEmail` (`email`) and ' +
          'answers where it went. One message per key: a retry under the same key answers the first delivery again and sends nothing. ' +
          'A channel without a destination is 422 invalid-input; too many sends for one request are 429 with `Retry-After`. A back end ' +
          'without it answers 404 or 501; the widget then offers print and save only.',
        parameters: [
          { name: 'requestId', in: 'path', required: true, schema: property('SendReceiptInput', 'requestId') },
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: true,
            description: 'Made once per press of a send button and reused for every retry of it.',
            schema: property('SendReceiptInput', 'idempotencyKey'),
          },
        ],
        requestBody: body('SendReceiptBody'),
        responses: responses(
          {
            '200': {
              description: 'Sent before under this key: the same delivery, nothing sent again.',
              content: json(schemaRef('ReceiptDelivery')),
            },
            '201': { description: 'Sent by this call.', content: json(schemaRef('ReceiptDelivery')) },
          },
          ['404', '422'],
        ),
      },
    },
  });
}
