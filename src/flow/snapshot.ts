/**
 * Resume: what is kept in storage between reloads, and how it is applied again.
 *
 * The snapshot is an allow-list. It holds what the subscriber chose and where they were, the
 * idempotency key of the attempt and the receipt. A reload asks for a new quote, and a new quote
 * is a new attempt with a new key: what stops a reload after a lost answer from creating a second
 * request is the back end, which reports the request it already has as `pendingRequest` (the
 * widget then opens its status) or refuses a second one with `conflict`.
 *
 * It also holds the public part of an open challenge (id, method, masked phone, code length, when
 * it was issued, resend and expiry; or the security questions' prompts) with the attempts left and
 * the methods the back end refuses for now, so a reload while a code is on its way to the phone
 * (on Android, switching to Messages often discards the tab) comes back to the code box with its
 * countdown where it was. A face challenge is not kept (its hand-off link is a bearer link), nor a
 * challenge already answered (its id would fetch the proof again from some back ends).
 *
 * It never holds the verification proof, the SMS code, the security answers or the back end's
 * context (which is loaded again): `toSnapshot` names every field it copies.
 */
import * as z from 'zod/mini';
import {
  dateTimeSchema,
  effectiveSchema,
  receiptSchema,
  securityQuestionsChallengeSchema,
  smsChallengeSchema,
  verificationMethodSchema,
} from '../contract/schemas.js';
import { reasonRules } from './guards.js';
import type { FlowSnapshot, FlowState, MethodHold, PublicChallenge, VerificationSnapshot } from './types.js';
import type { VerificationMethod } from '../contract/types.js';

/** 2 added `verification`; a version 1 snapshot is read as one with no challenge. */
export const SNAPSHOT_VERSION = 2;

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
  'verification',
] as const;

export const PERSISTED_ANSWER_FIELDS = [
  'pickedSubscriptionId',
  'backupAcknowledged',
  'termsAcknowledged',
  'reasonIds',
  'comment',
  'effective',
  'method',
] as const;

export const PERSISTED_VERIFICATION_FIELDS = ['challenge', 'issuedAt', 'attemptsLeft', 'holds'] as const;

const stepIdSchema = z.enum(['prepare', 'reason', 'verify', 'confirm', 'one-click', 'status', 'done']);

const holdSchema = z.object({ until: dateTimeSchema, kind: z.enum(['locked', 'wait']) });

const verificationSnapshotSchema = z.object({
  challenge: z.nullable(z.discriminatedUnion('method', [smsChallengeSchema, securityQuestionsChallengeSchema])),
  issuedAt: z.nullable(dateTimeSchema),
  attemptsLeft: z.nullable(z.int().check(z.minimum(0))),
  holds: z.partialRecord(verificationMethodSchema, holdSchema),
});

const NO_VERIFICATION: VerificationSnapshot = { challenge: null, issuedAt: null, attemptsLeft: null, holds: {} };

/** Storage is outside the widget's control: a snapshot is parsed like any other input. */
const snapshotFields = {
  mode: z.enum(['guided', 'one-click']),
  step: stepIdSchema,
  subscriptionId: z.nullable(z.string()),
  answers: z.object({
    // Optional: a snapshot written before several subscriptions were known has none.
    pickedSubscriptionId: z.optional(z.nullable(z.string().check(z.maxLength(256)))),
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
};

export const snapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  ...snapshotFields,
  verification: verificationSnapshotSchema,
});

/** A snapshot written before the challenge was kept (a tab open across an upgrade): everything but the challenge. */
const snapshotV1Schema = z.object({ version: z.literal(1), ...snapshotFields });

export function toSnapshot(state: FlowState): FlowSnapshot {
  const { answers } = state;
  return {
    version: SNAPSHOT_VERSION,
    mode: state.config.mode,
    step: state.step,
    subscriptionId: state.subscriptionId,
    answers: {
      pickedSubscriptionId: answers.pickedSubscriptionId,
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
    verification: verificationSnapshot(state),
  };
}

/**
 * The public part of the verification. The challenge only while it is open: the one for the
 * chosen method, not a face challenge, and not one already answered with a proof.
 */
function verificationSnapshot(state: FlowState): VerificationSnapshot {
  const { challenge, issuedAt, attemptsLeft, holds } = state.verification;
  const open =
    challenge !== null && challenge.method !== 'face' && challenge.method === state.answers.method && state.secrets.proof === null;
  return {
    challenge: open ? publicChallenge(challenge) : null,
    issuedAt: open ? issuedAt : null,
    attemptsLeft: open ? attemptsLeft : null,
    holds: { ...holds },
  };
}

/** Field by field, so nothing the back end might add to a challenge is written to storage. */
function publicChallenge(challenge: PublicChallenge): PublicChallenge {
  if (challenge.method === 'sms') {
    const { challengeId, method, maskedPhone, codeLength, resendAfterSeconds, expiresInSeconds } = challenge;
    return { challengeId, method, maskedPhone, codeLength, resendAfterSeconds, expiresInSeconds };
  }
  return {
    challengeId: challenge.challengeId,
    method: challenge.method,
    questions: challenge.questions.map((q) => ({ id: q.id, prompt: q.prompt })),
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
  if (result.success) return { ...result.data, answers: withPick(result.data.answers) };
  const v1 = snapshotV1Schema.safeParse(value);
  return v1.success ? { ...v1.data, answers: withPick(v1.data.answers), version: SNAPSHOT_VERSION, verification: NO_VERIFICATION } : null;
}

/** A snapshot from before several subscriptions were known has no pick: none. */
function withPick<A extends { pickedSubscriptionId?: string | null | undefined }>(answers: A): A & { pickedSubscriptionId: string | null } {
  return { ...answers, pickedSubscriptionId: answers.pickedSubscriptionId ?? null };
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
    answers: {
      ...snapshot.answers,
      // What the host page asked for (`subscription-id`) keys the storage, so a stored pick is for the same page.
      pickedSubscriptionId: snapshot.answers.pickedSubscriptionId ?? state.answers.pickedSubscriptionId,
      reasonIds: snapshot.answers.reasonIds.filter((id) => known.has(id)),
    },
    offersSeen: [...snapshot.offersSeen],
    idempotencyKey: snapshot.idempotencyKey,
    receipt: snapshot.receipt,
    requestId: snapshot.requestId ?? snapshot.receipt?.requestId ?? null,
    verification: restoredVerification(state, snapshot),
  };
}

/** The stored challenge and holds, for the methods the back end still allows; the challenge only for the method chosen. */
function restoredVerification(state: FlowState, snapshot: FlowSnapshot): FlowState['verification'] {
  const allowed = state.context?.verificationMethods ?? [];
  const stored = snapshot.verification;
  const holds: Partial<Record<VerificationMethod, MethodHold>> = {};
  for (const method of allowed) {
    const hold = stored.holds[method];
    if (hold !== undefined) holds[method] = { ...hold };
  }
  const challenge = stored.challenge;
  const keep = challenge !== null && allowed.includes(challenge.method) && challenge.method === snapshot.answers.method;
  return {
    challenge: keep ? challenge : null,
    issuedAt: keep ? stored.issuedAt : null,
    attemptsLeft: keep ? stored.attemptsLeft : null,
    holds,
    lastFailure: null,
  };
}
