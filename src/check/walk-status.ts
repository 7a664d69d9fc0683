/** Steps 5 and 6: the request's status, then the subscriber's feedback. */
import { statusSchema } from '../contract/schemas.js';
import { describeAnswer, parseSuccess } from './expectations.js';
import type { Walk } from './walk.js';

const STATUS = 'GET /requests/{id}';
const FEEDBACK = 'POST /feedback';

export async function checkStatus(walk: Walk): Promise<void> {
  const { requestId } = walk;
  if (requestId === undefined) return walk.findings.skip(STATUS, 'no request to read: POST /requests created none');
  const outcome = await walk.client.call(STATUS, { method: 'GET', path: `/requests/${encodeURIComponent(requestId)}` });
  const parsed = parseSuccess(outcome, statusSchema, 'the status');
  if (!parsed.ok) return walk.findings.fail(STATUS, parsed.message);
  walk.findings.expect(
    STATUS,
    parsed.value.requestId === requestId ? undefined : `asked for request ${requestId}, the status is of ${parsed.value.requestId}`,
    `request ${requestId} is ${parsed.value.status}${parsed.value.refund ? `, refund ${parsed.value.refund.status}` : ''}`,
  );
}

export async function checkFeedback(walk: Walk): Promise<void> {
  const body = { ...(walk.requestId === undefined ? {} : { requestId: walk.requestId }), rating: 5, comment: 'cloudpc-unsubscribe-check' };
  const outcome = await walk.client.call(FEEDBACK, { method: 'POST', path: '/feedback', body });
  if (outcome.error !== undefined) return walk.findings.fail(FEEDBACK, outcome.error);
  const { exchange } = outcome;
  walk.findings.expect(
    FEEDBACK,
    exchange.status >= 200 && exchange.status <= 299 ? undefined : `${exchange.label} ${describeAnswer(exchange)}, expected 2xx`,
    `a rating is accepted (${exchange.status})`,
  );
}
