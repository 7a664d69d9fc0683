/**
 * `components.schemas` of the OpenAPI document, generated from the zod schemas of the contract so
 * that the document cannot drift from what the widget validates.
 *
 * Each schema registered here becomes a named component that the others `$ref`; everything else is
 * inlined. JSON Schema cannot say that one member depends on another (a refund computed from three
 * amounts, a period that ends after it starts): zod checks those with refinements, which
 * `toJSONSchema` leaves out, so each such rule is written into the description of the schema
 * that holds it.
 */
import * as z from 'zod/mini';
import * as c from '../contract/schemas.js';
import { problemSchema } from './problem-schema.js';

type JsonSchema = Record<string, unknown>;
interface Meta {
  id: string;
  description?: string;
}

/** The members that travel in the URL or a header instead of the body may be left out of the body. */
const verifyBodySchema = z.partial(c.verifyInputSchema, { challengeId: true });
const submitBodySchema = z.partial(c.submitInputSchema, { idempotencyKey: true });
const acceptOfferBodySchema = z.partial(c.acceptOfferInputSchema, { offerId: true, idempotencyKey: true });
const withdrawBodySchema = z.partial(c.withdrawInputSchema, { requestId: true, idempotencyKey: true });
const sendReceiptBodySchema = z.partial(c.sendReceiptInputSchema, { requestId: true, idempotencyKey: true });

const entries: ReadonlyArray<readonly [z.ZodMiniType, Meta]> = [
  [c.moneySchema, { id: 'Money', description: 'An amount in integer minor units (fen for CNY), never a fraction.' }],
  [c.dateTimeSchema, { id: 'DateTime', description: 'An ISO 8601 date-time with an explicit offset (`Z` or `+08:00`).' }],
  [c.calendarDateSchema, { id: 'CalendarDate', description: 'A calendar date `YYYY-MM-DD`, meant in Asia/Shanghai.' }],
  [c.effectiveSchema, { id: 'Effective' }],
  [c.verificationMethodSchema, { id: 'VerificationMethod' }],
  [c.requestStatusSchema, { id: 'RequestStatus' }],
  [c.subscriptionSchema.shape.currentPeriod, { id: 'Period', description: 'Not expressible in JSON Schema: `end` is after `start`.' }],
  [c.accountSchema, { id: 'Account' }],
  [c.subscriptionSchema, { id: 'Subscription' }],
  [
    c.subscriptionChoiceSchema,
    { id: 'SubscriptionChoice', description: 'One of the account’s cloud PCs, as the first screen offers it to pick.' },
  ],
  [c.termsSchema, { id: 'Terms' }],
  [c.reasonSchema, { id: 'Reason' }],
  [c.supportSchema, { id: 'Support' }],
  [
    c.contextSchema,
    {
      id: 'Context',
      description:
        'Everything the widget shows before verification: the account, the subscription and its terms. ' +
        'With several cloud PCs on the account, `subscriptions` lists them all (this one among them, each id once: ' +
        'not expressible in JSON Schema); the widget asks for the picked one with `GET /context?subscriptionId=`.',
    },
  ],
  [c.pauseOfferSchema, { id: 'PauseOffer', description: 'Keep the cloud PC and its data, stop billing for one of `choices` months.' }],
  [
    c.downgradeOfferSchema,
    { id: 'DowngradeOffer', description: 'Move to a cheaper plan from `startsAt`; `losses` says what is given up.' },
  ],
  [
    c.retentionOfferSchema,
    {
      id: 'RetentionOffer',
      description:
        'An offer shown instead of unsubscribing (at most one per run, for the reasons in `reasonIds`, every reason when left out). ' +
        'A back end that sends offers implements `POST /offers/{offerId}/accept`.',
    },
  ],
  [c.agreementSchema, { id: 'Agreement', description: 'What was agreed when the subscriber took an offer, in the back end’s figures.' }],
  [c.smsChallengeSchema, { id: 'SmsChallenge' }],
  [c.faceChallengeSchema, { id: 'FaceChallenge' }],
  [c.securityQuestionsChallengeSchema, { id: 'SecurityQuestionsChallenge' }],
  [c.challengeSchema, { id: 'Challenge', description: 'One of the three challenges, told apart by `method`.' }],
  [
    c.verifyResultSchema,
    { id: 'VerifyResult', description: 'A wrong code is an answer (`ok: false`, `reason: wrong`) with status 200, not an error.' },
  ],
  [
    c.quoteSchema.shape.arrivalWorkingDays,
    { id: 'WorkingDayRange', description: 'Not expressible in JSON Schema: `min` is at most `max`.' },
  ],
  [
    c.quoteSchema,
    {
      id: 'Quote',
      description:
        'Not expressible in JSON Schema: `refund.amount` = max(0, `paid.amount` − `used.amount` − `penalty.amount`), ' +
        'and all four amounts are in the same currency.',
    },
  ],
  [c.receiptSchema, { id: 'Receipt' }],
  [
    c.refundTrackingSchema.shape.expectedBy.def.innerType,
    { id: 'DateRange', description: 'Not expressible in JSON Schema: `earliest` is on or before `latest`.' },
  ],
  [c.refundTrackingSchema, { id: 'RefundTracking' }],
  [c.statusSchema, { id: 'Status' }],
  [c.loadContextInputSchema, { id: 'LoadContextInput' }],
  [c.startVerificationInputSchema, { id: 'StartVerificationInput' }],
  [c.verifyInputSchema, { id: 'VerifyInput' }],
  [
    verifyBodySchema,
    {
      id: 'VerifyBody',
      description: 'VerifyInput as a body: `challengeId` may be left out (the path names the challenge); if sent, it matches the path.',
    },
  ],
  [c.quoteInputSchema, { id: 'QuoteInput', description: 'Sent as the query string of `GET /refund-quote`.' }],
  [c.submitInputSchema, { id: 'SubmitInput' }],
  [
    submitBodySchema,
    {
      id: 'SubmitBody',
      description:
        'SubmitInput as a body: `idempotencyKey` travels in the `Idempotency-Key` header and may be left out of the body; if sent, it matches the header.',
    },
  ],
  [c.statusInputSchema, { id: 'StatusInput', description: 'Sent as the path of `GET /requests/{requestId}`.' }],
  [c.feedbackInputSchema, { id: 'FeedbackInput' }],
  [c.acceptOfferInputSchema, { id: 'AcceptOfferInput' }],
  [
    acceptOfferBodySchema,
    {
      id: 'AcceptOfferBody',
      description:
        'AcceptOfferInput as a body: `offerId` (in the path) and `idempotencyKey` (in the `Idempotency-Key` header) may be left out; if sent, they match.',
    },
  ],
  [c.withdrawInputSchema, { id: 'WithdrawInput' }],
  [
    withdrawBodySchema,
    {
      id: 'WithdrawBody',
      description:
        'WithdrawInput as a body: `requestId` travels in the path and `idempotencyKey` in the `Idempotency-Key` header; either may be left out of the body, and if sent, matches.',
    },
  ],
  [
    c.withdrawResultSchema,
    { id: 'WithdrawResult', description: 'The request taken back: from now on `GET /requests/{requestId}` answers `status: withdrawn`.' },
  ],
  [c.sendReceiptInputSchema, { id: 'SendReceiptInput' }],
  [
    sendReceiptBodySchema,
    {
      id: 'SendReceiptBody',
      description:
        'SendReceiptInput as a body: `requestId` travels in the path and `idempotencyKey` in the `Idempotency-Key` header; either may be left out of the body, and if sent, matches.',
    },
  ],
  [
    c.receiptDeliverySchema,
    { id: 'ReceiptDelivery', description: 'The receipt is on its way: by which channel, and to which masked phone number or address.' },
  ],
  [
    problemSchema,
    {
      id: 'Problem',
      description:
        'RFC 9457 problem details. `code` says what the widget tells the subscriber; it matches the HTTP status ' +
        '(401 unauthenticated, 404 not-found, 409 conflict, 422 invalid-input, 429 rate-limited, 5xx server).',
    },
  ],
];

