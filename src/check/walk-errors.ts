/**
 * Step 7: the error rules. Two errors are provoked on purpose (an unknown request, an impossible
 * effective value); then every error answer of the whole run is held to the problem format, and
 * every 429 to having a Retry-After.
 */
import { expectProblem, problemResponseIssue, retryAfterIssue, wasJudged } from './expectations.js';
import type { Walk } from './walk.js';

const ENDPOINT = 'errors';

export async function checkErrors(walk: Walk): Promise<void> {
  const { client, findings } = walk;
  const unknownId = `cloudpc-check-unknown-${crypto.randomUUID()}`;
  findings.expect(
    ENDPOINT,
    expectProblem(await client.call(ENDPOINT, { method: 'GET', path: `/requests/${unknownId}` }), 404, 'not-found'),
    'an unknown request id answers 404 not-found',
  );

  const { subscriptionId } = walk.facts;
  if (subscriptionId === undefined) findings.skip(ENDPOINT, 'no subscription id to ask for a quote with a bad effective value');
  else {
    const outcome = await client.call(ENDPOINT, { method: 'GET', path: '/refund-quote', query: { subscriptionId, effective: 'someday' } });
    findings.expect(ENDPOINT, expectProblem(outcome, 422, 'invalid-input'), 'a bad effective value answers 422 invalid-input');
  }

  const errors = client.exchanges.filter((e) => e.endpoint !== undefined && e.status >= 400);
  // The answers a step expected were judged there; the rest (a 401, a 500 met on the way) are judged here.
  const others = errors.filter((e) => !wasJudged(e));
  let bad = 0;
  for (const exchange of others) {
    const issue = problemResponseIssue(exchange);
    if (issue === undefined) continue;
    bad += 1;
    findings.fail(ENDPOINT, issue);
  }
  if (others.length > 0 && bad === 0) {
    findings.pass(ENDPOINT, `the other error answers (${others.length}) are application/problem+json with a code that matches the status`);
  }

  const limited = errors.filter((e) => e.status === 429);
  if (limited.length === 0) findings.skip(ENDPOINT, 'no 429 was seen, so Retry-After was not exercised');
  for (const exchange of limited) {
    const issue = retryAfterIssue(exchange);
    findings.expect(
      ENDPOINT,
      issue === undefined ? undefined : `${exchange.label} → 429: ${issue}`,
      `${exchange.label} → 429 has Retry-After`,
    );
  }
}
