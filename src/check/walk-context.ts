/** Step 1: the context, as the widget loads it first. */
import { contextSchema } from '../contract/schemas.js';
import { parseSuccess } from './expectations.js';
import { readContextFacts, type Walk } from './walk.js';

const ENDPOINT = 'GET /context';

/** Returns false when the back end did not answer at all, so there is nothing more to check. */
export async function checkContext(walk: Walk): Promise<boolean> {
  const { subscriptionId } = walk.options;
  const outcome = await walk.client.call(ENDPOINT, {
    method: 'GET',
    path: '/context',
    ...(subscriptionId === undefined ? {} : { query: { subscriptionId } }),
  });
  if (outcome.error !== undefined) {
    walk.findings.fail(ENDPOINT, outcome.error);
    return false;
  }
  const parsed = parseSuccess(outcome, contextSchema, 'the context');
  if (parsed.ok) {
    const { subscription } = parsed.value;
    walk.findings.pass(ENDPOINT, `answers a valid context (subscription ${subscription.id}, ${subscription.status})`);
  } else {
    walk.findings.fail(ENDPOINT, parsed.message);
  }
  const { exchange } = outcome;
  if (exchange.status >= 200 && exchange.status <= 299) walk.facts = readContextFacts(exchange.json);
  if (walk.facts.pendingRequestId !== undefined) {
    walk.findings.pass(ENDPOINT, `the test account already has a pending request (${walk.facts.pendingRequestId})`);
  }
  return true;
}
