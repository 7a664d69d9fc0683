/**
 * The error body every contract endpoint answers with (RFC 9457 problem details; README, "The HTTP adapter").
 *
 * Not an adapter value, so it is not in `src/contract/`: the HTTP layer turns it into an
 * `UnsubscribeError`. It is written as a zod schema anyway so that the OpenAPI document and the
 * conformance check describe and test the same shape.
 */
import * as z from 'zod/mini';
import { ERROR_CODES } from '../contract/errors.js';

export const problemSchema = z.object({
  type: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  status: z.int().check(z.minimum(400), z.maximum(599)),
  code: z.enum(ERROR_CODES),
  detail: z.optional(z.string()),
  retryAfterSeconds: z.optional(z.int().check(z.minimum(0))),
});

/** The problem `code` each HTTP status must carry; any other 5xx is `server`. */
export const CODE_FOR_STATUS: Readonly<Record<number, (typeof ERROR_CODES)[number]>> = {
  401: 'unauthenticated',
  404: 'not-found',
  409: 'conflict',
  422: 'invalid-input',
  429: 'rate-limited',
};

export function expectedCodeForStatus(status: number): (typeof ERROR_CODES)[number] | undefined {
  return CODE_FOR_STATUS[status] ?? (status >= 500 && status <= 599 ? 'server' : undefined);
}
