/** Step 3: a refund quote for each way of ending the subscription the context offers. */
import { quoteSchema } from '../contract/schemas.js';
import type { RefundQuote } from '../contract/types.js';
import { parseSuccess } from './expectations.js';
import type { Walk } from './walk.js';

const ENDPOINT = 'GET /refund-quote';

const money = (m: RefundQuote['paid']): string => `${m.amount} ${m.currency}`;

export async function checkQuotes(walk: Walk): Promise<void> {
  const { subscriptionId, effectiveOptions } = walk.facts;
  if (subscriptionId === undefined) return walk.findings.skip(ENDPOINT, 'the context gave no subscription id to quote for');
  if (effectiveOptions.length === 0) return walk.findings.skip(ENDPOINT, 'the context offers no effective option to quote');

  for (const effective of effectiveOptions) {
    const outcome = await walk.client.call(ENDPOINT, { method: 'GET', path: '/refund-quote', query: { subscriptionId, effective } });
    // quoteSchema holds the refund rule too, so a wrong refund fails here naming `refund.amount`.
    const parsed = parseSuccess(outcome, quoteSchema, `the ${effective} quote`);
    if (!parsed.ok) {
      walk.findings.fail(ENDPOINT, parsed.message);
      continue;
    }
    const quote = parsed.value;
    if (quote.effective !== effective) {
      walk.findings.fail(ENDPOINT, `asked for "${effective}", the quote is for "${quote.effective}"`);
      continue;
    }
    walk.findings.pass(ENDPOINT, `${effective}: a valid quote ${quote.quoteId}`);
    walk.findings.pass(
      ENDPOINT,
      `${effective}: refund ${money(quote.refund)} = paid ${money(quote.paid)} − used ${money(quote.used)} − penalty ${money(quote.penalty)}`,
    );
    walk.quotes.set(effective, quote);
  }
}
