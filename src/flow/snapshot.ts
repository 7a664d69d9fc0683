/**
 * Resume: what is kept in storage between reloads, and how it is applied again.
 *
 * The snapshot is an allow-list. It holds what the subscriber chose and where they were, the
 * idempotency key of the attempt and the receipt. A reload asks for a new quote, and a new quote
 * is a new attempt with a new key: what stops a reload after a lost answer from creating a second
 * request is the back end, which reports the request it already has as `pendingRequest` (the
 * widget then opens its status) or refuses a second one with `conflict`. It never holds the verification proof, the SMS code, the security answers or the
 * back end's context (which is loaded again): `toSnapshot` names every field it copies.
 */
import * as z from 'zod/mini';
import { effectiveSchema, receiptSchema, verificationMethodSchema } from '../contract/schemas.js';
import { reasonRules } from './guards.js';
import type { FlowSnapshot, FlowState } from './types.js';

export const SNAPSHOT_VERSION = 1;

/** The fields written to storage, for documentation and for the test that proves nothing else is. */
export const PERSISTED_FIELDS = [
  'version',
  'mode',
  'step',
  'subscriptionId',
  'answers',
  'offersSeen',
  'idempotencyKey',
  'receipt',
  'requestId',
] as const;

export const PERSISTED_ANSWER_FIELDS = ['backupAcknowledged', 'termsAcknowledged', 'reasonIds', 'comment', 'effective', 'method'] as const;

const stepIdSchema = z.enum(['prepare', 'reason', 'verify', 'confirm', 'one-click', 'status', 'done']);

/** Storage is outside the widget's control: a snapshot is parsed like any other input. */
export const snapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  mode: z.enum(['guided', 'one-click']),
  step: stepIdSchema,
  subscriptionId: z.nullable(z.string()),
  answers: z.object({
    backupAcknowledged: z.boolean(),
    termsAcknowledged: z.boolean(),
    reasonIds: z.array(z.string()),
    comment: z.string().check(z.maxLength(10_000)),
    effective: z.nullable(effectiveSchema),
    method: z.nullable(verificationMethodSchema),
  }),
  offersSeen: z.array(z.string()),
  idempotencyKey: z.nullable(z.string()),
  receipt: z.nullable(receiptSchema),
  requestId: z.nullable(z.string()),
});

export function toSnapshot(state: FlowState): FlowSnapshot {
  const { answers } = state;
  return {
    version: SNAPSHOT_VERSION,
    mode: state.config.mode,
    step: state.step,
    subscriptionId: state.subscriptionId,
    answers: {
      backupAcknowledged: answers.backupAcknowledged,
      termsAcknowledged: answers.termsAcknowledged,
      reasonIds: [...answers.reasonIds],
      comment: answers.comment,
      effective: answers.effective,
      method: answers.method,
    },
    offersSeen: [...state.offersSeen],
    idempotencyKey: state.idempotencyKey,
    receipt: state.receipt,
    requestId: state.requestId,
  };
}

/** A stored snapshot, or null when it is missing, corrupt, or from another version. */
export function parseSnapshot(raw: string | null): FlowSnapshot | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const result = snapshotSchema.safeParse(value);
  return result.success ? result.data : null;
}

/**
 * Puts a snapshot's answers into a state whose context has just loaded. A snapshot of another
 * subscription is ignored; reasons the back end no longer lists are dropped.
 */
export function applySnapshot(state: FlowState, snapshot: FlowSnapshot): FlowState {
  const context = state.context;
  if (context === null || (snapshot.subscriptionId !== null && snapshot.subscriptionId !== context.subscription.id)) return state;
  const known = new Set(reasonRules(state).map((r) => r.id));
  return {
    ...state,
    step: snapshot.step,
    answers: { ...snapshot.answers, reasonIds: snapshot.answers.reasonIds.filter((id) => known.has(id)) },
    offersSeen: [...snapshot.offersSeen],
    idempotencyKey: snapshot.idempotencyKey,
    receipt: snapshot.receipt,
    requestId: snapshot.requestId ?? snapshot.receipt?.requestId ?? null,
  };
}
