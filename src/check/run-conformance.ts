/**
 * `runConformance`: walks the REST contract (README, "The adapter contract") as a subscriber with a test account
 * would, and reports per endpoint what held and what did not.
 */
import { CookieJar } from './cookie-jar.js';
import { createHttpClient } from './http-client.js';
import { ENDPOINTS, FindingLog, formatFinding, type Report } from './report.js';
import { checkContext } from './walk-context.js';
import { checkErrors } from './walk-errors.js';
import { checkFairness } from './walk-fairness.js';
import { checkQuotes } from './walk-quotes.js';
import { checkSubmit } from './walk-requests.js';
import { checkGuessing } from './walk-guessing.js';
import { checkFeedback, checkStatus } from './walk-status.js';
import { checkVerification } from './walk-verification.js';
import { checkOfferAfterRequest, checkOffersRefused } from './walk-offers.js';
import { checkWithdraw } from './walk-withdraw.js';
import { checkSubscriptions } from './walk-subscriptions.js';
import { checkSendReceipt } from './walk-receipts.js';
import type { Walk, WalkOptions } from './walk.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

export interface ConformanceOptions extends WalkOptions {
  /** Where the contract lives, e.g. `https://portal.example.com/api/unsubscribe`. */
  baseUrl: string;
  fetch?: typeof fetch;
  /** Per request, 10 s unless given. */
  timeoutMs?: number;
  /** Sent with every request to the back end, e.g. `Authorization` for the test account. */
  headers?: Record<string, string>;
  /** Progress: each request and each finding as it happens. */
  log?: (line: string) => void;
}

export async function runConformance(options: ConformanceOptions): Promise<Report> {
  const { log } = options;
  const findings = new FindingLog(log && ((finding) => log(formatFinding(finding))));
  const client = createHttpClient({
    baseUrl: options.baseUrl,
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    jar: new CookieJar(),
    ...(options.headers === undefined ? {} : { headers: options.headers }),
    ...(log === undefined ? {} : { log }),
  });
  const walkOptions: WalkOptions = {};
  if (options.code !== undefined) walkOptions.code = options.code;
  if (options.inboxUrl !== undefined) walkOptions.inboxUrl = options.inboxUrl;
  if (options.subscriptionId !== undefined) walkOptions.subscriptionId = options.subscriptionId;
  if (options.guessing !== undefined) walkOptions.guessing = options.guessing;
  if (options.widgetOptions !== undefined) walkOptions.widgetOptions = options.widgetOptions;
  if (options.mode !== undefined) walkOptions.mode = options.mode;
  const walk: Walk = {
    client,
    findings,
    options: walkOptions,
    facts: { effectiveOptions: [], reasonIds: [], reasons: [], methods: [], offersSms: false, offersQuestions: false, offers: [] },
    quotes: new Map(),
  };

  if (!(await checkContext(walk))) {
    // Nothing answers: one failure says so, instead of one per endpoint.
    for (const endpoint of ENDPOINTS.slice(1)) findings.skip(endpoint, 'GET /context did not answer');
    return findings.report(options.baseUrl);
  }
  await checkSubscriptions(walk);
  await checkVerification(walk);
  await checkQuotes(walk);
  await checkOffersRefused(walk);
  await checkSubmit(walk);
  await checkOfferAfterRequest(walk);
  await checkStatus(walk);
  await checkFeedback(walk);
  await checkGuessing(walk);
  await checkErrors(walk);
  checkFairness(walk);
  await checkSendReceipt(walk);
  await checkWithdraw(walk);
  return findings.report(options.baseUrl);
}
