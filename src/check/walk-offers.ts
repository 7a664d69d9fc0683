/**
 * Retention offers (`POST /offers/{offerId}/accept`, optional): checked only when the context
 * sends offers, and never by taking one for real (that would pause or downgrade the test account).
 * Before the request: an unknown offer is 404, months the pause does not list are 422, and a
 * missing Idempotency-Key is 422. Once the walk has created a request: taking an offer is refused
 * with 409 conflict, since the subscriber has already unsubscribed.
 */
import { expectProblem } from './expectations.js';
import type { Walk } from './walk.js';

const ENDPOINT = 'POST /offers/{id}/accept';
const UNKNOWN_OFFER = 'cloudpc-unsubscribe-check-no-such-offer';

function accept(walk: Walk, offerId: string, body: object, key: string | undefined) {
  return walk.client.call(ENDPOINT, {
    method: 'POST',
    path: `/offers/${encodeURIComponent(offerId)}/accept`,
    ...(key === undefined ? {} : { headers: { 'Idempotency-Key': key } }),
    body: key === undefined ? body : { ...body, idempotencyKey: key },
  });
}

function baseBody(walk: Walk): object {
  return { subscriptionId: walk.facts.subscriptionId, reasonIds: walk.facts.reasonIds.slice(0, 1) };
}

export async function checkOffersRefused(walk: Walk): Promise<void> {
  const { findings, facts } = walk;
  if (facts.offers.length === 0) return findings.skip(ENDPOINT, 'the context sends no offers (optional): nothing to accept');
  if (facts.subscriptionId === undefined) return findings.skip(ENDPOINT, 'needs the subscription id from the context');
  findings.expect(
    ENDPOINT,
    expectProblem(await accept(walk, UNKNOWN_OFFER, baseBody(walk), crypto.randomUUID()), 404, 'not-found'),
    'an offer the context did not send is refused: 404 not-found',
  );
  const pause = facts.offers.find((o) => o.months.length > 0);
  if (pause !== undefined) {
    const notOffered = Math.max(...pause.months) + 1;
    findings.expect(
      ENDPOINT,
      expectProblem(
        await accept(walk, pause.offerId, { ...baseBody(walk), months: notOffered }, crypto.randomUUID()),
        422,
        'invalid-input',
      ),
      `a pause of ${notOffered} months, which ${pause.offerId} does not list, is refused: 422 invalid-input`,
    );
  }
  const first = facts.offers[0];
  if (first !== undefined) {
    findings.expect(
      ENDPOINT,
      expectProblem(await accept(walk, first.offerId, { ...baseBody(walk), months: first.months[0] }, undefined), 422, 'invalid-input'),
      'an acceptance without an Idempotency-Key is refused: 422 invalid-input',
    );
  }
}

export async function checkOfferAfterRequest(walk: Walk): Promise<void> {
  const first = walk.facts.offers[0];
  if (first === undefined || walk.requestId === undefined || walk.facts.pendingRequestId !== undefined) return;
  walk.findings.expect(
    ENDPOINT,
    expectProblem(await accept(walk, first.offerId, { ...baseBody(walk), months: first.months[0] }, crypto.randomUUID()), 409, 'conflict'),
    'an offer taken once a request to unsubscribe stands is refused: 409 conflict',
  );
}
