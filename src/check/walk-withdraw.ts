/**
 * The last step: taking the request back (撤销退订), an optional endpoint. Checked only when the
 * back end says the request may still be withdrawn (`withdrawableUntil` on its status): exactly
 * once per request (the same key answers the same result), the status then reads `withdrawn`, and
 * an unknown request is 404. Last, because it ends the request the earlier steps used.
 */
import { statusSchema, withdrawResultSchema } from '../contract/schemas.js';
import { expectProblem, parseSuccess } from './expectations.js';
import type { CallOutcome } from './http-client.js';
import type { Walk } from './walk.js';

const ENDPOINT = 'POST /requests/{id}/withdrawal';

export async function checkWithdraw(walk: Walk): Promise<void> {
  const { findings, requestId } = walk;
  if (requestId === undefined) return findings.skip(ENDPOINT, 'no request to withdraw: POST /requests created none');
  const path = `/requests/${encodeURIComponent(requestId)}`;
  const readStatus = async () => parseSuccess(await walk.client.call(ENDPOINT, { method: 'GET', path }), statusSchema, 'the status');

  const before = await readStatus();
  if (!before.ok) return findings.skip(ENDPOINT, `the status could not be read: ${before.message}`);
  if (before.value.withdrawableUntil === undefined) {
    return findings.skip(ENDPOINT, `the status of ${requestId} has no withdrawableUntil: withdrawal is not offered (optional)`);
  }
  const key = crypto.randomUUID();
  const withdraw = (idempotencyKey: string): Promise<CallOutcome> =>
    walk.client.call(ENDPOINT, {
      method: 'POST',
      path: `${path}/withdrawal`,
      headers: { 'Idempotency-Key': idempotencyKey },
      body: { requestId, idempotencyKey },
    });

  const first = parseSuccess(await withdraw(key), withdrawResultSchema, 'the withdrawal');
  if (!first.ok) {
    // The time may have run out between the two calls: then the status no longer offers it.
    const now = await readStatus();
    if (now.ok && now.value.withdrawableUntil === undefined)
      return findings.skip(ENDPOINT, `${requestId} stopped being withdrawable meanwhile`);
    return findings.fail(ENDPOINT, first.message);
  }
  findings.expect(
    ENDPOINT,
    first.value.requestId === requestId ? undefined : `withdrew ${first.value.requestId}, not ${requestId}`,
    `withdraws request ${requestId} (offered until ${before.value.withdrawableUntil})`,
  );

  const again = parseSuccess(await withdraw(key), withdrawResultSchema, 'the repeated withdrawal');
  findings.expect(
    ENDPOINT,
    !again.ok
      ? `the same key again: ${again.message}`
      : again.value.withdrawnAt !== first.value.withdrawnAt
        ? `the same key again answers another withdrawal (${again.value.withdrawnAt}, not ${first.value.withdrawnAt})`
        : undefined,
    'the same key again answers the same withdrawal',
  );

  const after = await readStatus();
  findings.expect(
    ENDPOINT,
    !after.ok
      ? after.message
      : after.value.status !== 'withdrawn'
        ? `the status reads ${after.value.status}, expected withdrawn`
        : undefined,
    'the status then reads withdrawn',
  );

  findings.expect(
    ENDPOINT,
    expectProblem(
      await walk.client.call(ENDPOINT, {
        method: 'POST',
        path: '/requests/cloudpc-check-no-such-request/withdrawal',
        headers: { 'Idempotency-Key': crypto.randomUUID() },
        body: {},
      }),
      404,
      'not-found',
    ),
    'an unknown request is 404 not-found',
  );
}
