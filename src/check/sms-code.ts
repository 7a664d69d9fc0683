/**
 * Where the right SMS code comes from: given on the command line (a test account with a fixed
 * code), or read from a JSON inbox such as the reference back end's fake phone.
 */
import type { Walk } from './walk.js';

export type CodeSource = { code: string } | { code?: undefined; skipped: string } | { code?: undefined; failed: string };

/** The inbox may be filled a moment after the challenge is answered; a few bounded tries cover that. */
const INBOX_TRIES = 5;
const INBOX_PAUSE_MS = 300;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function newestCode(body: unknown): string | undefined {
  const messages = (body as { messages?: unknown } | undefined)?.messages;
  if (!Array.isArray(messages)) return undefined;
  for (const message of messages as unknown[]) {
    const code = (message as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && code !== '') return code;
  }
  return undefined;
}

export async function smsCode(walk: Walk): Promise<CodeSource> {
  const { code, inboxUrl } = walk.options;
  if (code !== undefined) return { code };
  if (inboxUrl === undefined) return { skipped: 'no SMS code to answer with: give --code <digits> or --inbox <url>' };
  let last = 'no message with a code';
  for (let attempt = 0; attempt < INBOX_TRIES; attempt += 1) {
    if (attempt > 0) await pause(INBOX_PAUSE_MS);
    // Not a contract endpoint: its answers stay out of the error rules.
    const outcome = await walk.client.call(undefined, { method: 'GET', path: inboxUrl });
    if (outcome.error !== undefined) return { failed: `could not read the inbox: ${outcome.error}` };
    if (outcome.exchange.status !== 200) return { failed: `the inbox ${outcome.exchange.label} answered ${outcome.exchange.status}` };
    const found = newestCode(outcome.exchange.json);
    if (found !== undefined) return { code: found };
    last = `the inbox ${outcome.exchange.label} has no message with a code`;
  }
  return { failed: last };
}

/** A code of the same length that is certainly not `code`: every digit moved by one. */
export function wrongCodeFor(code: string): string {
  const wrong = code.replace(/\d/g, (d) => String((Number(d) + 1) % 10));
  return wrong === code ? `${code}0` : wrong;
}
