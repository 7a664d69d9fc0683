/**
 * What one run of the conformance check carries from step to step: the client, the findings, and
 * the facts the earlier answers gave the later calls (the subscription, the proof, the quotes).
 */
import type { Effective, RefundQuote, VerificationMethod } from '../contract/types.js';
import type { FlowMode } from '../flow/types.js';
import type { HttpClient } from './http-client.js';
import type { FindingLog } from './report.js';

export interface WalkOptions {
  /** The SMS code of the test account, when the back end has a fixed one for it. */
  code?: string;
  /** A JSON inbox like the reference back end's `GET /demo/inbox`: `{ messages: [{ code }] }`, newest first. */
  inboxUrl?: string;
  subscriptionId?: string;
  /** False: leave out the guessing step (it locks the test account's verification for a while). Default true. */
  guessing?: boolean;
  /** The widget's `options` as the operator's page sets them: the fairness rules judge them with the answers. */
  widgetOptions?: unknown;
  /** The widget's `mode` on the operator's page (default `guided`): the steps to cancel are counted in it. */
  mode?: FlowMode;
}

/** What the context said, read leniently so that one bad field does not stop the later steps. */
export interface ContextFacts {
  subscriptionId?: string;
  effectiveOptions: Effective[];
  reasonIds: string[];
  /** The context's reasons with whether each demands a comment. */
  reasons: { id: string; requiresComment: boolean }[];
  /** The context's verification methods, as far as the widget knows them. */
  methods: VerificationMethod[];
  offersSms: boolean;
  offersQuestions: boolean;
  pendingRequestId?: string;
  /** The retention offers, with the months a pause lists (none for a downgrade). */
  offers: Array<{ offerId: string; months: number[] }>;
}

export interface Walk {
  readonly client: HttpClient;
  readonly findings: FindingLog;
  readonly options: WalkOptions;
  facts: ContextFacts;
  proof?: string;
  /** The SMS code the verification step read, to compare with a later one. */
  smsCode?: string;
  quotes: Map<Effective, RefundQuote>;
  requestId?: string;
  /** How long the SMS code the back end sent was valid, in seconds. */
  codeValiditySeconds?: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value !== '';

export function readContextFacts(raw: unknown): ContextFacts {
  const context = isRecord(raw) ? raw : {};
  const subscription = isRecord(context['subscription']) ? context['subscription'] : {};
  const terms = isRecord(context['terms']) ? context['terms'] : {};
  const options = Array.isArray(terms['effectiveOptions']) ? (terms['effectiveOptions'] as unknown[]) : [];
  const reasons = Array.isArray(context['reasons']) ? (context['reasons'] as unknown[]) : [];
  const methods = Array.isArray(context['verificationMethods']) ? (context['verificationMethods'] as unknown[]) : [];
  const pending = isRecord(context['pendingRequest']) ? context['pendingRequest']['requestId'] : undefined;
  const offers = Array.isArray(context['offers']) ? (context['offers'] as unknown[]) : [];
  const facts: ContextFacts = {
    offers: offers.filter(isRecord).flatMap((o) => {
      const offerId = o['offerId'];
      if (!nonEmpty(offerId)) return [];
      const choices = Array.isArray(o['choices']) ? (o['choices'] as unknown[]) : [];
      const months = choices.map((c) => (isRecord(c) ? c['months'] : undefined)).filter((m): m is number => Number.isInteger(m));
      return [{ offerId, months }];
    }),
    effectiveOptions: options.filter((o): o is Effective => o === 'immediately' || o === 'end-of-term'),
    reasonIds: reasons.map((r) => (isRecord(r) ? r['id'] : undefined)).filter(nonEmpty),
    reasons: reasons
      .filter(isRecord)
      .flatMap((r) => (nonEmpty(r['id']) ? [{ id: r['id'], requiresComment: r['requiresComment'] === true }] : [])),
    methods: methods.filter((m): m is VerificationMethod => m === 'sms' || m === 'security-questions' || m === 'face'),
    offersSms: methods.includes('sms'),
    offersQuestions: methods.includes('security-questions'),
  };
  if (nonEmpty(subscription['id'])) facts.subscriptionId = subscription['id'];
  if (nonEmpty(pending)) facts.pendingRequestId = pending;
  return facts;
}
