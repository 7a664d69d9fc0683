/**
 * Step 4: the request, exactly once per Idempotency-Key (README, "The adapter contract"): the same key and body
 * answer the same receipt, the same key with another body is refused, and so is a second request
 * under a new key while the first exists.
 */
import { receiptSchema } from '../contract/schemas.js';
import { expectProblem, parseSuccess } from './expectations.js';
import type { CallOutcome } from './http-client.js';
import type { Walk } from './walk.js';

const ENDPOINT = 'POST /requests';
const COMMENT = 'cloudpc-unsubscribe-check: a conformance test, not a real request';

export async function checkSubmit(walk: Walk): Promise<void> {
  const { findings, facts } = walk;
  if (facts.pendingRequestId !== undefined) {
    walk.requestId = facts.pendingRequestId;
    return findings.skip(ENDPOINT, `the test account already has request ${facts.pendingRequestId}: use an account without one`);
  }
  if (walk.proof === undefined) return findings.skip(ENDPOINT, 'needs the proof of a verification (give --code or --inbox)');
  const quote = facts.effectiveOptions.map((e) => walk.quotes.get(e)).find((q) => q !== undefined);
  if (quote === undefined || facts.subscriptionId === undefined) return findings.skip(ENDPOINT, 'needs a valid quote to submit');

  const key = crypto.randomUUID();
  const body = {
    subscriptionId: facts.subscriptionId,
    reasonIds: facts.reasonIds.slice(0, 1),
    comment: COMMENT,
    effective: quote.effective,
    quoteId: quote.quoteId,
    proof: walk.proof,
    // Also in the body: the adapter's input carries it, and a back end may read either.
    idempotencyKey: key,
  };
  const submit = (idempotencyKey: string, sent: object): Promise<CallOutcome> =>
    walk.client.call(ENDPOINT, { method: 'POST', path: '/requests', headers: { 'Idempotency-Key': idempotencyKey }, body: sent });

  const first = parseSuccess(await submit(key, body), receiptSchema, 'the receipt');
  if (!first.ok) return findings.fail(ENDPOINT, first.message);
  walk.requestId = first.value.requestId;
  findings.pass(ENDPOINT, `creates request ${first.value.requestId} (${first.value.status}) with a valid receipt`);

  const again = parseSuccess(await submit(key, body), receiptSchema, 'the repeated receipt');
  if (!again.ok) findings.fail(ENDPOINT, `the same key and body again: ${again.message}`);
  else {
    findings.expect(
      ENDPOINT,
      again.value.requestId === first.value.requestId
        ? undefined
        : `the same key and body again answer request ${again.value.requestId}, not ${first.value.requestId}: a retry created a second request`,
      'the same key and body again answer the same request',
    );
  }

  findings.expect(
    ENDPOINT,
    expectProblem(await submit(key, { ...body, comment: `${COMMENT} (changed)` }), 422, 'invalid-input'),
    'the same key with a different body is refused: 422 invalid-input',
  );

  const otherKey = crypto.randomUUID();
  findings.expect(
    ENDPOINT,
    expectProblem(await submit(otherKey, { ...body, idempotencyKey: otherKey }), 409, 'conflict'),
    'a new key while the request exists is refused: 409 conflict',
  );
}