const REF_PREFIX = '#/components/schemas/';

/** The JSON Schema of every named component, keyed by name, with `$ref`s between them. */
export function buildComponentSchemas(): Record<string, JsonSchema> {
  // A registry of its own: the contract's schemas are shared with the widget, and zod's global
  // registry is shared with the host page's zod.
  const registry = z.registry<Meta>();
  for (const [schema, meta] of entries) registry.add(schema, meta);
  // `input`: what a back end may send and still pass the widget's parse (unknown members are
  // stripped there, so the schemas do not forbid them).
  const { schemas } = z.toJSONSchema(registry, {
    metadata: registry,
    uri: (id) => `${REF_PREFIX}${id}`,
    io: 'input',
    target: 'draft-2020-12',
  });
  const out: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    // Each component would otherwise declare its own `$schema` and an `$id` that is not a URI:
    // the OpenAPI 3.1 document's dialect already covers both.
    const { $schema: _schema, $id: _id, ...rest } = schema as JsonSchema;
    out[id] = rest;
  }
  // oneOf already decides which challenge it is; the discriminator lets client generators pick the
  // type by `method` without trying each.
  out['Challenge'] = {
    ...out['Challenge'],
    discriminator: {
      propertyName: 'method',
      mapping: {
        sms: `${REF_PREFIX}SmsChallenge`,
        face: `${REF_PREFIX}FaceChallenge`,
        'security-questions': `${REF_PREFIX}SecurityQuestionsChallenge`,
      },
    },
  };
  out['RetentionOffer'] = {
    ...out['RetentionOffer'],
    discriminator: { propertyName: 'kind', mapping: { pause: `${REF_PREFIX}PauseOffer`, downgrade: `${REF_PREFIX}DowngradeOffer` } },
  };
  return out;
}

export const schemaRef = (id: string): { $ref: string } => ({ $ref: `${REF_PREFIX}${id}` });
