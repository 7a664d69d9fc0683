/**
 * Several cloud PCs on the test account (`context.subscriptions`, optional): the widget asks for
 * the picked one's context with `GET /context?subscriptionId=`, and stops when the answer is for
 * another one. So each listed cloud PC must answer its own context, listing the same cloud PCs,
 * and an id that is not on the account must answer 404.
 */
import { contextSchema } from '../contract/schemas.js';
import { expectProblem, parseSuccess } from './expectations.js';
import type { Walk } from './walk.js';

const ENDPOINT = 'GET /context?subscriptionId';
/** Enough to show the rule holds without a request per cloud PC of a large account. */
const MOST_CHECKED = 5;

export async function checkSubscriptions(walk: Walk): Promise<void> {
  const { client, findings } = walk;
  const load = (subscriptionId?: string) =>
    client.call(ENDPOINT, { method: 'GET', path: '/context', ...(subscriptionId === undefined ? {} : { query: { subscriptionId } }) });
  const first = parseSuccess(await load(walk.options.subscriptionId), contextSchema, 'the context');
  if (!first.ok) return findings.skip(ENDPOINT, 'no valid context to read the list of cloud PCs from');
  const list = first.value.subscriptions ?? [];
  if (list.length < 2) return findings.skip(ENDPOINT, 'the test account has one cloud PC: nothing to pick (optional)');
  const ids = list.map((choice) => choice.id);
  for (const id of ids.slice(0, MOST_CHECKED)) {
    const parsed = parseSuccess(await load(id), contextSchema, `the context of ${id}`);
    if (!parsed.ok) {
      findings.fail(ENDPOINT, parsed.message);
      continue;
    }
    const answered = parsed.value.subscription.id;
    const listed = (parsed.value.subscriptions ?? []).map((choice) => choice.id);
    findings.expect(
      ENDPOINT,
      answered !== id
        ? `asked for ${id}, answered the context of ${answered}: the widget would stop rather than unsubscribe another cloud PC`
        : listed.join(',') !== ids.join(',')
          ? `the context of ${id} lists other cloud PCs (${listed.join(', ') || 'none'}) than the first answer (${ids.join(', ')})`
          : undefined,
      `answers the context of ${id}, listing the same ${ids.length} cloud PCs`,
    );
  }
  const unknown = `cloudpc-check-not-on-account-${crypto.randomUUID()}`;
  findings.expect(ENDPOINT, expectProblem(await load(unknown), 404, 'not-found'), 'a cloud PC not on the account answers 404 not-found');
}
