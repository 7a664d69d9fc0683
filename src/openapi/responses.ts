/**
 * The error responses of the contract (README, "The adapter contract"): every one is `application/problem+json`
 * with a `Problem` body whose `code` matches the status.
 */
import { schemaRef } from './components.js';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** Names under `components.responses`, keyed by the status (or range) they answer. */
export const ERROR_RESPONSES = {
  '401': 'Unauthenticated',
  '404': 'NotFound',
  '409': 'Conflict',
  '422': 'InvalidInput',
  '429': 'RateLimited',
  '5XX': 'ServerError',
} as const;

export type ErrorStatus = keyof typeof ERROR_RESPONSES;

const problemContent = { [PROBLEM_MEDIA_TYPE]: { schema: schemaRef('Problem') } };

const problem = (description: string): object => ({ description, content: problemContent });

export function buildErrorResponses(): Record<string, object> {
  return {
    Unauthenticated: problem(
      'No subscriber session, or it expired (`code: unauthenticated`). The host page signs the subscriber in again.',
    ),
    NotFound: problem('The subscription, challenge or request does not exist for this subscriber (`code: not-found`).'),
    Conflict: problem(
      'The state changed underneath the call (`code: conflict`): e.g. another unsubscribe request already exists for the subscription.',
    ),
    InvalidInput: problem(
      'The input breaks a rule (`code: invalid-input`): a value fails its schema, a quote is stale, or an `Idempotency-Key` is reused with a different body.',
    ),
    RateLimited: {
      description: 'Too many calls (`code: rate-limited`). The widget waits `Retry-After` seconds before it tries again.',
      headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
      content: problemContent,
    },
    ServerError: problem('The back end failed (`code: server`). Safe calls and `submit` (idempotent by its key) are retried.'),
  };
}

export function buildHeaders(): Record<string, object> {
  return {
    RetryAfter: {
      description: 'Seconds to wait before the next call (the delta-seconds form of RFC 9110 `Retry-After`).',
      required: true,
      schema: { type: 'integer', minimum: 0 },
    },
  };
}

/** `responses` entries that reference the shared error responses. */
export function errorRefs(statuses: readonly ErrorStatus[]): Record<string, { $ref: string }> {
  const out: Record<string, { $ref: string }> = {};
  for (const status of statuses) out[status] = { $ref: `#/components/responses/${ERROR_RESPONSES[status]}` };
  return out;
}
